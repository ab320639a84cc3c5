/**
 * Files a long command writes at its end (train's --out, --report, --write-dev): checked before the work
 * starts, so that a typo does not throw away half an hour of training, and written atomically.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../node/sidecar-file';
import { InputError, UsageError } from './errors';

/**
 * Throws a UsageError naming `flag` when `path` cannot be a file this process writes: a folder, a
 * file it may not replace, or a path under a file or under a folder it may not write in. Missing
 * folders on the way are fine: writeOutputFile makes them.
 */
export function checkOutputFile(path: string, flag: string): void {
  const full = resolve(path);
  const fail = (why: string): never => {
    throw new UsageError(`--${flag} ${path}: ${why}`);
  };
  if (existsSync(full)) {
    if (statSync(full).isDirectory()) fail('is a folder; give the name of the file to write');
    if (!canAccess(full, constants.W_OK)) fail('permission denied (the file cannot be replaced)');
    return;
  }
  let parent = dirname(full);
  while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
  if (!statSync(parent).isDirectory()) fail(`${parent} is a file, not a folder`);
  if (!canAccess(parent, constants.W_OK | constants.X_OK)) fail(`permission denied (cannot create files in ${parent})`);
}

function canAccess(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

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
