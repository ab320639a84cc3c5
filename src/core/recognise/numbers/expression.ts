/**
 * One numeric expression that starts with a numeral: the numeral, then what may follow it inside the
 * span (approximators 多/余, a percent sign, a fraction, a date, a unit or measure word, a compound
 * unit 元/年·人, 级). Ranges are joined by the scanner from two expressions.
 */
import { DateParts, NumKind } from '../../types';
import { C_CN_BIG, C_DIGIT, charClass, isDigit, isIdeograph, scaleOf } from './chars';
import { parseDate, parseIsoDate } from './dates';
import { Numeral, parseArabic, parseChinese, roundScaled } from './numerals';
import { isKnockoutStage, tallyWordAt } from './tallies';
import { HALF_OR_MORE_AFTER, Unit, UnitCategory, matchUnit, scaleUnitLength } from './units';

export interface Expr {
  start: number;
  end: number;
  kind: NumKind;
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  approx: boolean;
  date?: DateParts;
  dateEnd?: DateParts;
  confidence: number;
  numeral: Numeral;
  /** No unit, percent sign or date: a bare count (3500万, 3). */
  bare: boolean;
  /** The trailing magnitude (万, 亿) a short range start inherits: 3—5万元. */
  magnitude: number;
}

/** The scanner moves past `skip` without a NUM: a numeral that is part of a word or name. */
export interface Skip {
  skip: number;
}

export function parseNumeral(text: string, i: number): Numeral | null {
  return charClass(text.charCodeAt(i)) === C_DIGIT
    ? parseArabic(text, i, scaleUnitLength)
    : parseChinese(text, i, scaleUnitLength);
}

const KIND_OF: Record<UnitCategory, NumKind> = {
  currency: 'MONEY', time: 'QUANTITY', classifier: 'QUANTITY', measure: 'QUANTITY', percent: 'PERCENT',
  times: 'QUANTITY', era: 'DATE', rank: 'ORDINAL',
};

/** Meeting sessions inside names (六届人大, 三次会议, 十五届三中全会) are not quantities. */
export const SESSION_AFTER_CI = ['会议', '全会', '大会', '全体会议', '代表大会', '常委会', '院会'];
/** 内, 以内, 之内 after a number of days. */
const WITHIN = /^(?:内|以内|之内)/;
const APPROX = new Set(['多', '余', '来']);
/** 多少 is a question word, not an approximator. */
const NOT_APPROX_NEXT = new Set('少');
const COMPOUND_SLASH = new Set(['/', '／', '每']);
const COMPOUND_DOT = new Set(['·', '・', '•', '‧']);
/** 公里/百平方公里, 人/万人: a denominator per a round number of its unit. */
const PER_ROUND = new Map([['十', 10], ['百', 100], ['千', 1000], ['万', 1e4]]);

