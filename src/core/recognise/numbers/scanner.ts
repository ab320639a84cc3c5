/**
 * The left-to-right scan: at each character that can open a number, try the prefixed forms and the
 * numeral expression, join ranges, then drop what the context shows is a code, a name or a list
 * marker. One pass, no backtracking past an accepted or rejected numeral run.
 */
import { C_CN_BIG, C_CN_DIGIT, C_CN_SMALL, C_DIGIT, C_NONE, C_ROMAN, charClass, halfWidthDigits, isDigit, isIdeograph, isLatinLetter, numeralTable } from './chars';
import { Expr, Skip, expressionAt } from './expression';
import { BEFORE_YI_DETERMINER, wordCovering } from './lexicon';
import { currencySign, firstMonths, half, ordinalDi, percentWord, quarter, romanRank, shareHalf, topN, weekday } from './prefixed';
import { joinRange, rangeContinuation } from './ranges';
import { isYearNumeral } from './dates';
import { centimetresAfterMetres, relayOrRankAt, seasonAt, shootingLineAt } from './sport-lines';
import { isAlnum, isCodeAt, isCodeContext, skipCode } from './codes';
import { hundredthsAfter, isClockPart, isYearsBefore, isYearsThenMonths, roundTo2, yearsAndMonths } from './durations';

/** Every character that can open a NUM, as a table: the scan's inner loop reads one byte per character. */
const STARTS = numeralTable();
for (const ch of '第前半几数上￥¥$＄€£IVX周星礼') STARTS[ch.charCodeAt(0)] = 1;

/**
 * 底, 末, 初 or a ten-day part after a year, month or quarter (2025年底, 2月末, 三季度末, 7月初, 7月上旬): its length, 0 where the
 * character opens a word instead (初步, 末端, 底线, 初期). The current-news sets mark it inside the date in 9 sets of 12 (34 mentions
 * to 30).
 */
function periodPartAt(text: string, i: number, yearOnly: boolean): number {
  if (/^[上中下]旬/.test(text.slice(i, i + 2))) return 2;
  // 2024年年末, 2023年年中: the part of that year (not 年中国: a year before 中国). A holiday after a year stays
  // outside (2019年春节, 2020年元旦: outside in nine mentions of the sets, inside in two).
  if (yearOnly && /^(?:年[末初底]|年中(?![国央华心]))/.test(text.slice(i, i + 3))) return 2;
  // 五月初五, 七月初七: a lunar day, whose 初 is the day's (not handled here: the month alone stays).
  return /^(?:初(?![步期级次始中见具稿衷心赛审选评检试定创显露诊战雪版夏秋冬春一二三四五六七八九十])|末(?![端尾期位班梢])|底(?![线层部座盘价数色气下子细蕴牌特薪]))/.test(text.slice(i, i + 2)) ? 1 : 0;
}

function isYearOnly(e: Expr): boolean {
  return e.kind === 'DATE' && !!e.date && e.date.year !== undefined && e.date.month === undefined && !e.dateEnd;
}

/** A date that ends with its day and holds no time yet (5月25日, 25日). */
function isDayOnly(e: Expr): boolean {
  return e.kind === 'DATE' && !e.dateEnd && e.date?.day !== undefined && e.date.hour === undefined;
}

const CURRENCY_BEFORE = /(?:美元|欧元|日元|英镑|港元|港币|人民币|澳元|韩元|卢布)$/;
const POWER = new Set(['kW', 'MW', 'GW', '千瓦', '兆瓦', '吉瓦']);
const ENERGY = new Set(['kWh', 'MWh', 'GWh', '千瓦时', '兆瓦时']);
function isPowerThenEnergy(power: Expr, energy: Expr): boolean {
  return power.kind === 'QUANTITY' && energy.kind === 'QUANTITY' && POWER.has(power.unit ?? '') && ENERGY.has(energy.unit ?? '') && power.low === undefined;
}

