/**
 * Reading a file the user named. Only a regular file is read: a FIFO or a device (/dev/zero) would
 * block the read or never end it, and a folder has nothing to read. Problems come back as plain
 * messages ("no such file", "is a directory, expected a text file") for the caller to locate.
 */
import { readFileSync, statSync } from 'node:fs';

/**
 * Why `path` is not a file that can be read as `expected` ("a text file", "a glossary YAML file"), or
 * undefined when it is a regular file (a symbolic link to one is one).
 */
export function notRegularFile(path: string, expected: string): string | undefined {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return `is a directory, expected ${expected}`;
    if (!st.isFile()) return `is not a regular file (a pipe or a device?), expected ${expected}`;
    return undefined;
  } catch (e) {
    return ioReason(e, expected);
  }
}

/** The bytes of a regular file, or why they cannot be read (see notRegularFile). */
export function readRegularFile(path: string, expected: string): { bytes: Buffer } | { problem: string } {
  const problem = notRegularFile(path, expected);
  if (problem) return { problem };
  try {
    return { bytes: readFileSync(path) };
  } catch (e) {
    return { problem: ioReason(e, expected) };
  }
}

/** A failed stat or read, said plainly. */
export function ioReason(e: unknown, expected: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return `is a directory, expected ${expected}`;
  if (code === 'ENOTDIR') return 'no such file (a part of the path is a file, not a folder)';
  if (code === 'ELOOP') return 'symbolic link loop';
  return String((e as Error).message);
}