export function expressionAt(text: string, i: number): Expr | Skip | null {
  const n = parseNumeral(text, i);
  if (!n) return null;
  if (Number.isNaN(n.value)) return { skip: n.end };
  const iso = parseIsoDate(text, n);
  if (iso) return dateExpr(n, iso.end, iso.date);
  const d = parseDate(text, n);
  // 30日内, 7日以内: a number of days to do something in, not a day of the month.
  // (本月30日内, 次月15日内: the month before it makes it a day of that month.)
  if (d && d.date.day !== undefined && d.date.month === undefined && d.date.year === undefined && text[i - 1] !== '月' && WITHIN.test(text.slice(d.end, d.end + 2))) {
    return { start: i, end: d.end, kind: 'QUANTITY', value: n.value, unit: '日', approx: false, confidence: 0.85, numeral: n, bare: false, magnitude: 1 };
  }
  if (d) return dateExpr(n, d.end, d.date);
  if (!n.arabic && !n.digitSeq && text.startsWith('分之', n.end)) return fraction(text, n);
  // 3200*1440, 2400×1080: a screen's resolution, one CARDINAL.
  if (n.arabic && !n.decimal && n.size >= 3 && (text[n.end] === '*' || text[n.end] === '×') && isDigit(text.charCodeAt(n.end + 1))) {
    const m = parseArabic(text, n.end + 1, () => 0);
    if (m && !m.decimal && m.size >= 3 && !matchUnit(text, m.end, false) && text[m.end] !== '*' && text[m.end] !== '×') {
      return { start: n.start, end: m.end, kind: 'CARDINAL', approx: false, confidence: 0.7, numeral: n, bare: false, magnitude: 1 };
    }
  }
  if (n.arabic && (text[n.end] === '/' || text[n.end] === '／') && isDigit(text.charCodeAt(n.end + 1))) {
    const f = slashFraction(text, n);
    if (f) return f;
  }
  if (n.arabic && COLONS.has(text[n.end]) && isDigit(text.charCodeAt(n.end + 1))) {
    const c = colonPair(text, n);
    if (c) return c;
  }
  if (n.arabic && (HYPHENS.has(text[n.end]) || text[n.end] === '比') && isDigit(text.charCodeAt(n.end + 1))) {
    const score = hyphenScore(text, n);
    if (score) return score;
  }
  const e: Expr = {
    start: i, end: n.end, kind: 'CARDINAL', value: n.value, approx: n.approx, confidence: n.arabic ? 0.75 : 0.7,
    numeral: n, bare: true, magnitude: 1,
  };
  if (n.high !== undefined) {
    e.low = n.value;
    e.high = n.high;
    e.value = undefined;
  }
  // 一百多万, 十余万: an approximator between a Chinese numeral and its magnitude.
  if (!n.arabic && APPROX.has(text[e.end]) && charClass(text.charCodeAt(e.end + 1)) === C_CN_BIG && !scaleUnitLength(text, e.end + 1)) {
    scale(e, scaleOf(text.charCodeAt(e.end + 1)));
    e.approx = true;
    e.end += 2;
  }
  e.magnitude = trailingMagnitude(text, n);
  if (APPROX.has(text[e.end]) && isRound(n) && !NOT_APPROX_NEXT.has(text[e.end + 1])) {
    const unitAfter = matchUnit(text, e.end + 1, !n.arabic);
    if (text[e.end] !== '来' || unitAfter) {
      e.approx = true;
      e.end++;
    }
  }
  const pc = text[e.end];
  if (pc === '%' || pc === '％' || pc === '‰') {
    scale(e, pc === '‰' ? 0.001 : 0.01);
    return finish(e, e.end + 1, 'PERCENT', undefined, 0.97);
  }
  // 三成, 9成, 四成半: tenths, a share (9成 only with digits 1 to 9 or a tenth: 9.5成).
  const tenths = !n.arabic ? n.size === 1 : !n.leadingZero && n.value > 0 && n.value < 10 && n.size <= 3;
  if (pc === '成' && tenths && !n.hasScale && !e.approx && !NOT_PERCENT_AFTER_CHENG.has(text[e.end + 1])) {
    scale(e, 0.1);
    if (text[e.end + 1] === '半' && e.value !== undefined) {
      e.value = roundScaled(e.value + 0.05);
      return finish(e, e.end + 2, 'PERCENT', undefined, 0.7);
    }
    return finish(e, e.end + 1, 'PERCENT', undefined, 0.7);
  }
  // 八折, 8.5折: a price at that many tenths, a share.
  if (pc === '折' && !n.hasScale && !e.approx && n.value > 0 && n.value < 10 && (n.arabic || n.size === 1) && !NOT_PERCENT_AFTER_ZHE.has(text[e.end + 1])) {
    scale(e, 0.1);
    return finish(e, e.end + 1, 'PERCENT', '折', 0.7);
  }
  if (n.digitSeq) return { skip: n.end };
  const tally = e.low === undefined && !e.approx ? tallyWordAt(text, n.start, e.end) : '';
  if (tally) return finish(e, e.end + 1, 'QUANTITY', tally, 0.8);
  if (e.low === undefined && !e.approx && isKnockoutStage(text, n.start, e.end, n.value, n.decimal)) return finish(e, e.end + 1, 'ORDINAL', '强', 0.8);
  const u = unitAt(text, e.end, !n.arabic);
  if (!u) return n.scaleOnly && n.size === 1 ? { skip: n.end } : e;
  return withUnit(text, e, u);
}

