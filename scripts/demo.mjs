// The README's main job: annotate the seed article with the zhnews CLI, score it against its gold
// annotation, and export the annotations in every format into demo-output/.
//   npm run demo              (after bash scripts/setup.sh)
//   npm run demo -- --editor  also opens the article in a real VS Code (code-server) on 127.0.0.1
import { spawnSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.ZHNEWS_SHARED ?? join(root, '..', 'shared'));
const article = join(shared, 'data', 'seed-article.txt');
const gold = join(shared, 'data', 'seed-article.gold.json');
if (!existsSync(article)) {
  console.error(`demo: ${article} not found (set ZHNEWS_SHARED to the shared folder)`);
  process.exit(1);
}
const cli = join(root, 'dist', 'cli.js');
const run = (args, opts = {}) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 1);
  }
  return r;
};

const out = join(root, 'demo-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const copy = join(out, 'seed-article.txt');
copyFileSync(article, copy);

console.log('== zhnews annotate (first 25 of the seed article\'s entities) ==');
const listing = run(['annotate', copy]).stdout.trim().split('\n');
console.log(listing.slice(0, 25).map((l) => l.replace(copy, 'seed-article.txt')).join('\n'));
const counts = {};
for (const l of listing) {
  const label = l.split('\t')[1]?.split('/')[0];
  if (label) counts[label] = (counts[label] ?? 0) + 1;
}
console.log(`… ${listing.length} in all: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);

console.log('== zhnews eval against the hand annotation (exact span and label) ==');
console.log(run(['eval', gold]).stdout);

console.log('== zhnews export (every format) ==');
for (const format of ['json', 'brat', 'w3c', 'label-studio', 'doccano', 'conll']) {
  const r = run(['export', copy, '--format', format, '--out', out]);
  process.stdout.write(r.stderr.replaceAll(out + '/', ''));
}
console.log(`\nfiles in ${out}`);

if (process.argv.includes('--editor')) {
  const port = process.env.PORT ?? '8765';
  const bin = join(root, '.tools', 'code-server', 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) {
    console.error('demo: code-server is not installed; run bash scripts/setup.sh');
    process.exit(1);
  }
  const state = join(out, '.code-server');
  const exts = join(state, 'exts');
  mkdirSync(join(state, 'ud', 'User'), { recursive: true });
  mkdirSync(exts, { recursive: true });
  writeFileSync(join(state, 'ud', 'User', 'settings.json'), JSON.stringify({ 'files.autoSave': 'off', 'workbench.startupEditor': 'none' }));
  // code-server refuses --extensionDevelopmentPath; a fresh extensions folder picks up a linked one.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  symlinkSync(root, join(exts, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  const args = ['--config', join(state, 'config.yaml'), '--user-data-dir', join(state, 'ud'), '--extensions-dir', exts,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', out];
  console.log(`\nVS Code (code-server) with the extension: http://127.0.0.1:${port}/?folder=${out} — open seed-article.txt; Ctrl+C stops it`);
  spawn(bin, args, {
    stdio: 'inherit',
    env: { ...process.env, XDG_DATA_HOME: join(state, 'xdg-data'), XDG_CONFIG_HOME: join(state, 'xdg-config'), XDG_CACHE_HOME: join(state, 'xdg-cache') },
  });
}
