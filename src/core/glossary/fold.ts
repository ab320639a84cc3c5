/**
 * Width folding for glossary matching: full-width ASCII forms (Ｕ+FF01–FF5E) and the ideographic
 * space fold to their half-width forms. Each folded unit replaces exactly one UTF-16 unit, so
 * offsets in the folded text are offsets in the original.
 */
export function foldWidthCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return c;
}

export function foldWidth(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldWidthCode(c);
    if (f !== c) {
      out += text.slice(from, i) + String.fromCharCode(f);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Quotation marks a term may be wrapped in or interrupted by in running text (after width folding). */
export function isQuote(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || // " '
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || // “ ” ‘ ’
    c === 0x300c || c === 0x300d || c === 0x300e || c === 0x300f // 「 」 『 』
  );
}

/** An opening quotation mark: inside a match it means a new quoted unit begins, so the match may not run across it. */
export function isOpeningQuote(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0x300c || c === 0x300e;
}

/** ASCII letters and digits: a term that begins or ends with one must not continue a longer word or number. */
export function isAsciiWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The key a term is matched by: width folded, quotation marks removed, outer white space trimmed. */
export function termKey(term: string): string {
  // Most terms need neither folding nor quote removal: no new string then.
  let plain = true;
  for (let i = 0; i < term.length && plain; i++) {
    const c = term.charCodeAt(i);
    plain = foldWidthCode(c) === c && !isQuote(c);
  }
  if (plain) return term.trim();
  let out = '';
  const folded = foldWidth(term);
  for (let i = 0; i < folded.length; i++) {
    if (!isQuote(folded.charCodeAt(i))) out += folded[i];
  }
  return out.trim();
}
