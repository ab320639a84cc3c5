import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowed, LabelledSpan, spansToTags, TAGS, tagsToSpans, tagId } from '../../../../src/core/recognise/names/tags';

const cases: Array<{ length: number; spans: LabelledSpan[]; tags: string }> = [
  { length: 5, spans: [], tags: 'O O O O O' },
  { length: 5, spans: [{ start: 1, end: 3, label: 'PER' }], tags: 'O B-PER E-PER O O' },
  { length: 4, spans: [{ start: 0, end: 1, label: 'LOC' }, { start: 1, end: 4, label: 'ORG' }], tags: 'S-LOC B-ORG I-ORG E-ORG' },
];

test('spans ⇄ BIOES tags', () => {
  for (const c of cases) {
    const tags = spansToTags(c.length, c.spans);
    assert.equal([...tags].map((t) => TAGS[t]).join(' '), c.tags);
    assert.deepEqual(tagsToSpans(tags), c.spans);
  }
});

test('overlapping gold spans: the first one wins', () => {
  const tags = spansToTags(4, [{ start: 0, end: 3, label: 'ORG' }, { start: 2, end: 4, label: 'LOC' }]);
  assert.deepEqual(tagsToSpans(tags), [{ start: 0, end: 3, label: 'ORG' }]);
});

test('BIOES constraints', () => {
  assert.equal(allowed(-1, tagId('B', 'PER')), true);
  assert.equal(allowed(-1, tagId('I', 'PER')), false);
  assert.equal(allowed(tagId('B', 'PER'), tagId('E', 'PER')), true);
  assert.equal(allowed(tagId('B', 'PER'), tagId('E', 'ORG')), false);
  assert.equal(allowed(tagId('B', 'PER'), 0), false);
  assert.equal(allowed(tagId('E', 'LOC'), tagId('S', 'PER')), true);
});
