/** Wrong usage: exit 2 with a short help. */
export class UsageError extends Error {}

/** Bad input: exit 1 with a located message (`file:line:col: message` or `stdin:line: message`). */
export class InputError extends Error {}

export function located(where: string, line: number, col: number | undefined, message: string): string {
  return col === undefined ? `${where}:${line}: ${message}` : `${where}:${line}:${col}: ${message}`;
}
