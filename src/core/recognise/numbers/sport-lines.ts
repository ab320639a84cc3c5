/**
 * Forms of sports reports the number grammar reads no other way: a season named by its year or years
 * (2025赛季, 2024—2025赛季, 2025-26赛季: a DATE, 赛季 inside, as the sets of current news mark it; a fiscal year
 * too, 2025财年, 2023至2027财年), a
 * player's shooting line (16投11中, 罚球13中11: one CARDINAL, as a score is), and a height in metres
 * and centimetres (2米04, 16米90).
 */
import { digitsEnd, halfWidthDigits, isDigit } from './chars';
import { Expr } from './expression';
import { plainNumeral } from './numerals';
import { matchUnit } from './units';

const SEASON = /^((?:19|20)\d\d)(?:\s?[-－—–~～至到/]\s?((?:19|20)?\d\d))?\s?(?:赛季|财年|财政年度)/;
const SHOTS_TAKEN_MADE = /^(\d{1,3})投(\d{1,3})中(?![\d.])/;
const MADE_OF = /^(\d{1,3})中(\d{1,3})(?![\d.%％])/;
/** Where 13中11 is a line (罚球13中11, 三分球2中1), not 10中3 of anything else. */
const SHOT_KIND_BEFORE = /(?:罚球|三分球?|两分球?|投篮|运动战|全场)$/;

const RELAY = /^([248])\s?[xX×]\s?(50|100|200|400)米/;
/** NO.7 after a match's verb or another player (力克NO.7万卓索娃, 和NO.119); not No.5香水 or 编号NO.12. */
const WORLD_RANK_BEFORE = /(?:力克|击败|不敌|战胜|对手|对阵|迎战|和|与|、|世界|排名|头号)\s?(?:NO|No)\.\s?$/;

/** 4x100米 (a relay's legs and distance, one QUANTITY) or NO.7 (a world ranking, an ORDINAL with its prefix) at `i`. */
export function relayOrRankAt(text: string, i: number): Expr | null {
  if (i > 0 && isDigit(text.charCodeAt(i - 1))) return null;
  const end = digitsEnd(text, i);
  // These run at every number: a relay's legs are one digit, a ranking follows its dot; the rest is not looked at.
  const relay = end - i === 1 ? RELAY.exec(halfWidthDigits(text.slice(i, i + 12))) : null;
  if (relay) {
    return {
      start: i, end: i + relay[0].length, kind: 'QUANTITY', unit: '米', approx: false, confidence: 0.8,
      numeral: plainNumeral(i, i + 1, Number(relay[1]), true), bare: false, magnitude: 1,
    };
  }
  if (end - i > 4 || !/[.\s]/.test(text[i - 1] ?? '')) return null;
  const rank = WORLD_RANK_BEFORE.exec(text.slice(Math.max(0, i - 7), i));
  if (!rank) return null;
  const prefix = /(?:NO|No)\.\s?$/.exec(rank[0])![0];
  const value = Number(halfWidthDigits(text.slice(i, end)));
  return {
    start: i - prefix.length, end, kind: 'ORDINAL', value, approx: false, confidence: 0.8,
    numeral: plainNumeral(i, end, value, true), bare: false, magnitude: 1,
  };
}

/** 2025赛季, 2024—2025赛季, 2025-26赛季, 2026财年 at `i` (a digit), or null. */
export function seasonAt(text: string, i: number): Expr | null {
  // A year has four digits: most numbers are passed over before any slice.
  if ((i > 0 && isDigit(text.charCodeAt(i - 1))) || digitsEnd(text, i) - i !== 4) return null;
  const m = SEASON.exec(halfWidthDigits(text.slice(i, i + 14)));
  if (!m) return null;
  const year = Number(m[1]);
  const e: Expr = {
    start: i, end: i + m[0].length, kind: 'DATE', date: { year }, approx: false, confidence: 0.85,
    numeral: plainNumeral(i, i + 4, year, true), bare: false, magnitude: 1,
  };
  if (m[2]) {
    // 2025-26: the second year written short.
    const second = m[2].length === 2 ? Math.floor(year / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second <= year) return null;
    e.dateEnd = { year: second };
  }
  return e;
}

/** 16投11中 anywhere, 13中11 after the kind of shot (罚球, 三分球): one CARDINAL at `i`, or null. */
export function shootingLineAt(text: string, i: number): Expr | null {
  const k = digitsEnd(text, i);
  if ((i > 0 && isDigit(text.charCodeAt(i - 1))) || k - i > 3 || (text[k] !== '投' && text[k] !== '中')) return null;
  const rest = halfWidthDigits(text.slice(i, i + 9));
  const m = SHOTS_TAKEN_MADE.exec(rest) ?? (SHOT_KIND_BEFORE.test(text.slice(Math.max(0, i - 3), i)) ? MADE_OF.exec(rest) : null);
  if (!m) return null;
  const taken = Number(m[1]);
  const made = Number(m[2]);
  if (made > taken) return null;
  return {
    start: i, end: i + m[0].length, kind: 'CARDINAL', approx: false, confidence: 0.75,
    numeral: plainNumeral(i, i + m[1].length, taken, true), bare: false, magnitude: 1,
  };
}

/** The two digits of centimetres right after whole metres: a height (2米04) or a jump (16米90, 8米21), or 0. */
export function centimetresAfterMetres(text: string, e: Expr): number {
  if (e.kind !== 'QUANTITY' || e.unit !== '米' || e.value === undefined || !Number.isInteger(e.value) || e.value < 1 || e.value > 30 || e.low !== undefined) return 0;
  if (!isDigit(text.charCodeAt(e.end)) || !isDigit(text.charCodeAt(e.end + 1)) || isDigit(text.charCodeAt(e.end + 2))) return 0;
  if (text[e.end + 2] === '.' || (matchUnit(text, e.end + 2, false) && !text.startsWith('位列', e.end + 2))) return 0;
  return 2;
}
