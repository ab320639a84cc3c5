import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstStartingAt, lastStartingAtOrBefore } from '../../../src/core/text/span-search';

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
