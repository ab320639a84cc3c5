import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Annotator } from '../core/annotate';
import { Label } from '../core/types';
import { createCliAnnotator } from './engine';
import { toEntityJson } from './entity-json';
import { InputError, located } from './errors';
import { CliIO } from './io';
import { columnOf, findUtf8Problem, hexByte, utf16Bom, utf16Message } from '../core/text/utf8-problems';

/**
 * `zhnews annotate --jsonl`: one output line per input line, in input order. With more than one
 * worker, batches of lines go to worker threads (each loads its own name model, ~0.1 s and ~200 MB);
 * the main thread reads, parses, and writes results back in order. Reading stops while too many
 * batches wait to be written, so memory stays bounded however large the input or slow the reader.
 */

export interface JsonlOptions {
  labels?: readonly Label[];
  glossaryFiles: readonly string[];
  /** The name model file (--model); the default one when absent. */
  modelPath?: string;
}

/** A parsed input line: text to annotate, or a bad line with its stderr message and output line. */
type Item = { line: number; id: unknown; text: string } | { line: number; err?: string; out: string };

const isBad = (item: Item): item is { line: number; err?: string; out: string } => 'out' in item;

/**
 * The lines of a byte stream, split at LF (a CR before it is dropped), as bytes: stdin is checked for
 * UTF-8 line by line, where readline would turn other encodings into U+FFFD without a word.
 */
export async function* byteLines(input: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  // The unfinished line's pieces, joined once its LF comes: a line longer than a chunk costs no copying per chunk.
  let parts: Buffer[] = [];
  const line = (tail: Buffer): Buffer => {
    const whole = parts.length ? Buffer.concat([...parts, tail]) : tail;
    parts = [];
    return whole.length && whole[whole.length - 1] === 0x0d ? whole.subarray(0, whole.length - 1) : whole;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a, start)) {
      yield line(data.subarray(start, nl));
      start = nl + 1;
    }
    if (start < data.length) parts.push(data.subarray(start));
  }
  if (parts.length) yield line(Buffer.alloc(0));
}

function badLine(lineNo: number, message: string, error: string, id?: unknown): Item {
  const record = id === undefined ? { line: lineNo, error } : { id, line: lineNo, error };
  return { line: lineNo, err: located('stdin', lineNo, undefined, message) + '\n', out: JSON.stringify(record) + '\n' };
}

function parseLine(bytes: Buffer, lineNo: number): Item {
  let from = 0;
  if (lineNo === 1) {
    const utf16 = utf16Bom(bytes);
    if (utf16) return badLine(lineNo, utf16Message(utf16, 'the input'), 'not valid UTF-8');
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3;
  }
  const problem = findUtf8Problem(bytes, from);
  if (problem) {
    const where = `byte ${hexByte(problem.byte)} at column ${columnOf(bytes, from, problem.index)}`;
    const why = problem.truncated ? 'the line ends in the middle of a character; is the input cut short?' : 'is the input in another encoding such as GBK?';
    return badLine(lineNo, `not valid UTF-8 (${where}); ${why}`, 'not valid UTF-8');
  }
  const line = bytes.toString('utf8', from);
  // A blank line keeps its place in the output, with no entities: output line N is input line N.
  if (line.trim() === '') return { line: lineNo, out: JSON.stringify({ id: null, line: lineNo, entities: [] }) + '\n' };
  let record: { id?: unknown; text?: unknown };
  try {
    record = JSON.parse(line);
  } catch (e) {
    return badLine(lineNo, `invalid JSON: ${(e as Error).message}`, 'invalid JSON');
  }
  if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
    return badLine(lineNo, 'expected an object with a string "text"', 'no text', (record as { id?: unknown })?.id ?? null);
  }
  return { line: lineNo, id: record.id, text: record.text };
}

function annotateLine(annotator: Annotator, id: unknown, line: number, text: string): string {
  const entities = annotator.annotate(text).map((a) => toEntityJson(text, a));
  return JSON.stringify({ id: id ?? null, line, entities }) + '\n';
}

function failed(lines: number, failures: number): never {
  throw new InputError(`stdin: ${failures} of ${lines} lines were not valid input (see above)`);
}

/** One thread: read, annotate and write line by line. */
export async function annotateJsonlInProcess(io: CliIO, annotator: Annotator): Promise<number> {
  let lineNo = 0;
  let failures = 0;
  for await (const raw of byteLines(io.stdin)) {
    const item = parseLine(raw, ++lineNo);
    let out: string;
    if (isBad(item)) {
      if (item.err) {
        failures++;
        io.err(item.err);
      }
      out = item.out;
    } else out = annotateLine(annotator, item.id, item.line, item.text);
    if (!io.out(out)) await io.drain();
  }
  if (failures) failed(lineNo, failures);
  return 0;
}

