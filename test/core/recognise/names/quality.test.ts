import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotator } from '../../../../src/core/annotate';
import { evaluate } from '../../../../src/core/eval/score';
import { NameModel } from '../../../../src/core/recognise/names/model';
import { ModelNameRecogniser } from '../../../../src/core/recognise/names/recogniser';
import { Span } from '../../../../src/core/types';

// Compiled to out/test/core/recognise/names: the repo root is five levels up.
const root = join(__dirname, '..', '..', '..', '..', '..');
const modelPath = join(root, 'models', 'names.model');
const seedDir = join(root, '..', 'shared', 'data');

/**
 * Quality gate on the seed gold with the committed model: the whole name pipeline (model, rules,
 * consistency) must keep the F1 targets. Segmentation is not needed by the model.
 */
const GATE = { PER: 0.97, ORG: 0.9, LOC: 0.9 } as const;

test('the committed model passes the seed quality gate', () => {
  assert.ok(existsSync(modelPath), `no model at ${modelPath}: run npm run train`);
  const model = NameModel.deserialise(readFileSync(modelPath));
  const gold = JSON.parse(readFileSync(join(seedDir, 'seed-article.gold.json'), 'utf8')) as { text: string; entities: Span[] };
  const text = readFileSync(join(seedDir, gold.text), 'utf8');
  const annotator = new Annotator({ segmenter: { tag: () => [] }, names: new ModelNameRecogniser(model) });
  const predicted = annotator.annotate(text);
  const report = evaluate([{ gold: gold.entities, predicted }], ['PER', 'ORG', 'LOC']);
  for (const [label, min] of Object.entries(GATE)) {
    const f1 = report.labels[label as 'PER']!.f1;
    assert.ok(f1 >= min, `${label} F1 ${f1.toFixed(3)} < ${min}`);
  }
  for (const a of predicted) assert.ok(a.confidence >= 0 && a.confidence <= 1);
});