/** A one-character unit that, with the next character, makes a word: 润五只是, 三位于, 京九集团. */
const UNIT_STARTS_WORD = new Set(
  ('只是 只有 只要 只能 只好 只得 只会 只需 位于 本来 本身 本人 本地 本着 本届 条件 部分 部门 部署 所以 所有 所在 ' +
    '所谓 所属 台湾 名义 名称 家庭 家乡 家属 家长 头脑 口号 门口 场所 次要 届时 层次 张开 起来 集团 集中 集体 ' +
    '集资 批准 批评 期间 期待 项目 组织 组成 组建 队伍 队员 队长 队友 支持 支援 支付 班子 种植 种类 起草 点燃 笔者 群众 群体 ' +
    '球队 球员 球迷 球场 球星 球衣 球票 球馆 球会 球鞋 球拍 球类 球技 球速 球形 球门 球台 球状 球体 球面 ' +
    '条款 行程 升至 位列 省份 省会 省级 省内 省外 省委 省政 省长 省直 省属 具体 具有 具备 面世 面包 面条 面粉 面孔 面子 面貌 面料 核心 核电 核酸 核查 核算 核实 核准 核定 核发 核销 核验 ' +
    '首先 首都 首长 首批 首次 人民 人员 人士 人们 人才 人物 人类 人口 人家 人大 人事 人权 份额 封建 股份 股东 ' +
    '股票 口岸 户口 段落 对外 对于 对象 对手 对方 对话 根本 根据 辆次 回答 回到 回来 回去 回应 盘子 ' +
    '处理 处长 处于 处在 道路 道德 门户 门类 代表 代理 代价 岁月 天然 天气 天下 天津 周围 周边 周到 ' +
    '年轻 年代 年度 年龄 年初 年底 年末 年终 年级 年纪 年货 月份 声音 声明 声称 声望 样子 场面 节目 ' +
    '节日 节约 节能 章程 本届 副总 片面 片区 座谈 面积 面对 面临 面向 班机 班级 班车 班长 班主 班组 站长 站台 站点 站在 ' +
    '记者 记录 记忆 记得 记载').split(' '),
);

/** matchUnit, less a one-character unit that opens a word with the next character. */
export function unitAt(text: string, i: number, afterChinese: boolean): Unit | null {
  const u = matchUnit(text, i, afterChinese);
  if (u && u.text.length === 1 && UNIT_STARTS_WORD.has(text.slice(i, i + 2))) return null;
  // 20万比特币: the coin, not bits.
  if (u && u.text === '比特' && text[i + 2] === '币') return null;
  return u;
}

const NOT_PERCENT_AFTER_CHENG = new Set('为立功本果员绩交长熟型就效都了年人品');
const NOT_PERCENT_AFTER_ZHE = new Set('合叠腾算射磨服断旧返成价扣');

/**
 * Measure words after which 一 is mostly "a" (一项授权合作, 一场比赛, 一位专家): the 29 sets of current news mark none
 * of 一条, 一场, 一位, 一份, 一张, 一片, 一项 or 一笔, and 一次 twice in twelve.
 */
const ARTICLE_CLASSIFIERS = new Set(['个', '种', '条', '场', '位', '份', '张', '片', '项', '笔', '次']);
/** 仅一位, 只有一条, 至少一位, 各胜一场, 其中一位: "only", "at least", "each" and "one of them" count (not 不仅有, 《只有一个地球》). */
const COUNTED_BEFORE = /(?:(?<![不《])(?:仅|只|只有|仅有)|唯|至少|最多|各|各胜|各负|其中)$/;
/** 每年一次, 一天一次, 5天一次, 每两年举行一次: how often (not 去年一次, 昨天一次). */
const OFTEN_BEFORE = /(?:每[年月周天日]?|[0-9０-９一二两三四五六七八九十半][年月周天日])(?:举行|开展|召开|进行|检查|体检|服用)?$/;