/** A weekday alone (周一), not yet joined to a day or a range. */
function isWeekdayOnly(e: Expr): boolean {
  return e.kind === 'DATE' && !e.dateEnd && e.date?.weekday !== undefined && e.date.day === undefined;
}

/** A time of day alone (18时, 4时18分, 19:30). */
function isTimeOnly(e: Expr): boolean {
  return e.kind === 'DATE' && !e.dateEnd && e.date?.hour !== undefined && e.date.day === undefined && e.date.month === undefined && e.date.year === undefined;
}

function isSkip(r: Expr | Skip | null): r is Skip {
  return r !== null && 'skip' in r;
}

export function scan(text: string): Expr[] {
  const out: Expr[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (STARTS[code] === 0) {
      i++;
      continue;
    }
    // 一年零八个月: 零 joins the months to the years (read on from 八; 零八 alone is a digit sequence).
    if (code === 0x96f6 && isYearsBefore(out[out.length - 1], i) && charClass(text.charCodeAt(i + 1)) === C_CN_DIGIT) {
      i++;
      continue;
    }
    const cls = charClass(code);
    // 一半 is a word of the dictionary, but after 近 or 超过 a share (shareHalf), asked once here.
    const isYiBan = code === 0x4e00 && text.charCodeAt(i + 1) === 0x534a;
    const share = isYiBan ? shareHalf(text, i) : null;
    if (cls !== C_DIGIT && !share) {
      const w = wordCovering(text, i);
      if (w > i) {
        i = w;
        continue;
      }
    }
    const r = isYiBan ? share : candidateAt(text, i, cls);
    if (r === null) {
      i++;
    } else if (isSkip(r)) {
      i = Math.max(r.skip, i + 1);
    } else if (accept(text, r)) {
      withSign(text, r);
      // 外币美元6.5亿、欧元10亿: an amount after its currency's name is money (the name stays outside, as after 澳门币).
      const currency = r.kind === 'CARDINAL' && r.bare && r.numeral.hasScale ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, r.start - 3), r.start)) : null;
      if (currency) {
        r.kind = 'MONEY';
        r.unit = currency[0];
      }
      // 2025年度: the year, as a year of accounts or of a plan.
      if (isYearOnly(r) && text[r.end] === '度') r.end++;
      // 2025届: a year's class (of graduates), a date.
      else if (r.kind === 'QUANTITY' && r.unit === '届' && r.numeral.start === r.start && isYearNumeral(r.numeral)) {
        r.kind = 'DATE';
        r.date = { year: r.numeral.value };
        r.value = undefined;
        r.unit = undefined;
      }
      // 2025年底, 6月末, 三季度末, 7月上旬: the part of the period is part of the date.
      else if (r.kind === 'DATE' && /[年月度]/.test(text[r.end - 1])) r.end += periodPartAt(text, r.end, isYearOnly(r) && text[r.end - 1] === '年');
      const last = out[out.length - 1];
      // 1997年1至10月: a year and the month range right after it are one date range.
      if (last && last.end === r.start && isYearOnly(last) && r.kind === 'DATE' && r.dateEnd && r.date && r.date.year === undefined) {
        out[out.length - 1] = {
          ...last, end: r.end, low: undefined, high: undefined,
          date: { ...r.date, year: last.date!.year }, dateEnd: { ...r.dateEnd, year: last.date!.year },
        };
      } else if (last && r.start === last.end + 1 && (text[last.end] === '/' || text[last.end] === '／') && isPowerThenEnergy(last, r)) {
        // 300MW/600MWh: a storage plant's power and energy, one quantity.
        out[out.length - 1] = { ...last, end: r.end, unit: `${last.unit}/${r.unit}`, value: undefined };
      } else if (last && isYearsThenMonths(text, last, r)) {
        out[out.length - 1] = yearsAndMonths(last, r);
      } else if (last && last.end === r.start && isClockPart(last, ['小时', '分']) && isClockPart(r, ['分', '分钟', '秒'])) {
        // 4分14秒90, 1小时18分43秒: a race's or a span's time is one quantity.
        r.end += hundredthsAfter(text, r);
        out[out.length - 1] = { ...last, end: r.end, unit: `${last.unit}${r.unit}`, value: undefined };
      } else if (last && last.kind === 'CARDINAL' && last.bare && text[last.end] === '×' && last.end + 1 === r.start && r.kind === 'QUANTITY' && r.unit === '米') {
        // 4×100米: a relay's legs and distance, one quantity (not 1×3.4GHz, cores and a clock rate, which the sets keep apart).
        out[out.length - 1] = { ...r, start: last.start, numeral: last.numeral, value: undefined };
      } else if (last && isWeekdayOnly(last) && isWeekdayOnly(r) && r.start === last.end + 1 && /[至到—~～-]/.test(text[last.end])) {
        // 周一至周五: a range of weekdays is one date.
        out[out.length - 1] = { ...last, end: r.end, dateEnd: r.date };
      } else if (last && last.end === r.start && isDayOnly(last) && r.date?.weekday !== undefined) {
        // 2025年12月16日周二: the day and its weekday, one date.
        out[out.length - 1] = { ...last, end: r.end, date: { ...last.date, weekday: r.date.weekday } };
      } else if (last && last.end === r.start && isDayOnly(last) && isTimeOnly(r)) {
        // 5月25日18时, 2024年9月5日4时18分: a day and the time right after it are one date.
        out[out.length - 1] = { ...last, end: r.end, date: { ...last.date, ...r.date } };
      } else {
        // 13秒15: hundredths after the seconds of a time.
        if (isClockPart(r, ['秒'])) r.end += hundredthsAfter(text, r);
        // 2米04: a height in metres and centimetres.
        const cm = centimetresAfterMetres(text, r);
        if (cm) {
          r.value = roundTo2(r.value! + Number(halfWidthDigits(text.slice(r.end, r.end + cm))) / 100);
          r.end += cm;
        }
        out.push(r);
      }
      i = Math.max(r.end, i + 1);
    } else {
      i = Math.max(r.end, i + 1);
    }
  }
  return out;
}

