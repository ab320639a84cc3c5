/**
 * Files a long command writes at its end (train's --out, --report, --write-dev): written atomically.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../node/sidecar-file';
import { InputError } from './errors';

/** Writes `content` to `path` through a temporary file and a rename: a crash or a full disk never leaves half a file. */
export function writeOutputFile(path: string, content: string | Uint8Array, flag: string): void {
  try {
    mkdirSync(dirname(resolve(path)), { recursive: true });
    writeFileAtomic(resolve(path), content);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(`--${flag} ${path}: cannot write: ${err.code ? `${err.code} ${err.message.replace(/^\w+: /, '')}` : String(e)}`);
  }
}