/** Whether 一 + `unit` (the classifier ending at `end`) counts one after all. */
function countsOne(text: string, start: number, end: number, unit: string): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  if (COUNTED_BEFORE.test(before)) return true;
  if (unit === '次' && OFTEN_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  // 一次至三次, 一条到三条, 一份两份: the first of a range or a run of counts of the same thing (not 一场十分激烈, 一个至关重要).
  const next = text.slice(end, end + 5);
  return new RegExp(`^(?:[至到~～—–-][两二三四五六七八九十0-9]{1,2}|[两二三四五六七八九十])${unit}`).test(next);
}

function withUnit(text: string, e: Expr, u: Unit): Expr | Skip {
  const n = e.numeral;
  let end = e.end + u.text.length;
  const single = !n.arabic && n.size === 1;
  if (!n.arabic && u.text === '届') return { skip: end };
  if (single && n.value === 0) return { skip: end }; // 零部件, 零件: a lone 零 is part of a word
  if (!n.arabic && u.text === '次' && SESSION_AFTER_CI.some((w) => text.startsWith(w, end))) return { skip: end };
  if (!n.arabic && n.value === 3 && u.text === '次' && text.startsWith('产业', end)) return { skip: end + 2 }; // 三次产业: the three sectors
  // 一辆辆, 一个个: reduplication is an article use, not a count.
  if (u.text.length === 1 && text[end] === u.text && !n.arabic) return { skip: end + 1 };
  // 两队 counts the two sides; 一队 is "a troop" or the first team, 七队 a squad's name.
  if (u.text === '队' && !n.liang) return { skip: end };
  let unit = u.text;
  let category = u.category;
  // 两个多月, 一个半小时: 多/半 between 个 and a time unit.
  const t = unit === '个' && (text[end] === '多' || text[end] === '半') ? timeUnitAt(text, end + 1) : '';
  if (t) {
    if (text[end] === '多') e.approx = true;
    else addHalf(e);
    unit = '个' + t;
    category = 'time';
    end += 1 + t.length;
  } else if (single && n.value === 1 && ARTICLE_CLASSIFIERS.has(unit) && !countsOne(text, e.start, end, unit)) {
    return { skip: end }; // 再造一个…, 一种新模式, 达成一项合作: an article, not a count
  } else if (HALF_OR_MORE_AFTER.has(unit) && text[end] === '半') {
    addHalf(e);
    end++;
  } else if ((category === 'time' || (category === 'times' && !isIdeograph(text.charCodeAt(end + 1)))) && (text[end] === '多' || text[end] === '余') && !NOT_APPROX_NEXT.has(text[end + 1])) {
    e.approx = true;
    end++;
  }
  // Compound units: 元/千瓦, 元/年·人, 公里/小时, 元/Wh, and per a round number of a unit (公里/百平方公里).
  while (COMPOUND_SLASH.has(text[end]) || (unit.includes('/') && COMPOUND_DOT.has(text[end]))) {
    const per = text[end] === '/' || text[end] === '／' ? PER_ROUND.get(text[end + 1]) : undefined;
    const at = per ? end + 2 : end + 1;
    const v = matchUnit(text, at, false);
    if (!v || v.category === 'percent' || v.category === 'rank') break;
    unit += (text[end] === '每' ? '/' : text[end] === '／' ? '/' : text[end]) + (per ? text[end + 1] : '') + v.text;
    end = at + v.text.length;
  }
  if (text[end] === '级' && (category === 'measure' || category === 'classifier')) {
    unit += '级';
    end++;
  }
  let kind = KIND_OF[category];
  let confidence = n.arabic ? 0.93 : single ? 0.8 : 0.85;
  if (category === 'percent') {
    scale(e, 0.01);
    confidence = 0.95;
  } else if (category === 'rank') {
    // 百亿级, 万吨级 state a size; 二级, 十星级 a grade; 两级, 两档, 两号 (县乡两级, 分为两档) count, but wind
    // force is a grade however it is said (北风两级转三级) and so is 两星级.
    if (n.value >= 1000 || (n.scaleOnly && n.value >= 100)) kind = 'CARDINAL';
    else if (n.decimal || e.approx || n.fuzzy || (n.liang && unit !== '星级' && !isWindForce(text, e.start, end))) kind = 'QUANTITY';
    confidence = 0.85;
  } else if (category === 'era') {
    confidence = 0.9;
    // 20世纪90年代: the decade of that century, one span.
    if (unit === '世纪') {
      const d = parseNumeral(text, end);
      if (d && !Number.isNaN(d.value) && text.startsWith('年代', d.end)) end = d.end + 2;
    }
  }
  e.unit = unit;
  return finish(e, end, kind, unit, confidence);
}

