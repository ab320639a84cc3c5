/**
 * Files a long command writes at its end (train's --out, --report, --write-dev): checked before the work
 * starts, so that a typo does not throw away half an hour of training, and written atomically.
 */
import { accessSync, constants, existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from '../node/sidecar-file';
import { InputError } from './errors';

/**
 * Throws an InputError naming `flag` when `path` cannot be a file this process writes: a folder, or a
 * path under a file or under a folder it may not write in (the atomic write makes a temporary file
 * beside it, so the folder must be writable even where the file is). Missing folders on the way are
 * fine: writeOutputFile makes them. Exit 1, as export's --out, not a usage error.
 */
export function checkOutputFile(path: string, flag: string): void {
  const full = outputPath(path);
  const fail = (why: string): never => {
    throw new InputError(`--${flag} ${path}: ${why}`);
  };
  if (existsSync(full) && statSync(full).isDirectory()) fail('is a folder; give the name of the file to write');
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

/** The file a path names: a symbolic link's target (replaced, not the link), else the path itself. */
export function outputPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Writes `content` to `path` through a temporary file and a rename: a crash or a full disk never leaves half a file. */
export function writeOutputFile(path: string, content: string | Uint8Array, flag: string): void {
  try {
    const full = outputPath(path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileAtomic(full, content);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError(`--${flag} ${path}: cannot write: ${err.code ? `${err.code} ${err.message.replace(/^\w+: /, '')}` : String(e)}`);
  }
}
