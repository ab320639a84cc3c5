// Writes l10n/bundle.l10n.json (English: each string maps to itself) from the vscode.l10n.t calls in
// src/extension, and lists the strings that l10n/bundle.l10n.zh-cn.json still lacks.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.ts') ? [p] : [];
  });
const keys = new Set();
for (const f of files('src/extension')) {
  for (const m of readFileSync(f, 'utf8').matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) keys.add(m[2].replace(/\\(['"\\])/g, '$1'));
}
const sorted = [...keys].sort();
writeFileSync('l10n/bundle.l10n.json', JSON.stringify(Object.fromEntries(sorted.map((k) => [k, k])), null, 2) + '\n');
const zh = JSON.parse(readFileSync('l10n/bundle.l10n.zh-cn.json', 'utf8'));
const missing = sorted.filter((k) => !(k in zh));
console.log(`${sorted.length} strings; missing in zh-cn: ${missing.length}`);
for (const k of missing) console.log(JSON.stringify(k));
