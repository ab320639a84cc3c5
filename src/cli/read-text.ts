import { readFileSync, statSync } from 'node:fs';
import { decodeUtf8Text } from '../core/text/decode';
import { InputError, located } from './errors';
import { undecodableMessage } from '../core/text/utf8-problems';

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
 * The text of a file's bytes, or an InputError located in the file (undecodableMessage says what is wrong).
 */
export function decodeTextFile(path: string, bytes: Uint8Array): string {
  const decoded = decodeUtf8Text(bytes);
  if (decoded.ok) return decoded.text; // a UTF-16 byte order mark (FF FE, FE FF) is never valid UTF-8
  const why = undecodableMessage(bytes, decoded);
  throw new InputError(located(path, why.line, why.col, why.message));
}
