import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArabic, parseChinese } from '../../../../src/core/recognise/numbers/numerals';
import { scaleUnitLength } from '../../../../src/core/recognise/numbers/units';

// [text, value, high?]: the numeral at offset 0, read to its end.
const CHINESE: Array<[string, number, number?]> = [
  ['一', 1],
  ['十', 10],
  ['十二', 12],
  ['二十', 20],
  ['二十一', 21],
  ['一百', 100],
  ['一百零五', 105],
  ['一千零五十', 1050],
  ['三千五百', 3500],
  ['两万', 20000],
  ['两万五', 25000],
  ['一千五', 1500],
  ['三万五千', 35000],
  ['十万', 100000],
  ['一百万', 1000000],
  ['一亿三千万', 130000000],
  ['三万亿', 3e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['万亿', 1e12],
  ['一万两千', 12000],
  ['三点五', 3.5],
  ['一点五亿', 150000000],
  ['五六', 5, 6],
  ['两三', 2, 3],
  ['三四十', 30, 40],
  ['十几', 11, 19],
  ['几十', 20, 90],
  ['数百', 200, 900],
  ['一二百', 100, 200],
  ['壹仟贰佰', 1200],
  ['一九九七', 1997],
  ['二〇二四', 2024],
  ['二○○○', 2000],
];

for (const [text, value, high] of CHINESE) {
  test(`Chinese numeral ${text} = ${value}${high !== undefined ? `–${high}` : ''}`, () => {
    const n = parseChinese(text, 0, scaleUnitLength);
    assert.ok(n, 'parsed');
    assert.equal(n.end, text.length);
    assert.equal(n.value, value);
    assert.equal(n.high, high);
  });
}

// Runs that are not numbers: the parser says so (NaN), and the scanner then skips the whole run.
for (const text of ['十四五', '十五五', '万万', '二十两']) {
  test(`malformed Chinese numeral ${text} is flagged`, () => {
    const n = parseChinese(text, 0, scaleUnitLength);
    assert.ok(n === null || Number.isNaN(n.value) || n.end < text.length || n.fuzzy);
  });
}

const ARABIC: Array<[string, number, number]> = [
  // [text, value, end]
  ['2700亿', 270000000000, 5],
  ['95.3万', 953000, 5],
  ['５百亿', 50000000000, 3],
  ['１９９７', 1997, 4],
  ['１８·５', 18.5, 4],
  ['2,000', 2000, 5],
  ['1,2', 1, 1],
  ['3千万', 30000000, 3],
  ['100多万', 1000000, 5],
  ['1.2万亿', 1.2e12, 5],
  ['5千米', 5, 1], // 千米 is a unit, not a magnitude
  ['120万千瓦', 1200000, 4],
  ['3.', 3, 1],
];

for (const [text, value, end] of ARABIC) {
  test(`Arabic numeral ${text} = ${value}`, () => {
    const n = parseArabic(text, 0, scaleUnitLength);
    assert.ok(n, 'parsed');
    assert.equal(n.value, value);
    assert.equal(n.end, end);
  });
}

test('a leading zero marks a code', () => {
  assert.equal(parseArabic('023', 0, scaleUnitLength)?.leadingZero, true);
  assert.equal(parseArabic('0.5', 0, scaleUnitLength)?.leadingZero, false);
});
