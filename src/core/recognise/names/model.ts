import { emissions, Marginals, sumsAreExact, viterbi, Weights } from './decode';
import { extractFeatures, FEATURE_VERSION, FEATURE_VERSIONS } from './features';
import { Lexicon } from './lexicon';
import { align8, MODEL_FORMAT, MODEL_MAGIC, ModelFileError, readModelHeader } from './model-file';
import { LabelledSpan, NUM_TAGS, tagsToSpans, tagId } from './tags';

/** Emission scores of the current piece; Marginals copies what it needs, so one buffer serves all. */
let scratchEm = new Float64Array(0);
/** Tags of the current piece (its first text.length entries). */
let scratchTags = new Uint8Array(0);
/** Longest text tagged in one piece. */
const MAX_PIECE = 2000;

export interface ModelInfo {
  /** Free-form provenance: data, epochs, seed, dev scores; shown by the CLI and the model card. */
  [key: string]: unknown;
}

export interface ScoredSpan extends LabelledSpan {
  /** Calibrated probability that the span is right (edges and label). */
  confidence: number;
  /** The model's own span marginal before calibration. */
  marginal: number;
}

/** Maps a span marginal to a calibrated probability: sigmoid(a · logit(p) + b) (Platt scaling). */
export interface Calibration {
  temperature: number;
  a: number;
  b: number;
}

/**
 * The trained character tagger: hashed feature weights (one row of NUM_TAGS per bucket),
 * transition scores, the lexicon used by the features, and a calibration for confidences.
 */
export class NameModel {
  constructor(
    readonly bits: number,
    readonly weights: Weights,
    readonly lexicon: Lexicon,
    public calibration: Calibration,
    public info: ModelInfo = {},
    /** The feature templates' version the weights were trained with (a stored model keeps its own). */
    readonly featureVersion = FEATURE_VERSION,
  ) {}

