// npm run fuzz: the property tests of test/fuzz with a large budget, then the CLI on large and strange
// files with time and peak memory. Needs `npm run build && npm run compile-tests` first (the npm script
// does both).
//   FUZZ_RUNS  total cases over all properties (default 100000; `npm test` runs 3000 with a fixed seed)
//   FUZZ_SEED  seed (default: from the clock, printed, so a failure can be replayed)
//   FUZZ_LARGE=0  skip the large-file part
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.env.FUZZ_RUNS ?? 100000);
const seed = Number(process.env.FUZZ_SEED ?? (Date.now() % 2 ** 31));
const dir = mkdtempSync(join(tmpdir(), 'zhnews-fuzz-'));
const report = join(dir, 'report.jsonl');
writeFileSync(report, '');

const files = readdirSync('out/test/fuzz')
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => join('out/test/fuzz', f));
if (files.length === 0) {
  console.error('fuzz: no compiled tests in out/test/fuzz; run npm run compile-tests');
  process.exit(1);
}
console.log(`fuzz: seed ${seed}, ${runs} cases over ${files.length} files (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`);
const started = Date.now();
const r = spawnSync(process.execPath, ['--test', '--test-reporter=dot', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_REPORT: report },
});
const rows = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
let total = 0;
console.log('\nproperty                          cases      seconds');
for (const row of rows) {
  total += row.runs;
  console.log(`${row.property.padEnd(32)} ${String(row.runs).padStart(7)} ${(row.ms / 1000).toFixed(1).padStart(10)}`);
}
console.log(`${'total'.padEnd(32)} ${String(total).padStart(7)} ${((Date.now() - started) / 1000).toFixed(1).padStart(10)}`);
if (r.status !== 0) {
  console.error(`\nfuzz: a property failed (seed ${seed}); the counterexample is above. Make it a test in test/fuzz/regressions.test.ts.`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}

// ---- large and strange files through the CLI: time and peak memory, for the README ----
if (process.env.FUZZ_LARGE !== '0') {
  if (!existsSync('dist/cli.js')) {
    console.error('fuzz: dist/cli.js is missing; run npm run build');
    process.exit(1);
  }
  // Reports the child's peak resident memory on exit.
  const preload = join(dir, 'rss.cjs');
  writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, `\\n@@maxrss ${process.resourceUsage().maxRSS}\\n`));\n");
  const news = readFileSync(join('..', 'shared', 'data', 'seed-article.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const make = {
    '50 MB news (seed paragraphs, numbered)': () => {
      const parts = [];
      let bytes = 0;
      for (let i = 0; bytes < 50 * 1024 * 1024; i++) {
        const p = `${news[i % news.length]}（第${i}段）\n`;
        parts.push(p);
        bytes += Buffer.byteLength(p);
      }
      return parts.join('');
    },
    '1 MB single line': () => news.join('').repeat(Math.ceil((1 << 20) / news.join('').length)).slice(0, 1 << 20),
    '5 MB binary (random bytes)': () => {
      const b = Buffer.alloc(5 << 20);
      for (let i = 0; i < b.length; i++) b[i] = (i * 2654435761) >>> 24;
      return b;
    },
  };
  console.log('\nfile                                   exit   seconds   peak MB   output lines');
  for (const [name, build] of Object.entries(make)) {
    const file = join(dir, 'large.txt');
    writeFileSync(file, build());
    const t = Date.now();
    const c = spawnSync(process.execPath, ['--require', preload, 'dist/cli.js', 'annotate', file], { maxBuffer: 2 ** 31 - 1, encoding: 'utf8' });
    const rss = /@@maxrss (\d+)/.exec(c.stderr ?? '');
    const lines = (c.stdout ?? '').split('\n').length - 1;
    console.log(
      `${name.padEnd(38)} ${String(c.status).padStart(4)} ${((Date.now() - t) / 1000).toFixed(1).padStart(9)} ${rss ? (Number(rss[1]) / 1024).toFixed(0).padStart(9) : '        ?'} ${String(lines).padStart(14)}`,
    );
    if (c.status === null || c.status > 1) {
      console.error(`fuzz: zhnews annotate crashed on ${name}:\n${(c.stderr ?? '').slice(-2000)}`);
      rmSync(dir, { recursive: true, force: true });
      process.exit(1);
    }
  }
}
rmSync(dir, { recursive: true, force: true });