const WORKER_FLAG = 'zhnewsAnnotateWorker';
const BATCH_LINES = 64;
const BATCH_CHARS = 32_000;
/** Batches sent but not yet written, per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

interface WorkerInit {
  [WORKER_FLAG]: true;
  labels?: Label[];
  glossaryFiles: string[];
  modelPath?: string;
}
type Request = { seq: number; items: Array<{ id: unknown; line: number; text: string } | null> };
type Reply = { seq: number; outs: string[] } | { seq: number; error: string };

/** Worker threads: the same output as `annotateJsonlInProcess`, `workers` lines at a time. */
export async function annotateJsonlParallel(io: CliIO, workers: number, opts: JsonlOptions): Promise<number> {
  const init: WorkerInit = { [WORKER_FLAG]: true, labels: opts.labels ? [...opts.labels] : undefined, glossaryFiles: [...opts.glossaryFiles], modelPath: opts.modelPath };
  // The worker runs this very file (dist/cli.js when bundled), whose top level starts the worker loop.
  const pool = Array.from({ length: workers }, () => new Worker(`require(${JSON.stringify(__filename)})`, { eval: true, workerData: init }));
  const outstanding = pool.map(() => 0);
  const pending = new Map<number, Item[]>();
  const results = new Map<number, string[]>();
  let nextSeq = 0;
  let nextWrite = 0;
  let unwritten = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fail = (e: Error) => {
    failure ??= e;
    notify();
  };
  let failures = 0;
  let closing = false;

  const flush = async (): Promise<void> => {
    while (!failure && results.has(nextWrite)) {
      const outs = results.get(nextWrite)!;
      const items = pending.get(nextWrite)!;
      results.delete(nextWrite);
      pending.delete(nextWrite);
      let chunk = '';
      for (let k = 0; k < items.length; k++) {
        const item = items[k];
        if (isBad(item)) {
          if (item.err) {
            // stderr and stdout in the order of the input, as in one thread.
            if (chunk && !io.out(chunk)) await io.drain();
            chunk = '';
            failures++;
            io.err(item.err);
          }
          chunk += item.out;
        } else chunk += outs[k];
      }
      if (chunk && !io.out(chunk)) await io.drain();
      nextWrite++;
      unwritten--;
      notify();
    }
  };
  let writing = Promise.resolve();

  pool.forEach((w, i) => {
    w.on('message', (m: Reply) => {
      outstanding[i]--;
      if ('error' in m) return fail(new Error(`annotation worker: ${m.error}`));
      results.set(m.seq, m.outs);
      writing = writing.then(flush).catch((e: Error) => fail(e));
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0 && !closing) fail(new Error(`annotation worker exited with code ${code}`));
    });
  });

  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready() && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
  };

  const send = async (items: Item[]): Promise<void> => {
    await until(() => unwritten < workers * IN_FLIGHT_PER_WORKER);
    let best = 0;
    for (let i = 1; i < pool.length; i++) if (outstanding[i] < outstanding[best]) best = i;
    const seq = nextSeq++;
    pending.set(seq, items);
    const request: Request = { seq, items: items.map((it) => (isBad(it) ? null : { id: it.id, line: it.line, text: it.text })) };
    outstanding[best]++;
    unwritten++;
    pool[best].postMessage(request);
  };

  let lineNo = 0;
  try {
    let batch: Item[] = [];
    let chars = 0;
    for await (const raw of byteLines(io.stdin)) {
      const item = parseLine(raw, ++lineNo);
      batch.push(item);
      chars += 'text' in item ? item.text.length : 0;
      if (batch.length >= BATCH_LINES || chars >= BATCH_CHARS) {
        await send(batch);
        batch = [];
        chars = 0;
      }
    }
    if (batch.length) await send(batch);
    await until(() => unwritten === 0);
    await writing;
  } finally {
    closing = true;
    await Promise.all(pool.map((w) => w.terminate()));
  }
  if (failures) failed(lineNo, failures);
  return 0;
}

function runWorker(init: WorkerInit): void {
  const annotator = createCliAnnotator(init.labels, { files: init.glossaryFiles, warn: () => {} }, init.modelPath);
  parentPort!.on('message', (m: Request) => {
    let reply: Reply;
    try {
      reply = { seq: m.seq, outs: m.items.map((it) => (it ? annotateLine(annotator, it.id, it.line, it.text) : '')) };
    } catch (e) {
      reply = { seq: m.seq, error: (e as Error)?.stack ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.[WORKER_FLAG]) runWorker(workerData as WorkerInit);