  /**
   * Spans of one text. Long texts are tagged in pieces cut after sentence punctuation (at most
   * MAX_PIECE characters), so memory stays bounded on a 5 MB paragraph.
   */
  tagSpans(text: string, withConfidence = true): ScoredSpan[] {
    if (text.length <= MAX_PIECE) return this.tagPiece(text, withConfidence);
    const out: ScoredSpan[] = [];
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + MAX_PIECE);
      if (end < text.length) {
        const cut = Math.max(...['。', '！', '？', '；', '\n'].map((p) => text.lastIndexOf(p, end - 1)));
        if (cut > start + MAX_PIECE / 4) end = cut + 1;
        // Never split a surrogate pair.
        else if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
      }
      for (const s of this.tagPiece(text.slice(start, end), withConfidence)) out.push({ ...s, start: s.start + start, end: s.end + start });
      start = end;
    }
    return out;
  }

  private tagPiece(text: string, withConfidence: boolean): ScoredSpan[] {
    if (text.length === 0) return [];
    const f = extractFeatures(text, this.lexicon, this.bits, true, this.featureVersion);
    if (scratchEm.length < text.length * NUM_TAGS) scratchEm = new Float64Array(text.length * NUM_TAGS * 2);
    const em = emissions(f, this.weights, scratchEm);
    if (scratchTags.length < text.length) scratchTags = new Uint8Array(text.length * 2);
    const tags = viterbi(em, text.length, this.weights, scratchTags);
    const spans = tagsToSpans(tags.subarray(0, text.length));
    if (spans.length === 0 || !withConfidence) return spans.map((s) => ({ ...s, confidence: 1, marginal: 1 }));
    let lowestEnd = text.length;
    for (const s of spans) lowestEnd = Math.min(lowestEnd, s.end - 1);
    const marg = new Marginals(em, text.length, this.weights, this.calibration.temperature, { reuse: true, lowestEnd });
    const out = new Array<ScoredSpan>(spans.length);
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k];
      const m = marg.spanProbability(s.start, s.end, s.label);
      const p = Number.isFinite(m) ? m : 0;
      out[k] = { start: s.start, end: s.end, label: s.label, marginal: p, confidence: calibrate(p, this.calibration) };
    }
    return out;
  }

  /**
   * The model file: magic, header length, JSON header, then 8-byte aligned raw sections — a bitmap
   * of non-zero weight rows, those rows as int8 codes, the code table, transitions, the lexicon.
   * Nothing is compressed, so loading is reading the file and spreading the rows out.
   */
  serialise(): Buffer {
    const { codes, table } = quantise(this.weights);
    const rows = 2 ** this.bits;
    const bitmap = new Uint8Array(rows / 8);
    let nonZero = 0;
    for (let r = 0; r < rows; r++) {
      for (let t = 0; t < NUM_TAGS; t++) {
        if (codes[r * NUM_TAGS + t] !== 0) {
          bitmap[r >> 3] |= 1 << (r & 7);
          nonZero++;
          break;
        }
      }
    }
    const packed = new Int8Array(nonZero * NUM_TAGS);
    let k = 0;
    for (let r = 0; r < rows; r++) {
      if (bitmap[r >> 3] & (1 << (r & 7))) packed.set(codes.subarray(r * NUM_TAGS, (r + 1) * NUM_TAGS), NUM_TAGS * k++);
    }
    const sections: ArrayBufferView[] = [
      bitmap,
      packed,
      table,
      Float32Array.from(this.weights.trans),
      Float32Array.from(this.weights.start),
      this.lexicon.keys,
      this.lexicon.classes,
      this.lexicon.freq,
      this.lexicon.pos,
    ];
    const header = {
      format: MODEL_FORMAT,
      features: this.featureVersion,
      bits: this.bits,
      tags: NUM_TAGS,
      nonZeroRows: nonZero,
      lexiconSize: this.lexicon.keys.length,
      calibration: this.calibration,
      info: this.info,
    };
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const parts: Buffer[] = [Buffer.from(MODEL_MAGIC, 'ascii'), Buffer.alloc(4), head];
    parts[1].writeUInt32LE(head.length);
    let size = 8 + head.length;
    for (const sec of sections) {
      const pad = (8 - (size % 8)) % 8;
      parts.push(Buffer.alloc(pad), bytes(sec));
      size += pad + sec.byteLength;
    }
    return Buffer.concat(parts);
  }

  /** Reads a model file; throws a ModelFileError with a plain reason if it is not one this code can use. */
  static deserialise(buf: Buffer): NameModel {
    const { header, dataStart } = readModelHeader(buf);
    const rows = 2 ** header.bits;
    let off = dataStart;
    // Sections are 8-byte aligned in the file: view them in place when the buffer is aligned too.
    const aligned = buf.byteOffset % 8 === 0;
    // readModelHeader has checked the length against every section.
    const take = (n: number): [ArrayBuffer, number] => {
      const at = align8(off);
      off = at + n;
      if (aligned) return [buf.buffer as ArrayBuffer, buf.byteOffset + at];
      return [buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + n) as ArrayBuffer, 0];
    };
    const u8 = (n: number) => new Uint8Array(...take(n), n);
    const bitmap = u8(rows / 8);
    const packed = new Int8Array(...take(header.nonZeroRows * NUM_TAGS), header.nonZeroRows * NUM_TAGS);
    const dequant = new Float32Array(...take(256 * 4), 256);
    const trans = new Float32Array(...take(NUM_TAGS * NUM_TAGS * 4), NUM_TAGS * NUM_TAGS);
    const start = new Float32Array(...take(NUM_TAGS * 4), NUM_TAGS);
    const n = header.lexiconSize;
    const keys = new Uint32Array(...take(n * 4), n);
    const classes = new Uint16Array(...take(n * 2), n);
    const lexicon = new Lexicon(keys, classes, u8(n), u8(n));
    checkSections(bitmap, header.nonZeroRows, [dequant, trans, start], keys);
    // Rows spread out 16 bytes apart (what decoding reads, see Weights.padded), when the summing
    // there gives the same scores; the plain rows × 13 codes are made only if something asks.
    // Linear codes are stored as bytes c + 128 (summed in lanes, see laneEmissions).
    const step = linearStep(dequant);
    if (LITTLE_ENDIAN && (step > 0 || sumsAreExact(dequant))) {
      const lines = new Uint8Array(rows * 16);
      const flip = step > 0 ? 0x80 : 0;
      if (flip) lines.fill(flip);
      const from = new Uint8Array(packed.buffer, packed.byteOffset, packed.length);
      let k = 0;
      for (let r = 0; r < rows; r++) {
        if ((bitmap[r >> 3] & (1 << (r & 7))) === 0) continue;
        const to = r * 16;
        for (let t = 0; t < NUM_TAGS; t++) lines[to + t] = from[k++] ^ flip;
      }
      let codes: Int8Array | undefined;
      const weights: Weights = {
        get emission() {
          return (codes ??= unpad(lines, rows, flip));
        },
        dequant,
        trans,
        start,
        padded: new Uint32Array(lines.buffer),
        linearStep: step > 0 ? step : undefined,
      };
      return new NameModel(header.bits, weights, lexicon, { ...header.calibration }, header.info, header.features);
    }
    const emission = new Int8Array(rows * NUM_TAGS);
    let k = 0;
    for (let r = 0; r < rows; r++) {
      if ((bitmap[r >> 3] & (1 << (r & 7))) === 0) continue;
      const to = r * NUM_TAGS;
      for (let t = 0; t < NUM_TAGS; t++) emission[to + t] = packed[k++];
    }
    return new NameModel(header.bits, { emission, dequant, trans, start }, lexicon, { ...header.calibration }, header.info, header.features);
  }
}

