/*
 * Number recogniser benchmark (not a test): recogniseNumbers paragraph by paragraph, as the editor
 * calls it after a keystroke, on the seed article and on People's Daily January 1998 (5.2 MB).
 * Target (issue 2 helper brief): well over 5 MB/s.
 *   npx tsc -p tsconfig.test.json && node out/bench/numbers.bench.js
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recogniseNumbers } from '../src/core/recognise/numbers';

const ROOT = join(__dirname, '..', '..');
const SHARED = process.env.ZHNEWS_SHARED ?? join(ROOT, '..', 'shared');

function paragraphsOf(text: string): string[] {
  return text.split('\n').filter((p) => p.trim() !== '');
}

/** PFR as plain text: `word/tag` tokens joined, the paragraph id dropped. */
function pfrParagraphs(): string[] {
  const raw = readFileSync(join(SHARED, 'corpora', 'pfr-199801-train.txt'), 'utf8');
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const tokens = line.trim().split(/\s+/).slice(1);
    if (tokens.length) out.push(tokens.map((t) => t.replace(/^\[/, '').replace(/\][a-z]+$/i, '').replace(/\/[a-z]+$/i, '')).join(''));
  }
  return out;
}

/** CPU milliseconds (user + system): the fair figure on a shared machine; wall time grows with load. */
function run(paragraphs: string[]): { cpu: number; wall: number; found: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let found = 0;
  for (const p of paragraphs) found += recogniseNumbers(p).length;
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall, found };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function report(name: string, paragraphs: string[], runs: number): void {
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p) + 1, 0);
  const first = run(paragraphs);
  const cpus: number[] = [];
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = run(paragraphs);
    cpus.push(r.cpu);
    walls.push(r.wall);
  }
  const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `${name}: ${(bytes / 1e6).toFixed(2)} MB, ${paragraphs.length} paragraphs, ${first.found} NUM; ` +
      `first run ${first.cpu.toFixed(0)} ms CPU (${mbs(first.cpu)} MB/s); ` +
      `median of ${runs}: ${median(cpus).toFixed(1)} ms CPU = ${mbs(median(cpus))} MB/s (wall ${median(walls).toFixed(1)} ms)`,
  );
}

const seed = paragraphsOf(readFileSync(join(SHARED, 'data', 'seed-article.txt'), 'utf8'));
// The seed article's paragraphs repeated to 1 MB: 18 KB alone is too short to time on a busy machine.
const seedMB: string[] = [];
for (let i = 0, bytes = 0; bytes < 1e6; i++) {
  seedMB.push(seed[i % seed.length]);
  bytes += Buffer.byteLength(seed[i % seed.length]) + 1;
}
report('seed article ×55 (1 MB)', seedMB, 10);
report("People's Daily 1998-01", pfrParagraphs(), 5);
