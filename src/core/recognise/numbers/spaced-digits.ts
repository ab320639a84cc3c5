/**
 * Web text often sets half-width digits apart from the Chinese around them with a space: 278.8 万辆,
 * 2025 年 12 月, 第 1 位, 1.59 万亿元. The number grammar reads a numeral and its unit side by side, so it
 * reads such a number from a copy without those spaces, and each span is mapped back to the text
 * (the spaces inside a span stay inside it). Only one space character counts, and only where it
 * parts a digit from the Chinese character after it, or 第, 前, 年, 月, 日, 至 or 到 from the digit after it
 * (5 月 22 日至 23 日), around a range's dash between digits (16 - 59岁), before a Latin unit of two letters or more (256 GB):
 * two numbers set apart (1 5 1) or a name and a number (小米 15) stay as written.
 */
import { digitValue, isDigit } from './chars';
import { SCORE_AFTER, SCORE_BEFORE } from './expression';
import { matchUnit } from './units';

const SPACE = '[ \\u00a0\\u2009\\u202f]';
const DIGIT = '[0-9\\uff10-\\uff19]';
const DASH = '[-－~～—–]';
const SPACED = new RegExp(
  `(?<=${DIGIT})${SPACE}(?=[\\u3400-\\u9fff%\\uff05\\u2030])|(?<=[第前年月日至到])${SPACE}(?=${DIGIT})` +
    // 16 - 59岁, 2021 ~ 2025年: the spaces around a range's dash.
    `|(?<=${DIGIT})${SPACE}(?=${DASH}${SPACE}?${DIGIT})|(?<=${DIGIT}${SPACE}?${DASH})${SPACE}(?=${DIGIT})` +
    // 256 GB, 4100 mAh: a Latin unit set apart (checked in notLatinUnit).
    `|(?<=${DIGIT})${SPACE}(?=[A-Za-z])` +
    // 12 金 5 银 2 铜: a medal tally set apart.
    `|(?<=[金银铜]|[胜负平](?=${SPACE}${DIGIT}+${SPACE}?[胜负平]))${SPACE}(?=${DIGIT})`,
  'g',
);

export interface Unspaced {
  text: string;
  /** The offset in the original text of each character of `text`, and one past the last. */
  original: Int32Array;
}

const DASH_AFTER = new RegExp(`^${DASH}`);

/** What goes with a year-like number after a space: the year itself (2024 年, 2025 届) or a magnitude (2000 万元). */
const AFTER_YEAR = /^[年届万亿]/;

/**
 * 2024 百度世界大会, 2024 天猫双11: a year before a name is no number with a unit, so the space after a
 * number from 1900 to 2099 stays unless 年, 届 or a magnitude follows it.
 */
function yearBeforeName(text: string, space: number): boolean {
  if (AFTER_YEAR.test(text.slice(space + 1, space + 2)) || DASH_AFTER.test(text.slice(space + 1, space + 2))) return false;
  let k = space;
  let year = 0;
  for (let unit = 1; k > 0 && isDigit(text.charCodeAt(k - 1)); k--, unit *= 10) year += digitValue(text.charCodeAt(k - 1)) * unit;
  if (space - k !== 4 || isDigit(text.charCodeAt(k - 1)) || '.．,'.includes(text[k - 1] ?? '_')) return false;
  return year >= 1900 && year <= 2099;
}

/**
 * 16 - 59岁, 1 - 3亿元, 2021 ~ 2025年, 以 2 - 0 战胜, 010 - 12345678: a dash set apart by spaces closes up
 * before a unit, a magnitude, a percent sign or a date's character, in a score and in a code (which the
 * grammar then reads as one); elsewhere (定格在 2 - 1。) the two numbers stay apart.
 */
function dashWithoutUnit(text: string, space: number): boolean {
  let dash = -1;
  if (DASH_AFTER.test(text.slice(space + 1, space + 2))) dash = space + 1;
  else if (DASH_AFTER.test(text.slice(space - 1, space))) dash = space - 1;
  let first = dash - 1 - (text[dash - 1] === ' ' ? 1 : 0);
  if (dash < 0 || !isDigit(text.charCodeAt(first))) return false;
  while (first > 0 && isDigit(text.charCodeAt(first - 1))) first--;
  let k = dash + 1;
  if (text[k] === ' ') k++;
  const second = k;
  while (isDigit(text.charCodeAt(k)) || text[k] === '.') k++;
  const codeLike = text[first] === '0' || k - second >= 5;
  const score = SCORE_BEFORE.test(text.slice(Math.max(0, first - 7), first).trimEnd());
  if (text[k] === ' ') k++;
  if (codeLike || score || SCORE_AFTER.test(text.slice(k, k + 3))) return false;
  return !/^[%％‰℃年月日岁万亿千百]/.test(text.slice(k, k + 1)) && !matchUnit(text, k, false);
}

/** A space before a Latin letter closes up only before a Latin unit (256 GB, 120 Hz; not 小米 15 Pro, 5 G网络). */
function notLatinUnit(text: string, space: number): boolean {
  if (!/[A-Za-z]/.test(text[space + 1])) return false;
  const u = matchUnit(text, space + 1, false);
  // One letter is as often a word or a game's format as a unit (5 V 5, 年薪 50 W, 12 t 恤): only longer units.
  return !u || !u.latin || u.text.length < 2;
}

/** The text without the spaces inside numbers, or null when it has none (most paragraphs). */
export function withoutSpacesInNumbers(text: string): Unspaced | null {
  SPACED.lastIndex = 0;
  if (!SPACED.test(text)) return null;
  SPACED.lastIndex = 0;
  let out = '';
  const original = new Int32Array(text.length + 1);
  let last = 0;
  let k = 0;
  for (const m of text.matchAll(SPACED)) {
    if (yearBeforeName(text, m.index!) || dashWithoutUnit(text, m.index!) || notLatinUnit(text, m.index!)) continue;
    for (let i = last; i < m.index!; i++) original[k++] = i;
    out += text.slice(last, m.index);
    last = m.index! + 1;
  }
  for (let i = last; i < text.length; i++) original[k++] = i;
  out += text.slice(last);
  original[k] = text.length;
  return { text: out, original: original.subarray(0, k + 1) };
}
