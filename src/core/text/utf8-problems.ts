/**
 * What to say about bytes that are not UTF-8: where the first bad byte is, and whether the bytes are
 * UTF-16 (a byte order mark) or UTF-8 cut off in the middle of a character. Used by the CLI and by the
 * article and sidecar reader, so both name the problem the same way.
 */

export interface Utf8Problem {
  /** Byte index of the first byte of the bad sequence. */
  index: number;
  byte: number;
  /** The bytes end inside a character that was well begun: a file cut short, not another encoding. */
  truncated: boolean;
}

/** The first byte that does not start a well-formed UTF-8 sequence, or undefined when all are valid. */
export function findUtf8Problem(bytes: Uint8Array, from = 0): Utf8Problem | undefined {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return { index: i, byte: b, truncated: false };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return { index: i, byte: b, truncated: true };
      if ((c & 0xc0) !== 0x80) return { index: i, byte: b, truncated: false };
      // Overlong forms, surrogates and code points above U+10FFFF: the second byte's range.
      if (k === 1 && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90))) {
        return { index: i, byte: b, truncated: false };
      }
    }
    i += need + 1;
  }
  return undefined;
}

/** 'UTF-16LE' / 'UTF-16BE' when the bytes open with a UTF-16 byte order mark. */
export function utf16Bom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return undefined;
}

/** "UTF-16 text (byte order mark FF FE, little-endian); expected UTF-8 …" */
export function utf16Message(kind: 'UTF-16LE' | 'UTF-16BE', what: string): string {
  const bom = kind === 'UTF-16LE' ? 'FF FE, little-endian' : 'FE FF, big-endian';
  return `${what} is UTF-16 (byte order mark ${bom}), expected UTF-8; convert it, e.g. iconv -f UTF-16 -t UTF-8`;
}

/** The column (in code points, from 1) of byte `index` on the line that starts at byte `lineStart`. */
export function columnOf(bytes: Uint8Array, lineStart: number, index: number): number {
  let col = 1;
  for (let i = lineStart; i < index; i++) if ((bytes[i] & 0xc0) !== 0x80) col++;
  return col;
}

export function hexByte(b: number): string {
  return `0x${b.toString(16).padStart(2, '0')}`;
}

function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/**
 * Where and why a file's bytes are not UTF-8 text, given what the UTF-8 decoder said: UTF-16 (by its byte
 * order mark) and UTF-8 cut short in its last character are named as such, not taken for GBK.
 */
export function undecodableMessage(bytes: Uint8Array, decoded: { line: number; col: number; message: string }): { line: number; col: number; message: string } {
  const utf16 = utf16Bom(bytes);
  if (utf16) return { line: 1, col: 1, message: utf16Message(utf16, 'the file') };
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const problem = decoded.message.startsWith('binary') ? undefined : findUtf8Problem(bytes, hadBom ? 3 : 0);
  const message = problem?.truncated
    ? `the file ends in the middle of a UTF-8 character (byte ${hexByte(problem.byte)} begins it, only ${bytes.length - problem.index} of its ${utf8Length(problem.byte)} bytes are there); is the file cut short?`
    : decoded.message;
  return { line: decoded.line, col: decoded.col, message };
}