function candidateAt(text: string, i: number, cls: number): Expr | Skip | null {
  const ch = text[i];
  if (cls === C_ROMAN || ch === 'I' || ch === 'V' || ch === 'X') return romanRank(text, i);
  if (ch === '第') return quarter(text, i) ?? ordinalDi(text, i);
  if (ch === '前') return quarter(text, i) ?? firstMonths(text, i) ?? topN(text, i);
  if (ch === '半') return half(text, i);
  if (ch === '周' || ch === '星' || ch === '礼') return weekday(text, i);
  if (ch === '上') return upTo(text, i);
  if (cls === C_NONE && ch !== '几' && ch !== '数') return currencySign(text, i);
  if (cls === C_CN_SMALL || cls === C_CN_BIG) {
    const p = percentWord(text, i);
    if (p) return withRange(text, p);
  }
  // A season or fiscal year first: 苹果2024财年 is a date after the maker's name.
  const season = cls === C_DIGIT ? seasonAt(text, i) : null;
  if (season) return season;
  if (cls === C_DIGIT && isCodeAt(text, i)) return { skip: skipCode(text, i) };
  if (cls === C_DIGIT) {
    const sport = shootingLineAt(text, i) ?? relayOrRankAt(text, i);
    if (sport) return sport;
  }
  if (ch === '零' && text[i + 1] === '下') return belowZero(text, i);
  if (ch === '一' && BEFORE_YI_DETERMINER.has(text[i - 1]) && !isNumeralChar(text.charCodeAt(i + 1))) return { skip: i + 1 };
  const q = quarter(text, i);
  if (q) return q;
  const e = expressionAt(text, i);
  if (e === null || isSkip(e)) return e;
  return withRange(text, e);
}

