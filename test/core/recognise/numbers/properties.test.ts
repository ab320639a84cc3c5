import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { recogniseNumbers } from '../../../../src/core/recognise/numbers';

// Text built from the characters the grammar cares about, plus astral characters and lone surrogates.
const PIECES = [
  '0', '1', '2', '5', '9', '１', '９', '.', '．', '·', '%', '％', '/', '—', '-', '～', '至', '到', '∶', ':', '+',
  '零', '〇', '一', '二', '两', '三', '五', '十', '百', '千', '万', '亿', '点', '多', '余', '几', '数', '半', '上',
  '第', '前', '年', '月', '日', '时', '分', '之', '个', '元', '辆', '人', '家', '级', '档', '届', '次', '成', '折',
  '批', '些', '是', '会', '的', '，', '。', '“', '”', '（', '）', '\n', ' ', 'G', 'km', 'Ⅲ', '￥',
  '𠮷', '😀', '\uD800', '\uDC00', '百分之', '三分之一', '十四五', '一辆辆',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

test('on any text: spans are ordered, disjoint, inside the text, and never split a surrogate pair', () => {
  fc.assert(
    fc.property(text, (s) => {
      let last = 0;
      for (const a of recogniseNumbers(s)) {
        if (!(a.start >= last && a.end > a.start && a.end <= s.length)) return false;
        for (const k of [a.start, a.end]) {
          if (k > 0 && k < s.length && isHigh(s.charCodeAt(k - 1)) && isLow(s.charCodeAt(k))) return false;
        }
        last = a.end;
      }
      return true;
    }),
    { numRuns: 3000 },
  );
});

test('on any text: every NUM has a kind, a finite value where it has one, and confidence in (0, 1]', () => {
  fc.assert(
    fc.property(text, (s) => {
      for (const a of recogniseNumbers(s)) {
        if (a.label !== 'NUM' || !a.kind || !(a.confidence > 0 && a.confidence <= 1)) return false;
        const v = a.value ?? {};
        for (const x of [v.value, v.low, v.high]) if (x !== undefined && !Number.isFinite(x)) return false;
        if (v.low !== undefined && v.high !== undefined && !(v.low < v.high)) return false;
      }
      return true;
    }),
    { numRuns: 3000 },
  );
});

test('text before a number does not change what is found after a paragraph break', () => {
  fc.assert(
    fc.property(text, (prefix) => {
      const tail = '2024年产值2700亿元，增长8.8%。';
      const s = `${prefix}\n${tail}`;
      const found = recogniseNumbers(s)
        .filter((a) => a.start > prefix.length)
        .map((a) => s.slice(a.start, a.end));
      assert.deepEqual(found, ['2024年', '2700亿元', '8.8%']);
      return true;
    }),
    { numRuns: 500 },
  );
});
