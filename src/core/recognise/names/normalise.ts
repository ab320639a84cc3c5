/**
 * Character folding for features: the corpora write digits and Latin mostly full-width (１９９７年),
 * news text mostly half-width, so both must look the same to the model.
 */

/** Folds full-width ASCII to half-width, ideographic space to space, Latin to lower case. */
export function foldChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (c === 0x3000) c = 0x20;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

export const enum CharType {
  Han = 1,
  Digit = 2,
  Latin = 3,
  HanNumeral = 4,
  Space = 5,
  Punct = 6,
  Other = 7,
  Boundary = 8,
}

const HAN_NUMERALS = new Set('零〇一二两三四五六七八九十百千万亿'.split('').map((s) => s.charCodeAt(0)));
const PUNCT = new Set(
  '，。、；：？！“”‘’《》（）【】—…·「」『』〈〉,.;:?!"\'()[]-_/\\%+&*#@~|<>=■●◆★▲'
    .split('')
    .map((s) => foldChar(s.charCodeAt(0))),
);

/** Type of a folded character. */
export function charType(c: number): CharType {
  return c < 0x10000 ? TYPE_TABLE[c] : CharType.Other;
}

function computeCharType(c: number): CharType {
  if (c >= 0x30 && c <= 0x39) return CharType.Digit;
  if (c >= 0x61 && c <= 0x7a) return CharType.Latin;
  if (HAN_NUMERALS.has(c)) return CharType.HanNumeral;
  if (c >= 0x4e00 && c <= 0x9fff) return CharType.Han;
  if (c === 0x20 || c === 0x09 || c === 0xa0) return CharType.Space;
  if (PUNCT.has(c)) return CharType.Punct;
  if (c >= 0x3400 && c <= 0x4dbf) return CharType.Han;
  return CharType.Other;
}

/** The folded text as char codes; digits are kept (years and codes matter), Latin lower-cased. */
export function foldText(text: string): Int32Array {
  const out = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldChar(text.charCodeAt(i));
  return out;
}

// Filled by ranges, then the few listed characters: the same result as computeCharType for every
// code unit, without 65,536 calls at load time.
const TYPE_TABLE: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(CharType.Other);
  t.fill(CharType.Han, 0x3400, 0x4dc0);
  t.fill(CharType.Han, 0x4e00, 0xa000);
  for (const c of PUNCT) if (c < 0x10000) t[c] = CharType.Punct;
  t[0x20] = t[0x09] = t[0xa0] = CharType.Space;
  for (const c of HAN_NUMERALS) t[c] = CharType.HanNumeral;
  t.fill(CharType.Latin, 0x61, 0x7b);
  t.fill(CharType.Digit, 0x30, 0x3a);
  return t;
})();

/** The classifier behind the table, exported for the test that compares the two. */
export const computeCharTypeForTest = computeCharType;
