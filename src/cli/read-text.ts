import { readFileSync, statSync } from 'node:fs';
import { decodeUtf8Text } from '../core/text/decode';
import { InputError, located } from './errors';

/** Reads a UTF-8 text file or throws an InputError that names the file and the place. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(located(path, 1, 1, 'is a directory, expected a text file'));
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    throw new InputError(located(path, 1, 1, why));
  }
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) throw new InputError(located(path, decoded.line, decoded.col, decoded.message));
  return decoded.text;
}
