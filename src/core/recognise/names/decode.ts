import { allowed, allowedLast, NameLabel, NUM_TAGS, PREDECESSORS, SUCCESSORS, tagId } from './tags';
import { MAX_FEATURES, SentenceFeatures } from './features';

/**
 * Weights of a linear-chain model: emission rows (rows × NUM_TAGS), transitions, start scores.
 * A stored model keeps emissions as int8 codes with a table of their values (`dequant`).
 */
export interface Weights {
  emission: ArrayLike<number>;
  dequant?: Float32Array;
  /**
   * A stored model's codes again, one row per 16 bytes (13 codes, 3 zero bytes), read as 32-bit
   * words: what decoding reads when present (see paddedEmissions).
   */
  padded?: Uint32Array;
  /**
   * Set when the codes are linear (code c stands for c × linearStep) and `padded` holds them as
   * bytes c + 128: decoding then sums whole rows in 16-bit lanes (see laneEmissions).
   */
  linearStep?: number;
  /** trans[from * NUM_TAGS + to] */
  trans: ArrayLike<number>;
  start: ArrayLike<number>;
}

const NEG = -Infinity;

/**
 * Emission scores em[i * NUM_TAGS + t]. Unrolled over the 13 tags with local sums: this loop is the
 * hot path of annotation (one weight row per feature per character).
 */
export function emissions(f: SentenceFeatures, w: Weights, out?: Float64Array): Float64Array {
  if (w.padded && w.linearStep) return laneEmissions(f, w.padded, w.linearStep, out);
  if (w.dequant && w.padded) return paddedEmissions(f, w.padded, w.dequant, out);
  if (w.dequant) return quantisedEmissions(f, w.emission as Int8Array, w.dequant, out);
  const n = f.length;
  const em = out && out.length >= n * NUM_TAGS ? out : new Float64Array(n * NUM_TAGS);
  const W = w.emission;
  const rows = f.rows;
  const counts = f.counts;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    const base = i * MAX_FEATURES;
    const end = base + counts[i];
    for (let j = base; j < end; j++) {
      const r = rows[j] * 13;
      s0 += W[r]; s1 += W[r + 1]; s2 += W[r + 2]; s3 += W[r + 3]; s4 += W[r + 4]; s5 += W[r + 5]; s6 += W[r + 6];
      s7 += W[r + 7]; s8 += W[r + 8]; s9 += W[r + 9]; s10 += W[r + 10]; s11 += W[r + 11]; s12 += W[r + 12];
    }
    const o = i * 13;
    em[o] = s0; em[o + 1] = s1; em[o + 2] = s2; em[o + 3] = s3; em[o + 4] = s4; em[o + 5] = s5; em[o + 6] = s6;
    em[o + 7] = s7; em[o + 8] = s8; em[o + 9] = s9; em[o + 10] = s10; em[o + 11] = s11; em[o + 12] = s12;
  }
  return em;
}

/** Where touching loops put what they read (nothing reads it). */
let sink = 0;

/** The codes as unsigned bytes (a view, made once per model). */
const bytesOf = new WeakMap<Int8Array, Uint8Array>();

/** Per code table: the values of T indexed by the code's byte (0..255) as doubles. */
const byByte = new WeakMap<Float32Array, Float64Array>();

function tableByByte(T: Float32Array): Float64Array {
  let t = byByte.get(T);
  if (!t) {
    t = new Float64Array(256);
    for (let u = 0; u < 256; u++) t[u] = T[((u << 24) >> 24) + 128];
    byByte.set(T, t);
  }
  return t;
}

/**
 * Emissions from int8 codes: T[code + 128] is the weight a code stands for. The codes are read as
 * unsigned bytes into a table of doubles indexed by byte (the same values: a float32 is exact as a
 * double), which saves an add and a conversion per weight.
 */
