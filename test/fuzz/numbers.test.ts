import { test } from 'node:test';
import fc from 'fast-check';
import { recogniseNumbers } from '../../src/core/recognise/numbers';
import { describeValue, isoDate, scientific } from '../../src/core/recognise/numbers/describe';
import { NUM_KINDS, NumKind, NumValue } from '../../src/core/types';
import { assertSpanInvariants, check, hostileText, longLine } from './support';

test('recogniseNumbers on hostile text: never throws, spans sorted, inside, whole characters, NUM kinds', () => {
  check('numbers.hostile', hostileText(40), (text) => {
    assertSpanInvariants(text, recogniseNumbers(text));
  });
});

test('recogniseNumbers on very long lines (up to 200,000 units) keeps the invariants', () => {
  check('numbers.long-line', longLine(1_000, 200_000), (text) => {
    assertSpanInvariants(text, recogniseNumbers(text));
  });
});

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
const anyNumber = fc.oneof(finite, fc.integer(), fc.constantFrom(0, -0, 1e5, 99999.5, 999999.9999, 9.999999e20, 1e21, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 5e-324, 1e-7));
const dateParts = fc.record(
  {
    year: fc.integer({ min: -9999, max: 99999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
  },
  { requiredKeys: [] },
);
const numValue: fc.Arbitrary<NumValue> = fc.record(
  {
    value: anyNumber,
    low: anyNumber,
    high: anyNumber,
    unit: fc.string({ unit: 'binary', maxLength: 8 }),
    approx: fc.boolean(),
    date: dateParts,
    dateEnd: dateParts,
  },
  { requiredKeys: [] },
);
const kind = fc.option(fc.constantFrom<NumKind>(...NUM_KINDS), { nil: undefined });

test('describeValue never throws and never prints NaN, undefined or Infinity for finite values', () => {
  check('numbers.describe', fc.tuple(kind, fc.option(numValue, { nil: undefined })), ([k, value]) => {
    const s = describeValue({ kind: k, value });
    if (typeof s !== 'string') throw new Error('not a string');
    if (/NaN|undefined|Infinity|null/.test(s)) throw new Error(`describeValue printed ${JSON.stringify(s)}`);
  });
});

test('isoDate never throws and prints only the parts given', () => {
  check('numbers.isoDate', dateParts, (d) => {
    const s = isoDate(d);
    if (/NaN|undefined/.test(s)) throw new Error(`isoDate printed ${JSON.stringify(s)}`);
    if (d.year !== undefined && d.month !== undefined && !s.includes(String(d.year))) throw new Error(`year lost: ${s}`);
  });
});

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Reads 2.7×10¹¹ back as a number. */
function readScientific(s: string): { mantissa: number; value: number } {
  const m = /^(-?\d+(?:\.\d+)?)×10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(s);
  if (!m) throw new Error(`not in a×10ⁿ form: ${JSON.stringify(s)}`);
  const exp = Number([...m[3]].map((c) => SUP.indexOf(c)).join('')) * (m[2] ? -1 : 1);
  return { mantissa: Number(m[1]), value: Number(m[1]) * 10 ** exp };
}

test('scientific gives a×10ⁿ with 1 ≤ |a| < 10 that reads back as the number', () => {
  const normal = fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e-300, max: 1e300 });
  check('numbers.scientific', fc.tuple(normal, fc.boolean()), ([x, neg]) => {
    const v = neg ? -x : x;
    const s = scientific(v);
    const { mantissa, value } = readScientific(s);
    if (!(Math.abs(mantissa) >= 1 && Math.abs(mantissa) < 10)) throw new Error(`scientific(${v}) = ${s}: mantissa out of [1, 10)`);
    if (Math.abs(value - v) > Math.abs(v) * 1e-5) throw new Error(`scientific(${v}) = ${s} reads back as ${value}`);
  });
});