/** 北风两级, 风力两到三级, 两级转三级: the force of the wind. */
function isWindForce(text: string, start: number, end: number): boolean {
  return text.slice(Math.max(0, start - 3), start).includes('风') || /^[转到至~～—-]/.test(text.slice(end, end + 1));
}

function timeUnitAt(text: string, i: number): string {
  if (text[i] === '月') return '月';
  const u = matchUnit(text, i, false);
  return u && u.category === 'time' && !u.text.startsWith('个') ? u.text : '';
}

function finish(e: Expr, end: number, kind: NumKind, unit: string | undefined, confidence: number): Expr {
  e.end = end;
  e.kind = kind;
  if (unit !== undefined) e.unit = unit;
  e.bare = false;
  e.confidence = confidence;
  return e;
}

function dateExpr(n: Numeral, end: number, date: DateParts): Expr {
  return {
    start: n.start, end, kind: 'DATE', approx: false, date, confidence: 0.95, numeral: n, bare: false, magnitude: 1,
  };
}

function scale(e: Expr, k: number): void {
  if (e.value !== undefined) e.value = roundScaled(e.value * k);
  if (e.low !== undefined) e.low = roundScaled(e.low * k);
  if (e.high !== undefined) e.high = roundScaled(e.high * k);
}

function addHalf(e: Expr): void {
  if (e.value !== undefined) e.value += 0.5;
}

/** 420, 100, 十, 三千: numbers after which 多/余 reads as "-odd" (5多 is not Chinese). */
function isRound(n: Numeral): boolean {
  if (n.fuzzy) return false;
  if (n.hasScale) return true; // 43.8亿多元
  if (n.decimal) return false;
  return n.value >= 10 && n.value % 10 === 0;
}

function trailingMagnitude(text: string, n: Numeral): number {
  let m = 1;
  for (let k = n.end - 1; k > n.start && charClass(text.charCodeAt(k)) === C_CN_BIG; k--) m *= scaleOf(text.charCodeAt(k));
  return m;
}

/** 三分之一, 百分之二十 is handled by the scanner's prefix forms; here N分之M with N a numeral. */
function fraction(text: string, n: Numeral): Expr | Skip | null {
  const m = parseNumeral(text, n.end + 2);
  if (!m || Number.isNaN(m.value) || m.fuzzy || n.fuzzy || n.value === 0) return { skip: n.end };
  const e: Expr = {
    start: n.start, end: m.end, kind: 'PERCENT', value: roundScaled(m.value / n.value), approx: false,
    confidence: 0.93, numeral: n, bare: false, magnitude: 1,
  };
  return e;
}