function quantisedEmissions(f: SentenceFeatures, W: Int8Array, T: Float32Array, out?: Float64Array): Float64Array {
  const n = f.length;
  const em = out && out.length >= n * NUM_TAGS ? out : new Float64Array(n * NUM_TAGS);
  const rows = f.rows;
  const counts = f.counts;
  let U = bytesOf.get(W);
  if (!U) bytesOf.set(W, (U = new Uint8Array(W.buffer, W.byteOffset, W.length)));
  const D = tableByByte(T);
  let touched = 0;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const end = base + counts[i];
    // First one byte of each row: a short loop whose loads (mostly cache misses: the table is
    // 13 MB) the CPU can have many of in flight at once; the sums below then find the rows cached.
    // A third faster than summing straight away.
    for (let j = base; j < end; j++) touched |= U[rows[j] * 13];
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    for (let j = base; j < end; j++) {
      const r = rows[j] * 13;
      s0 += D[U[r]]; s1 += D[U[r + 1]]; s2 += D[U[r + 2]]; s3 += D[U[r + 3]]; s4 += D[U[r + 4]]; s5 += D[U[r + 5]];
      s6 += D[U[r + 6]]; s7 += D[U[r + 7]]; s8 += D[U[r + 8]]; s9 += D[U[r + 9]]; s10 += D[U[r + 10]];
      s11 += D[U[r + 11]]; s12 += D[U[r + 12]];
    }
    const o = i * 13;
    em[o] = s0; em[o + 1] = s1; em[o + 2] = s2; em[o + 3] = s3; em[o + 4] = s4; em[o + 5] = s5; em[o + 6] = s6;
    em[o + 7] = s7; em[o + 8] = s8; em[o + 9] = s9; em[o + 10] = s10; em[o + 11] = s11; em[o + 12] = s12;
  }
  sink ^= touched; // a use of the loads, so the compiler keeps them
  return em;
}

/**
 * quantisedEmissions on rows of 16 bytes: four aligned 32-bit loads per row instead of thirteen byte
 * loads, and a row never straddles two cache lines (a 13-byte row did one time in five). The bytes
 * come out by shifts, little-endian as typed arrays are on every platform Node runs on (checked by
 * the model loader). The same sums: every code value is a multiple of 2^-31 below 2^7 and at most 48
 * are added, so each sum is exact in a double whatever the order (checked by the loader too).
 */
function paddedEmissions(f: SentenceFeatures, P: Uint32Array, T: Float32Array, out?: Float64Array): Float64Array {
  const n = f.length;
  const em = out && out.length >= n * NUM_TAGS ? out : new Float64Array(n * NUM_TAGS);
  const rows = f.rows;
  const counts = f.counts;
  const D = tableByByte(T);
  let touched = 0;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const end = base + counts[i];
    // As in quantisedEmissions: the row loads first, many in flight, then the sums.
    for (let j = base; j < end; j++) touched |= P[rows[j] << 2];
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    for (let j = base; j < end; j++) {
      const r = rows[j] << 2;
      const a = P[r], b = P[r + 1], c = P[r + 2], d = P[r + 3];
      s0 += D[a & 255]; s1 += D[(a >>> 8) & 255]; s2 += D[(a >>> 16) & 255]; s3 += D[a >>> 24];
      s4 += D[b & 255]; s5 += D[(b >>> 8) & 255]; s6 += D[(b >>> 16) & 255]; s7 += D[b >>> 24];
      s8 += D[c & 255]; s9 += D[(c >>> 8) & 255]; s10 += D[(c >>> 16) & 255]; s11 += D[c >>> 24];
      s12 += D[d & 255];
    }
    const o = i * 13;
    em[o] = s0; em[o + 1] = s1; em[o + 2] = s2; em[o + 3] = s3; em[o + 4] = s4; em[o + 5] = s5; em[o + 6] = s6;
    em[o + 7] = s7; em[o + 8] = s8; em[o + 9] = s9; em[o + 10] = s10; em[o + 11] = s11; em[o + 12] = s12;
  }
  sink ^= touched;
  return em;
}

const LOW_BYTES = 0x00ff00ff;

/**
 * Emissions from linear codes stored as bytes c + 128, 16 bytes a row: a 32-bit word's bytes 0 and
 * 2 (and, shifted, 1 and 3) are added as two 16-bit lanes at once, so a row of 13 weights costs 7
 * integer adds instead of 13 table look-ups and double adds. A lane sums at most MAX_FEATURES bytes
 * (48 × 255 < 2^16), so it never carries into the next; the offsets come off at the end. Integer
 * sums times the step: exact, the same as adding the weights one by one.
 */