/** 上百名, 上万人, 上亿元: "as many as hundreds", an approximate magnitude with 上 inside the span. */
function upTo(text: string, i: number): Expr | null {
  const cls = charClass(text.charCodeAt(i + 1));
  if ((cls !== C_CN_SMALL && cls !== C_CN_BIG) || text[i + 1] === '十') return null;
  const e = expressionAt(text, i + 1);
  if (e === null || isSkip(e) || !e.numeral.scaleOnly || e.numeral.end - e.numeral.start > 2) return null;
  return { ...e, start: i, approx: true };
}

/** 零下25摄氏度: the temperature below zero, negative, with 零下 inside the span. */
function belowZero(text: string, i: number): Expr | Skip | null {
  const e = expressionAt(text, i + 2);
  if (e === null || isSkip(e) || e.kind !== 'QUANTITY' || !e.unit || !TEMPERATURE.has(e.unit)) return { skip: i + 2 };
  if (e.value !== undefined) e.value = -e.value;
  return { ...e, start: i };
}
const TEMPERATURE = new Set(['℃', '°C', '度', '摄氏度']);

function withRange(text: string, a: Expr): Expr {
  const j = rangeContinuation(text, a);
  if (j < 0) return a;
  const first = text[j];
  let b: Expr | Skip | null = null;
  if (first === '百' || first === '千' || first === '万') b = percentWord(text, j);
  if (!b && isNumeralChar(text.charCodeAt(j)) && !(charClass(text.charCodeAt(j)) === C_DIGIT && isCodeContext(text, j))) {
    b = expressionAt(text, j);
  }
  if (!b || isSkip(b)) return a;
  return joinRange(text, a, b) ?? a;
}

function isNumeralChar(code: number): boolean {
  const cls = charClass(code);
  return cls === C_DIGIT || cls === C_CN_DIGIT || cls === C_CN_SMALL || cls === C_CN_BIG;
}

const HOTLINE_BEFORE = /(?:拨打|致电|热线|电话|专线)$/;
const HOTLINE_AFTER = /^(?:急救|报警|热线|指挥中心|服务热线|求助|投诉|接警|电话|平台|专线)/;
/** Five-digit service numbers: the public services' 123xx, the banks' and companies' 95xxx, the carriers' 100xx. */
const SERVICE_NUMBER = /^(?:123\d\d|95\d{3}|100\d\d)$/;
/** Where a service number is used, not counted: 在12306查询, 登录12306, 12306网站, 95588客服. */
const SERVICE_BEFORE = /(?:在|登录|通过|拨打|致电|关注|使用|打开)$/;
const SERVICE_AFTER = /^(?:网站|官网|热线|客服|服务|平台|查询|手机|APP|App|app|小程序|购票|售票|网上|短信|电话|号码|转人工)/;
/** The classifiers a slogan counts with (三个, 四张, 两件, 36条, 五大). */
const CLASSIFIER_UNITS = new Set(['个', '条', '项', '张', '件', '大', '批', '类', '种', '化', '区', '城', '心']);

/** What may stand before a numeral + 号 that is a date or a rank (三月五号, 是五号, 第五号). */
const NUMBER_BEFORE_HAO = new Set('第月是为到至初每前后约近共计这那和与及、'.split(''));

const QUOTES: Record<string, string> = { '“': '”', '‘': '’', '"': '"', "'": "'", '「': '」', '『': '』', '＂': '＂' };
const LIST_MARK_AFTER = new Set(['.', '．', '、', ')', '）', '·']);
/** A Latin letter and one space before a number: the number goes with that name (OS 2, Neo 7). */
const LATIN_NAME_BEFORE = /[a-z] $/; // a capitalised name (Neo 7, Mate 70), not an index's acronym (AQI 150, CPI 102)
/** The words that name a model's variant after its number (14 Pro, 10 Ultra). */
const MODEL_SUFFIX_AFTER = /^ ?(?:Pro|Max|Ultra|Plus|Mini|mini|SE|Lite|Air)(?![A-Za-z])/;