/** 1/4: a share, hence PERCENT (data README). Dates like 1/20/2024 are not fractions. */
function slashFraction(text: string, n: Numeral): Expr | Skip | null {
  // 15.1/10万: a rate per population (孕产妇死亡率), a share like any fraction.
  const per = /^(10|1)万/.exec(text.slice(n.end + 1, n.end + 6));
  if (per && !n.hasScale) {
    return {
      start: n.start, end: n.end + 1 + per[0].length, kind: 'PERCENT', value: roundScaled(n.value / (Number(per[1]) * 1e4)), approx: false,
      confidence: 0.85, numeral: n, bare: false, magnitude: 1,
    };
  }
  const m = parseArabic(text, n.end + 1, () => 0);
  // 1/1.28英寸: a camera sensor's size, a fraction of an inch written with a decimal.
  const sensor = m && !n.decimal && n.value === 1 && m.decimal && m.value > 1 ? unitAt(text, m.end, false) : null;
  if (sensor && sensor.category === 'measure') return slashQuantity(n, m!.end, sensor.text, roundScaled(1 / m!.value));
  if (!m || n.decimal || m.decimal || m.hasScale || n.size > 3 || m.size > 3 || m.value < 2 || n.value >= m.value) return null;
  const after = text[m.end];
  if (after === '/' || after === '／' || isDigit(text.charCodeAt(m.end + 1)) && (after === '.' || after === '-')) return null;
  const unit = unitAt(text, m.end, false);
  // 69/70次特快: a pair of trains' numbers, a name.
  if (unit && unit.text === '次' && m.value === n.value + 1) return { skip: m.end + 1 };
  // 地上18/26层: the floors of two buildings, not a share.
  if (unit && unit.text === '层') return slashQuantity(n, m.end, unit.text, undefined);
  // 3/4英寸, 1/2公斤: a fraction of a measure (1/3人口 and 2/3条款 stay shares).
  if (unit && unit.category === 'measure') return slashQuantity(n, m.end, unit.text, roundScaled(n.value / m.value));
  return {
    start: n.start, end: m.end, kind: 'PERCENT', value: roundScaled(n.value / m.value), approx: false,
    confidence: 0.85, numeral: n, bare: false, magnitude: 1,
  };
}

/** A QUANTITY from `n` through the unit after the slash's second number (which ends at `end`). */
function slashQuantity(n: Numeral, end: number, unit: string, value: number | undefined): Expr {
  return { start: n.start, end: end + unit.length, kind: 'QUANTITY', value, unit, approx: false, confidence: 0.8, numeral: n, bare: false, magnitude: 1 };
}

const COLONS = new Set([':', '∶', '：']);

/** 10:30 is a time of day; 2∶3 and 1:50000 are ratios or scores, one CARDINAL span (value a/b). */
function colonPair(text: string, n: Numeral): Expr | null {
  const m = parseArabic(text, n.end + 1, () => 0);
  if (!m || m.hasScale || n.hasScale) return null;
  if (COLONS.has(text[m.end])) return ratioChain(text, n, m);
  const base = { start: n.start, end: m.end, approx: false, numeral: n, bare: false, magnitude: 1 };
  if (!n.decimal && !m.decimal && n.value <= 24 && n.size <= 2 && m.size === 2 && m.value < 60) {
    return { ...base, kind: 'DATE', date: { hour: n.value, minute: m.value }, confidence: 0.8 };
  }
  // 3∶0: a score has no finite ratio; the span still counts.
  if (m.value === 0) return { ...base, kind: 'CARDINAL', confidence: 0.6 };
  return { ...base, kind: 'CARDINAL', value: roundScaled(n.value / m.value), confidence: 0.6 };
}

/**
 * 6.9:40.1:53.0, the shares of the three sectors: a ratio of three or more terms is one CARDINAL span
 * with no single value. A time with seconds (10:30:15) is not one: it has no decimals.
 */
function ratioChain(text: string, n: Numeral, second: Numeral): Expr | null {
  let last = second;
  let decimals = n.decimal || second.decimal;
  while (COLONS.has(text[last.end]) && isDigit(text.charCodeAt(last.end + 1))) {
    const next = parseArabic(text, last.end + 1, () => 0);
    if (!next || next.hasScale) return null;
    decimals ||= next.decimal;
    last = next;
  }
  if (!decimals) return null;
  return { start: n.start, end: last.end, kind: 'CARDINAL', approx: false, numeral: n, bare: false, magnitude: 1, confidence: 0.6 };
}

const HYPHENS = new Set(['-', '－']);
/** Words around a match's result: 以3-1战胜, 比分为2-0, 2-0横扫, 1-1战平. */
export const SCORE_BEFORE = /(?:(?<![可所予难得足用借加据])以|比分为?|战成|打出|最终|(?:命中|破门|进球|扳|追)到|扳成|将比分(?:扳平为|改写为|扩大为)?)$/;
export const SCORE_AFTER = /^(?:横扫|战胜|击败|取胜|获胜|胜出|不敌|落败|告负|惜败|战平|逆转|力克|力压|力挫|逼平|险胜|绝杀|轻取|零封|击退|憾负|负于|淘汰|大胜|完胜|的比分|比分|赢下|拿下|领先|落后|平局|平手|平(?=[。，,；;、！!）)]|$))/;

