/**
 * Numeral parsing: Arabic digits of either width (with decimals, thousands separators and Chinese
 * magnitude suffixes such as 95.3万, 5百亿) and Chinese numerals (三千五百, 一亿三千万, 十几, 五六,
 * 一九九七). A malformed Chinese run (十四五 without a unit, 五五) is reported as such, so the
 * scanner can treat it as a word rather than a number.
 */
import {
  C_CN_BIG, C_CN_DIGIT, C_CN_SMALL, charClass, cnDigit, digitValue, isDecimalPoint, isDigit, isFinancial, isZeroChar, scaleOf,
} from './chars';

export interface Numeral {
  start: number;
  end: number;
  /** The number, scaled by its magnitude words; for fuzzy numerals the low end. */
  value: number;
  /** Set for fuzzy numerals (五六, 几十, 十几): the two ends. */
  high?: number;
  fuzzy: boolean;
  /** 多 / 余 / 来 inside the numeral (100多万); a fuzzy numeral states its range instead. */
  approx: boolean;
  arabic: boolean;
  /** Chinese: number of characters; Arabic: digits before the decimal point. */
  size: number;
  /** Contains a scale or magnitude character (十百千万亿). */
  hasScale: boolean;
  /** Nothing but scale characters (百亿, 千亿, 百万). */
  scaleOnly: boolean;
  decimal: boolean;
  /** Chinese digits read one by one (一九九七, 二〇二四). */
  digitSeq: boolean;
  /** Arabic with a leading zero (023): a code, not a quantity. */
  leadingZero: boolean;
  /** The first character is the 两 of 两辆 (never a ones digit). */
  liang: boolean;
}

/**
 * A numeral read by a rule rather than the numeral parser (Ⅲ of Ⅲ级, 一 of 周一, 半, the 4 of 4x100米): plain,
 * without magnitude words, approximators or a digit sequence.
 */
export function plainNumeral(start: number, end: number, value: number, arabic: boolean, decimal = false): Numeral {
  return {
    start, end, value, fuzzy: false, approx: false, arabic, size: end - start, hasScale: false,
    scaleOnly: false, decimal, digitSeq: false, leadingZero: false, liang: false,
  };
}

/** Returns the length of a unit that starts at `i` with a scale character (千瓦, 千米, 百米), else 0. */
export type ScaleUnitProbe = (text: string, i: number) => number;

const APPROX_AFTER = new Set(['多', '余', '来']);

export function parseArabic(text: string, i: number, probe: ScaleUnitProbe): Numeral | null {
  const n = parseArabicAlone(text, i, probe);
  if (n?.hasScale) continueMagnitudes(text, n, probe);
  return n;
}

/** One Arabic numeral with its magnitude (3099万), not the magnitudes that may follow it. */
function parseArabicAlone(text: string, i: number, probe: ScaleUnitProbe): Numeral | null {
  let j = i;
  let digits = '';
  while (j < text.length && isDigit(text.charCodeAt(j))) digits += String(digitValue(text.charCodeAt(j++)));
  if (!digits) return null;
  // Thousands separators: only a half-width comma followed by exactly three digits.
  while (
    text.charCodeAt(j) === 0x2c &&
    isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) &&
    !isDigit(text.charCodeAt(j + 4)) && digits.length <= 3 * 7
  ) {
    for (let k = 1; k <= 3; k++) digits += String(digitValue(text.charCodeAt(j + k)));
    j += 4;
  }
  const size = digits.length;
  let decimal = false;
  if (isDecimalPoint(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
    decimal = true;
    digits += '.';
    j++;
    while (j < text.length && isDigit(text.charCodeAt(j))) digits += String(digitValue(text.charCodeAt(j++)));
  }
  const n: Numeral = {
    start: i, end: j, value: Number(digits), fuzzy: false, approx: false, arabic: true, size,
    hasScale: false, scaleOnly: false, decimal, digitSeq: false,
    leadingZero: size > 1 && digits[0] === '0', liang: false,
  };
  extendMagnitude(text, n, probe);
  return n;
}

/**
 * 1亿27万1千人, 3099万5千人, 1亿零27.1万名: official statistics write a number as magnitudes in a row, each
 * smaller than the one before, 零 where a magnitude is skipped. They are one number, their sum.
 */
