import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseNumbers } from '../../../../src/core/recognise/numbers';

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Every span is inside the text, non-empty, ordered, non-overlapping and never splits a surrogate pair. */
function assertWellFormed(text: string): void {
  let last = 0;
  for (const a of recogniseNumbers(text)) {
    assert.ok(a.start >= last && a.end > a.start && a.end <= text.length, `span ${a.start}-${a.end}`);
    for (const k of [a.start, a.end]) {
      assert.ok(!(k > 0 && k < text.length && isHigh(text.charCodeAt(k - 1)) && isLow(text.charCodeAt(k))), `split pair at ${k}`);
    }
    last = a.end;
  }
}

const CASES: Array<[string, Array<[number, number, string]>]> = [
  ['', []],
  ['。，、；！？“”（）', []],
  ['\n\n\n', []],
  ['𠮷33亿元', [[2, 6, '33亿元']]],
  ['😀8%😀', [[2, 4, '8%']]],
  ['𠮷𠮷第四𠮷', [[4, 6, '第四']]],
  ['👨‍👩‍👧两辆车', [[8, 10, '两辆']]],
  ['𠮷1月20日😀2024年', [[2, 7, '1月20日'], [9, 14, '2024年']]],
  ['１９９７年', [[0, 5, '１９９７年']]],
  ['a\uD800b 5个', [[4, 6, '5个']]],
  ['5个\uDC00', [[0, 2, '5个']]],
  ['\uD842', []],
];

for (const [text, expected] of CASES) {
  test(`offsets in ${JSON.stringify(text)}`, () => {
    const got = recogniseNumbers(text).map((a) => [a.start, a.end, text.slice(a.start, a.end)]);
    assert.deepEqual(got, expected);
    assertWellFormed(text);
  });
}

test('a long paragraph of mixed scripts keeps its offsets', () => {
  const unit = '𠮷2024年产值2700亿元，增长8.8%😀一辆辆两辆，第四；';
  const text = unit.repeat(200);
  const found = recogniseNumbers(text);
  assert.equal(found.length, 5 * 200);
  const texts = new Set(found.map((a) => text.slice(a.start, a.end)));
  assert.deepEqual([...texts].sort(), ['2024年', '2700亿元', '8.8%', '两辆', '第四'].sort());
  assertWellFormed(text);
});

test('the recogniser is pure: the same text gives the same annotations', () => {
  const text = '2024年，两江新区GDP突破5000亿元大关，直接带动190余家企业。';
  assert.deepEqual(recogniseNumbers(text), recogniseNumbers(text));
});
