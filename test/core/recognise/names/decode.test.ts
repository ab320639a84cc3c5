import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emissions, Marginals, sumsAreExact, viterbi, Weights } from '../../../../src/core/recognise/names/decode';
import { MAX_FEATURES } from '../../../../src/core/recognise/names/features';
import { Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { NameModel } from '../../../../src/core/recognise/names/model';
import { allowed, allowedLast, NUM_TAGS, tagId } from '../../../../src/core/recognise/names/tags';
import { rng } from '../../../../src/core/recognise/names/train';

/** A hand-made tiny model: random emissions and transitions from a fixed seed. */
function tinyModel(n: number, seed: number): { em: Float64Array; w: Weights } {
  const r = rng(seed);
  const em = Float64Array.from({ length: n * NUM_TAGS }, () => r() * 4 - 2);
  const trans = Float64Array.from({ length: NUM_TAGS * NUM_TAGS }, () => r() * 2 - 1);
  const start = Float64Array.from({ length: NUM_TAGS }, () => r() - 0.5);
  return { em, w: { emission: [], trans, start } };
}

/** Every valid tag sequence of length n with its score (n small). */
function enumerate(n: number, em: Float64Array, w: Weights): Array<{ tags: number[]; score: number }> {
  const out: Array<{ tags: number[]; score: number }> = [];
  const rec = (tags: number[], score: number) => {
    const i = tags.length;
    if (i === n) {
      if (allowedLast(tags[n - 1])) out.push({ tags: [...tags], score });
      return;
    }
    for (let t = 0; t < NUM_TAGS; t++) {
      const prev = i === 0 ? -1 : tags[i - 1];
      if (!allowed(prev, t)) continue;
      const s = score + (i === 0 ? w.start[t] : w.trans[prev * NUM_TAGS + t]) + em[i * NUM_TAGS + t];
      rec([...tags, t], s);
    }
  };
  rec([], 0);
  return out;
}

test('Viterbi finds the best valid sequence (brute force check)', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const n = 3;
    const { em, w } = tinyModel(n, seed);
    const all = enumerate(n, em, w);
    const best = all.reduce((a, b) => (b.score > a.score ? b : a));
    assert.deepEqual([...viterbi(em, n, w)], best.tags, `seed ${seed}`);
  }
});

test('Viterbi obeys BIOES even against the emissions', () => {
  const em = new Float64Array(2 * NUM_TAGS);
  em[tagId('I', 'PER')] = 100; // I-PER cannot start a sentence
  em[NUM_TAGS + tagId('B', 'ORG')] = 100; // B-ORG cannot end one
  const w: Weights = { emission: [], trans: new Float64Array(NUM_TAGS * NUM_TAGS), start: new Float64Array(NUM_TAGS) };
  const tags = [...viterbi(em, 2, w)];
  assert.notEqual(tags[0], tagId('I', 'PER'));
  assert.notEqual(tags[1], tagId('B', 'ORG'));
});

test('span marginals equal brute-force path probabilities', () => {
  const n = 3;
  const temperature = 0.7;
  const { em, w } = tinyModel(n, 9);
  const all = enumerate(n, em, w);
  const z = all.reduce((s, x) => s + Math.exp(x.score * temperature), 0);
  const m = new Marginals(em, n, w, temperature);
  const probe = (start: number, tags: number[]) =>
    all.filter((x) => tags.every((t, k) => x.tags[start + k] === t)).reduce((s, x) => s + Math.exp(x.score * temperature), 0) / z;
  const cases: Array<[number, number[]]> = [
    [0, [tagId('B', 'PER'), tagId('E', 'PER')]],
    [1, [tagId('S', 'LOC')]],
    [0, [tagId('B', 'ORG'), tagId('I', 'ORG'), tagId('E', 'ORG')]],
    [2, [0]],
  ];
  for (const [start, tags] of cases) assert.ok(Math.abs(m.pathProbability(start, tags) - probe(start, tags)) < 1e-9, `${start} ${tags}`);
  // The marginals of all tags at one position sum to one.
  let sum = 0;
  for (let t = 0; t < NUM_TAGS; t++) sum += m.pathProbability(1, [t]);
  assert.ok(Math.abs(sum - 1) < 1e-9);
});

