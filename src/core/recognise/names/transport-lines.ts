import type { RuleSpan } from './rules';
import { isPlainWord, LEX, Lexicon } from './lexicon';
import { AMBIGUOUS_FIRST, CITY_ABBR, isAbbreviation, PROVINCE_ABBR } from './place-abbreviations';
import { commonPlace, Scored } from './list-rules';

/**
 * Roads, railways, bridges and metro lines named by number (G65包茂高速, 15号线) or by the places they join
 * (京沪高铁, 港珠澳大桥), which the 1998 corpora hardly name: places, as GUIDELINES has railways.
 */

/** G65包茂高速, S26诸永高速: an expressway number before a two-to-four-character name and its head. */
export function numberedRoads(text: string, out: RuleSpan[], lex?: Lexicon): void {
  const re = /[GS]\d{1,4}[\u4e00-\u9fff]{2,4}?(?:高速公路|高速|国道|省道|绕城高速)(?:复线|二线|支线)?/g;
  const numbered: Array<[number, number]> = [];
  // Cheap pre-checks: every road head contains 高速, 铁, 国道, 省道, 城际, 客运专线 or 大桥.
  if (text.indexOf('高速') < 0 && text.indexOf('铁') < 0 && text.indexOf('道') < 0 && text.indexOf('客运专线') < 0 && text.indexOf('城际') < 0 && text.indexOf('大桥') < 0) return;
  for (const m of /[GS]\d/.test(text) ? text.matchAll(re) : []) {
    numbered.push([m.index!, m.index! + m[0].length]);
    out.push({ start: m.index!, end: m.index! + m[0].length, label: 'LOC', confidence: 0.85, rule: 'road' });
  }
  // Lines named after their ends' abbreviations: 京沪高铁, 渝怀铁路, 沪蓉高速 (+ 复线/二线), and after
  // three of them, 沪渝蓉高铁 (a city's abbreviation may stand among them: 蓉 Chengdu); bridges between two or three
  // cities the same way (常泰长江大桥, 港珠澳大桥, 沪苏通长江公铁大桥).
  // 成渝中线高铁, 沪渝蓉沿江高铁: a line's course between its ends' names and its head.
  const head = /(?:中线|东线|西线|沿江|沿海)?(?:高速公路|高速|铁路|高铁|城际铁路|城际|客运专线)(?:复线|二线|支线)?|(?:长江|黄河|珠江|跨海)?(?:公铁)?(?<!特)大桥/g;
  for (const m of text.matchAll(head)) {
    const at = m.index!;
    const end = at + m[0].length;
    // 当日李明高铁返京: after a date, a person travelling by train, no line (京沪高铁出行 stays a line).
    if (m[0] === '高铁' && text[at - 3] === '日' && TRAVEL_AFTER.test(text.slice(end, end + 2))) continue;
    const three = at >= 3 ? text.slice(at - 3, at) : '';
    // 天津市高铁: a city's own name and suffix before the word (天津市 | 高铁), no line's ends.
    if (at > 0 && ADMIN_SUFFIX.test(text[at - 1])) continue;
    let start = -1;
    const lineStarts = (i: number) => i === 0 || !/[\u4e00-\u9fff]/.test(text[i - 1]) || LINE_BEFORE.test(text[i - 1]);
    if (three && [...three].every(isAbbreviation) && PROVINCE_ABBR.has(three[0])) start = at - 3;
    // 巫云开高速, 渝赤叙高速: three counties' first characters, no word of the dictionary among them, after a break.
    // (Not a date's 日 and two characters: 26日西延高铁.)
    else if (lex && /^[\u4e00-\u9fff]{3}$/.test(three) && !NOT_LINE_END.test(three) && !/^[0-9０-９][年月日]/.test(text.slice(at - 4, at - 2)) && !lex.isWordAt(text, at - 3) && !lex.isWordAt(text, at - 2) && lineStarts(at - 3)) start = at - 3;
    else if (at >= 2) {
      const [a, b] = text.slice(at - 2, at);
      if (/[\u4e00-\u9fff]/.test(b) && PROVINCE_ABBR.has(a) && !(AMBIGUOUS_FIRST.has(a) && !PROVINCE_ABBR.has(b))) start = at - 2;
      // 成渝高速, 成渝铁路: Chengdu's first character beside Chongqing's, after a break or a word of place.
      else if (CITY_ABBR.has(a) && isAbbreviation(b) && lineStarts(at - 2)) start = at - 2;
      // 郑徐高铁, 郑西高铁: two cities' first characters, which make no word of the dictionary (修建高铁, 乘坐高铁 do);
      // for a bridge, only one over the river its name holds (常泰 + 长江大桥, not 跨江大桥 or 钢构大桥).
      // A word the dictionary knows only as a name may be a line's (包银 is a person's name there: 包银高铁).
      else if (lex && /^[\u4e00-\u9fff]{2}$/.test(a + b) && !NOT_LINE_END.test(a + b) && !isPlainWord(lex, a + b) && !(lex.lookup(a + b) & LEX.LOC) && (at < 3 || !/[\u4e00-\u9fff]/.test(text[at - 3]) || LINE_BEFORE.test(text[at - 3])) && (!m[0].endsWith('大桥') || RIVER_BRIDGE.test(m[0]))) start = at - 2;
    }
    if (start < 0) continue;
    if (numbered.some(([s, e]) => s < end && start < e)) continue;
    out.push({ start, end, label: 'LOC', confidence: 0.8, rule: 'road' });
  }
}

