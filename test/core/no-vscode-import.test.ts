import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : name.endsWith('.ts') ? [p] : [];
  });
}

test('src/core imports neither vscode nor the language server (it runs in the CLI and in workers)', () => {
  const files = tsFiles(join(ROOT, 'src', 'core'));
  assert.ok(files.length > 5, 'expected the core sources to be found');
  const offenders = files.filter((f) =>
    /(from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*)['"])|require\(\s*['"]vscode['"]\s*\)/.test(readFileSync(f, 'utf8')),
  );
  assert.deepEqual(offenders, []);
});
