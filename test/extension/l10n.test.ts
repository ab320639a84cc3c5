import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Every user-visible string must exist in English and Simplified Chinese; this finds those that don't.
const ROOT = join(__dirname, '..', '..', '..');
const readJson = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : name.endsWith('.ts') ? [p] : [];
  });
}

/** The first argument of each vscode.l10n.t call, when it is a string literal. */
function l10nKeys(): string[] {
  const keys = new Set<string>();
  for (const f of tsFiles(join(ROOT, 'src', 'extension'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) keys.add(m[2].replace(/\\(['"\\])/g, '$1'));
  }
  return [...keys];
}

test('every vscode.l10n.t string has an English and a Simplified Chinese entry', () => {
  const keys = l10nKeys();
  assert.ok(keys.length > 20, `expected the extension's strings to be found, got ${keys.length}`);
  const en = readJson('l10n/bundle.l10n.json');
  const zh = readJson('l10n/bundle.l10n.zh-cn.json');
  assert.deepEqual(keys.filter((k) => !(k in en)), [], 'missing from l10n/bundle.l10n.json');
  assert.deepEqual(keys.filter((k) => !(k in zh)), [], 'missing from l10n/bundle.l10n.zh-cn.json');
  // No entry that no code uses, and the two bundles hold the same entries.
  assert.deepEqual(Object.keys(en).filter((k) => !keys.includes(k)), [], 'in l10n/bundle.l10n.json but used nowhere');
  assert.deepEqual(Object.keys(zh).filter((k) => !(k in en)), [], 'in l10n/bundle.l10n.zh-cn.json but not in l10n/bundle.l10n.json');
  for (const k of keys) {
    const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    assert.equal(placeholders(String(zh[k])), placeholders(k), `placeholders differ for "${k}"`);
  }
});

test('every %key% in package.json has an English and a Simplified Chinese entry', () => {
  const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const keys = [...new Set([...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]))];
  assert.ok(keys.length > 20);
  const en = readJson('package.nls.json');
  const zh = readJson('package.nls.zh-cn.json');
  assert.deepEqual(keys.filter((k) => !(k in en)), []);
  assert.deepEqual(keys.filter((k) => !(k in zh)), []);
});

test('every command has a category and every setting a markdownDescription', () => {
  const pkg = readJson('package.json') as { contributes: { commands: Array<Record<string, string>>; configuration: { properties: Record<string, Record<string, unknown>> } } };
  assert.deepEqual(pkg.contributes.commands.filter((c) => !c.category).map((c) => c.command), []);
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(Object.keys(props).filter((k) => !props[k].markdownDescription), []);
});