/**
 * The checks the header cannot make: rows in the bitmap as many as the header says, scores that are
 * numbers, and a free slot in the lexicon (a full open-addressing table never ends a failed lookup).
 */
function checkSections(bitmap: Uint8Array, nonZeroRows: number, tables: Float32Array[], keys: Uint32Array): void {
  let set = 0;
  for (let i = 0; i < bitmap.length; i++) for (let v = bitmap[i]; v; v &= v - 1) set++;
  if (set !== nonZeroRows) throw new ModelFileError(`corrupt: ${set} weight rows in the file, ${nonZeroRows} in its header`);
  for (const t of tables) for (let i = 0; i < t.length; i++) if (!Number.isFinite(t[i])) throw new ModelFileError('corrupt: a score that is not a number');
  if (!keys.includes(0)) throw new ModelFileError('corrupt: the lexicon has no free slot');
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Rows × 13 codes from rows of 16 bytes (each byte xor `flip`). */
function unpad(lines: Uint8Array, rows: number, flip: number): Int8Array {
  const codes = new Int8Array(rows * NUM_TAGS);
  const bytes = new Uint8Array(codes.buffer);
  for (let r = 0; r < rows; r++) bytes.set(lines.subarray(r * 16, r * 16 + NUM_TAGS), r * NUM_TAGS);
  if (flip) for (let k = 0; k < bytes.length; k++) bytes[k] ^= flip;
  return codes;
}

/** The step s of a code table that is linear (code c stands for c·s, exactly), else 0. */
export function linearStep(T: Float32Array): number {
  const s = T[129];
  if (!(s > 0) || T.length !== 256) return 0;
  for (let k = 0; k < 256; k++) if (T[k] !== (k - 128) * s) return 0;
  return s;
}

/**
 * Linear int8 codes for the weights: code c stands for c·s, s = max / 127 rounded down to 16
 * significant bits, so every c·s is exact in a float32 and any sum of them is exact in a double.
 * Linear codes lose the finest steps of small weights (a log scale kept them: the dev score is the
 * same either way) but let decoding add a whole row in packed 16-bit lanes. An already quantised
 * model is kept.
 */
function quantise(w: Weights): { codes: Int8Array; table: Float32Array } {
  if (w.dequant) return { codes: w.emission as Int8Array, table: w.dequant };
  const em = w.emission;
  let max = 0;
  for (let i = 0; i < em.length; i++) max = Math.max(max, Math.abs(em[i]));
  let s = 1;
  if (max > 0) {
    const unit = 2 ** (Math.floor(Math.log2(max / 127)) - 15);
    s = Math.floor(max / 127 / unit) * unit;
  }
  const table = new Float32Array(256);
  for (let c = -128; c < 128; c++) table[c + 128] = c * s;
  const codes = new Int8Array(em.length);
  for (let i = 0; i < em.length; i++) {
    const x = em[i];
    if (x === 0) continue;
    codes[i] = Math.max(-127, Math.min(127, Math.round(x / s)));
  }
  return { codes, table };
}

function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

export function spanTags(s: LabelledSpan): number[] {
  const n = s.end - s.start;
  if (n === 1) return [tagId('S', s.label)];
  const t = [tagId('B', s.label)];
  for (let i = 1; i < n - 1; i++) t.push(tagId('I', s.label));
  t.push(tagId('E', s.label));
  return t;
}

export function calibrate(p: number, c: Calibration): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  const z = c.a * Math.log(q / (1 - q)) + c.b;
  return 1 / (1 + Math.exp(-z));
}