/**
 * 浙江队 2-2 青岛海牛: a result set apart by spaces between the two sides' names. The space after it is gone
 * from the copy the grammar reads (spaced-digits), so a name's character right after it counts.
 */
function spacedBetweenSides(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== ' ' || !isIdeograph(text.charCodeAt(start - 2)) || !isIdeograph(text.charCodeAt(end))) return false;
  // 价格在 10-20 之间, 控制在 3-5 以内, 比例 1-2 成: a range of values, not a result.
  return !VALUE_BEFORE_SPACE.has(text[start - 2]) && !RANGE_WORD_AFTER.test(text.slice(end, end + 2));
}
const VALUE_BEFORE_SPACE = new Set('在为至于是达约近超例率价数比值度');
const RANGE_WORD_AFTER = /^(?:之|以|左右|成|倍|上下|多|余|内|外|间|个|次|元|岁)/;

/**
 * 比分为6-11、11-5、7-11, (10-12、11-8、11-9): the games of a match listed one after another, each a score; a game
 * is won with 11 or 21 points or more, which sets it apart from a list of ranges (3-5、6-8年).
 */
function inListOfGames(text: string, n: Numeral, m: Numeral): boolean {
  if (Math.max(n.value, m.value) < 11 || Math.abs(n.value - m.value) < 2) return false;
  const listed = /\d{1,2}[-－:：∶]\d{1,2}[、，,]$/.test(text.slice(Math.max(0, n.start - 7), n.start)) || /^[、，,]\d{1,2}[-－:：∶]\d{1,2}/.test(text.slice(m.end, m.end + 7));
  if (!listed) return false;
  // Not ranges sharing the unit after the last of them (12-14、15-17岁, 见11-13、15-18页).
  const rest = /^(?:[、，,]\d{1,2}[-－:：∶]\d{1,2})*/.exec(text.slice(m.end, m.end + 60))![0];
  const after = m.end + rest.length;
  if (matchUnit(text, after, false) || /^[岁页度时日号期平]/.test(text.slice(after, after + 1))) return false;
  // A game is won at 11 or 21, or by two after a deuce; a word of the match near by says so as well.
  return [n.value, m.value].some((v) => v === 11 || v === 21) || GAME_WORDS.test(text.slice(Math.max(0, n.start - 15), n.start));
}
const GAME_WORDS = /比分|局|盘|比赛|击败|战胜|不敌|大比分|小比分|拿下|赢|输/;

/**
 * 2-0 or 3比1 between a player and the verb of the result: a score, one CARDINAL span (a range of two counts
 * has a unit); a basketball score has three digits (以121比111击败).
 */
function hyphenScore(text: string, n: Numeral): Expr | null {
  const m = parseArabic(text, n.end + 1, () => 0);
  if (!m || n.decimal || m.decimal || n.hasScale || m.hasScale || n.size > 3 || m.size > 3) return null;
  // 以6-7%, 以3-5年, 最终1-11月: a range with its unit or sign is no score.
  const after = text[m.end];
  if (after === '%' || after === '％' || after === '‰' || matchUnit(text, m.end, false) || parseDate(text, m)) return null;
  const verbAfter = SCORE_AFTER.test(text.slice(m.end, m.end + 3));
  // 以3比1的比例: a ratio.
  if (text[n.end] === '比' && /^的?比例/.test(text.slice(m.end, m.end + 3))) return null;
  // Three digits only with the result's verb after them (以121比111击败; not 以100-200的价格).
  if ((n.size > 2 || m.size > 2) && !verbAfter) return null;
  if (!SCORE_BEFORE.test(text.slice(Math.max(0, n.start - 7), n.start).trimEnd()) && !verbAfter && !spacedBetweenSides(text, n.start, m.end) && !inListOfGames(text, n, m)) return null;
  return { start: n.start, end: m.end, kind: 'CARDINAL', approx: false, numeral: n, bare: false, magnitude: 1, confidence: 0.6 };
}