function continueMagnitudes(text: string, n: Numeral, probe: ScaleUnitProbe): void {
  let smallest = scaleOf(text.charCodeAt(n.end - 1));
  for (;;) {
    const at = text[n.end] === '零' ? n.end + 1 : n.end;
    if (!isDigit(text.charCodeAt(at))) return;
    const m = parseArabicAlone(text, at, probe);
    if (!m || m.approx || n.approx) return;
    // 325万4555美元: the four digits under 万, written out.
    if (!m.hasScale) {
      // (4万819人: three digits under 万 too; 1万2 and 4万8, one or two digits, say 12000 and 48000 and are left alone.)
      if (smallest === 1e4 && at === n.end && (m.size === 4 || m.size === 3) && !m.decimal) {
        n.value = roundScaled(n.value + m.value);
        n.end = m.end;
      }
      return;
    }
    const last = scaleOf(text.charCodeAt(m.end - 1));
    // Each magnitude below the last, and the number before it small enough to sit under it (27万 under 亿).
    if (!(last < smallest) || m.value >= smallest) return;
    n.value = roundScaled(n.value + m.value);
    n.decimal ||= m.decimal;
    n.end = m.end;
    smallest = last;
  }
}

/** 多/余 and magnitude words after an Arabic numeral: 100多万, 5百亿, 1万余, 3千万. */
function extendMagnitude(text: string, n: Numeral, probe: ScaleUnitProbe): void {
  let j = n.end;
  if (APPROX_AFTER.has(text[j]) && isScaleAt(text, j + 1, probe)) {
    n.approx = true;
    j++;
  }
  let mult = 1;
  const small = charClass(text.charCodeAt(j)) === C_CN_SMALL && text[j] !== '十' ? scaleOf(text.charCodeAt(j)) : 0;
  if (small && !probe(text, j)) {
    mult = small;
    j++;
  }
  let lastBig = 0;
  while (charClass(text.charCodeAt(j)) === C_CN_BIG && !probe(text, j)) {
    const big = scaleOf(text.charCodeAt(j));
    if (big === lastBig || (lastBig === 1e8 && big === 1e4)) break;
    mult *= big;
    lastBig = big;
    j++;
  }
  if (mult === 1) {
    if (j !== n.end) n.approx = false;
    return;
  }
  n.value = roundScaled(n.value * mult);
  n.hasScale = true;
  n.end = j;
}

function isScaleAt(text: string, i: number, probe: ScaleUnitProbe): boolean {
  const cls = charClass(text.charCodeAt(i));
  return (cls === C_CN_BIG || (cls === C_CN_SMALL && text[i] !== '十')) && !probe(text, i);
}

/** Removes binary noise of scaling (95.3 × 1e4 = 953000.0000000001). */
export function roundScaled(x: number): number {
  return Number(x.toPrecision(15));
}

interface Token {
  kind: 'digit' | 'small' | 'big';
  lo: number;
  hi: number;
  zero?: boolean;
  liang?: boolean;
}

/** Adjacent digits that state an approximate range: 五六个, 两三天, 三四十, 三五年. */
function isPair(a: number, b: number): boolean {
  return (a >= 1 && b === a + 1 && a !== 1) || (a === 3 && b === 5) || (a === 1 && b === 2);
}

