import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityGroups, pageOf } from '../../src/extension/entity-pages';
import { Annotation } from '../../src/core/types';

const zh = new Intl.Collator('zh').compare;

function spans(text: string, label: Annotation['label'], words: string[]): Annotation[] {
  const out: Annotation[] = [];
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ start: i, end: i + w.length, label, confidence: 0.9, source: 'auto' });
  return out.sort((a, b) => a.start - b.start);
}

test('entities of a label: most mentioned first, ties in Chinese collation order, mentions in text order', () => {
  const text = '王志杰说，高健说，王志杰又说。重庆市和北京市。高健、安琪。';
  const all = [...spans(text, 'PER', ['王志杰', '高健', '安琪']), ...spans(text, 'LOC', ['重庆市', '北京市'])];
  const groups = entityGroups(all, 'PER', text, zh);
  assert.deepEqual(groups.map((g) => [g.text, g.mentions.length]), [['高健', 2], ['王志杰', 2], ['安琪', 1]]);
  assert.deepEqual(groups[1].mentions.map((m) => m.start), [0, 9]);
  assert.deepEqual(entityGroups(all, 'LOC', text, zh).map((g) => g.text), ['北京市', '重庆市']);
});

const cases: Array<[number, number, number, number]> = [
  // items, page size → on the page, left for "more"
  [0, 3, 0, 0],
  [3, 3, 3, 0],
  [4, 3, 4, 0], // a "1 more" item would only stand in for the last one
  [5, 3, 3, 2],
  [1000, 300, 300, 700],
];
for (const [n, size, page, rest] of cases) {
  test(`pageOf: ${n} items, pages of ${size} → ${page} shown, ${rest} behind "more"`, () => {
    const items = Array.from({ length: n }, (_, i) => i);
    const p = pageOf(items, size);
    assert.equal(p.page.length, page);
    assert.equal(p.rest.length, rest);
    assert.deepEqual([...p.page, ...p.rest], items, 'nothing lost, order kept');
  });
}
