/** Wrong usage: exit 2 with a short help. */
export class UsageError extends Error {}

/** Bad input: exit 1 with a located message (`file:line:col: message` or `stdin:line: message`). */
export class InputError extends Error {}

export function located(where: string, line: number, col: number | undefined, message: string): string {
  return col === undefined ? `${where}:${line}: ${message}` : `${where}:${line}:${col}: ${message}`;
}

/** Why a file or folder could not be written or made, in words (the system's own message for a reason not listed). */
export function errnoReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOTDIR: 'a part of the path is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EEXIST: 'a file is in the way',
    ENOENT: 'the system refuses to make a folder there (ENOENT)',
  };
  return (err.code && reasons[err.code]) ?? err.message ?? String(e);
}
