/**
 * Character classes of the number grammar, looked up through one table indexed by UTF-16 code unit
 * so that the scanner's inner loop costs one array read per character.
 */

export const C_NONE = 0;
/** 0-9 and ０-９ */
export const C_DIGIT = 1;
/** 零〇○一二两三…九 and the financial forms 壹贰叁… */
export const C_CN_DIGIT = 2;
/** 十百千 (and 拾佰仟) */
export const C_CN_SMALL = 3;
/** 万亿 (and 萬億) */
export const C_CN_BIG = 4;
/** Ⅰ-Ⅻ, ⅰ-ⅻ */
export const C_ROMAN = 5;

const table = new Uint8Array(0x10000);
const cnDigitValue = new Int8Array(0x10000).fill(-1);
const scaleValue = new Float64Array(0x10000);

for (let c = 0x30; c <= 0x39; c++) table[c] = C_DIGIT;
for (let c = 0xff10; c <= 0xff19; c++) table[c] = C_DIGIT;
const CN_DIGITS: Array<[string, number]> = [
  ['零〇○', 0], ['一壹', 1], ['二两貳贰兩', 2], ['三叁參', 3], ['四肆', 4],
  ['五伍', 5], ['六陆陸', 6], ['七柒', 7], ['八捌', 8], ['九玖', 9],
];
for (const [chars, v] of CN_DIGITS) {
  for (const ch of chars) {
    table[ch.charCodeAt(0)] = C_CN_DIGIT;
    cnDigitValue[ch.charCodeAt(0)] = v;
  }
}
const SCALES: Array<[string, number, number]> = [
  ['十拾', 10, C_CN_SMALL], ['百佰', 100, C_CN_SMALL], ['千仟', 1000, C_CN_SMALL],
  ['万萬', 1e4, C_CN_BIG], ['亿億', 1e8, C_CN_BIG],
];
for (const [chars, v, cls] of SCALES) {
  for (const ch of chars) {
    table[ch.charCodeAt(0)] = cls;
    scaleValue[ch.charCodeAt(0)] = v;
  }
}
for (let c = 0x2160; c <= 0x216b; c++) table[c] = C_ROMAN;
for (let c = 0x2170; c <= 0x217b; c++) table[c] = C_ROMAN;

/** A copy of the class table with every numeral character set to 1 (for the scanner's start table). */
export function numeralTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (table[c] !== C_NONE) t[c] = 1;
  return t;
}

export function charClass(code: number): number {
  return table[code];
}

/** Value of an Arabic digit of either width, else -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigit(code: number): boolean {
  return table[code] === C_DIGIT;
}

/** Where the run of digits (half- or full-width) starting at `i` ends. */
export function digitsEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** Full-width digits read as half-width: the same length, so offsets stay. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
}

/** A character that can open a numeral without a prefix: a digit, a Chinese digit, 十, 百 or 千 (not 万 or 亿). */
export function isNumeralStart(code: number): boolean {
  const cls = table[code];
  return cls === C_DIGIT || cls === C_CN_DIGIT || cls === C_CN_SMALL;
}

/** A CJK ideograph of the basic block or extension A (what the grammar takes for a Chinese character). */
export function isIdeograph(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** Value of a Chinese digit character, else -1. */
export function cnDigit(code: number): number {
  return cnDigitValue[code];
}

/** 10, 100, 1000, 1e4 or 1e8 for a scale character, else 0. */
export function scaleOf(code: number): number {
  return scaleValue[code];
}

/** 壹贰叁…: the financial forms, which alone are ordinary characters (队伍, 大陆, 收拾). */
const FINANCIAL = new Set([...'壹贰貳叁參肆伍陆陸柒捌玖拾佰仟'].map((c) => c.charCodeAt(0)));
export function isFinancial(code: number): boolean {
  return FINANCIAL.has(code);
}

export function isZeroChar(code: number): boolean {
  return code === 0x96f6 /* 零 */ || code === 0x3007 /* 〇 */ || code === 0x25cb /* ○ */;
}

/** Ⅰ-Ⅻ → 1-12 */
export function romanValue(code: number): number {
  if (code >= 0x2160 && code <= 0x216b) return code - 0x215f;
  if (code >= 0x2170 && code <= 0x217b) return code - 0x216f;
  return 0;
}

/** ASCII or full-width Latin letter: digits next to one are part of a code (G65, 5G, PM2.5). */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/** . ． and the middle dot that full-width text uses between digits (１８·５％). */
export function isDecimalPoint(code: number): boolean {
  return code === 0x2e /* . */ || code === 0xff0e /* ． */ || code === 0xb7 /* · */;
}

/** Characters that join the two ends of a range: — – - ～ ~ 〜 至 到 */
export function isRangeDash(code: number): boolean {
  return (
    code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0xff5e || code === 0x7e ||
    code === 0x301c || code === 0x2015 || code === 0xff0d
  );
}
export function isRangeWord(code: number): boolean {
  return code === 0x81f3 /* 至 */ || code === 0x5230 /* 到 */;
}
