import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: compiled support files live in out/test/support/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The read-only shared folder beside the repository (../shared); ZHNEWS_SHARED overrides it. */
export function sharedDir(): string {
  return path.resolve(process.env.ZHNEWS_SHARED ?? path.join(REPO_ROOT, '..', 'shared'));
}

export function seedArticlePath(): string {
  return path.join(sharedDir(), 'data', 'seed-article.txt');
}

/** Where runs leave screenshots and results for people and CI artefacts. */
export function testResultsDir(): string {
  const dir = path.join(REPO_ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Fails with the command that fixes it, instead of a test that cannot run being skipped. */
export function requireFile(file: string, fix: string): string {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: ${fix}`);
  return file;
}