/** Context checks on a finished expression: codes after it, plus-formulas, quoted codes, list markers. */
function accept(text: string, e: Expr): boolean {
  const last = text.charCodeAt(e.end - 1);
  const next = text.charCodeAt(e.end);
  if (isDigit(last) && (isLatinLetter(next) || ((next === 0x2b || next === 0xff0b) && isAlnum(text.charCodeAt(e.end + 1))))) return false;
  const n = e.numeral;
  // 007, 023: codes; but 2分07秒: the seconds of a time.
  if (n.arabic && n.leadingZero && e.kind !== 'DATE' && !(e.unit === '秒' && text[e.start - 1] === '分')) return false;
  if (n.arabic && n.size > 15) return false; // beyond any stated quantity (and exact doubles): a code
  // “两群”, “三品”: a Chinese numeral with a measure word that fills a quotation is a slogan or term.
  if (!n.arabic && e.kind !== 'DATE' && QUOTES[text[e.start - 1]] === text[e.end] && text[e.end] !== undefined) return false;
  // 长征五号, 神舟二十号, 天问一号: a Chinese numeral + 号 right after a name is part of the name (a craft,
  // a rocket); 第五号, 三月五号 and 是五号 (a date) keep theirs.
  if (!n.arabic && text[e.end - 1] === '号' && e.start === n.start && isIdeograph(text.charCodeAt(e.start - 1)) && !NUMBER_BEFORE_HAO.has(text[e.start - 1])) return false;
  // “双11”, “双12”: an integer closing a short quotation that opened before it, with no unit, is a name.
  if (n.arabic && e.bare && !n.decimal && !n.hasScale && closesQuotedName(text, e.start, e.end)) return false;
  // “三个攻坚年”, “四个一批”, “36条”: a count inside a short quotation names a programme or slogan (a rank or a
  // magnitude there stays a number, as the seed article has them: “汽车第一城”, “千亿重庆华峰”).
  if (e.kind === 'QUANTITY' && e.unit !== undefined && CLASSIFIER_UNITS.has(e.unit) && opensShortQuotation(text, e.start, e.end, e.unit)) return false;
  // 见表1, 如图2所示, 附表3: a table's or a figure's number names it (the sets of current news leave 4 of 4 unmarked).
  if (n.arabic && !n.decimal && !n.hasScale && (e.bare || (e.unit === '所' && text[e.end] === '示')) && /[表图]/.test(text[e.start - 1] ?? '') && /^(?:[见如附据]|[^\u4e00-\u9fff]|)$/.test(text[e.start - 2] ?? '')) return false;
  if (!e.bare) return true;
  if (n.arabic) {
    if (n.leadingZero) return false;
    // “33618”, ‘2349’: a bare integer that fills a quotation is a name or code (GUIDELINES: not numbers).
    const close = QUOTES[text[e.start - 1]];
    if (close && text[e.end] === close && !n.decimal && !n.hasScale) return false;
    if (text[e.end] === '型' || text[e.end] === '式') return false; // 323型, 米24式: a model number
    // 小米14 Pro, 真我Neo 7, 澎湃OS 2, Mate 70: the number of a product's model, beside a Latin name.
    if (!n.decimal && !n.hasScale && (LATIN_NAME_BEFORE.test(text.slice(Math.max(0, e.start - 2), e.start)) || MODEL_SUFFIX_AFTER.test(text.slice(e.end, e.end + 7)))) return false;
    if (text[e.end] === '后' && n.size === 2 && !n.decimal) return false; // 90后, 00后: a generation
    if (n.size >= 11 && !n.decimal && !n.hasScale) return false; // phone and ID numbers
    // 拨打120, 12345热线, 110报警: a service number is a name (GUIDELINES: numerals inside names).
    if (!n.decimal && !n.hasScale && n.size >= 3 && (HOTLINE_BEFORE.test(text.slice(Math.max(0, e.start - 2), e.start)) || HOTLINE_AFTER.test(text.slice(e.end, e.end + 4)))) return false;
    // 12306, 12345, 95588, 10086: the public services' and companies' five-digit numbers are names.
    if (!n.decimal && !n.hasScale && n.size === 5 && SERVICE_NUMBER.test(String(n.value)) && (SERVICE_BEFORE.test(text.slice(Math.max(0, e.start - 2), e.start)) || SERVICE_AFTER.test(text.slice(e.end, e.end + 3)))) return false;
    // 7·21暴雨, 12·9运动: month·day names an event; the middle dot is a decimal point only before a
    // unit, a percent sign or a magnitude (１８·５％, ４３·８亿).
    if (n.decimal && !n.hasScale && text.slice(n.start, n.end).includes('·')) return false;
    // 1. 2、 (1) at the start of a line: list markers.
    if (!n.decimal && !n.hasScale && n.size <= 2) {
      const before = text[e.start - 1];
      if ((before === '(' || before === '（') && (text[e.end] === ')' || text[e.end] === '）')) return false;
      if (LIST_MARK_AFTER.has(text[e.end]) && atLineStart(text, e.start)) return false;
    }
    return true;
  }
  if (isCountBeforeDa(text, e)) return true;
  // A Chinese numeral without a unit is a number only when it is plainly one: 三千万, 千亿, 百万, or
  // 二十 standing alone; before a noun it is part of a name or term (十五大, 十二生肖, 三大行动).
  if (n.fuzzy || n.digitSeq || !n.hasScale || n.size < 2 || e.low !== undefined) return false;
  // 千万: mostly the adverb "by all means" (不过千万别, 最近千万别); a number after a word of amount (突破千万, 超过千万).
  if (n.scaleOnly && n.value === 1e7 && !/(?:突破|超过|超出|逾|达到|高达|接近|将近)$/.test(text.slice(Math.max(0, e.start - 2), e.start))) return false;
  const lastBig = charClass(text.charCodeAt(e.end - 1)) === C_CN_BIG;
  return lastBig || !isIdeograph(text.charCodeAt(e.end));
}

