import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotator } from '../../../../src/core/annotate';
import { Annotation } from '../../../../src/core/types';
import { extractFeatures, MAX_FEATURES } from '../../../../src/core/recognise/names/features';
import { NameModel, ScoredSpan } from '../../../../src/core/recognise/names/model';
import { ModelNameRecogniser } from '../../../../src/core/recognise/names/recogniser';
import { trimAtBreaks } from '../../../../src/core/recognise/names/span-edges';
import { referenceFeatures, referenceTagSpans, referenceTrimAtBreaks } from './reference-decoder';

/*
 * The decoding path is tuned for speed (shared working arrays, cached exponentials, a shorter
 * backward pass, features hashed in one loop). The committed model was trained on the exact feature
 * hashes, and users see the spans and confidences: the fast path must give what the plain one
 * (reference-decoder.ts) gives, on every kind of text, computed here in the same run.
 */

// Compiled to out/test/core/recognise/names: the repo root is five levels up.
const root = join(__dirname, '..', '..', '..', '..', '..');
const modelPath = join(root, 'models', 'names.model');
const seedPath = join(root, '..', 'shared', 'data', 'seed-article.txt');

function load(): { model: NameModel; seed: string } {
  assert.ok(existsSync(modelPath), `no model at ${modelPath}: run npm run train`);
  assert.ok(existsSync(seedPath), `no seed article at ${seedPath}`);
  return { model: NameModel.deserialise(readFileSync(modelPath)), seed: readFileSync(seedPath, 'utf8') };
}

/** Texts that reach every branch: short, long (cut into pieces), astral, full-width, no punctuation. */
function texts(seed: string): Array<[string, string]> {
  const paras = seed.split('\n').filter((p) => p.trim() !== '');
  const flat = paras.join('');
  const noPunct = flat.replace(/[。！？；\n]/g, '');
  return [
    ['empty', ''],
    ['one character', '王'],
    ['a name and titles', '市经济信息委主任王志杰、市人大代表、涪陵区委书记黎勇出席。'],
    ['full-width digits and Latin', '１９９８年ＡＢＣ公司在重庆成立，记者 何春阳 邱小雅'],
    ['astral characters', '𠮷野家的王小明在𩸽市😀说：重庆日报报道了两江新区管委会𠀋的消息。'],
    ...paras.slice(0, 40).map((p, i): [string, string] => [`seed paragraph ${i}`, p]),
    // Longer than a third of the working arrays the short texts before it left (they grow by length).
    ['a paragraph of 700 characters', flat.slice(0, 700)],
    ['long paragraph (> 2000, cut at punctuation)', flat.slice(0, 5200)],
    ['long paragraph without sentence punctuation', noPunct.slice(0, 4500)],
    ['long paragraph with astral characters at piece edges', astralEvery(noPunct.slice(0, 4100), 997)],
  ];
}

/** Inserts a surrogate pair every `step` code units, so some land where a piece would be cut. */
function astralEvery(s: string, step: number): string {
  let out = '';
  for (let i = 0; i < s.length; i += step) out += s.slice(i, i + step) + '𠮷';
  return out;
}

function assertSameSpans(actual: ScoredSpan[], expected: ScoredSpan[], what: string): void {
  assert.deepEqual(
    actual.map((s) => [s.start, s.end, s.label]),
    expected.map((s) => [s.start, s.end, s.label]),
    what,
  );
  for (let k = 0; k < actual.length; k++) {
    assert.ok(Math.abs(actual[k].marginal - expected[k].marginal) <= 1e-9, `${what}: marginal of span ${k}`);
    assert.ok(Math.abs(actual[k].confidence - expected[k].confidence) <= 1e-9, `${what}: confidence of span ${k}`);
  }
}

test('features hash to the same weight rows as the plain extractor, in every version of the templates', () => {
  const { model, seed } = load();
  for (const [what, text] of texts(seed)) {
    for (const version of [2, 3, 4]) {
      const expected = referenceFeatures(text, model.lexicon, model.bits, version);
      for (const reuse of [false, true]) {
        const f = extractFeatures(text, model.lexicon, model.bits, reuse, version);
        assert.equal(f.length, expected.length, what);
        assert.deepEqual(f.counts.subarray(0, text.length), expected.counts, `${what}: feature counts`);
        // Only the first counts[i] rows of a position are features (the rest of a reused buffer is stale).
        const rowsOf = (r: Int32Array, counts: Uint8Array) => Array.from(counts.subarray(0, text.length), (c, i) => [...r.subarray(i * MAX_FEATURES, i * MAX_FEATURES + c)]);
        assert.deepEqual(rowsOf(f.rows, f.counts), rowsOf(expected.rows, expected.counts), `${what}: feature rows (version ${version})`);
      }
    }
  }
});

test('the model tags every text as the plain decoder does, confidences within 1e-9', () => {
  const { model, seed } = load();
  const all = texts(seed);
  // Twice, interleaved with other lengths: shared working arrays must not leak between texts.
  for (const [what, text] of [...all, ...all.slice().reverse()]) assertSameSpans(model.tagSpans(text), referenceTagSpans(model, text), what);
});

test('spans are cut at clause punctuation and unbalanced brackets as before', () => {
  // Every window of a text dense in brackets and punctuation, as PER and as LOC.
  const text = '重庆（集团）有限公司【两江】、《日报》“王某”，市(政府)「北」『南』〔东〕；区）（县。乡\n镇）》（';
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 1; end <= Math.min(text.length, start + 12); end++) {
      for (const label of ['PER', 'LOC'] as const) {
        const spans = [{ start, end, label }];
        assert.deepEqual(trimAtBreaks(text, spans), referenceTrimAtBreaks(text, spans), `${start}-${end} ${label}`);
      }
    }
  }
});

/** The committed model with the plain decoder: what every annotation was before the tuning. */
class ReferenceModel extends NameModel {
  override tagSpans(text: string): ScoredSpan[] {
    return referenceTagSpans(this, text);
  }
}

/** Everything but the confidence, which is compared within 1e-9. */
function comparable(as: Annotation[]): unknown[] {
  return as.map((a) => ({ ...a, confidence: 0 }));
}

test('a whole multi-paragraph document is annotated as with the plain decoder', () => {
  const { model, seed } = load();
  const reference = new ReferenceModel(model.bits, model.weights, model.lexicon, model.calibration, model.info, model.featureVersion);
  const doc = [seed, texts(seed).map(([, t]) => t).join('\n'), seed].join('\n');
  const annotate = (m: NameModel) => new Annotator({ segmenter: { tag: () => [] }, names: new ModelNameRecogniser(m), paragraphCache: false }).annotate(doc);
  const fast = annotate(model);
  const plain = annotate(reference);
  assert.ok(plain.filter((a) => a.label === 'PER' && a.roles).length > 0, 'the document has people with roles');
  assert.equal(fast.length, plain.length);
  for (let k = 0; k < fast.length; k++) assert.ok(Math.abs(fast[k].confidence - plain[k].confidence) <= 1e-9, `confidence of annotation ${k}`);
  assert.deepEqual(comparable(fast), comparable(plain));
});
