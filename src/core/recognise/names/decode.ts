import { allowed, allowedLast, NUM_TAGS, PREDECESSORS, SUCCESSORS } from './tags';
import { MAX_FEATURES, SentenceFeatures } from './features';

/**
 * Weights of a linear-chain model: emission rows (rows × NUM_TAGS), transitions, start scores.
 * A stored model keeps emissions as int8 codes with a table of their values (`dequant`).
 */
export interface Weights {
  emission: ArrayLike<number>;
  dequant?: Float32Array;
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

/** Emissions from int8 codes: T[code + 128] is the weight a code stands for. */
function quantisedEmissions(f: SentenceFeatures, W: Int8Array, T: Float32Array, out?: Float64Array): Float64Array {
  const n = f.length;
  const em = out && out.length >= n * NUM_TAGS ? out : new Float64Array(n * NUM_TAGS);
  const rows = f.rows;
  const counts = f.counts;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    const base = i * MAX_FEATURES;
    const end = base + counts[i];
    for (let j = base; j < end; j++) {
      const r = rows[j] * 13;
      s0 += T[W[r] + 128]; s1 += T[W[r + 1] + 128]; s2 += T[W[r + 2] + 128]; s3 += T[W[r + 3] + 128];
      s4 += T[W[r + 4] + 128]; s5 += T[W[r + 5] + 128]; s6 += T[W[r + 6] + 128]; s7 += T[W[r + 7] + 128];
      s8 += T[W[r + 8] + 128]; s9 += T[W[r + 9] + 128]; s10 += T[W[r + 10] + 128]; s11 += T[W[r + 11] + 128];
      s12 += T[W[r + 12] + 128];
    }
    const o = i * 13;
    em[o] = s0; em[o + 1] = s1; em[o + 2] = s2; em[o + 3] = s3; em[o + 4] = s4; em[o + 5] = s5; em[o + 6] = s6;
    em[o + 7] = s7; em[o + 8] = s8; em[o + 9] = s9; em[o + 10] = s10; em[o + 11] = s11; em[o + 12] = s12;
  }
  return em;
}

/** Best tag sequence under BIOES constraints (Viterbi). */
export function viterbi(em: Float64Array, n: number, w: Weights): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * NUM_TAGS);
  const back = new Uint8Array(n * NUM_TAGS);
  for (let t = 0; t < NUM_TAGS; t++) score[t] = allowed(-1, t) ? w.start[t] + em[t] : NEG;
  for (let i = 1; i < n; i++) {
    const o = i * NUM_TAGS;
    const p = o - NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) {
      const preds = PREDECESSORS[t];
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const f = preds[k];
        const s = score[p + f] + w.trans[f * NUM_TAGS + t];
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      score[o + t] = best + em[o + t];
      back[o + t] = arg;
    }
  }
  const o = (n - 1) * NUM_TAGS;
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (allowedLast(t) && score[o + t] > best) {
      best = score[o + t];
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NUM_TAGS + tags[i]];
  return tags;
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

  constructor(em: Float64Array, private readonly n: number, w: Weights, temperature: number) {
    const T = NUM_TAGS;
    this.A = new Float64Array(T * T);
    this.S = new Float64Array(T);
    for (let f = 0; f < T; f++) {
      this.S[f] = allowed(-1, f) ? Math.exp(w.start[f] * temperature) : 0;
      for (let t = 0; t < T; t++) this.A[f * T + t] = allowed(f, t) ? Math.exp(w.trans[f * T + t] * temperature) : 0;
    }
    const B = (this.B = new Float64Array(n * T));
    for (let i = 0; i < n; i++) {
      let m = NEG;
      for (let t = 0; t < T; t++) m = Math.max(m, em[i * T + t]);
      for (let t = 0; t < T; t++) B[i * T + t] = Math.exp((em[i * T + t] - m) * temperature);
    }
    const alpha = (this.alpha = new Float64Array(n * T));
    const c = (this.c = new Float64Array(n));
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let t = 0; t < T; t++) {
        let v = 0;
        if (i === 0) v = this.S[t];
        else {
          const preds = PREDECESSORS[t];
          for (let k = 0; k < preds.length; k++) v += alpha[(i - 1) * T + preds[k]] * this.A[preds[k] * T + t];
        }
        v *= B[i * T + t];
        alpha[i * T + t] = v;
        sum += v;
      }
      c[i] = sum || 1e-300;
      for (let t = 0; t < T; t++) alpha[i * T + t] /= c[i];
    }
    const beta = (this.beta = new Float64Array(n * T));
    this.zEnd = 0;
    for (let t = 0; t < T; t++) {
      const e = allowedLast(t) ? 1 : 0;
      beta[(n - 1) * T + t] = e;
      this.zEnd += alpha[(n - 1) * T + t] * e;
    }
    const next = new Float64Array(T);
    for (let i = n - 2; i >= 0; i--) {
      const o = (i + 1) * T;
      for (let t = 0; t < T; t++) next[t] = B[o + t] * beta[o + t];
      for (let f = 0; f < T; f++) {
        let v = 0;
        const succ = SUCCESSORS[f];
        for (let k = 0; k < succ.length; k++) v += this.A[f * T + succ[k]] * next[succ[k]];
        beta[i * T + f] = v / c[i + 1];
      }
    }
  }

  /** Probability that positions start..end-1 carry exactly `tags` (e.g. B I E of one span). */
  pathProbability(start: number, tags: ArrayLike<number>): number {
    const T = NUM_TAGS;
    if (start < 0 || start + tags.length > this.n || tags.length === 0) return 0;
    let p = 0;
    const y0 = tags[0];
    if (start === 0) p = this.S[y0];
    else for (let f = 0; f < T; f++) p += this.alpha[(start - 1) * T + f] * this.A[f * T + y0];
    p *= this.B[start * T + y0] / this.c[start];
    for (let k = 1; k < tags.length; k++) {
      const i = start + k;
      p *= (this.A[tags[k - 1] * T + tags[k]] * this.B[i * T + tags[k]]) / this.c[i];
    }
    const end = start + tags.length - 1;
    p *= this.beta[end * T + tags[tags.length - 1]];
    return this.zEnd > 0 ? Math.min(1, Math.max(0, p / this.zEnd)) : 0;
  }
}