/** Words 大 begins after a numeral that are no count of kinds (三大学, 十大会, 两大概). */
const DA_WORD = /^大(?:学|会|家|概|约|多|量|型|幅|于|小|楼|厦|队|批|部分|都|力|胆|步|车|盆|碗|桶|箱|袋|包|堆|块|杯|瓶|姑|姨|代表|召开|以来|精神|报告|期间|开幕|闭幕|上)/;

/**
 * 三大产业, 四大行, 两大核心领域: a count of kinds before 大, as the seed's 3大 (15 of 18 in the sets of current news; the
 * other three in quotations, slogans: “两大定位”). Not 一大 (an article: 一大亮点), nor a congress (二十大, 中共六大, 党的七大
 * 代表), nor 大 before a measure (两大车物资).
 */
function isCountBeforeDa(text: string, e: Expr): boolean {
  const n = e.numeral;
  if (n.arabic || n.size !== 1 || e.low !== undefined || !/[两二三四五六七八九十]/.test(text[n.start]) || text[e.end] !== '大') return false;
  if (!isIdeograph(text.charCodeAt(e.end + 1)) || DA_WORD.test(text.slice(e.end, e.end + 3))) return false;
  // 二十大, 十九大; 中共六大, 越共八大, 党的七大, 工商联八大: a congress by its number.
  if (/[一二三四五六七八九十百两共联]/.test(text[e.start - 1] ?? '') || text.slice(Math.max(0, e.start - 2), e.start) === '党的') return false;
  return !opensShortQuotation(text, e.start, e.end, '大');
}

/** A quotation this short (its words, not counting the marks) is a name or a slogan, not a sentence. */
const SHORT_QUOTATION = 8;
/** Opening quotation marks that differ from their closing ones: a straight quote may close as well as open. */
const OPENING_QUOTES = new Set(['“', '‘', '「', '『']);

