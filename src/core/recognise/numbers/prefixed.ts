/**
 * Expressions that open with a word or sign rather than a numeral: ordinals (第四, 前三, Ⅲ级),
 * percentages in words (百分之八点八), currency signs (￥300), and 半 (半年, 半个月).
 */
import { C_DIGIT, C_ROMAN, charClass, isDigit, isLatinLetter, isNumeralStart, romanValue } from './chars';
import { Expr, SESSION_AFTER_CI, Skip, parseNumeral, unitAt } from './expression';
import { parseArabic, plainNumeral, roundScaled } from './numerals';
import { matchUnit, scaleUnitLength } from './units';

/** Units an ordinal may take: 第三次, 第十届, 第一季度; not 第三方, 第一城 or 第二人民医院. */
const ORDINAL_UNITS = (
  '次 届 个 名 位 批 期 季度 季 分钟 轮 项 条 章 节 部 篇 卷 册 集 场 站 阶段 层 排 页 天 年 周 个月 代 号 款 座 家 所 ' +
  '组 类 种 步 件 阵 局 盘 棒 枪 球 圈 声 句 段 行 列 版 道 关 级 档 等 梯队 艘 笔 本 套 台 架 辆 张 枚 颗 首 幅 ' +
  '支 只 封 份 例 门 栋 间 片 趟 遍 回 拨 波 任 站 课 针 桶 宗 批次 顺位'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

/** 第一线, 第一手, 第三产业: the character after the numeral begins a word, not a unit. */
const ORDINAL_WORD_AFTER = new Set(['部队', '部长', '道路', '人民', '代表', '把手', '名义', '部门', '部分', '场所', '道德', '关键', '级别', '等级']);

/**
 * A body whose sessions are numbered inside the meeting's name: 第十四届人民代表大会第二次会议 (as the seed's
 * 市六届人大三次会议), 市政协第五次全体会议, 党委常委会第三次会议.
 */
const BODY_BEFORE_SESSION = /(?:大会|人大|政协|常委会|委员会|届)$/;

/** 第四, 第12, 第十届, 第一季度 */
export function ordinalDi(text: string, i: number): Expr | Skip | null {
  if (!isNumeralStart(text.charCodeAt(i + 1))) return null;
  const n = parseNumeral(text, i + 1);
  if (!n) return null;
  if (Number.isNaN(n.value) || n.fuzzy || n.digitSeq || n.decimal || n.value < 1) return { skip: n.end };
  // 第一产业, 第三产业: the economy's sectors are names, not ranks.
  if (!n.arabic && n.value <= 3 && text.startsWith('产业', n.end)) return { skip: n.end + 2 };
  if (text[n.end] === '次' && SESSION_AFTER_CI.some((w) => text.startsWith(w, n.end + 1)) && BODY_BEFORE_SESSION.test(text.slice(Math.max(0, i - 3), i))) {
    return { skip: n.end + 1 };
  }
  let end = n.end;
  let unit: string | undefined;
  const u = ORDINAL_UNITS.find((w) => text.startsWith(w, end));
  if (u && !(u.length === 1 && text[end + 1] === u) && !ORDINAL_WORD_AFTER.has(text.slice(end, end + 2))) {
    unit = u;
    end += u.length;
    // 第二百八十七条之二: an article inserted after another by an amendment is numbered by both.
    if (u === '条') end += insertedArticle(text, end);
  }
  return {
    start: i, end, kind: 'ORDINAL', value: n.value, unit, approx: false, confidence: 0.9, numeral: n, bare: false,
    magnitude: 1,
  };
}

/** Length of 之一 … 之九 right after an article's 条, or 0. */
function insertedArticle(text: string, at: number): number {
  return /^之[一二三四五六七八九](?![一二三四五六七八九十百千])/.test(text.slice(at, at + 3)) ? 2 : 0;
}

const WEEKDAY = /^(?:星期|礼拜|周)([一二三四五六日天])/;
/** After a weekday's numeral: a measure word or a word it opens (礼拜五次, 隔周一期, 礼拜一般, 周三代). */
const NOT_WEEKDAY_AFTER = /^(?:[次遍趟般样切定直些律旦]|代(?!表))/;
/** Before 周: a count of weeks or every other week (两周一次, 数周一次, 隔周一期), a title (《星期日世界报》). */
const NOT_WEEKDAY_BEFORE = /[数几隔两《]$/;
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/** After 每周一: Monday still (每周一上午, 每周一、三), not once a week (每周一次, 每周一到两次). */
const MONDAY_AFTER_MEI = /^(?:$|[、，,。；;和及与（(上下早晚中至])/;

/**
 * 周一, 星期三, 礼拜天: a day of the week, a DATE (the sets of current news mark 20 of 29; 上周一 and 本周二 leave
 * 上 and 本 outside). Not 两周一次 (two weeks) nor 每周一次.
 */
export function weekday(text: string, i: number): Expr | null {
  const m = WEEKDAY.exec(text.slice(i, i + 3));
  // 周天 is mostly 小周天 or 本周天气; 星期天 and 礼拜天 are Sundays.
  if (!m || m[0] === '周天') return null;
  const end = i + m[0].length;
  if (NOT_WEEKDAY_AFTER.test(text.slice(end, end + 2)) || NOT_WEEKDAY_BEFORE.test(text.slice(Math.max(0, i - 1), i))) return null;
  if (m[0][0] === '周' && isNumeralStart(text.charCodeAt(i - 1))) return null;
  if (m[0][0] === '周' && text[i - 1] === '每' && !MONDAY_AFTER_MEI.test(text.slice(end, end + 1))) return null;
  // 周日均 is a weekly mean.
  if (text.startsWith('均', end)) return null;
  const n = plainNumeral(end - 1, end, WEEKDAY_NUMBER[m[1]], false);
  return { start: i, end, kind: 'DATE', date: { weekday: n.value }, approx: false, confidence: 0.8, numeral: n, bare: false, magnitude: 1 };
}

/** Characters before 前 that make it part of a word (目前, 之前, 以前, 提前, 当前…). */
const BEFORE_QIAN = new Set('目之以提此当眼空先面跟向事生战节睡饭课考赛会月日年天超史从');
const TOP_N_UNITS = ['名', '位', '强'];

/** 全国前三, 前10名, 前100强: a rank. 前三季度 and 前10个月 are periods and handled elsewhere. */
export function topN(text: string, i: number): Expr | Skip | null {
  if (BEFORE_QIAN.has(text[i - 1]) || !isNumeralStart(text.charCodeAt(i + 1))) return null;
  const n = parseNumeral(text, i + 1);
  // 站前7标, 站前五标: a railway's bid section (before the stations), a name.
  if (n && text[i - 1] === '站' && text[n.end] === '标') return { skip: n.end + 1 };
  if (!n || Number.isNaN(n.value) || n.fuzzy || n.digitSeq || n.decimal || n.hasScale && !n.arabic && n.size > 1 && n.value > 100) return null;
  if (n.value < 2 || n.value > 1000) return null;
  let end = n.end;
  let unit: string | undefined;
  const top = TOP_N_UNITS.find((w) => text.startsWith(w, end));
  if (top) {
    unit = top;
    end += top.length;
  } else if (unitAt(text, end, !n.arabic) || text[end] === '多' || text[end] === '余') {
    return null;
  }
  return {
    start: i, end, kind: 'ORDINAL', value: n.value, unit, approx: false, confidence: 0.75, numeral: n, bare: false,
    magnitude: 1,
  };
}

const PERCENT_WORDS: Array<[string, number]> = [['百分之', 100], ['千分之', 1000], ['万分之', 10000]];

/** 百分之八点八, 百分之20, 千分之五 */
export function percentWord(text: string, i: number): Expr | null {
  const pw = PERCENT_WORDS.find(([w]) => text.startsWith(w, i));
  if (!pw) return null;
  const n = parseNumeral(text, i + 3);
  if (!n || Number.isNaN(n.value) || n.digitSeq) return null;
  const e: Expr = {
    start: i, end: n.end, kind: 'PERCENT', approx: n.approx, confidence: 0.95, numeral: n, bare: false, magnitude: 1,
  };
  if (n.high !== undefined) {
    e.low = roundScaled(n.value / pw[1]);
    e.high = roundScaled(n.high / pw[1]);
  } else e.value = roundScaled(n.value / pw[1]);
  return e;
}

const ROMAN_RANK = ['级', '类', '期', '档', '型', '等'];
const LATIN_ROMAN_RANK = ['级', '类', '期'];
/** Between the two ends of a range of grades: Ⅰ~Ⅲ类, Ⅰ—Ⅲ类, I-IV类, Ⅱ至Ⅲ级, and a trial's two phases at once (II/III期). */
const ROMAN_RANGE = new Set(['~', '～', '—', '–', '-', '－', '至', '到', '/']);
/** Roman numerals in Latin capitals as pages type them (II类, IV期), one to twelve. */
const LATIN_ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const LATIN_ROMAN_AT = /[IVX]{1,4}/y;

/** The Roman numeral at `i` (Ⅲ, or III not inside or after a Latin word or code) and where it ends. */
function romanAt(text: string, i: number, endOfRange = false): { value: number; end: number; latin: boolean } | null {
  if (charClass(text.charCodeAt(i)) === C_ROMAN) return { value: romanValue(text.charCodeAt(i)), end: i + 1, latin: false };
  // Not in a code or after a Latin name (CIV类, T-IV, iPhone XI型); the end of a range follows its dash (I-IV类).
  let before = endOfRange ? -1 : i - 1;
  while (before >= 0 && text[before] === ' ') before--;
  if (text[before] === '-' || text[before] === '－') before--;
  if (before >= 0 && (isLatinLetter(text.charCodeAt(before)) || isDigit(text.charCodeAt(before)))) return null;
  LATIN_ROMAN_AT.lastIndex = i;
  const m = LATIN_ROMAN_AT.exec(text);
  const value = m ? LATIN_ROMAN.indexOf(m[0]) + 1 : 0;
  if (!m || value === 0) return null;
  // A lone V or X is a shape or a name as often as a numeral (V型反弹, X型腿, 平台X等), but not at the end of a range
  // (I—V类), and 劣V类, 无V类 are water of grade five, as Ⅴ类.
  const lone = m[0] === 'V' || m[0] === 'X';
  if ((lone && !endOfRange && !(m[0] === 'V' && text[i + 1] === '类')) || isLatinLetter(text.charCodeAt(i + m[0].length))) return null;
  return { value, end: i + m[0].length, latin: true };
}

/**
 * Ⅲ级, Ⅱ类, Ⅳ期, IV期, and ranges of them (Ⅰ~Ⅲ类: the water of grades one to three): a grade (data README:
 * Roman numerals are ORDINAL). A lone Ⅲ is not a NUM, nor a grade's numeral inside a Latin code (CIV类).
 */
export function romanRank(text: string, i: number): Expr | null {
  const first = romanAt(text, i);
  if (!first) return null;
  let last = first;
  if (ROMAN_RANGE.has(text[first.end])) {
    const second = romanAt(text, first.end + 1, true);
    if (second && second.value > first.value) last = second;
  }
  // In Latin capitals only grades, classes and phases (IV期, II类); a type (X型) is a shape or a name as often.
  const unit = (first.latin ? LATIN_ROMAN_RANK : ROMAN_RANK).find((w) => text.startsWith(w, last.end));
  // Ⅱ型糖尿病: the name of a disease.
  if (!unit || (unit === '型' && text.startsWith('糖尿病', last.end + 1))) return null;
  const n = plainNumeral(i, first.end, first.value, false);
  const range = last === first ? { value: first.value } : { low: first.value, high: last.value };
  return { start: i, end: last.end + unit.length, kind: 'ORDINAL', ...range, unit, approx: false, confidence: 0.85, numeral: n, bare: false, magnitude: 1 };
}

const CURRENCY_SIGNS: Record<string, string> = { '￥': '元', '¥': '元', '$': '美元', '＄': '美元', '€': '欧元', '£': '英镑' };

/** ￥300, $5亿 */
export function currencySign(text: string, i: number): Expr | null {
  const unit = CURRENCY_SIGNS[text[i]];
  if (!unit || charClass(text.charCodeAt(i + 1)) !== C_DIGIT) return null;
  const n = parseArabic(text, i + 1, scaleUnitLength);
  if (!n || n.leadingZero) return null;
  let end = n.end;
  const u = matchUnit(text, end, false);
  if (u && u.category === 'currency') end += u.text.length;
  return {
    start: i, end, kind: 'MONEY', value: n.value, unit, approx: n.approx, confidence: 0.9, numeral: n, bare: false,
    magnitude: 1,
  };
}

/** Characters before 半 that make it part of a word (上半年, 下半月, 多半天, 一半). */
const BEFORE_BAN = new Set('上下前后大多一过夜对折');
const HALF_UNITS = ['个世纪', '个小时', '个钟头', '个星期', '个月', '小时', '世纪', '年', '天', '周', '分钟', '辈子'];

/** What says a half is a share (近半学子, 超过一半, 占一半): a word of amount before it. */
const SHARE_BEFORE = /(?:近|过|超|逾|约|占|超过|接近|将近|近乎|多于|少于|不到)$/;

/**
 * 近半, 超过一半, 占一半: a half named as a share of something, a PERCENT (the sets of current news mark it so); not 一半是海水
 * nor 半年 (a duration, QUANTITY by `half`). `i` is at 一 of 一半 or at 半.
 */
export function shareHalf(text: string, i: number): Expr | null {
  const len = text.startsWith('一半', i) ? 2 : text[i] === '半' ? 1 : 0;
  if (!len || !SHARE_BEFORE.test(text.slice(Math.max(0, i - 2), i))) return null;
  // 近半年, 过半个月: a duration.
  if (HALF_UNITS.some((w) => text.startsWith(w, i + len)) || text.startsWith('个', i + len)) return null;
  return { start: i, end: i + len, kind: 'PERCENT', value: 0.5, approx: false, confidence: 0.75, numeral: plainNumeral(i, i + len, 0.5, false, true), bare: false, magnitude: 1 };
}

/** 近半，, 过半。: 半 alone as a share only before a break (近半公里, 过半决赛, 约半斤 and 半导体 begin words and measures). */
function shareHalfAlone(text: string, i: number): Expr | null {
  return /^(?:$|[，。、；：！？,;:!?）)”\s])/.test(text.slice(i + 1, i + 2)) ? shareHalf(text, i) : null;
}

/** 半年, 半个月, 半小时: a duration of one half. */
export function half(text: string, i: number): Expr | null {
  if (BEFORE_BAN.has(text[i - 1])) return shareHalfAlone(text, i);
  const unit = HALF_UNITS.find((w) => text.startsWith(w, i + 1));
  if (!unit) return shareHalfAlone(text, i);
  if (unit === '辈子') return null;
  // 2025年半年报: a half-year report (每半年报送一次 counts half years).
  if (unit === '年' && text[i + 2] === '报' && !/^报[送告]/.test(text.slice(i + 2, i + 4))) return null;
  return {
    start: i, end: i + 1 + unit.length, kind: 'QUANTITY', value: 0.5, unit, approx: false, confidence: 0.75,
    numeral: plainNumeral(i, i + 1, 0.5, false, true), bare: false, magnitude: 1,
  };
}

/**
 * 一季度, 第二季度: a quarter of the year; 前三季度: its first three. Dates (months 1–3, 4–6 …), not
 * counts of quarters, which take a measure word (一个季度, 三个季度). A year just before joins them
 * (2024年一季度), as it joins a month range.
 */
const QUARTER_DEIXIS = new Set('前后上下这那每本该同此');

export function quarter(text: string, i: number): Expr | null {
  // Called at every numeral: 季 within the next four characters first, before parsing anything.
  let ji = false;
  for (let k = i + 1; k <= i + 4 && k < text.length && !ji; k++) ji = text.charCodeAt(k) === 0x5b63;
  if (!ji) return null;
  const lead = text[i] === '第' || text[i] === '前' ? text[i] : '';
  if (lead === '前' && BEFORE_QIAN.has(text[i - 1]) && text[i - 1] !== '年') return null; // 今年前三季度: the year's first three
  // 上一季度, 这一季度, 前一季度: the quarter before or this one, not the first.
  if (!lead && QUARTER_DEIXIS.has(text[i - 1])) return null;
  const at = lead ? i + 1 : i;
  if (!isNumeralStart(text.charCodeAt(at))) return null;
  const n = parseNumeral(text, at);
  if (!n || Number.isNaN(n.value) || n.fuzzy || n.digitSeq || n.decimal || n.hasScale || !Number.isInteger(n.value)) return null;
  // 前一季度 is the quarter before, not a span of the year.
  if (n.value < (lead === '前' ? 2 : 1) || n.value > 4 || !text.startsWith('季度', n.end)) return null;
  const first = lead === '前' ? 1 : n.value;
  return {
    start: i, end: n.end + 2, kind: 'DATE', date: { month: 3 * first - 2 }, dateEnd: { month: 3 * n.value },
    approx: false, confidence: 0.9, numeral: n, bare: false, magnitude: 1,
  };
}

/** Punctuation or a space before a clause. */
const CLAUSE_START = /[，。；：、,;:\s（(“"]/;

/**
 * 前10个月, 今年前11个月: the year's first months, a period (DATE, January to that month), which the
 * scanner joins to a year before it (2025年前11个月). Not 此前, 离开前: 前 ending another word.
 */
export function firstMonths(text: string, i: number): Expr | null {
  // After a year (今年前10个月, 2025年前11个月) or at a clause's start; after anything else 前 is "before"
  // (孕前3个月, 上市前6个月) or "the last" (与前3个月相比).
  if (i > 0 && text[i - 1] !== '年' && !CLAUSE_START.test(text[i - 1])) return null;
  if (!isNumeralStart(text.charCodeAt(i + 1))) return null;
  const n = parseNumeral(text, i + 1);
  if (!n || Number.isNaN(n.value) || n.fuzzy || n.digitSeq || n.decimal || n.hasScale || !Number.isInteger(n.value)) return null;
  // 前10个月; 前10月 (and 前3月份) only right after a year written with digits (2024年前10月; 年前3月 may be "before New Year").
  const months = text.startsWith('个月', n.end) ? 2 : text[n.end] === '月' && /\d年$/.test(text.slice(Math.max(0, i - 2), i)) ? (text[n.end + 1] === '份' ? 2 : 1) : 0;
  if (n.value < 2 || n.value > 12 || !months) return null;
  return {
    start: i, end: n.end + months, kind: 'DATE', date: { month: 1 }, dateEnd: { month: n.value },
    approx: false, confidence: 0.85, numeral: n, bare: false, magnitude: 1,
  };
}