function laneEmissions(f: SentenceFeatures, P: Uint32Array, step: number, out?: Float64Array): Float64Array {
  const n = f.length;
  const em = out && out.length >= n * NUM_TAGS ? out : new Float64Array(n * NUM_TAGS);
  const rows = f.rows;
  const counts = f.counts;
  let touched = 0;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const cnt = counts[i];
    const end = base + cnt;
    // As in quantisedEmissions: the row loads first, many in flight, then the sums.
    for (let j = base; j < end; j++) touched |= P[rows[j] << 2];
    let x0 = 0, x1 = 0, x2 = 0, x3 = 0, x4 = 0, x5 = 0, x6 = 0;
    for (let j = base; j < end; j++) {
      const r = rows[j] << 2;
      const a = P[r], b = P[r + 1], c = P[r + 2], d = P[r + 3];
      x0 = (x0 + (a & LOW_BYTES)) | 0;
      x1 = (x1 + ((a >>> 8) & LOW_BYTES)) | 0;
      x2 = (x2 + (b & LOW_BYTES)) | 0;
      x3 = (x3 + ((b >>> 8) & LOW_BYTES)) | 0;
      x4 = (x4 + (c & LOW_BYTES)) | 0;
      x5 = (x5 + ((c >>> 8) & LOW_BYTES)) | 0;
      x6 = (x6 + (d & 255)) | 0;
    }
    const z = cnt * 128;
    const o = i * 13;
    em[o] = ((x0 & 0xffff) - z) * step; em[o + 2] = ((x0 >>> 16) - z) * step;
    em[o + 1] = ((x1 & 0xffff) - z) * step; em[o + 3] = ((x1 >>> 16) - z) * step;
    em[o + 4] = ((x2 & 0xffff) - z) * step; em[o + 6] = ((x2 >>> 16) - z) * step;
    em[o + 5] = ((x3 & 0xffff) - z) * step; em[o + 7] = ((x3 >>> 16) - z) * step;
    em[o + 8] = ((x4 & 0xffff) - z) * step; em[o + 10] = ((x4 >>> 16) - z) * step;
    em[o + 9] = ((x5 & 0xffff) - z) * step; em[o + 11] = ((x5 >>> 16) - z) * step;
    em[o + 12] = (x6 - z) * step;
  }
  sink ^= touched;
  return em;
}

/**
 * Whether sums of up to MAX_FEATURES values of T are exact in a double, so their order does not
 * matter: every value a multiple of the smallest one's float32 step, and the largest sum within 2^53
 * of those steps.
 */
export function sumsAreExact(T: Float32Array): boolean {
  let step = Infinity;
  let max = 0;
  for (let k = 0; k < T.length; k++) {
    const a = Math.abs(T[k]);
    if (a === 0) continue;
    if (!Number.isFinite(a)) return false;
    step = Math.min(step, 2 ** (Math.floor(Math.log2(a)) - 23));
    max = Math.max(max, a);
  }
  if (max === 0) return true;
  for (let k = 0; k < T.length; k++) if (!Number.isInteger(T[k] / step)) return false;
  return (max / step) * MAX_FEATURES < 2 ** 53;
}

/** Tags that open a name or stand alone (O, B-x, S-x), and tags that close one (O, E-x, S-x). */
const OPENING = Int32Array.from([0, 1, 4, 5, 8, 9, 12]);
const CLOSING = Int32Array.from([0, 3, 4, 7, 8, 11, 12]);
// The written-out Viterbi and forward-backward below assume this structure of the tag set.
for (let t = 0; t < NUM_TAGS; t++) {
  const opening = OPENING.includes(t);
  const preds = opening ? CLOSING : Int32Array.from([t - ((t - 1) % 4), t - ((t - 1) % 4) + 1]);
  const succs = CLOSING.includes(t) ? OPENING : Int32Array.from([t + (t % 4 === 1 ? 1 : 0), t + (t % 4 === 1 ? 2 : 1)]);
  if (String(preds) !== String(PREDECESSORS[t]) || String(succs) !== String(SUCCESSORS[t])) throw new Error(`tag ${t}: transitions differ from BIOES`);
}
const ALLOWED_FIRST = Uint8Array.from({ length: NUM_TAGS }, (_, t) => (allowed(-1, t) ? 1 : 0));
const ALLOWED_LAST = Uint8Array.from({ length: NUM_TAGS }, (_, t) => (allowedLast(t) ? 1 : 0));

// Working arrays of the decoders, grown to the longest piece: one paragraph after another, so
// allocating them per call was mostly garbage for the collector.
let vScore = new Float64Array(0);
let vBack = new Uint8Array(0);
const vTrans = new Float64Array(NUM_TAGS * NUM_TAGS);