/**
 * Whether the count text[start, end) opens a short quotation with no punctuation and names something after it
 * (“三个攻坚年”, “四个一批”), or is a list of articles (“36条”). Not a quoted amount alone (“5个亿”), nor a count
 * further inside a quotation (“每天喝三杯”, “限购2件”).
 */
function opensShortQuotation(text: string, start: number, end: number, unit: string | undefined): boolean {
  if (!OPENING_QUOTES.has(text[start - 1])) return false;
  const close = QUOTES[text[start - 1]];
  let k = end;
  while (k < text.length && k - start <= SHORT_QUOTATION && text[k] !== close && isWordCharacter(text.charCodeAt(k))) k++;
  return text[k] === close && k - start <= SHORT_QUOTATION && (k > end ? isIdeograph(text.charCodeAt(end)) && charClass(text.charCodeAt(end)) !== C_CN_BIG : unit === '条');
}

/** A Chinese character, a digit or a Latin letter: what a name or slogan is written with. */
function isWordCharacter(code: number): boolean {
  return isIdeograph(code) || isAlnum(code);
}

/** Whether text[start, end) closes a quotation that opened one to three Chinese characters before it (“双11”). */
function closesQuotedName(text: string, start: number, end: number): boolean {
  const close = text[end];
  if (close === undefined || !isIdeograph(text.charCodeAt(start - 1))) return false;
  for (let k = start - 2; k >= Math.max(0, start - 4); k--) {
    if (QUOTES[text[k]] === close) return true;
    if (!isIdeograph(text.charCodeAt(k))) return false;
  }
  return false;
}

/** At the start of a line or right after a colon or semicolon (要内容是：１·政府…). */
function atLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n' || c === '\r' || c === '：' || c === '；' || c === ':' || c === ';') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return false;
  }
  return true;
}

/** Minus signs: ASCII hyphen-minus, U+2212 and the full-width hyphen-minus (an em dash joins ranges). */
const MINUS = new Set([0x2d, 0x2212, 0xff0d]);

/**
 * -3℃, −0.4%, 下降至－5: a minus sign glued to the digits, with no digit, letter or closing bracket
 * before it (2021-2035 is a range, COVID-19 a code), belongs to the number and makes it negative; in
 * a range it is the first end's.
 */
function withSign(text: string, e: Expr): void {
  // ±800千伏: a direct-current line's two poles, the sign inside the span (the value stays the magnitude).
  if (text[e.start - 1] === '±' && e.kind === 'QUANTITY' && e.numeral.start === e.start) {
    e.start--;
    return;
  }
  const sign = text.charCodeAt(e.start - 1);
  // +27.9%: a plus sign marks a rise as a minus marks a fall (the value is the same).
  const plus = sign === 0x2b || sign === 0xff0b;
  if (e.kind === 'DATE' || !e.numeral.arabic || e.numeral.start !== e.start || !(MINUS.has(sign) || plus)) return;
  const before = e.start >= 2 ? text.charCodeAt(e.start - 2) : 0x20;
  if (isAlnum(before) || charClass(before) !== C_NONE || before === 0x29 || before === 0xff09 || before === 0x5d || MINUS.has(before) || before === 0x2b || before === 0xff0b) return;
  // 航站楼+1座: a plus between two items joins them; a rise is a percentage (全年+3.5%) or follows a break or a bracket.
  // 正负值+2, 净胜球+16: a player's or a side's margin keeps its plus.
  const margin = /(?:正负值|净胜球?)(?:达|为|高达|是)?$/.test(text.slice(Math.max(0, e.start - 6), e.start - 1));
  if (plus && e.kind !== 'PERCENT' && !margin && !/^(?:[\s（(，,、：:；;=]|)$/.test(text.slice(Math.max(0, e.start - 2), e.start - 1))) return;
  e.start--;
  if (plus) return;
  if (e.value !== undefined) e.value = -e.value;
  if (e.low !== undefined) e.low = -e.low;
}
