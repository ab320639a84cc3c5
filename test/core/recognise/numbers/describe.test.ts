import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeValue, isoDate, scientific } from '../../../../src/core/recognise/numbers/describe';
import { recogniseNumbers } from '../../../../src/core/recognise/numbers';

const DESCRIBED: Array<[string, string]> = [
  ['2700亿元', '270000000000 元 (2.7×10¹¹)'],
  ['8.8%', '8.8% (0.088)'],
  ['95.3万辆', '953000 辆 (9.53×10⁵)'],
  ['1月20日', '--01-20'],
  ['2024年3月1日', '2024-03-01'],
  ['2021—2035年', '2021 – 2035'],
  ['6—8年', '6 – 8 年'],
  ['420多家', '420 家 (more than)'],
  ['第四', '4'],
  ['20日15时30分', '---20T15:30'],
  ['10:30', '10:30'],
  ['周二', 'Tuesday'],
  ['2025年12月16日周二', '2025-12-16 (Tuesday)'],
];

for (const [text, expected] of DESCRIBED) {
  test(`describeValue(${text}) = ${expected}`, () => {
    const [a] = recogniseNumbers(text);
    assert.ok(a, 'recognised');
    assert.equal(describeValue(a), expected);
  });
}

test('isoDate and scientific', () => {
  assert.equal(isoDate({ year: 1997 }), '1997');
  assert.equal(isoDate({ year: 1997, month: 12 }), '1997-12');
  assert.equal(isoDate({ month: 3 }), '--03');
  assert.equal(scientific(270000000000), '2.7×10¹¹');
  assert.equal(scientific(0.00125), '1.25×10⁻³');
});