/** Best tag sequence under BIOES constraints (Viterbi); into `out` (its first n entries) if given. */
export function viterbi(em: Float64Array, n: number, w: Weights, out?: Uint8Array): Uint8Array {
  const T = NUM_TAGS;
  const tags = out && out.length >= n ? out : new Uint8Array(n);
  if (n === 0) return tags;
  if (vScore.length < n * T) {
    vScore = new Float64Array(Math.max(n, 256) * 2 * T);
    vBack = new Uint8Array(Math.max(n, 256) * 2 * T);
  }
  const score = vScore;
  const back = vBack;
  // A typed copy: the weights come as Float32Array (a model file) or Float64Array (training).
  const trans = vTrans;
  copyInto(trans, w.trans);
  for (let t = 0; t < T; t++) score[t] = ALLOWED_FIRST[t] ? w.start[t] + em[t] : NEG;
  // Written out for BIOES like Marginals: predecessors in the plain loop's order, ties kept the same.
  for (let i = 1; i < n; i++) {
    const o = i * T;
    const p = o - T;
    const p0 = score[p], p3 = score[p + 3], p4 = score[p + 4], p7 = score[p + 7], p8 = score[p + 8], p11 = score[p + 11], p12 = score[p + 12];
    for (let q = 0; q < OPENING.length; q++) {
      const t = OPENING[q];
      let best = NEG;
      let arg = 0;
      let s = p0 + trans[t];
      if (s > best) { best = s; arg = 0; }
      s = p3 + trans[3 * T + t];
      if (s > best) { best = s; arg = 3; }
      s = p4 + trans[4 * T + t];
      if (s > best) { best = s; arg = 4; }
      s = p7 + trans[7 * T + t];
      if (s > best) { best = s; arg = 7; }
      s = p8 + trans[8 * T + t];
      if (s > best) { best = s; arg = 8; }
      s = p11 + trans[11 * T + t];
      if (s > best) { best = s; arg = 11; }
      s = p12 + trans[12 * T + t];
      if (s > best) { best = s; arg = 12; }
      score[o + t] = best + em[o + t];
      back[o + t] = arg;
    }
    for (let b = 1; b < T; b += 4) {
      const pb = score[p + b], pi = score[p + b + 1];
      for (let t = b + 1; t <= b + 2; t++) {
        let best = NEG;
        let arg = 0;
        let s = pb + trans[b * T + t];
        if (s > best) { best = s; arg = b; }
        s = pi + trans[(b + 1) * T + t];
        if (s > best) { best = s; arg = b + 1; }
        score[o + t] = best + em[o + t];
        back[o + t] = arg;
      }
    }
  }
  const o = (n - 1) * T;
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (ALLOWED_LAST[t] && score[o + t] > best) {
      best = score[o + t];
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}

/** exp(score × temperature) of the transitions and start scores, 0 where BIOES forbids them. */
interface ExpTransitions {
  temperature: number;
  /** The scores these were computed from, to notice weights changed in place. */
  trans: Float64Array;
  start: Float64Array;
  A: Float64Array;
  S: Float64Array;
}
const expCache = new WeakMap<Weights, ExpTransitions>();

/** The exponentiated transitions of w, computed once per model and temperature (182 exp calls per paragraph before). */
function expTransitions(w: Weights, temperature: number): ExpTransitions {
  const T = NUM_TAGS;
  const c = expCache.get(w);
  if (c && c.temperature === temperature && sameValues(c.trans, w.trans) && sameValues(c.start, w.start)) return c;
  const A = new Float64Array(T * T);
  const S = new Float64Array(T);
  for (let f = 0; f < T; f++) {
    S[f] = allowed(-1, f) ? Math.exp(w.start[f] * temperature) : 0;
    for (let t = 0; t < T; t++) A[f * T + t] = allowed(f, t) ? Math.exp(w.trans[f * T + t] * temperature) : 0;
  }
  const e: ExpTransitions = { temperature, trans: Float64Array.from(w.trans), start: Float64Array.from(w.start), A, S };
  expCache.set(w, e);
  return e;
}

/** a[k] = b[k] for every k of a; a small function of its own (inline in viterbi it took ~1 µs a call). */
function copyInto(a: Float64Array, b: ArrayLike<number>): void {
  for (let k = 0; k < a.length; k++) a[k] = b[k];
}

/** Whether b holds a's values. */
function sameValues(a: Float64Array, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The largest k of an emission difference −k·step: MAX_FEATURES rows of codes −127…127. */
const KMAX = MAX_FEATURES * 254;
let expTable: { step: number; temperature: number; E: Float64Array } | undefined;

/** E[k] = exp(−k·step × temperature), k = 0…KMAX, computed as Marginals computes it from emissions. */
function expSteps(step: number, temperature: number): Float64Array {
  if (!expTable || expTable.step !== step || expTable.temperature !== temperature) {
    const E = new Float64Array(KMAX + 1);
    for (let k = 0; k <= KMAX; k++) E[k] = Math.exp(-(k * step) * temperature);
    expTable = { step, temperature, E };
  }
  return expTable.E;
}

/** Shared working arrays for Marginals built with `reuse` (one live at a time). */
let mAlpha = new Float64Array(0);
let mBeta = new Float64Array(0);
let mB = new Float64Array(0);
let mC = new Float64Array(0);

export interface MarginalsOptions {
  /**
   * Use shared working arrays instead of fresh ones: the result is valid only until the next
   * Marginals built with `reuse`.
   */
  reuse?: boolean;
  /** Lowest position a queried path may end at: the backward pass stops there (default 0). */
  lowestEnd?: number;
}

/**
 * Forward-backward over scores × temperature, for the probability that a given tag run is the one
 * in the sentence: P(y_s..y_e) under the model's (Gibbs) distribution. Scaled per position, so it
 * works on paragraphs of any length.
 */
export class Marginals {
  private alpha: Float64Array;
  private beta: Float64Array;
  private c: Float64Array;
  private B: Float64Array;
  private A: Float64Array;
  private S: Float64Array;
  private zEnd: number;
  private lowestEnd: number;

  constructor(em: Float64Array, private readonly n: number, w: Weights, temperature: number, options: MarginalsOptions = {}) {
    const T = NUM_TAGS;
    const x = expTransitions(w, temperature);
    const A = (this.A = x.A);
    this.S = x.S;
    this.lowestEnd = Math.max(0, Math.min(n - 1, options.lowestEnd ?? 0));
    if (options.reuse) {
      if (mC.length < n) {
        const cap = Math.max(n, 256) * 2;
        mAlpha = new Float64Array(cap * T);
        mBeta = new Float64Array(cap * T);
        mB = new Float64Array(cap * T);
        mC = new Float64Array(cap);
      }
      this.alpha = mAlpha;
      this.beta = mBeta;
      this.B = mB;
      this.c = mC;
    } else {
      this.alpha = new Float64Array(n * T);
      this.beta = new Float64Array(n * T);
      this.B = new Float64Array(n * T);
      this.c = new Float64Array(n);
    }
    const B = this.B;
    const step = w.linearStep;
    if (step) {
      // Linear codes: every emission is an integer times the step, so em − m is −k·step for an
      // integer k below KMAX and its exponential one look-up (the same double as Math.exp gives).
      const E = expSteps(step, temperature);
      for (let i = 0; i < n; i++) {
        const o = i * T;
        let m = em[o];
        for (let t = 1; t < T; t++) if (em[o + t] > m) m = em[o + t];
        for (let t = 0; t < T; t++) B[o + t] = E[(m - em[o + t]) / step];
      }
    } else {
      for (let i = 0; i < n; i++) {
        const o = i * T;
        let m = NEG;
        for (let t = 0; t < T; t++) m = Math.max(m, em[o + t]);
        for (let t = 0; t < T; t++) B[o + t] = Math.exp((em[o + t] - m) * temperature);
      }
    }
    const alpha = this.alpha;
    const c = this.c;
    const S = this.S;
    // Written out for the BIOES structure (checked against PREDECESSORS / SUCCESSORS below): a tag
    // that opens or stands alone (O, B-x, S-x) follows any tag that closes (O, E-x, S-x); I-x and E-x
    // follow B-x or I-x. Terms are added in the order of the plain loop, so the sums are identical.
    for (let t = 0; t < T; t++) alpha[t] = S[t] * B[t];
    for (let i = 0; i < n; i++) {
      const o = i * T;
      if (i > 0) {
        const p = o - T;
        const a0 = alpha[p], a3 = alpha[p + 3], a4 = alpha[p + 4], a7 = alpha[p + 7], a8 = alpha[p + 8], a11 = alpha[p + 11], a12 = alpha[p + 12];
        for (let q = 0; q < OPENING.length; q++) {
          const t = OPENING[q];
          const v = a0 * A[t] + a3 * A[3 * T + t] + a4 * A[4 * T + t] + a7 * A[7 * T + t] + a8 * A[8 * T + t] + a11 * A[11 * T + t] + a12 * A[12 * T + t];
          alpha[o + t] = v * B[o + t];
        }
        for (let b = 1; b < T; b += 4) {
          const ab = alpha[p + b], ai = alpha[p + b + 1];
          alpha[o + b + 1] = (ab * A[b * T + b + 1] + ai * A[(b + 1) * T + b + 1]) * B[o + b + 1];
          alpha[o + b + 2] = (ab * A[b * T + b + 2] + ai * A[(b + 1) * T + b + 2]) * B[o + b + 2];
        }
      }
      let sum = 0;
      for (let t = 0; t < T; t++) sum += alpha[o + t];
      const ci = (c[i] = sum || 1e-300);
      for (let t = 0; t < T; t++) alpha[o + t] /= ci;
    }
    const beta = this.beta;
    this.zEnd = 0;
    for (let t = 0; t < T; t++) {
      const e = ALLOWED_LAST[t];
      beta[(n - 1) * T + t] = e;
      this.zEnd += alpha[(n - 1) * T + t] * e;
    }
    // beta is read only at the ends of queried paths: below the lowest one it is not needed.
    for (let i = n - 2; i >= this.lowestEnd; i--) {
      const o = (i + 1) * T;
      const x0 = B[o] * beta[o], x1 = B[o + 1] * beta[o + 1], x4 = B[o + 4] * beta[o + 4], x5 = B[o + 5] * beta[o + 5];
      const x8 = B[o + 8] * beta[o + 8], x9 = B[o + 9] * beta[o + 9], x12 = B[o + 12] * beta[o + 12];
      const ci = c[i + 1];
      const r = i * T;
      for (let q = 0; q < CLOSING.length; q++) {
        const f = CLOSING[q] * T;
        beta[r + CLOSING[q]] = (A[f] * x0 + A[f + 1] * x1 + A[f + 4] * x4 + A[f + 5] * x5 + A[f + 8] * x8 + A[f + 9] * x9 + A[f + 12] * x12) / ci;
      }
      for (let b = 1; b < T; b += 4) {
        const xi = B[o + b + 1] * beta[o + b + 1], xe = B[o + b + 2] * beta[o + b + 2];
        beta[r + b] = (A[b * T + b + 1] * xi + A[b * T + b + 2] * xe) / ci;
        beta[r + b + 1] = (A[(b + 1) * T + b + 1] * xi + A[(b + 1) * T + b + 2] * xe) / ci;
      }
    }
  }

  /** pathProbability of the tags of one span (S, or B I… E), without building them. */
  spanProbability(start: number, end: number, label: NameLabel): number {
    const n = end - start;
    if (n === 1) return this.pathProbability(start, [tagId('S', label)]);
    const b = tagId('B', label);
    if (n === 2) return this.pathProbability(start, [b, b + 2]);
    if (n === 3) return this.pathProbability(start, [b, b + 1, b + 2]);
    const tags = new Array<number>(n).fill(b + 1);
    tags[0] = b;
    tags[n - 1] = b + 2;
    return this.pathProbability(start, tags);
  }

  /** Probability that positions start..end-1 carry exactly `tags` (e.g. B I E of one span). */
  pathProbability(start: number, tags: ArrayLike<number>): number {
    const T = NUM_TAGS;
    if (start < 0 || start + tags.length > this.n || tags.length === 0) return 0;
    const end = start + tags.length - 1;
    if (end < this.lowestEnd) throw new Error(`path ends at ${end}, before the lowest end ${this.lowestEnd} these marginals were built for`);
    let p = 0;
    const y0 = tags[0];
    if (start === 0) p = this.S[y0];
    else for (let f = 0; f < T; f++) p += this.alpha[(start - 1) * T + f] * this.A[f * T + y0];
    p *= this.B[start * T + y0] / this.c[start];
    for (let k = 1; k < tags.length; k++) {
      const i = start + k;
      p *= (this.A[tags[k - 1] * T + tags[k]] * this.B[i * T + tags[k]]) / this.c[i];
    }
    p *= this.beta[end * T + tags[tags.length - 1]];
    return this.zEnd > 0 ? Math.min(1, Math.max(0, p / this.zEnd)) : 0;
  }
}