test('code tables whose sums are exact in any order (the padded emission path relies on it)', () => {
  // A model stored before linear codes: its log-scale table, code c stands for sign(c)·s·(e^{|c|/L} − 1), as float32.
  const logScale = (s: number) => {
    const L = 127 / Math.log1p(1000);
    return Float32Array.from({ length: 256 }, (_, k) => Math.sign(k - 128) * s * Math.expm1(Math.min(127, Math.abs(k - 128)) / L));
  };
  const cases: Array<[string, Float32Array, boolean]> = [
    ['log-scale codes, small weights', logScale(0.004), true],
    ['log-scale codes, large weights', logScale(3.7), true],
    ['all zero', new Float32Array(256), true],
    ['a tiny and a huge value', Float32Array.of(1e-30, 1e30), false],
    ['not a number', Float32Array.of(1, NaN), false],
    ['infinite', Float32Array.of(1, Infinity), false],
  ];
  for (const [what, table, exact] of cases) assert.equal(sumsAreExact(table), exact, what);
  // What "exact" means: any order of 48 values gives the same double.
  const T = logScale(3.7);
  const r = rng(3);
  for (let trial = 0; trial < 200; trial++) {
    const xs = Array.from({ length: 48 }, () => T[Math.floor(r() * 256)]);
    const forward = xs.reduce((a, b) => a + b, 0);
    const backward = xs.reduceRight((a, b) => a + b, 0);
    const sorted = [...xs].sort((a, b) => a - b).reduce((a, b) => a + b, 0);
    assert.equal(forward, backward);
    assert.equal(forward, sorted);
  }
});

test('a stored model keeps linear codes, sums them in lanes exactly, and takes the same exponentials from a table', () => {
  const bits = 10;
  const rows = 2 ** bits;
  const r = rng(11);
  // Weights of very different sizes; a few rows saturate the codes at ±127 on some tags.
  const emission = Float64Array.from({ length: rows * NUM_TAGS }, (_, k) => (k % 97 === 0 ? 0 : (r() - 0.5) * (r() < 0.05 ? 40 : 2)));
  for (let t = 0; t < NUM_TAGS; t++) emission[5 * NUM_TAGS + t] = t % 2 ? 30 : -30;
  const { w } = tinyModel(1, 4);
  const trained = new NameModel(bits, { emission, trans: w.trans, start: w.start }, Lexicon.build([]), { temperature: 0.05, a: 1, b: 0 });
  const model = NameModel.deserialise(trained.serialise());
  const stored = model.weights;
  assert.ok(stored.linearStep && stored.linearStep > 0, 'codes stored on a linear scale');
  const codes = stored.emission as Int8Array;
  const T = stored.dequant!;
  // Every weight within half a step of what was trained, or clipped at the largest code.
  for (let k = 0; k < emission.length; k++) assert.ok(Math.abs(T[codes[k] + 128] - emission[k]) <= stored.linearStep! / 2 + 1e-12, `weight ${k}`);
  // Features: from none to MAX_FEATURES per position, the saturated row 48 times at the last one.
  const n = 60;
  const f = { length: n, rows: new Int32Array(n * MAX_FEATURES), counts: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    f.counts[i] = i === n - 1 ? MAX_FEATURES : Math.floor(r() * (MAX_FEATURES + 1));
    for (let j = 0; j < f.counts[i]; j++) f.rows[i * MAX_FEATURES + j] = i === n - 1 ? 5 : Math.floor(r() * rows);
  }
  const em = emissions(f, stored);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < NUM_TAGS; t++) {
      let plain = 0;
      for (let j = 0; j < f.counts[i]; j++) plain += T[codes[f.rows[i * MAX_FEATURES + j] * NUM_TAGS + t] + 128];
      assert.equal(em[i * NUM_TAGS + t], plain, `position ${i}, tag ${t}`);
    }
  }
  // Marginals from the table of exponentials are those Math.exp gives, to the last bit.
  const plainWeights: Weights = { emission: codes, dequant: T, trans: stored.trans, start: stored.start };
  const fast = new Marginals(em, n, stored, 0.05);
  const slow = new Marginals(em, n, plainWeights, 0.05);
  for (let i = 0; i < n; i++) for (let t = 0; t < NUM_TAGS; t++) assert.equal(fast.pathProbability(i, [t]), slow.pathProbability(i, [t]), `${i} ${t}`);
});
