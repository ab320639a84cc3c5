import { emissions, viterbi } from './decode';
import { extractFeatures, MAX_FEATURES, narrowRow } from './features';
import { Lexicon } from './lexicon';
import { GoldSentence } from './corpora';
import { NameModel } from './model';
import { NUM_TAGS, spansToTags } from './tags';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** log2 of the number of hashed feature rows. */
  bits: number;
  lexicon: Lexicon;
  /**
   * Features seen fewer times than this in the training data never get weights (1: all do). Rare
   * features add noise to the rows they share and weight rows to the table.
   */
  minCount?: number;
  /**
   * Number of perceptrons trained on the same data, shuffled with seeds seed … seed+K−1, whose
   * averaged weights are averaged again (default 1). Each one alone is what `seed` would give;
   * their mean moves less with the seed than any of them.
   */
  shuffles?: number;
  /** Called after each epoch (progress, dev scores); `shuffle` counts from 1. */
  onEpoch?: (epoch: number, mistakes: number, model: () => NameModel, shuffle: number) => void;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same shuffles on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Averaged structured perceptron (Collins 2002) over BIOES tags, decoded with Viterbi during
 * training. Averaging uses the lazy trick w_avg = w − u / c, where u sums c·Δw. Deterministic:
 * sentence order comes from the seeded PRNG and every sum runs in a fixed order.
 */
export function trainPerceptron(data: readonly GoldSentence[], opts: TrainOptions): NameModel {
  const rows = 2 ** opts.bits;
  const W = new Float64Array(rows * NUM_TAGS);
  const U = new Float64Array(rows * NUM_TAGS);
  const T = new Float64Array(NUM_TAGS * NUM_TAGS);
  const TU = new Float64Array(NUM_TAGS * NUM_TAGS);
  const S = new Float64Array(NUM_TAGS);
  const SU = new Float64Array(NUM_TAGS);
  const live = { emission: W, trans: T, start: S };
  const order = data.map((_, i) => i);
  // Feature pruning: features are told apart by 24 hash bits and counted over the training data.
  const minCount = Math.min(65535, opts.minCount ?? 1);
  const COUNT_BITS = 24;
  let seen: Uint16Array | undefined;
  if (minCount > 1 && opts.bits <= COUNT_BITS) {
    seen = new Uint16Array(2 ** COUNT_BITS);
    for (const s of data) {
      if (s.text.length === 0) continue;
      const f = extractFeatures(s.text, opts.lexicon, COUNT_BITS, true);
      for (let i = 0; i < s.text.length; i++) {
        const base = i * MAX_FEATURES;
        for (let k = 0; k < f.counts[i]; k++) {
          const r = f.rows[base + k];
          if (seen[r] < 65535) seen[r]++;
        }
      }
    }
  }
  const shuffles = Math.max(1, Math.floor(opts.shuffles ?? 1));
  let c = 1;
  let em = new Float64Array(1024 * NUM_TAGS);

  /** Averaged weights of the run in progress (w − u / c), added into `into` or written there. */
  const averageInto = (w: Float64Array, u: Float64Array, into: Float64Array, add: boolean) => {
    for (let i = 0; i < w.length; i++) {
      const x = w[i] - u[i] / c;
      if (add) into[i] += x;
      else into[i] = x;
    }
    return into;
  };
  const averaged = (): NameModel => {
    const avg = (w: Float64Array, u: Float64Array) => averageInto(w, u, new Float64Array(w.length), false);
    return new NameModel(
      opts.bits,
      { emission: avg(W, U), trans: avg(T, TU), start: avg(S, SU) },
      opts.lexicon,
      { temperature: 1, a: 1, b: 0 },
    );
  };
  // Sums of the runs' averaged weights: one table more, whatever the number of runs.
  const sum = shuffles > 1 ? { emission: new Float64Array(W.length), trans: new Float64Array(T.length), start: new Float64Array(S.length) } : undefined;

  for (let run = 0; run < shuffles; run++) {
    if (run > 0) {
      for (const a of [W, U, T, TU, S, SU]) a.fill(0);
      for (let i = 0; i < order.length; i++) order[i] = i;
      c = 1;
    }
    const random = rng(opts.seed + run);
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let mistakes = 0;
      for (const idx of order) {
        const s = data[idx];
        const n = s.text.length;
        if (n === 0) continue;
        const f = extractFeatures(s.text, opts.lexicon, seen ? COUNT_BITS : opts.bits, true);
        if (seen) {
          // Down to the model's rows, pruned features dropped (kept in order, counts shrunk).
          for (let i = 0; i < n; i++) {
            const base = i * MAX_FEATURES;
            let q = 0;
            for (let k = 0; k < f.counts[i]; k++) {
              const r = f.rows[base + k];
              if (seen[r] >= minCount) f.rows[base + q++] = narrowRow(r, k, COUNT_BITS, opts.bits);
            }
            f.counts[i] = q;
          }
        }
        if (em.length < n * NUM_TAGS) em = new Float64Array(n * NUM_TAGS * 2);
        emissions(f, live, em);
        const pred = viterbi(em, n, live);
        const gold = spansToTags(n, s.spans);
        let wrong = false;
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = pred[i];
          if (g !== p) {
            wrong = true;
            const base = i * MAX_FEATURES;
            for (let k = 0; k < f.counts[i]; k++) {
              const r = f.rows[base + k] * NUM_TAGS;
              W[r + g] += 1;
              U[r + g] += c;
              W[r + p] -= 1;
              U[r + p] -= c;
            }
          }
          if (i === 0) {
            if (g !== p) {
              S[g] += 1;
              SU[g] += c;
              S[p] -= 1;
              SU[p] -= c;
            }
          } else if (g !== p || gold[i - 1] !== pred[i - 1]) {
            const gi = gold[i - 1] * NUM_TAGS + g;
            const pi = pred[i - 1] * NUM_TAGS + p;
            T[gi] += 1;
            TU[gi] += c;
            T[pi] -= 1;
            TU[pi] -= c;
          }
        }
        if (wrong) mistakes++;
        c++;
      }
      opts.onEpoch?.(epoch, mistakes, averaged, run + 1);
    }
    if (sum) {
      averageInto(W, U, sum.emission, run > 0);
      averageInto(T, TU, sum.trans, run > 0);
      averageInto(S, SU, sum.start, run > 0);
    }
  }
  if (!sum) return averaged();
  for (const a of [sum.emission, sum.trans, sum.start]) for (let i = 0; i < a.length; i++) a[i] /= shuffles;
  return new NameModel(opts.bits, sum, opts.lexicon, { temperature: 1, a: 1, b: 0 });
}
