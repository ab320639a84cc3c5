/**
 * Digits that are codes or names, not numbers: glued to Latin letters (G65, PM2.5), a type named with a
 * hyphen (歼-20), a stock index named by its number of stocks (沪深300), a note's reference mark ([2]),
 * a stock's code with its exchange (688180.SH), the rest of a hyphenated code (010-12345678). The
 * scanner skips them whole (skipCode).
 */
import { digitsEnd, isDigit, isIdeograph, isLatinLetter } from './chars';
import { matchUnit } from './units';

/** Whether the digits at `i` are part of a code or a name (see above). */
export function isCodeAt(text: string, i: number): boolean {
  return isCodeContext(text, i) || afterHyphenedDigits(text, i) || isDesignation(text, i) || isReferenceOrTicker(text, i) || isStockIndexName(text, i) || isPhoneOrChipModel(text, i) || isDocumentNumber(text, i);
}

/** 发改能源〔2025〕357号, 357号文件: a document's year in 〔〕 and its number are its name (not 5号文化广场). */
function isDocumentNumber(text: string, i: number): boolean {
  const j = digitsEnd(text, i);
  if ((text[i - 1] === '〔' || text[i - 1] === '［') && (text[j] === '〕' || text[j] === '］') && j - i === 4) return true;
  return text[j] === '号' && (text[i - 1] === '〕' || text[i - 1] === '］' || text.startsWith('号文件', j));
}

/** 小米 17, 华为Mate 70, 骁龙8: phones and chips named by a number after the maker's name (小米3个 still counts). */
const MODEL_MAKER_BEFORE = /(?:小米|红米|华为|荣耀|苹果|一加|真我|魅族|三星|骁龙|天玑|麒麟)[ \u00a0]?$/;
function isPhoneOrChipModel(text: string, i: number): boolean {
  if (!MODEL_MAKER_BEFORE.test(text.slice(Math.max(0, i - 3), i))) return false;
  const j = digitsEnd(text, i);
  // Only what a model's name goes on with (小米17系列, 小米 17 全系开售, 骁龙8 Gen 4, 华为Mate 70发布); 苹果1-9月,
  // 华为 10:00, 苹果2024财年 and 苹果3成 are numbers.
  return MODEL_AFTER.test(text.slice(j, j + 5));
}
const MODEL_AFTER = /^(?:$|\s?(?:系列|全系|标准版|[A-Z][a-z]*|[，。、；！？）)]|发布|开售|上市|首发|搭载|采用|手机|芯片|处理器|将|的|在|和|与|及))/;

/** Digits glued to Latin letters or to another number by + are codes: G65, 5G, PM2.5, 6+3. */
export function isCodeContext(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (isLatinLetter(prev)) return true;
  // COVID-19, F—16, A_3: a letter, a joiner, then digits.
  if ((prev === 0x2d || prev === 0x5f || prev === 0x2014 || prev === 0xff0d) && isLatinLetter(text.charCodeAt(i - 2))) return true;
  if ((prev === 0x2b || prev === 0xff0b) && isAlnum(text.charCodeAt(i - 2))) return true;
  return false;
}

/**
 * 歼-20, 空警-600, 苏-57: a type named by Chinese characters, a hyphen and digits is no negative number.
 * A minus it is after a word that states a value (降至－10·1%, 气温-5, 同比-3.2, 收益率-0.5), and where a
 * unit, a percent sign, a date's character or a range's second end follows the digits (3月下旬-4月上旬).
 */
function isDesignation(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if ((prev !== 0x2d && prev !== 0xff0d) || !isIdeograph(text.charCodeAt(i - 2)) || VALUE_WORD_END.has(text[i - 2])) return false;
  let j = i;
  while (isDigit(text.charCodeAt(j)) || '.．·'.includes(text[j] || '_')) j++;
  const next = text[j];
  if (next === undefined || isLatinLetter(next.charCodeAt(0))) return true;
  return !matchUnit(text, j, false) && !NUMBER_GOES_ON.has(next);
}
/** The last character of words after which a hyphen is a minus sign. */
const VALUE_WORD_END = new Set('至到为是达约近超温度率比值差降升增减跌涨幅计共额量数速价');
/** After the digits: a percent sign, a magnitude, a date's or time's character, a range's joiner. */
const NUMBER_GOES_ON = new Set('%％‰℃°万亿千百年月日时分秒旬号至到~～—–-－');

/** 沪深300, 上证50, 科创50, 中证1000, 标普500, 日经225: a stock index is named by its number of stocks. */
const STOCK_INDEX_BEFORE = /(?:沪深|上证|科创|北证|中证|深证|国证|标普|纳斯达克|纳指|日经|富时)[ \u00a0]?$/;
function isStockIndexName(text: string, i: number): boolean {
  if (!STOCK_INDEX_BEFORE.test(text.slice(Math.max(0, i - 5), i))) return false;
  const j = digitsEnd(text, i);
  // 上证3000点, 沪深3000多家: a number after all.
  return !matchUnit(text, j, false) && !'多余万亿.%％'.includes(text[j] || '_');
}

/** [2], ［3］: a note's reference mark; 688180.SH, 0700.HK: a stock's code with its exchange. */
function isReferenceOrTicker(text: string, i: number): boolean {
  const j = digitsEnd(text, i);
  const before = text[i - 1];
  if ((before === '[' || before === '［') && (text[j] === ']' || text[j] === '］') && j - i <= 3) return true;
  return (text[j] === '.' || text[j] === '．') && /^[A-Z]{1,2}(?![A-Za-z])/.test(text.slice(j + 1, j + 4)) && j - i >= 4;
}

/** 010-12345678: digits after digit-hyphen that did not make a range are the rest of a code. */
function afterHyphenedDigits(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  return (prev === 0x2d || prev === 0xff0d) && isDigit(text.charCodeAt(i - 2));
}

export function skipCode(text: string, i: number): number {
  let j = i;
  for (;;) {
    while (j < text.length && (isDigit(text.charCodeAt(j)) || isLatinLetter(text.charCodeAt(j)) || text[j] === '.' || text[j] === '．')) j++;
    // CDK4/6, CDK2/4/6: a code's variants after a slash are the code too.
    if (text[j] === '/' && isDigit(text.charCodeAt(j + 1))) j++;
    else return j;
  }
}

export function isAlnum(code: number): boolean {
  return isDigit(code) || isLatinLetter(code);
}

