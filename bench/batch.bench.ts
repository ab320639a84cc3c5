/*
 * CLI batch benchmark (not a test): `zhnews annotate --jsonl` on 100,000 sentences of news text,
 * one thread (--workers 1) against worker threads (--workers 2, the cores of this machine), each
 * a fresh `node dist/cli.js` process, so start-up (dictionary and model loading) is included.
 *   node scripts/build.mjs && node bench/tmp/batch.bench.js
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, mkdirSync, writeFileSync } from 'node:fs';
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
  /** CPU seconds (user + system) of the CLI process, all its threads; from getrusage via python3. */
  cpuS?: number;
  /** CPU time / wall time: how many cores it kept busy. */
  coresBusy?: number;
  peakRssMB?: number;
}

// getrusage(RUSAGE_CHILDREN) is not in node; python3 runs the CLI and reports it.
const RUSAGE = `import json, resource, subprocess, sys
p = subprocess.run(sys.argv[1:])
u = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write('BENCH_RUSAGE ' + json.dumps({'cpu': u.ru_utime + u.ru_stime, 'maxrssKB': u.ru_maxrss}) + '\\n')
sys.exit(p.returncode)`;

function runCli(input: string, workers: number, chars: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t = now();
    const cli = [process.execPath, CLI, 'annotate', '--jsonl', '--workers', String(workers)];
    const child = spawn('python3', ['-c', RUSAGE, ...cli], { stdio: ['pipe', 'pipe', 'pipe'] });
    let usage: { cpu: number; maxrssKB: number } | undefined;
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
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
      for (const l of err.split('\n')) {
        if (l.startsWith('BENCH_RUSAGE ')) usage = JSON.parse(l.slice(13)) as { cpu: number; maxrssKB: number };
        else if (l.trim()) process.stderr.write(l + '\n');
      }
      resolve({
        cpuS: usage && Math.round(usage.cpu * 10) / 10,
        coresBusy: usage && Math.round((usage.cpu / (ms / 1000)) * 100) / 100,
        peakRssMB: usage && Math.round(usage.maxrssKB / 100) / 10,
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

/** A snapshot of dist/cli.js, so both runs use the same build even if dist/ is rebuilt meanwhile. */
const CLI = join(ROOT, 'bench', 'tmp', 'cli-snapshot.js');

async function main(): Promise<void> {
  const dir = join(ROOT, 'bench', 'tmp');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'dist', 'cli.js'), CLI);
  const input = join(dir, 'sentences.jsonl');
  const s = sentences(N);
  const chars = s.reduce((n, x) => n + x.length, 0);
  writeFileSync(input, s.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n');
  const cores = availableParallelism();
  const one = await runCli(input, 1, chars);
  const cpu = (r: Run) => (r.cpuS === undefined ? '' : `; CPU ${r.cpuS} s, ${r.coresBusy} cores busy, peak RSS ${r.peakRssMB} MB`);
  console.log(`batch ${N} sentences (${chars} chars), --workers 1: ${(one.ms / 1000).toFixed(1)} s = ${one.linesPerS} lines/s${cpu(one)}`);
  const many = await runCli(input, Math.max(2, cores), chars);
  console.log(`batch ${N} sentences, --workers ${many.workers}: ${(many.ms / 1000).toFixed(1)} s = ${many.linesPerS} lines/s, speed-up ${(one.ms / many.ms).toFixed(2)}×${cpu(many)}`);
  const same = one.outputSha256 === many.outputSha256;
  if (!same) console.log('batch: OUTPUTS DIFFER between --workers 1 and --workers N');
  emit({ batch: { sentences: N, chars, cores, one, many, speedup: Math.round((one.ms / many.ms) * 100) / 100, identicalOutput: same } });
}

void main();
