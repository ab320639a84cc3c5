/**
 * Quantities of time read as one: years and the months over them (1年10个月, 一年零八个月, 有期徒刑七年至二年四个月),
 * a clock reading or a race time in parts (4分14秒90, 1小时18分43秒), and their hundredths.
 */
import { Expr } from './expression';
import { matchUnit } from './units';

export function isYearsBefore(last: Expr | undefined, i: number): boolean {
  return last !== undefined && last.end === i && last.kind === 'QUANTITY' && last.unit === '年';
}

/** 1年10个月, 1年零3个月, 有期徒刑七年至二年四个月: years, then the months over them, right after. */
export function isYearsThenMonths(text: string, years: Expr, months: Expr): boolean {
  if (years.kind !== 'QUANTITY' || years.unit !== '年' || months.kind !== 'QUANTITY' || months.unit !== '个月') return false;
  if (months.low !== undefined || months.value === undefined || months.value >= 12) return false;
  return months.start === years.end || (months.start === years.end + 1 && (text[years.end] === '零' || text[years.end] === '又'));
}

/** One quantity in months; of a range of years, the months belong to its end (七年至二年四个月: 28 to 84 months). */
export function yearsAndMonths(years: Expr, months: Expr): Expr {
  const extra = months.value!;
  const merged: Expr = { ...years, end: months.end, unit: '个月', approx: years.approx || months.approx };
  if (years.low !== undefined && years.high !== undefined) {
    // The range's start is its first numeral; the months add to the other end.
    const endIsLow = years.numeral.value === years.high;
    merged.low = years.low * 12 + (endIsLow ? extra : 0);
    merged.high = years.high * 12 + (endIsLow ? 0 : extra);
  } else if (years.value !== undefined) merged.value = years.value * 12 + extra;
  else merged.value = undefined;
  return merged;
}

export const roundTo2 = (x: number): number => Math.round(x * 100) / 100;

/** A quantity of time ending in one of `units` (小时, 分, 秒), written with digits: a part of a clock reading or a race time. */
export function isClockPart(e: Expr, units: string[]): boolean {
  return e.kind === 'QUANTITY' && e.unit !== undefined && units.some((u) => e.unit!.endsWith(u)) && e.numeral.arabic && !e.numeral.hasScale && e.low === undefined;
}

/** The one or two digits of hundredths right after a time's seconds (13秒15), or 0. */
export function hundredthsAfter(text: string, e: Expr): number {
  if (!text.endsWith('秒', e.end)) return 0;
  const m = /^[0-9０-９]{1,2}(?![0-9０-９.%％月日年号时点A-Za-zＡ-Ｚａ-ｚ])/.exec(text.slice(e.end, e.end + 3));
  // Not the count of something else (10秒5个) nor a date or a name after it (30秒12月31日, 10秒5G): no unit after the digits.
  // (49秒66位列第八: 位列 is a verb, not a measure word.)
  const after = e.end + (m ? m[0].length : 0);
  return m && (!matchUnit(text, after, false) || text.startsWith('位列', after)) ? m[0].length : 0;
}