/**
 * Lines listed by their ends' abbreviations before one head (京哈、郑渝、贵南、福厦、济郑等一批高速铁路; 京唐、京滨北段、
 * 津兴城际铁路): each item is a line, named without its section (京滨 of 京滨北段). The last item joined to the head
 * is numberedRoads' (济郑高铁); one before 等 stands alone.
 */
// At most twelve items before the last: a bounded list keeps the search linear on a long run of them.
const LISTED_LINES = /(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2}(?:[东南西北中]段)?、){1,12}[\u4e00-\u9fff]{2})(?:[东南西北中]段)?(?=(?:等[^，。；！？、]{0,10}?)?(?:高速铁路|高速公路|高铁|铁路|城际|客运专线|高速))/g;

export function listedLines(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (text.indexOf('、') < 0) return;
  for (const m of text.matchAll(LISTED_LINES)) {
    // Each item's first two characters: its name without the section (京滨 of 京滨北段).
    const items: Array<[number, number]> = [];
    let at = m.index!;
    for (const item of m[1].split('、')) {
      items.push([at, at + 2]);
      at += item.length + 1;
    }
    const names = items.map(([s, e]) => text.slice(s, e));
    // Lines between places: most items hold a province's or city's abbreviation, and none is a common word
    // (改造、新建高速公路) unless it opens with a province's own (京哈) or a place alone (武汉、长沙等高铁站).
    const abbreviated = names.filter((n) => isAbbreviation(n[0]) || isAbbreviation(n[1])).length;
    const province = (n: string) => PROVINCE_ABBR.has(n[0]) && !AMBIGUOUS_FIRST.has(n[0]);
    const notLine = (n: string) => NOT_LINE_END.test(n) || (!province(n) && isPlainWord(lex, n)) || (lex !== undefined && (lex.lookup(n) & (LEX.LOC | LEX.WORD)) === LEX.LOC);
    if (abbreviated * 2 < names.length || names.some(notLine)) continue;
    const beforeEtc = /^(?:[东南西北中]段)?等/.test(text.slice(items[items.length - 1][1]));
    for (const [start, end] of beforeEtc ? items : items.slice(0, -1)) out.push({ start, end, label: 'LOC', confidence: 0.75, rule: 'road' });
  }
}

/** A bridge named with the river it crosses (长江大桥, 黄河公铁大桥). */
const RIVER_BRIDGE = /^(?:长江|黄河|珠江)/;

/** What no line's end is named by, and what may stand before a line's name. */
const NOT_LINE_END = /[的了是在和与及到对把被将从由为这那新建乘坐修座条]/;
// 随着沪苏湖高铁, 有了常泰长江大桥: an aspect particle ends the verb before the line; 26日西延高铁: a date.
const LINE_BEFORE = /[在的和与及、是经沿乘坐到至从往着了日]/;
/** What follows 高铁 as a way of travelling (坐高铁出行, 高铁返京), not as a line's head. */
const TRAVEL_AFTER = /^(?:出行|返|回|去|到|上|赶|进|来|往|前往)/;
/** An administrative suffix: the end of a place's own name, never a line's second end. */
const ADMIN_SUFFIX = /[省市区县镇乡村州]/;

