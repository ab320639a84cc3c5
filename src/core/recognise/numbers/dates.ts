/**
 * Calendar points: 2024年, 1998年1月1日, 1月20日, 20日, 20日15时30分, 二〇二四年, 2024-01-20.
 * Relative words (今年, 去年, 下午) stay outside the span (GUIDELINES.md, NUM).
 */
import { DateParts } from '../../types';
import { charClass, C_CN_DIGIT, C_CN_SMALL, C_DIGIT, digitValue, isDigit } from './chars';
import { Numeral, ScaleUnitProbe, parseArabic, parseChinese } from './numerals';

export interface DateMatch {
  end: number;
  date: DateParts;
}

const noScaleUnits: ScaleUnitProbe = () => 0;
/** Last characters of 上午 下午 晚上 凌晨 早上 中午 傍晚 晚 早. */
const PART_OF_DAY_END = new Set('午上晚晨早');

/** A plain integer, the kind a calendar field is written with. */
function isPlainInteger(n: Numeral): boolean {
  return !n.fuzzy && !n.approx && !n.decimal && !n.leadingZero && Number.isInteger(n.value);
}

/** A clock or calendar field, where a two-digit leading zero is usual (01月, 10时05分). */
function isFieldInteger(n: Numeral): boolean {
  return isPlainInteger(n) || (n.arabic && n.leadingZero && n.size === 2 && !n.decimal && !n.hasScale && !n.approx);
}

export function isYearNumeral(n: Numeral): boolean {
  if (!isPlainInteger(n) || n.hasScale) return false;
  if (n.arabic) return n.size === 4 && n.value >= 1000 && n.value <= 2199;
  return n.digitSeq && n.size === 4;
}

function numeralAt(text: string, i: number): Numeral | null {
  const cls = charClass(text.charCodeAt(i));
  if (cls === C_DIGIT) return parseArabic(text, i, noScaleUnits);
  if (cls === C_CN_DIGIT || cls === C_CN_SMALL) return parseChinese(text, i, noScaleUnits);
  return null;
}

function monthOrDayNumeral(n: Numeral | null, max: number): n is Numeral {
  if (!n || !isFieldInteger(n) || n.digitSeq || n.value < 1 || n.value > max) return false;
  // Arabic months are written with one or two digits (01 is allowed: 2024年01月).
  return n.arabic ? n.size <= 2 : true;
}

/**
 * A date that starts with the numeral `n` (already parsed at its start), or null.
 * `n` may be a year (followed by 年), a month (月) or an Arabic day (日/号).
 */
export function parseDate(text: string, n: Numeral): DateMatch | null {
  const date: DateParts = {};
  let end = n.end;
  const next = text[end];
  if (next === '年' && isYearNumeral(n) && text[end + 1] !== '代') {
    date.year = n.value;
    end++;
    const m = monthAfter(text, end, date);
    if (m) end = m;
    return { end, date };
  }
  if (next === '月') {
    const m = monthAfter(text, n.start, date);
    if (m) return { end: m, date };
    return null;
  }
  if ((next === '日' || next === '号') && (n.arabic || n.size >= 2) && monthOrDayNumeral(n, 31) && text[end + 1] !== '元') {
    // A bare day: 20日, 十一日, 二十八日; 三日 and 一日 alone are mostly durations.
    if (next === '号') return null;
    date.day = n.value;
    end++;
    const t = timeAfter(text, end, date, true);
    return { end: t || end, date };
  }
  const afterPartOfDay = PART_OF_DAY_END.has(text[n.start - 1]);
  if ((next === '时' || next === '点') && (n.arabic || afterPartOfDay) && isPlainInteger(n) && n.value <= 24 && n.size <= 2) {
    // 15时 alone is a time; 8点 alone only after a part of the day (下午3点), else it may be "8 points".
    const bareHour = next === '时' || afterPartOfDay;
    const t = timeAfter(text, n.start, date, bareHour);
    if (t) return { end: t, date };
  }
  return null;
}

/** Month (and day, time) from `i` on, filling `date`; returns the end or 0. */
function monthAfter(text: string, i: number, date: DateParts): number {
  const m = numeralAt(text, i);
  if (!monthOrDayNumeral(m, 12) || text[m.end] !== '月') return 0;
  date.month = m.value;
  let end = m.end + 1;
  if (text[end] === '份') return end + 1;
  const d = numeralAt(text, end);
  if (monthOrDayNumeral(d, 31) && (text[d.end] === '日' || text[d.end] === '号')) {
    date.day = d.value;
    end = d.end + 1;
    end = timeAfter(text, end, date, true) || end;
  }
  return end;
}

/** 15时, 15时30分, 8点30分 from `i` on; `bareHour` allows an hour without minutes. */
function timeAfter(text: string, i: number, date: DateParts, bareHour: boolean): number {
  const h = numeralAt(text, i);
  if (!h || !isFieldInteger(h) || h.digitSeq || h.value > 24 || (text[h.end] !== '时' && text[h.end] !== '点')) return 0;
  if (!h.arabic && h.size === 1 && h.value === 1) return 0; // 一时: "for a moment"
  let end = h.end + 1;
  const m = numeralAt(text, end);
  let minute: number | undefined;
  if (m && isFieldInteger(m) && !m.digitSeq && m.value < 60 && text[m.end] === '分') {
    minute = m.value;
    end = m.end + 1;
  } else if (text[end] === '半') {
    minute = 30;
    end++;
  }
  if (minute === undefined && !bareHour) return 0;
  date.hour = h.value;
  if (minute !== undefined) date.minute = minute;
  return end;
}

/** 2024-01-20, 2024/1/20, 2024.01.20: year, month and day, all Arabic. */
export function parseIsoDate(text: string, n: Numeral): DateMatch | null {
  if (!n.arabic || n.size !== 4 || n.decimal || n.hasScale || n.value < 1000 || n.value > 2199) return null;
  const sep = text[n.end];
  if (sep !== '-' && sep !== '/' && sep !== '.' && sep !== '／' && sep !== '．') return null;
  const month = twoDigits(text, n.end + 1);
  if (!month || month.value < 1 || month.value > 12 || text[month.end] !== sep) return null;
  const day = twoDigits(text, month.end + 1);
  if (!day || day.value < 1 || day.value > 31 || isDigit(text.charCodeAt(day.end))) return null;
  return { end: day.end, date: { year: n.value, month: month.value, day: day.value } };
}

function twoDigits(text: string, i: number): { value: number; end: number } | null {
  let v = 0;
  let j = i;
  while (j < i + 2 && isDigit(text.charCodeAt(j))) v = v * 10 + digitValue(text.charCodeAt(j++));
  return j === i || isDigit(text.charCodeAt(j)) ? null : { value: v, end: j };
}

export function compareDates(a: DateParts, b: DateParts): number {
  const keys: Array<keyof DateParts> = ['year', 'month', 'day', 'hour', 'minute'];
  for (const k of keys) {
    if (a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]) return a[k]! - b[k]!;
  }
  return 0;
}

/** The end of a range written short (1月20日至25日): missing larger fields come from its start. */
export function completeEnd(start: DateParts, end: DateParts): DateParts {
  const out: DateParts = { ...end };
  if (out.year === undefined && start.year !== undefined && (out.month !== undefined || out.day !== undefined)) out.year = start.year;
  if (out.month === undefined && start.month !== undefined && out.day !== undefined) out.month = start.month;
  return out;
}
