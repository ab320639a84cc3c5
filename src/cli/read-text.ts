import { readFileSync, statSync } from 'node:fs';
import { decodeUtf8Text } from '../core/text/decode';
import { InputError, located } from './errors';
import { findUtf8Problem, hexByte, utf16Bom, utf16Message } from './utf8';

/** Reads a UTF-8 text file or throws an InputError that names the file and the place. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(located(path, 1, 1, 'is a directory, expected a text file'));
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, expected a text file' : String((e as Error).message);
    throw new InputError(located(path, 1, 1, why));
  }
  return decodeTextFile(path, bytes);
}

/**
 * The text of a file's bytes, or an InputError located in the file. UTF-16 (recognised by its byte
 * order mark) and UTF-8 cut short in its last character are named as such, not taken for GBK.
 */
function utf8Length(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

export function decodeTextFile(path: string, bytes: Uint8Array): string {
  const utf16 = utf16Bom(bytes);
  if (utf16) throw new InputError(located(path, 1, 1, utf16Message(utf16, 'the file')));
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return decoded.text;
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const problem = decoded.message.startsWith('binary') ? undefined : findUtf8Problem(bytes, hadBom ? 3 : 0);
  const message = problem?.truncated
    ? `the file ends in the middle of a UTF-8 character (byte ${hexByte(problem.byte)} begins it, only ${bytes.length - problem.index} of its ${utf8Length(problem.byte)} bytes are there); is the file cut short?`
    : decoded.message;
  throw new InputError(located(path, decoded.line, decoded.col, message));
}
