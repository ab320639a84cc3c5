/*
 * CLI batch benchmark (not a test): `zhnews annotate --jsonl` on 100,000 sentences of news text,
 * one thread (--workers 1) against worker threads (--workers 2, the cores of this machine), each
 * a fresh `node dist/cli.js` process, so start-up (dictionary and model loading) is included.
 *   node scripts/build.mjs && node out/bench-run/batch.bench.js
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { emit, now, ROOT, sentences } from './common';

const N = Number(process.env.ZHNEWS_BENCH_SENTENCES ?? 100_000);

interface Run {
  workers: number;
  ms: number;
  linesPerS: number;
  charsPerS: number;
  outputSha256: string;
  outputLines: number;
  exitCode: number | null;
}

function runCli(input: string, workers: number, chars: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t = now();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'annotate', '--jsonl', '--workers', String(workers)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const hash = createHash('sha256');
    let lines = 0;
    child.stdout.on('data', (b: Buffer) => {
      hash.update(b);
      for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    });
    createReadStream(input).pipe(child.stdin);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - t;
      resolve({
        workers,
        ms: Math.round(ms),
        linesPerS: Math.round((N / ms) * 1000),
        charsPerS: Math.round((chars / ms) * 1000),
        outputSha256: hash.digest('hex'),
        outputLines: lines,
        exitCode: code,
      });
    });
  });
}

async function main(): Promise<void> {
  const dir = join(ROOT, 'bench', 'tmp');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, 'sentences.jsonl');
  const s = sentences(N);
  const chars = s.reduce((n, x) => n + x.length, 0);
  writeFileSync(input, s.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n');
  const cores = availableParallelism();
  const one = await runCli(input, 1, chars);
  console.log(`batch ${N} sentences (${chars} chars), --workers 1: ${(one.ms / 1000).toFixed(1)} s = ${one.linesPerS} lines/s`);
  const many = await runCli(input, Math.max(2, cores), chars);
  console.log(`batch ${N} sentences, --workers ${many.workers}: ${(many.ms / 1000).toFixed(1)} s = ${many.linesPerS} lines/s, speed-up ${(one.ms / many.ms).toFixed(2)}×`);
  const same = one.outputSha256 === many.outputSha256;
  if (!same) console.log('batch: OUTPUTS DIFFER between --workers 1 and --workers N');
  emit({ batch: { sentences: N, chars, cores, one, many, speedup: Math.round((one.ms / many.ms) * 100) / 100, identicalOutput: same } });
}

void main();
