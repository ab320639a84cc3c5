/**
 * Turns file bytes into text, refusing what is not UTF-8 text with a message that says where.
 * A leading BOM is dropped, as VS Code drops it from the document text.
 */

export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; line: number; col: number; message: string };

export function decodeUtf8Text(bytes: Uint8Array): DecodeResult {
  let start = 0;
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hadBom) start = 3;
  let line = 1;
  let col = 1;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0) return { ok: false, line, col, message: 'binary file (NUL byte); expected UTF-8 text' };
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return invalid(line, col, b);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return invalid(line, col, b);
    }
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    if (need === 2) {
      const c = bytes[i + 1];
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c >= 0xa0)) return invalid(line, col, b);
    } else if (need === 3) {
      const c = bytes[i + 1];
      if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c >= 0x90)) return invalid(line, col, b);
    }
    if (b === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += need + 1;
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
  return { ok: true, text, hadBom };
}

function invalid(line: number, col: number, byte: number): DecodeResult {
  return {
    ok: false,
    line,
    col,
    message: `not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')}); is the file in another encoding such as GBK?`,
  };
}
