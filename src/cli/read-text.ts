import { decodeUtf8Text } from '../core/text/decode';
import { InputError, located } from './errors';
import { undecodableMessage } from '../core/text/utf8-problems';
import { readRegularFile } from '../node/regular-file';

/** Reads a UTF-8 text file or throws an InputError that names the file and the place. */
export function readTextFile(path: string): string {
  return readTextFileAndBytes(path).text;
}

/** readTextFile, with the bytes it read (to hash what was read, not a second read of a file that may have changed). */
export function readTextFileAndBytes(path: string): { text: string; bytes: Buffer } {
  const read = readRegularFile(path, 'a text file');
  if ('problem' in read) throw new InputError(located(path, 1, 1, read.problem));
  return { text: decodeTextFile(path, read.bytes), bytes: read.bytes };
}

/**
 * The text of a file's bytes, or an InputError located in the file (undecodableMessage says what is wrong).
 */
export function decodeTextFile(path: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return decoded.text; // a UTF-16 byte order mark (FF FE, FE FF) is never valid UTF-8
  const why = undecodableMessage(bytes, decoded);
  throw new InputError(located(path, why.line, why.col, why.message));
}
