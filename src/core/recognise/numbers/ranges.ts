/**
 * A range is ONE span (GUIDELINES.md): 6—8年, 2021—2035年, 6000元—7000元/千瓦, 10%～20%, 三至五年,
 * 1月20日至25日. The start may leave out what the end states (6—8年: the unit; 3—5万元: the
 * magnitude; 2021—2035年: that it is a year).
 */
import { DateParts } from '../../types';
import { isRangeDash, isRangeWord } from './chars';
import { compareDates, completeEnd, isYearNumeral } from './dates';
import { Expr } from './expression';
import { roundScaled } from './numerals';

const RANK_UNITS = new Set(['级', '档', '等', '星级']);

/** Position of the second expression if a range connector follows `a`, else -1. */
export function rangeContinuation(text: string, a: Expr): number {
  const c = text.charCodeAt(a.end);
  if (!(isRangeDash(c) || isRangeWord(c))) return -1;
  // 2024-01: a hyphen joins only Arabic numerals, and never codes like 010-1234-5678.
  if (c === 0x2d && (!a.numeral.arabic || a.numeral.leadingZero)) return -1;
  return a.end + 1;
}

function lowOf(e: Expr): number | undefined {
  return e.low ?? e.value;
}
function highOf(e: Expr): number | undefined {
  return e.high ?? e.value;
}

/** Joins `a` and `b` (b starts right after the connector) into one range, or returns null. */
export function joinRange(text: string, a: Expr, b: Expr): Expr | null {
  // 5—6级 (a grade range) joins; 第三—第五 and 前三 do not.
  if (a.kind === 'ORDINAL' || (b.kind === 'ORDINAL' && !(a.bare && b.unit && RANK_UNITS.has(b.unit)))) return null;
  if (text.charCodeAt(a.end) === 0x2d && (!b.numeral.arabic || text.charCodeAt(b.end) === 0x2d)) return null;
  if (b.kind === 'DATE' || a.kind === 'DATE') return joinDates(a, b);
  if (!a.bare && a.kind !== b.kind) return null;
  if (b.kind === 'PERCENT' && !a.bare && a.kind !== 'PERCENT') return null;
  if (!a.bare && a.unit !== b.unit && !(a.unit && b.unit && b.unit.startsWith(a.unit))) return null;
  let low = lowOf(a);
  let high = highOf(b);
  if (low === undefined || high === undefined) return null;
  if (a.bare) {
    // 3—5万元 = 30000—50000元; 10—20% = 0.1—0.2.
    if (b.magnitude > 1 && a.magnitude === 1 && !a.numeral.hasScale) low = roundScaled(low * b.magnitude);
    if (b.kind === 'PERCENT' && b.numeral !== undefined && a.kind !== 'PERCENT') low = roundScaled(low * percentFactor(b));
  }
  if (!(low < high)) {
    // 有期徒刑七年至二年四个月不等: sentences are stated from the longest down, a range of durations all the same
    // (not 学制从五年到三年, a change).
    if (!(low > high && isTermOfYearsOrMonths(a) && isTermOfYearsOrMonths(b) && isSentence(text, a.start, b.end))) return null;
    [low, high] = [high, low];
  }
  return {
    start: a.start, end: b.end, kind: b.kind, low, high, unit: b.unit, approx: a.approx || b.approx,
    confidence: Math.min(0.95, Math.max(a.confidence, b.confidence)), numeral: a.numeral, bare: b.bare && a.bare,
    magnitude: b.magnitude,
  };
}

/** Prison terms: after 徒刑, 刑期 or 判处, before 有期徒刑, or a spread closed by 不等 (months may still follow: 二年四个月不等). */
function isSentence(text: string, start: number, end: number): boolean {
  return /(?:徒刑|刑期|判处|判)$/.test(text.slice(Math.max(0, start - 2), start)) || /^(?:[0-9一二三四五六七八九十零]{0,3}个月)?(?:不等|有期徒刑)/.test(text.slice(end, end + 9));
}

function isTermOfYearsOrMonths(e: Expr): boolean {
  return !e.bare && e.kind === 'QUANTITY' && (e.unit === '年' || e.unit === '个月') && e.low === undefined;
}

/** The ratio b.value / b's numeral value, e.g. 0.01 for 20%. */
function percentFactor(b: Expr): number {
  const v = lowOf(b);
  const n = b.numeral.value;
  return v !== undefined && n ? v / n : 0.01;
}

function joinDates(a: Expr, b: Expr): Expr | null {
  if (b.kind !== 'DATE' || !b.date) return null;
  let start: DateParts | undefined = a.date;
  if (!start) {
    if (!a.bare || a.numeral.fuzzy || a.numeral.decimal) return null;
    const v = a.value!;
    if (b.date.year !== undefined) {
      if (!isYearNumeral(a.numeral)) return null;
      start = { year: v };
    } else if (b.date.month !== undefined) {
      if (v < 1 || v > 12) return null;
      start = { month: v };
    } else if (b.date.day !== undefined) {
      if (v < 1 || v > 31) return null;
      start = { day: v };
    } else return null;
  }
  const end = completeEnd(start, b.date);
  if (!(compareDates(start, end) < 0)) return null;
  const r: Expr = {
    start: a.start, end: b.end, kind: 'DATE', approx: false, date: start, dateEnd: end, confidence: 0.95,
    numeral: a.numeral, bare: false, magnitude: 1,
  };
  // Year ranges also carry low/high (2021—2035年 → 2021, 2035).
  if (start.year !== undefined && end.year !== undefined && start.month === undefined && end.month === undefined) {
    r.low = start.year;
    r.high = end.year;
  }
  return r;
}
