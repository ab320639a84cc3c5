import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countByLabel } from '../../../src/core/annotations/counts';
import { Annotation } from '../../../src/core/types';

const span = (label: Annotation['label']): Annotation => ({ start: 0, end: 1, label, confidence: 1, source: 'auto' });

test('countByLabel counts each label once per annotation; absent labels are absent', () => {
  const n = countByLabel([span('PER'), span('NUM'), span('PER'), span('TERM')]);
  assert.deepEqual([...n].sort(), [['NUM', 1], ['PER', 2], ['TERM', 1]]);
  assert.equal(n.get('ORG'), undefined);
  assert.equal(countByLabel([]).size, 0);
});
