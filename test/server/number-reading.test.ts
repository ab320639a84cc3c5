import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberReading } from '../../src/server/number-reading';

test('a span marked as a number is read by the number grammar only when it is one whole number', () => {
  const table: Array<[string, string | null]> = [
    ['2700亿元', 'MONEY 270000000000'],
    ['8.8%', 'PERCENT 0.088'],
    ['第四', 'ORDINAL 4'],
    ['260万辆', 'QUANTITY 2600000'],
    // Not a number, or more than one, or one with words around it: the editor picks the kind.
    ['李四', null],
    ['2700亿元和8%', null],
    ['约2700亿元', null],
  ];
  for (const [text, want] of table) {
    const r = numberReading(text);
    assert.equal(r ? `${r.kind} ${r.value?.value}` : null, want, text);
  }
});
