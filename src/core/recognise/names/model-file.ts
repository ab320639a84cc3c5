import { FEATURE_VERSIONS } from './features';
import { NUM_TAGS } from './tags';

export const MODEL_MAGIC = 'ZHNM';
export const MODEL_FORMAT = 2;
/** The largest weight table a model may declare: what `zhnews train --bits` allows. */
const MAX_BITS = 24;
/** A real header is a few hundred bytes of JSON; a larger length means the length bytes are damaged. */
const MAX_HEADER = 1 << 20;

/**
 * A model file this program cannot use. `reason` is one plain line without the file name, so the
 * CLI and the editor can each put the name where they want it.
 */
export class ModelFileError extends Error {
  constructor(
    readonly reason: string,
    readonly file?: string,
  ) {
    super(file === undefined ? reason : `${file}: ${reason}`);
    this.name = 'ModelFileError';
  }
}

export interface ModelHeader {
  format: number;
  features: number;
  bits: number;
  tags: number;
  nonZeroRows: number;
  lexiconSize: number;
  calibration: { temperature: number; a: number; b: number };
  info: Record<string, unknown>;
}

/** Byte lengths of the sections after the header, in file order (see NameModel.serialise). */
export function sectionLengths(h: Pick<ModelHeader, 'bits' | 'nonZeroRows' | 'lexiconSize'>): number[] {
  const n = h.lexiconSize;
  return [2 ** h.bits / 8, h.nonZeroRows * NUM_TAGS, 256 * 4, NUM_TAGS * NUM_TAGS * 4, NUM_TAGS * 4, n * 4, n * 2, n, n];
}

export function align8(n: number): number {
  return n + ((8 - (n % 8)) % 8);
}

/**
 * The header of a model file, checked field by field and against the file's length, so that a damaged
 * or foreign file is refused with its reason instead of loading as a model that tags nothing.
 */
export function readModelHeader(buf: Uint8Array): { header: ModelHeader; dataStart: number } {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length === 0) throw new ModelFileError('empty file, not a zh-news name model');
  const lead = b.toString('latin1', 0, Math.min(4, b.length));
  if (lead !== MODEL_MAGIC && !MODEL_MAGIC.startsWith(lead)) {
    const looksJson = /^\s*[[{]/.test(b.toString('latin1', 0, 16));
    throw new ModelFileError(`not a zh-news name model file (${looksJson ? 'it is JSON; a model' : 'bad header: a model'} file starts with ${MODEL_MAGIC})`);
  }
  if (b.length < 8) throw new ModelFileError(`truncated: ${bytes(b.length)} of at least 8 bytes`);
  const hlen = b.readUInt32LE(4);
  if (hlen > MAX_HEADER) throw new ModelFileError(`corrupt header (its length reads ${bytes(hlen)})`);
  if (8 + hlen > b.length) throw new ModelFileError(`truncated: ${bytes(b.length)} of at least ${bytes(8 + hlen)} bytes`);
  let raw: unknown;
  try {
    raw = JSON.parse(b.toString('utf8', 8, 8 + hlen));
  } catch {
    throw new ModelFileError('corrupt header (not valid JSON)');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ModelFileError('corrupt header (not a JSON object)');
  const h = raw as Record<string, unknown>;
  if (h.format !== MODEL_FORMAT || !FEATURE_VERSIONS.includes(h.features as number)) {
    throw new ModelFileError(
      `model format ${show(h.format)} with features ${show(h.features)}; this program reads format ${MODEL_FORMAT} with features ` +
        `${FEATURE_VERSIONS.join(', ')}: retrain the model with zhnews train`,
    );
  }
  if (h.tags !== NUM_TAGS) throw new ModelFileError(`the model has ${show(h.tags)} tags, this program ${NUM_TAGS}: retrain the model with zhnews train`);
  const bits = whole(h, 'bits', 3, MAX_BITS);
  const nonZeroRows = whole(h, 'nonZeroRows', 0, 2 ** bits);
  const lexiconSize = whole(h, 'lexiconSize', 1, 2 ** 30);
  // The lexicon is an open-addressing table indexed with `& (size - 1)`.
  if ((lexiconSize & (lexiconSize - 1)) !== 0) throw new ModelFileError(`invalid header: lexiconSize ${lexiconSize} is not a power of two`);
  const c = h.calibration as Record<string, unknown> | undefined;
  if (typeof c !== 'object' || c === null || ![c.temperature, c.a, c.b].every((x) => typeof x === 'number' && Number.isFinite(x)) || !((c.temperature as number) > 0)) {
    throw new ModelFileError('invalid header: calibration must be {temperature > 0, a, b} as numbers');
  }
  if (h.info !== undefined && (typeof h.info !== 'object' || h.info === null || Array.isArray(h.info))) throw new ModelFileError('invalid header: info must be an object');
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    features: h.features as number,
    bits,
    tags: NUM_TAGS,
    nonZeroRows,
    lexiconSize,
    calibration: { temperature: c.temperature as number, a: c.a as number, b: c.b as number },
    info: (h.info as Record<string, unknown> | undefined) ?? {},
  };
  const dataStart = 8 + hlen;
  const size = sectionLengths(header).reduce((end, n) => align8(end) + n, dataStart);
  if (b.length < size) throw new ModelFileError(`truncated: ${bytes(b.length)} of the ${bytes(size)} bytes its header describes`);
  if (b.length > size) throw new ModelFileError(`corrupt: ${bytes(b.length)} bytes, its header describes ${bytes(size)}`);
  return { header, dataStart };
}

function whole(h: Record<string, unknown>, key: string, min: number, max: number): number {
  const v = h[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ModelFileError(`invalid header: ${key} is ${show(v)}, expected a whole number from ${min} to ${max}`);
  }
  return v;
}

function show(v: unknown): string {
  return v === undefined ? 'missing' : JSON.stringify(v);
}

function bytes(n: number): string {
  return n.toLocaleString('en-US');
}
