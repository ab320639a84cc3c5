/**
 * Sports results that count with a word the unit table does not hold: medals (10金5银4铜, 夺得6金),
 * wins and losses (50胜18负), and the stage of a knockout a rank names (8强, 四强).
 */
import { isDigit, isNumeralStart } from './chars';

const MEDALS = new Set('金银铜');
const RESULTS = new Set('胜负平');
/** What may follow a medal count that closes a tally: punctuation, another clause, the total. */
const AFTER_MEDALS = new Set('、，,。；;）)共的也和及与！!');
/** What follows a single medal count in a report (10金排名第三, 13金紧随其后, 9金都是): a verb or particle, not a word 金 begins (金融, 金鸡, 银发). */
const MEDAL_FOLLOWED_BY = /[紧排都冲达锁领位居夺收列获入落在为再与和及中]/;
/** The rounds of a knockout named by the sides left in it. */
const KNOCKOUT_SIDES = new Set([4, 8, 16, 32, 64]);

/** Whether a numeral and a tally word of `words` start at i (the next count of 10金5银, 2胜1负). */
function countAt(text: string, i: number, words: Set<string>): boolean {
  let k = i;
  while (k < text.length && isNumeralStart(text.charCodeAt(k))) k++;
  return k > i && k - i <= 4 && words.has(text[k]);
}

/** Whether the count ending at i - 1 is itself preceded by a count of the same tally (the 5 of 10金5银). */
function countBefore(text: string, numeralStart: number, words: Set<string>): boolean {
  return words.has(text[numeralStart - 1]) && numeralStart >= 2 && isNumeralStart(text.charCodeAt(numeralStart - 2));
}

/** The tally word after the numeral text[start, i), or '' when there is none. */
export function tallyWordAt(text: string, start: number, i: number): string {
  const c = text[i];
  if (c === undefined) return '';
  if (MEDALS.has(c)) {
    if (countAt(text, i + 1, MEDALS) || countBefore(text, start, MEDALS)) return c;
    // Alone (夺得6金，, 以15金37枚奖牌, 美国10金排名第三) only in digits: 五险一金, 五金, 千金 and 万金 are words; not a
    // word 金 begins (2024金融街, 100金币, 5金额).
    const next = text[i + 1];
    const medalGoesOn = next !== undefined && (isDigit(next.charCodeAt(0)) || MEDAL_FOLLOWED_BY.test(next));
    return isDigit(text.charCodeAt(start)) && (next === undefined || AFTER_MEDALS.has(next) || medalGoesOn) ? c : '';
  }
  if (RESULTS.has(c)) return countAt(text, i + 1, RESULTS) || countBefore(text, start, RESULTS) ? c : '';
  return '';
}

/** 8强, 四强: the knockout stage of that many sides, a rank (not 500强, a list's size). */
export function isKnockoutStage(text: string, start: number, i: number, value: number, decimal: boolean): boolean {
  if (text[i] !== '强' || decimal || !KNOCKOUT_SIDES.has(value)) return false;
  // Reached or left in a draw (晋级四强, 止步8强, 八强赛), not the world's four powers (世界四强).
  return STAGE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || STAGE_AFTER.test(text.slice(i + 1, i + 2));
}

/** Verbs of reaching or leaving a round: 晋级, 闯入, 进入, 杀入, 跻身, 止步, 无缘. */
const STAGE_BEFORE = /(?:级|入|身|步|缘)$/;
/** 八强赛, 四强战: the round itself. */
const STAGE_AFTER = /^[赛战]/;