export function parseChinese(text: string, i: number, probe: ScaleUnitProbe): Numeral | null {
  const tokens: Token[] = [];
  let j = i;
  let fuzzy = false;
  let decimalPart = '';
  let rawDigits = '';
  if ((text[j] === '数' || text[j] === '几') && charClass(text.charCodeAt(j + 1)) >= C_CN_SMALL && charClass(text.charCodeAt(j + 1)) <= C_CN_BIG) {
    tokens.push({ kind: 'digit', lo: 2, hi: 9 });
    fuzzy = true;
    j++;
  }
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const cls = charClass(c);
    if (cls === C_CN_DIGIT) {
      const d = cnDigit(c);
      rawDigits += String(d);
      const prev = tokens[tokens.length - 1];
      const liang = text[j] === '两' || text[j] === '兩';
      // 一两个, 一二百, 二三十 (not 一二九 or 二三); 两 opens a pair anywhere (两三天).
      const beforeScale = charClass(text.charCodeAt(j + 1)) === C_CN_SMALL;
      const oneTwo = prev && prev.lo === 1 && (liang || beforeScale);
      if (prev && prev.kind === 'digit' && !prev.zero && !isZeroChar(c) && prev.lo === prev.hi && isPair(prev.lo, d) &&
          (prev.lo !== 1 || oneTwo) && !(prev.lo === 2 && !prev.liang && !beforeScale)) {
        prev.hi = d;
        fuzzy = true;
        continue;
      }
      tokens.push({ kind: 'digit', lo: d, hi: d, zero: isZeroChar(c), liang });
    } else if (cls === C_CN_SMALL || cls === C_CN_BIG) {
      if (probe(text, j)) break;
      tokens.push({ kind: cls === C_CN_SMALL ? 'small' : 'big', lo: scaleOf(c), hi: scaleOf(c) });
    } else if (text[j] === '几' && tokens.length && tokens[tokens.length - 1].kind === 'small') {
      tokens.push({ kind: 'digit', lo: 1, hi: 9 });
      fuzzy = true;
    } else if (text[j] === '点' && tokens.length && tokens[tokens.length - 1].kind === 'digit' &&
               charClass(text.charCodeAt(j + 1)) === C_CN_DIGIT && !decimalPart) {
      let k = j + 1;
      let frac = '';
      while (charClass(text.charCodeAt(k)) === C_CN_DIGIT && text[k] !== '两') frac += String(cnDigit(text.charCodeAt(k++)));
      if (!frac) break;
      decimalPart = frac;
      tokens[tokens.length - 1].lo += Number('0.' + frac);
      tokens[tokens.length - 1].hi += Number('0.' + frac);
      j = k - 1;
      // Only a magnitude may follow a decimal: 一点五亿.
      if (charClass(text.charCodeAt(k)) !== C_CN_BIG) { j = k; break; }
    } else break;
  }
  const end = j;
  if (!tokens.length) return null;
  if (end - i === 1 && isFinancial(text.charCodeAt(i))) return null;
  const base: Numeral = {
    start: i, end, value: 0, fuzzy, approx: false, arabic: false, size: end - i, hasScale: false,
    scaleOnly: false, decimal: decimalPart !== '', digitSeq: false, leadingZero: false, liang: !!tokens[0].liang,
  };
  if (tokens.every((t) => t.kind === 'digit')) {
    if (tokens.length === 1) {
      base.value = tokens[0].lo;
      if (tokens[0].hi !== tokens[0].lo) base.high = tokens[0].hi;
      return base;
    }
    // 一九九七, 二〇二四, 一九五六 (not the pair 五六): digits read one by one, a year if 年 follows.
    if (decimalPart || (fuzzy && rawDigits.length < 3)) return null;
    base.digitSeq = true;
    base.fuzzy = false;
    base.approx = false;
    base.value = Number(rawDigits);
    return base;
  }
  if (tokens.length === 1) {
    // 百名, 万亩, 亿元: a lone scale character, a number only before a unit (the scanner checks).
    base.hasScale = true;
    base.scaleOnly = true;
    base.value = tokens[0].lo;
    return base;
  }
  if (!isWellFormed(tokens)) return invalid(base);
  base.hasScale = true;
  base.scaleOnly = tokens.every((t) => t.kind !== 'digit');
  base.value = roundScaled(evaluate(tokens, 'lo'));
  if (fuzzy) base.high = roundScaled(evaluate(tokens, 'hi'));
  return base;
}

/** A run of numeral characters that is not a number (十五五, 万万): end is kept so the scanner skips it. */
function invalid(n: Numeral): Numeral {
  n.value = NaN;
  return n;
}

function isWellFormed(tokens: Token[]): boolean {
  let lastSmall = Infinity;
  let lastBig = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.kind === 'digit') {
      if (prev && prev.kind === 'digit' && !prev.zero) return false;
      if (t.liang && prev && prev.kind !== 'digit') {
        // 两 is never the ones digit (二十二, not 二十两), except before a scale: 一万两千.
        const next = tokens[k + 1];
        if (!next || next.kind === 'digit') return false;
      }
    } else if (t.kind === 'small') {
      if (prev && prev.kind === 'digit' && prev.zero) return false;
      if (!prev && t.lo !== 10) {
        // 百亿, 千万: a leading 百/千 only as part of a scale-only magnitude.
        const next = tokens[k + 1];
        if (!next || next.kind !== 'big') return false;
      }
      if (prev && prev.kind === 'small') return false;
      if (t.lo >= lastSmall) return false;
      lastSmall = t.lo;
    } else {
      if (!prev) {
        const next = tokens[k + 1];
        if (!(t.lo === 1e4 && next && next.kind === 'big' && next.lo === 1e8)) return false; // 万亿 only
      }
      if (t.lo === lastBig && prev && prev.kind === 'big') return false;
      if (prev && prev.kind === 'big' && !(prev.lo === 1e4 && t.lo === 1e8)) return false;
      if (prev && prev.kind === 'digit' && prev.zero) return false;
      lastBig = t.lo;
      lastSmall = Infinity;
    }
  }
  return true;
}

function evaluate(tokens: Token[], pick: 'lo' | 'hi'): number {
  let total = 0;
  let section = 0;
  let num = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind === 'digit') {
      num = t[pick];
      const prev = tokens[k - 1];
      // 三万五 = 35000, 一千五 = 1500: a last digit right after a scale other than 十 is abbreviated.
      if (k === tokens.length - 1 && prev && prev.kind !== 'digit' && prev.lo !== 10) num *= prev.lo / 10;
    } else if (t.kind === 'small') {
      section += (num || 1) * t.lo;
      num = 0;
    } else if (t.lo === 1e8) {
      total = (total + section + num || 1) * 1e8;
      section = 0;
      num = 0;
    } else {
      total += (section + num || 1) * 1e4;
      section = 0;
      num = 0;
    }
  }
  return total + section + num;
}
