import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildLexicon } from '../../../../src/core/recognise/names/build-lexicon';
import { GoldSentence } from '../../../../src/core/recognise/names/corpora';
import { trainNameModel } from '../../../../src/core/recognise/names/pipeline';
import { trainPerceptron } from '../../../../src/core/recognise/names/train';
import { NameModel } from '../../../../src/core/recognise/names/model';

const lexicon = buildLexicon('北京 10 ns\n新华社 10 nt\n记者 10 n\n');

function g(text: string, ...ents: Array<[string, 'PER' | 'ORG' | 'LOC']>): GoldSentence {
  const spans = ents.map(([s, label]) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, label };
  });
  return { text, spans };
}

const tiny: GoldSentence[] = [
  g('王小明在北京工作。', ['王小明', 'PER'], ['北京', 'LOC']),
  g('新华社记者李华报道。', ['新华社', 'ORG'], ['李华', 'PER']),
  g('张伟去了上海。', ['张伟', 'PER'], ['上海', 'LOC']),
  g('今天天气很好。'),
  g('重庆市政府召开会议。', ['重庆市政府', 'ORG']),
];

test('the perceptron learns a tiny corpus', () => {
  const model = trainPerceptron(tiny, { epochs: 10, seed: 3, bits: 16, lexicon });
  for (const s of tiny) {
    const got = model.tagSpans(s.text, false).map(({ start, end, label }) => ({ start, end, label }));
    assert.deepEqual(got, s.spans, s.text);
  }
});

test('features seen fewer than minCount times get no weights', () => {
  const nonZeroRows = (m: NameModel) => {
    const w = m.weights.emission;
    let rows = 0;
    for (let r = 0; r < w.length / 13; r++) for (let t = 0; t < 13; t++) if (w[r * 13 + t] !== 0) { rows++; break; }
    return rows;
  };
  const all = trainPerceptron(tiny, { epochs: 10, seed: 3, bits: 16, lexicon });
  const pruned = trainPerceptron(tiny, { epochs: 10, seed: 3, bits: 16, lexicon, minCount: 2 });
  // Every sentence of tiny has features of its own (its characters): pruning leaves fewer rows.
  assert.ok(nonZeroRows(pruned) > 0 && nonZeroRows(pruned) < nonZeroRows(all));
  // No feature occurs 1000 times in five sentences: nothing is learnt.
  assert.equal(nonZeroRows(trainPerceptron(tiny, { epochs: 2, seed: 3, bits: 16, lexicon, minCount: 1000 })), 0);
  // Seen three times, every feature survives a count of 3: the corpus is learnt as before.
  const thrice = [...tiny, ...tiny, ...tiny];
  const m = trainPerceptron(thrice, { epochs: 10, seed: 3, bits: 16, lexicon, minCount: 3 });
  for (const s of tiny) assert.deepEqual(m.tagSpans(s.text, false).map(({ start, end, label }) => ({ start, end, label })), s.spans, s.text);
});

test('a trained model survives serialisation and keeps confidences in [0, 1]', () => {
  const { model } = trainNameModel({ user: tiny }, { epochs: 10, seed: 3, bits: 16, lexicon });
  for (const s of tiny) {
    const got = model.tagSpans(s.text);
    assert.deepEqual(got.map(({ start, end, label }) => ({ start, end, label })), s.spans, s.text);
    for (const x of got) assert.ok(x.confidence >= 0 && x.confidence <= 1);
  }
});

test('training is reproducible: same data and seed give the same bytes', () => {
  const hash = (seed: number, shuffles?: number) => {
    const { model } = trainNameModel({ user: tiny }, { epochs: 4, seed, bits: 14, lexicon, shuffles });
    return createHash('sha256').update(model.serialise()).digest('hex');
  };
  const a = hash(7);
  assert.equal(hash(7), a);
  assert.equal(hash(7, 1), a);
  assert.notEqual(hash(8), a);
  const three = hash(7, 3);
  assert.equal(hash(7, 3), three);
  assert.notEqual(three, a);
  assert.notEqual(hash(8, 3), three);
});

test('several shuffles give the mean of the models each seed gives alone', () => {
  const one = (seed: number) => trainPerceptron(tiny, { epochs: 3, seed, bits: 14, lexicon });
  const models = [one(5), one(6), one(7)];
  const mean = trainPerceptron(tiny, { epochs: 3, seed: 5, bits: 14, lexicon, shuffles: 3 });
  // Three seeds do shuffle differently here (else the test would prove nothing).
  assert.notDeepEqual(models[0].weights.emission, models[1].weights.emission);
  assert.notDeepEqual(models[1].weights.emission, models[2].weights.emission);
  for (const part of ['emission', 'trans', 'start'] as const) {
    const want = Array.from(models[0].weights[part], (_, i) => models.reduce((t, m) => t + m.weights[part][i], 0) / 3);
    const got = mean.weights[part];
    assert.equal(got.length, want.length);
    for (let i = 0; i < want.length; i++) assert.ok(Math.abs(got[i] - want[i]) < 1e-9, `${part}[${i}]: ${got[i]} vs ${want[i]}`);
  }
  // The averaged model still learns the corpus.
  const learnt = trainPerceptron(tiny, { epochs: 10, seed: 3, bits: 16, lexicon, shuffles: 3 });
  for (const s of tiny) assert.deepEqual(learnt.tagSpans(s.text, false).map(({ start, end, label }) => ({ start, end, label })), s.spans, s.text);
});

test('a stored model reads back to the same bytes and the same output', () => {
  const { model } = trainNameModel({ user: tiny }, { epochs: 6, seed: 2, bits: 14, lexicon });
  const bytes = model.serialise();
  const again = NameModel.deserialise(bytes);
  assert.deepEqual(again.serialise(), bytes);
  for (const s of tiny) assert.deepEqual(again.tagSpans(s.text), model.tagSpans(s.text));
  assert.throws(() => NameModel.deserialise(Buffer.from('not a model')), /not a zh-news name model/);
  assert.throws(() => NameModel.deserialise(bytes.subarray(0, 200)), /truncated/);
});

test('a long text is tagged in pieces with the same spans as its sentences', () => {
  const model = trainPerceptron(tiny, { epochs: 10, seed: 3, bits: 16, lexicon });
  const sentence = tiny[0].text;
  const long = sentence.repeat(600);
  const spans = model.tagSpans(long, false);
  assert.equal(spans.length, 600 * tiny[0].spans.length);
  for (const s of spans) assert.equal(long.slice(s.start, s.end), sentence.slice(s.start % sentence.length, ((s.start % sentence.length) + s.end - s.start)));
});
