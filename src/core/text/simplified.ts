import { sify, tify } from 'chinese-conv';

/**
 * Text in traditional characters (Hong Kong, Taiwan, mirrors of mainland copy) read as simplified, one
 * character for one, so every offset stays: the model and the rules learnt simplified text (張宗輝 and
 * 區政府 read as nothing, 张宗辉 and 区政府 as a person and an organ). A paragraph is converted only where
 * three different characters that traditional text writes stand in it (興, 團, 區: they turn into another
 * character and back); then every traditional character is, also one that simplified text shares
 * (乾 → 干). Simplified text is left as it is, character for character.
 */

/** Traditional UTF-16 code → its simplified code (0: none, or not a single BMP character). */
let toSimplified: Uint16Array | undefined;
/** Characters only traditional text has. */
let onlyTraditional: Uint8Array | undefined;

function build(): void {
  toSimplified = new Uint16Array(0x10000);
  onlyTraditional = new Uint8Array(0x10000);
  const ranges: Array<[number, number]> = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCharCode(cp);
      const s = sify(c);
      if (s === c || s.length !== 1) continue;
      toSimplified[cp] = s.charCodeAt(0);
      if (tify(s) === c) onlyTraditional[cp] = 1;
    }
  }
}

export function simplifiedForReading(text: string): string {
  if (!toSimplified) build();
  const only = onlyTraditional!;
  // Distinct ones: simplified text may repeat one that both standards write (著作, 著名: 著 also turns into 着 and back).
  let first = 0, second = 0, third = 0;
  for (let i = 0; i < text.length && !third; i++) {
    const c = text.charCodeAt(i);
    if (!only[c] || c === first || c === second) continue;
    if (!first) first = c;
    else if (!second) second = c;
    else third = c;
  }
  if (!third) return text;
  const map = toSimplified!;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += map[c] ? String.fromCharCode(map[c]) : text[i];
  }
  return out;
}
