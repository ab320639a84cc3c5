/*
 * Shared by the benchmarks: the texts they run on, timing helpers and the machine description.
 * Sizes are UTF-8 bytes (1 MB = 1,000,000 bytes, as a file on disk); throughput is in UTF-16 chars/s.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above the compiled benchmark holding our package.json. */
export const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"zh-news-annotator"/.test(readFileSync(pkg, 'utf8'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no zh-news-annotator package.json above ${from}`);
  }
}
export const SHARED = process.env.ZHNEWS_SHARED ?? join(ROOT, '..', 'shared');
export const MB = 1_000_000;

export function seedArticle(): string {
  return readFileSync(join(SHARED, 'data', 'seed-article.txt'), 'utf8');
}

/** Whole paragraphs of `source`, repeated, until the UTF-8 size reaches `bytes` (cut at a paragraph end). */
export function toSize(source: string, bytes: number): string {
  const paras = source.split('\n').filter((p) => p.trim() !== '');
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

let pfr: string | undefined;
/**
 * People's Daily, January 1998 (../shared/corpora/pfr-199801-train.txt) as plain text: one paragraph
 * a line, the id token dropped, `word/tag` → word, `[中央/n 电视台/n]nt` → 中央电视台. About 5.2 MB.
 */
export function pfrText(): string {
  if (pfr !== undefined) return pfr;
  const raw = readFileSync(join(SHARED, 'corpora', 'pfr-199801-train.txt'), 'utf8');
  const lines: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const tokens = line.trim().split(/\s+/).slice(1);
    if (tokens.length === 0) continue;
    lines.push(tokens.map((t) => t.replace(/^\[/, '').replace(/\][a-z]+$/i, '').replace(/\/[a-z]+$/i, '')).join(''));
  }
  pfr = lines.join('\n');
  return pfr;
}

/** The first `bytes` of the PFR text, cut at a paragraph end (never repeats below its 5.2 MB). */
export function newsText(bytes: number): string {
  return toSize(pfrText(), bytes);
}

/** Sentences of the PFR text (split after 。！？), at least 4 chars each, repeated to `n`. */
export function sentences(n: number): string[] {
  const all: string[] = [];
  for (const p of pfrText().split('\n')) {
    for (const s of p.split(/(?<=[。！？])/)) if (s.length >= 4) all.push(s);
  }
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(all[i % all.length]);
  return out;
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

/** Median wall time of `runs` calls of `f`, in ms. */
export function timeMedian(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    f();
    times.push(now() - t);
  }
  return median(times);
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  date: string;
  loadAverage: number[];
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGB: Math.round(os.totalmem() / 1e9),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function hasCorpora(): boolean {
  return existsSync(join(SHARED, 'corpora', 'pfr-199801-train.txt'));
}

/** One benchmark's output: a line `BENCH_RESULT <json>` on stdout, read by scripts/bench.mjs. */
export function emit(result: unknown): void {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}