/** A metro or light-rail line by its number or code (15号线, C4线), with 轨道交通 or 地铁 before it if written (轨道交通4号线). */
const TRANSIT_LINE = /(?:轨道交通|轨道|地铁|轻轨)?(?<![0-9０-９A-Za-z])(?:[0-9０-９]{1,2}号线|[A-Z][0-9]{1,2}线)(?![路段])/g;
/** What shows the text speaks of rail transit, not a factory's or a bus's line. */
const RAIL_TRANSIT = /轨道|地铁|轻轨|城轨|快轨|普轨|换乘|站/;

/**
 * 15号线, 27号线, C4线, 轨道交通4号线: a city's rail lines are named by number, places as railways are (GUIDELINES),
 * whole with the system's word (12 of 18 mentions in the current-news sets); a number inside them gives way to the
 * name. Only where the text speaks of rail transit.
 */
export function transitLines(text: string, out: RuleSpan[]): void {
  if (text.indexOf('线') < 0 || !RAIL_TRANSIT.test(text)) return;
  for (const m of text.matchAll(TRANSIT_LINE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, label: 'LOC', confidence: 0.75, rule: 'transit-line' });
  }
}

/** A station named after its city and a compass point (建德南, 唐山西, 阳春东). */
const COMPASS_END = /[东南西北]$/;
/** Verbs that open a list of stops, which the model reads as a surname before the first (全线共设 | 建德). */
const STOP_VERB = /^[设经至到]/;

/**
 * 全线共设建德、建德南、龙游北: in a list of stops, a person the model read is a station named after a city and a compass
 * point (建德南, 唐山西), or the verb that opens the list and the first stop (设 | 建德). No person in the sets of current news
 * is named like a city of the dictionary with 东, 南, 西 or 北 after it.
 */
export function stationsReadAsPeople<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('、') < 0 && text.indexOf('站') < 0) return spans;
  return spans.map((s) => {
    if (s.label !== 'PER' || s.end - s.start !== 3) return s;
    if (text[s.start - 1] !== '、' && text[s.end] !== '、' && text[s.end] !== '站' && !text.startsWith('等站', s.end)) return s;
    const name = text.slice(s.start, s.end);
    if (COMPASS_END.test(name) && commonPlace(lex, name.slice(0, 2))) return { ...s, label: 'LOC' };
    return STOP_VERB.test(name) && text[s.start - 1] !== '、' && commonPlace(lex, name.slice(1)) ? { ...s, start: s.start + 1, label: 'LOC' } : s;
  });
}

/** What follows a stop in a list of stops: a separator, 等, a count (3座车站) or the end of the sentence. */
const AFTER_STOP = /^(?:[、，,；;。.]|等|[0-9０-９]|$)/;

/**
 * 设浏阳东、醴陵北、萍乡西站, 经停衡阳东、永州南: a city the model read before a compass point in a list of stops is the
 * station named by both (铜川 + 东 → 铜川东). Not a compass point that opens the list's next item (中国东、西部).
 */
export function stationsAfterCities<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('、') < 0 && text.indexOf(',') < 0 && text.indexOf('，') < 0) return spans;
  let grown = false;
  const out = spans.map((s) => {
    if (s.label !== 'LOC' || s.end - s.start < 2 || s.end - s.start > 3 || !COMPASS_END.test(text[s.end] ?? '')) return s;
    const after = text.slice(s.end + 1, s.end + 3);
    if (!AFTER_STOP.test(after) && !after.startsWith('站')) return s;
    if (/^[、，,][东南西北]/.test(after)) return s;
    const before = text[s.start - 1] ?? '';
    // A list of stops: a separator before the station, or a list's own after it (到桂林北，: north of the city, as likely).
    if (!/[、，,]/.test(before) && !/^[、,]/.test(after)) return s;
    if (!commonPlace(lex, text.slice(s.start, s.end))) return s;
    grown = true;
    return { ...s, end: s.end + 1 };
  });
  // 永州 + 南 read as a place of its own: the station holds it.
  return grown ? out.filter((s) => !(s.end - s.start === 1 && out.some((o) => o !== s && o.start < s.end && s.start < o.end))) : out;
}
