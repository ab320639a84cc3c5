import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concatInTextOrder, firstStartingAt, inTextOrder, lastStartingAtOrBefore, mergeInTextOrder, overlapsDisjoint } from '../../../src/core/text/sorted-spans';

const spans = [2, 5, 5, 9].map((start) => ({ start }));

test('first span starting at or after an offset', () => {
  const table: Array<[number, number]> = [[0, 0], [2, 0], [3, 1], [5, 1], [6, 3], [9, 3], [10, 4]];
  for (const [offset, want] of table) assert.equal(firstStartingAt(spans, offset), want, `offset ${offset}`);
  assert.equal(firstStartingAt([], 3), 0);
});

test('last span starting at or before an offset', () => {
  const table: Array<[number, number]> = [[0, -1], [1, -1], [2, 0], [4, 0], [5, 2], [8, 2], [9, 3], [100, 3]];
  for (const [offset, want] of table) assert.equal(lastStartingAtOrBefore(spans, offset), want, `offset ${offset}`);
  assert.equal(lastStartingAtOrBefore([], 3), -1);
});

test('a range overlaps a span of a sorted disjoint list', () => {
  const disjoint = [{ start: 2, end: 4 }, { start: 6, end: 9 }];
  const table: Array<[number, number, boolean]> = [[0, 2, false], [1, 3, true], [3, 6, true], [4, 6, false], [8, 12, true], [9, 12, false]];
  for (const [start, end, want] of table) assert.equal(overlapsDisjoint(disjoint, start, end), want, `${start}..${end}`);
  assert.equal(overlapsDisjoint([], 0, 5), false);
});

test('two lists in text order merge into one, the first list first on equal edges', () => {
  const a = [{ start: 0, end: 2, id: 'a1' }, { start: 5, end: 6, id: 'a2' }];
  const b = [{ start: 0, end: 1, id: 'b1' }, { start: 0, end: 2, id: 'b2' }, { start: 5, end: 8, id: 'b3' }];
  assert.deepEqual(mergeInTextOrder(a, b).map((s) => s.id), ['b1', 'a1', 'b2', 'a2', 'b3']);
  const merged = mergeInTextOrder(a, []);
  assert.deepEqual(merged, a);
  assert.notEqual(merged, a, 'a new list, not the input');
});

test('whether a list is in text order (start, then end)', () => {
  const table: Array<[Array<[number, number]>, boolean]> = [
    [[], true],
    [[[3, 4]], true],
    [[[0, 2], [0, 3], [1, 1], [5, 9]], true],
    [[[0, 3], [0, 2]], false],
    [[[4, 5], [1, 9]], false],
  ];
  for (const [list, want] of table) assert.equal(inTextOrder(list.map(([start, end]) => ({ start, end }))), want, JSON.stringify(list));
});

test('two lists concatenated in text order as a stable sort orders them, whether they came sorted or not', () => {
  const a = [{ start: 0, end: 2, id: 'a1' }, { start: 5, end: 6, id: 'a2' }];
  const b = [{ start: 0, end: 1, id: 'b1' }, { start: 0, end: 2, id: 'b2' }, { start: 5, end: 8, id: 'b3' }];
  const table: Array<[typeof a, typeof b]> = [[a, b], [b, a], [a, []], [[], b], [[a[1], a[0]], b], [a, [b[2], b[0], b[1]]]];
  for (const [x, y] of table) {
    const want = x.concat(y).sort((p, q) => p.start - q.start || p.end - q.end).map((s) => s.id);
    const got = concatInTextOrder(x, y);
    assert.deepEqual(got.map((s) => s.id), want, `${x.map((s) => s.id)} + ${y.map((s) => s.id)}`);
    assert.ok(got !== x && got !== y, 'a new list, not an input');
  }
});
