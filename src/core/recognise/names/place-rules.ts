import { LabelledSpan } from './tags';
import type { RuleSpan } from './rules';
import { isPlainWord, LEX, Lexicon } from './lexicon';
import { PLACE_POS } from './build-lexicon';
import { betweenBrackets, joinAdjacent, overlapsAny, withoutSpansInside } from './span-edges';
import { concatInTextOrder } from '../../text/sorted-spans';
import { isHan, isSurname } from './lists';

/**
 * Place rules the corpora teach badly: runs of one-character province abbreviations (京津冀, 川渝),
 * numbered expressways (G65包茂高速), and areal or facility heads after a place (X县城, X西收费站).
 */

/** One-character abbreviations of provinces, municipalities and SARs. */
export const PROVINCE_ABBR = new Set('京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青藏桂蒙宁新港澳台'.split(''));
/** Cities' one-character abbreviations that stand beside provinces' in the names of lines and bridges (沪渝蓉高铁, 港珠澳大桥). */
const CITY_ABBR = new Set('蓉穗榕甬邕筑昆杭成珠'.split(''));
/** Pairs of abbreviations that are ordinary words, brand names or one place (辽宁, 连云港), not two places. */
export const NOT_PLACES = new Set(['苏宁', '云云', '新新', '宁宁', '青青', '秦秦', '台台', '新台', '京新', '辽宁', '云港']);

/** A region named by a run of abbreviations and a regional head (粤港澳 + 大湾区, 京津冀 + 协同发展示范区). */
const NAMED_REGION_AFTER = /^(?:[\u4e00-\u9fff]{0,4}?(?:大湾区|经济圈|城市群|经济区|经济带(?!来)|合作区|示范区)|地区)/;

/** PROVINCE_ABBR by UTF-16 code (all are one unit): the scan below looks at every character. */
const IS_ABBR = new Uint8Array(0x10000);
for (const c of PROVINCE_ABBR) IS_ABBR[c.charCodeAt(0)] = 1;
/** Whether `c` abbreviates a province or one of the cities that stand beside them (渝, 蓉). */
const isAbbreviation = (c: string): boolean => PROVINCE_ABBR.has(c) || CITY_ABBR.has(c);

/**
 * 川渝黔 → 川 | 渝 | 黔: each character of a run of two or more abbreviations is a LOC; with a regional head
 * the run and the head are one region (粤港澳大湾区, 港澳地区 — as the seed's gold keeps 西部地区 whole).
 */
export function abbreviationRuns(text: string, out: RuleSpan[], lex?: Lexicon): void {
  for (let i = 0; i < text.length; ) {
    let j = i;
    // 深 of 深港 (Shenzhen and Hong Kong) too: no province, but the pair is as common.
    while (j < text.length && (IS_ABBR[text.charCodeAt(j)] === 1 || (text[j] === '深' && text[j + 1] === '港'))) j++;
    // A doubled character is a reduplicated word (甜津津, 青青), not two places.
    if (j - i >= 2 && !NOT_PLACES.has(text.slice(i, j)) && !(j - i === 2 && text[i] === text[i + 1])) {
      // Two characters can be an ordinary word; they count only before a clear regional head
      // (川渝地区, 渝黔门户, 京津两地). Three or more (京津冀, 渝黔鄂) always do.
      const after = text.slice(j, j + 2);
      const headAfter = /^(?:两地|两省|两市|三地|三省|四地|地区|区域|门户|合作|协作|双方|一家|携手|一体|深度|交界|边界|毗邻|片区|经济|协同|高速|铁路|高铁|通道|共建|共同|共办|联合|联动|互认|通办|同城|、|，|。|等|间|之间|$|[^\u4e00-\u9fff])/.test(after);
      const region = NAMED_REGION_AFTER.exec(text.slice(j, j + 10));
      if (region) {
        // 粤港澳大湾区, 长三角: the run names one region with what follows it.
        out.push({ start: i, end: j + region[0].length, label: 'LOC', confidence: 0.75, rule: 'region' });
      } else if (j === i + 3 && text.startsWith('京津冀', i)) {
        // 京津冀: the capital region's name, one place (the sets of current news mark it whole 7 times, never in pieces).
        out.push({ start: i, end: j, label: 'LOC', confidence: 0.75, rule: 'region' });
      } else if (j - i >= 3 || (headAfter && !(lex && i > 0 && lex.isPlaceOnly(text.slice(i - 1, i + 1))))) {
        // 临港 | 新片区: a pair whose first character makes a place with the one before it is no run.
        for (let k = i; k < j; k++) out.push({ start: k, end: k + 1, label: 'LOC', confidence: 0.7, rule: 'province-abbr' });
      }
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * 渝南黔北合作先行示范区, 川东北经济区: a zone named by provinces' abbreviations with compass parts and a zone's
 * head is one place (the runs and compass rules would read its pieces).
 */
const COMPASS_ZONE = new RegExp(`(?:[${[...PROVINCE_ABBR].join('')}][东南西北中]{1,2}){2,3}[\u4e00-\u9fff]{0,6}?(?:示范区|合作区|经济区|试验区|协作区)`, 'g');

export function compassZones(text: string, out: RuleSpan[]): void {
  if (!/示范区|合作区|经济区|试验区|协作区/.test(text)) return;
  for (const m of text.matchAll(COMPASS_ZONE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, label: 'LOC', confidence: 0.75, rule: 'compass-zone' });
  }
}

/** Cities named by one character after a verb of place too (来蓉, 在穗, 抵甬); not 成, which ends too many words. */
const CITY_AFTER_VERB = new Set('蓉穗榕甬邕筑昆杭'.split(''));
/** Verbs of being or going somewhere, before a province's abbreviation: 在渝, 来渝, 赴京, 抵沪, 驻渝, 入渝, 归渝, 住渝. */
const PLACE_VERBS = new Set('在来赴抵返回离进驻留到访入出归住'.split(''));
/** PLACE_VERBS by UTF-16 code: the scans below ask it at every character first (most are no such verb). */
const IS_PLACE_VERB = new Uint8Array(0x10000);
for (const c of PLACE_VERBS) IS_PLACE_VERB[c.charCodeAt(0)] = 1;

/**
 * 在渝召开, 来渝考察, 抵沪, 来蓉: a province's or city's one-character abbreviation after a verb of being or going is the
 * place. Not where the abbreviation begins a word or a longer place (在渝中区, 在京剧, 在京东方), and not
 * the abbreviations that also begin ordinary words (新, 宁, 云 …).
 */
export function abbreviationsAfterVerbs(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (!lex) return;
  for (let i = 1; i < text.length; i++) {
    if (IS_PLACE_VERB[text.charCodeAt(i - 1)] === 0) continue;
    if ((IS_ABBR[text.charCodeAt(i)] === 0 && !CITY_AFTER_VERB.has(text[i])) || AMBIGUOUS_FIRST.has(text[i])) continue;
    // A run of abbreviations (川渝) is the rule above's.
    if (IS_ABBR[text.charCodeAt(i + 1)] === 1) continue;
    const known = (w: string) => (lex.lookup(w) & ~LEX.PREFIX) !== 0;
    if (known(text.slice(i, i + 2)) || (i + 3 <= text.length && known(text.slice(i, i + 3)))) continue;
    // 现在京…, 实在京…: the verb must not end a word itself.
    if (lex.isWordAt(text, i - 2)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'abbr-after-verb' });
  }
  if (text.indexOf('华') >= 0) chinaAfterVerbs(text, out, lex);
  if (text.indexOf('成渝') >= 0) chengduChongqing(text, out, lex);
  placesByFirstCharacter(text, out, lex);
}

/** The dictionary's frequency class above which a character is too common a word to stand for a place (海 18, 入 20; 荣 14, 酉 11). */
const RARE_CHARACTER = 16;

/**
 * 来荣考察, 来酉游客, 在永发展: a district or county goes by its first character after a verb of place, as a
 * province does — where the same text names it in full (荣昌区, 酉阳, 永川), so the character can stand for
 * nothing else. Not where the character begins a word (来荣誉) or the verb ends one (未来荣昌).
 */
function placesByFirstCharacter(text: string, out: RuleSpan[], lex: Lexicon): void {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character common as a word of its own (海, 入, 石) stands for no place.
    if (IS_PLACE_VERB[text.charCodeAt(i - 1)] === 0 || IS_ABBR[c] === 1 || !isHan(c) || lex.frequency(text[i]) > RARE_CHARACTER) continue;
    if (lex.isWordAt(text, i) || lex.isWordAt(text, i - 2) || lex.lookup(text.slice(i, i + 3)) & ~LEX.PREFIX) continue;
    if (!namedInFull(text, i, lex)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'place-first-character' });
  }
}

/** Whether a place the dictionary or the gazetteer knows (two or three characters, no person's name) opens with text[i] elsewhere in text. */
function namedInFull(text: string, i: number, lex: Lexicon): boolean {
  for (let j = text.indexOf(text[i]); j >= 0; j = text.indexOf(text[i], j + 1)) {
    if (j === i) continue;
    for (let len = 2; len <= 3; len++) {
      const place = text.slice(j, j + len);
      if (place.length === len && lex.isPlaceOnly(place)) return true;
    }
  }
  return false;
}

/**
 * 成渝: Chengdu and Chongqing, the pair Sichuan and Chongqing news names most (成渝协同, 成渝主轴, 成渝产业链,
 * 中欧班列（成渝）); 成 is no abbreviation elsewhere. Not where 成 ends a verb (建成渝西高铁, 形成渝…).
 * Before a region's head the pair opens the region's name (成渝中部地区, 成渝双城经济圈, 成渝地区: one place); before a
 * longer designation's or a line's head (成渝地区双城经济圈, 成渝中线高铁) the designation and road rules name it.
 */
const PAIR_REGION = /^(?:中部地区|中部|双城经济圈|经济区|地区(?!双城|环线))/;
const PAIR_OPENS_NAME = /^(?:地区|双城|经济圈|中线|高速|铁路|高铁|城际|客专|环线|线|古道)/;
const VERB_ENDING_IN_CHENG = /[建形促达完组构变造合生养落铸谱赞]/;

function chengduChongqing(text: string, out: RuleSpan[], _lex: Lexicon): void {
  for (let i = text.indexOf('成渝'); i >= 0; i = text.indexOf('成渝', i + 2)) {
    if (i > 0 && VERB_ENDING_IN_CHENG.test(text[i - 1])) continue;
    const after = text.slice(i + 2, i + 7);
    const region = PAIR_REGION.exec(after);
    if (region) {
      out.push({ start: i, end: i + 2 + region[0].length, label: 'LOC', confidence: 0.75, rule: 'chengdu-chongqing' });
      continue;
    }
    if (PAIR_OPENS_NAME.test(after)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'chengdu-chongqing' });
    out.push({ start: i + 1, end: i + 2, label: 'LOC', confidence: 0.7, rule: 'chengdu-chongqing' });
  }
}

/** Countries named by one character before 方 (side): 中方, 美方, 俄方. */
const SIDE_COUNTRIES = new Set('中美俄日英法德韩朝欧印澳加意'.split(''));
/** Countries whose first character names their football league: 中超, 英超, 西甲, 德甲. */
const LEAGUE_COUNTRIES = new Set('中英西德意法葡荷俄日韩'.split(''));

/** Whether the character at i is a country's in a side (中方) or a league's short name (中超), and which. */
export function sideOrLeague(text: string, i: number, lex: Lexicon): 'side' | 'league' | undefined {
  const c = text[i];
  const side = text[i + 1] === '方' && SIDE_COUNTRIES.has(c) && !/[案面法式向针形便圆位舟志言]/.test(text[i + 2] ?? '');
  const league = LEAGUE_COUNTRIES.has(c) && /^(?:超(?![过出越级标额前市常])|甲(?![级方状午])|冠(?![军名以]))/.test(text.slice(i + 1, i + 3));
  if (!side && !league) return undefined;
  // 其中方案, 集中方式, 高中超: the character ends a word with the one before it.
  if (lex.isWordAt(text, i - 1)) return undefined;
  return side ? 'side' : 'league';
}

/** Verbs before 华 (China) as a place: 驻华大使, 访华, 来华, 赴华; 在华, 对华 only where no word follows. */
const CHINA_VERBS = new Set('驻访来赴抵离'.split(''));
/** 华人, 华侨, 华裔: words for people of Chinese descent, not the place. */
const CHINESE_PEOPLE = /[人侨裔商语文夏]/;

/**
 * 驻华大使, 访华, 对华政策: 华 standing for China after a verb of being or going is a place (GUIDELINES: a
 * place, as the seed's one-character abbreviations 渝, 黔 are). Not where it begins a name (在华为, 赴华盛顿)
 * or a word of people (华人, 华侨).
 */
function chinaAfterVerbs(text: string, out: RuleSpan[], lex: Lexicon): void {
  for (let i = text.indexOf('华', 1); i >= 0; i = text.indexOf('华', i + 1)) {
    const verb = text[i - 1];
    const next = text.slice(i, i + 2);
    const named = (w: string) => (lex.lookup(w) & (LEX.PER | LEX.LOC | LEX.ORG)) !== 0;
    // 华盛顿, 华润置地; not the dictionary's odd person 华大使.
    const longer = (lex.lookup(text.slice(i, i + 3)) & (LEX.LOC | LEX.ORG)) !== 0;
    if (CHINA_VERBS.has(verb)) {
      if (named(next) || longer || CHINESE_PEOPLE.test(text[i + 1] ?? '')) continue;
    } else if (verb === '在' || verb === '对') {
      // 在华大, 对华为: any word of the dictionary after them.
      if (lex.lookup(next) & ~LEX.PREFIX || longer || CHINESE_PEOPLE.test(text[i + 1] ?? '')) continue;
    } else continue;
    // 来华: the verb must not end a word itself (未来华…, 原来华…).
    if (lex.isWordAt(text, i - 2)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'china-after-verb' });
  }
}

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
    const three = at >= 3 ? text.slice(at - 3, at) : '';
    let start = -1;
    const lineStarts = (i: number) => i === 0 || !/[\u4e00-\u9fff]/.test(text[i - 1]) || LINE_BEFORE.test(text[i - 1]);
    if (three && [...three].every(isAbbreviation) && PROVINCE_ABBR.has(three[0])) start = at - 3;
    // 巫云开高速, 渝赤叙高速: three counties' first characters, no word of the dictionary among them, after a break.
    else if (lex && /^[\u4e00-\u9fff]{3}$/.test(three) && !NOT_LINE_END.test(three) && !lex.isWordAt(text, at - 3) && !lex.isWordAt(text, at - 2) && lineStarts(at - 3)) start = at - 3;
    else if (at >= 2) {
      const [a, b] = text.slice(at - 2, at);
      if (/[\u4e00-\u9fff]/.test(b) && PROVINCE_ABBR.has(a) && !(AMBIGUOUS_FIRST.has(a) && !PROVINCE_ABBR.has(b))) start = at - 2;
      // 成渝高速, 成渝铁路: Chengdu's first character beside Chongqing's, after a break or a word of place.
      else if (CITY_ABBR.has(a) && isAbbreviation(b) && lineStarts(at - 2)) start = at - 2;
      // 郑徐高铁, 郑西高铁: two cities' first characters, which make no word of the dictionary (修建高铁, 乘坐高铁 do);
      // for a bridge, only one over the river its name holds (常泰 + 长江大桥, not 跨江大桥 or 钢构大桥).
      else if (lex && /^[\u4e00-\u9fff]{2}$/.test(a + b) && !NOT_LINE_END.test(a + b) && !(lex.lookup(a + b) & LEX.WORD) && (at < 3 || !/[\u4e00-\u9fff]/.test(text[at - 3]) || LINE_BEFORE.test(text[at - 3])) && (!m[0].endsWith('大桥') || RIVER_BRIDGE.test(m[0]))) start = at - 2;
    }
    if (start < 0) continue;
    if (numbered.some(([s, e]) => s < end && start < e)) continue;
    out.push({ start, end, label: 'LOC', confidence: 0.8, rule: 'road' });
  }
}

/** Heads of an area a state or a city sets up, named after a place (两江新区, 蟠龙高新区). */
const NEW_AREA_HEAD = /(?:新区|高新区|经开区|开发区|自贸区|保税区|综保区)(?!街道|管委会|管理委员会|党工委|工委|管委|党委|管理局|法院|检察院|分局|公安|海关|税务|办事处|直管区|建设)/g;
/** What may stand before such a name: no character, or one that ends a word before it. */
const BEFORE_NEW_AREA = /[^\u4e00-\u9fff]|[、和与及在到从将是为的赴至暨对向]/;
/** What no area's own name holds: a level, a kind, a pronoun, a function word (国家级新区, 这些开发区, 各新区). */
const NOT_IN_ZONE_NAME = /[级各全该这那每某等些本此其类个的了是在和与及到对把被将从由为向省市县]/;
/** The dictionary's log-frequency class at or below which a word before an area's head may be a place's name. */
const RARE_PLACE_WORD = 6;

/**
 * 两江新区, 滨海新区, 贵安新区: a place the dictionary knows (两江 ns), or a name it lacks or knows only as a rare
 * word, and the head of an area after it, where the model, which saw few such areas in 1998, marks nothing. The area's own organs (两江新区管委会) are left
 * to the model and the organ rules.
 */
export function newAreasAfterPlaces(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (!lex || !/新区|高新区|经开区|开发区|自贸区|保税区|综保区/.test(text)) return;
  for (const m of text.matchAll(NEW_AREA_HEAD)) {
    const at = m.index!;
    for (const len of [3, 2]) {
      const start = at - len;
      if (start < 0) continue;
      const place = text.slice(start, at);
      // After a break or a function word, or after a plain word of the dictionary that ends right there (提升 | 两江新区,
      // 横跨 | 两江新区; not a place, 重庆 | 两江新区金渝教育集团) where the place's first character makes no word with the
      // one before it.
      const afterPlainWord = () => start >= 2 && isPlainWord(lex, text.slice(start - 2, start)) && !lex.isWordAt(text, start - 1);
      if (!/^[\u4e00-\u9fff]+$/.test(place) || (start > 0 && !BEFORE_NEW_AREA.test(text[start - 1]) && !afterPlainWord())) continue;
      const cls = lex.lookup(place);
      // 贵安新区, 万盛经开区: a state-level new area or a development zone named by a place the dictionary lacks or
      // knows only as a rare word (万盛, prosperous) is named by a place too; not by a kind (国家级, 这些).
      const unknown = len === 2 && !/^(?:开发区|自贸区|保税区|综保区)$/.test(m[0]) && !NOT_IN_ZONE_NAME.test(place) && ((cls & ~LEX.PREFIX) === 0 || (isPlainWord(lex, place) && lex.frequency(place) <= RARE_PLACE_WORD));
      if ((!(cls & LEX.LOC) && !unknown) || cls & LEX.PER) continue;
      out.push({ start, end: at + m[0].length, label: 'LOC', confidence: 0.7, rule: 'new-area' });
      break;
    }
  }
}

/** A bridge named with the river it crosses (长江大桥, 黄河公铁大桥). */
const RIVER_BRIDGE = /^(?:长江|黄河|珠江)/;

/** What no line's end is named by, and what may stand before a line's name. */
const NOT_LINE_END = /[的了是在和与及到对把被将从由为这那新建乘坐修座条]/;
// 随着沪苏湖高铁, 有了常泰长江大桥: an aspect particle ends the verb before the line.
const LINE_BEFORE = /[在的和与及、是经沿乘坐到至从往着了]/;


/** Abbreviations that also begin ordinary words (新建, 宁可, 云端): need a second abbreviation. */
export const AMBIGUOUS_FIRST = new Set('新宁云青台港秦蜀'.split(''));

// 平陆 + 运河 (not a country's canals, 中国运河), 深圳湾 + 体育中心, 重庆港龙头 + 作业区: a canal, a sports centre or park
// and a port's working area named after a place; a city's 组团 (长沙组团 of 巴南区), not a delegation formed (重庆组团参加).
/** What a delegation formed (组团) does next: goes, attends, visits, holds a fair (not 进一步 or 出台, said of a city's 组团 too). */
const DELEGATION_VERB_WORDS = '参加|参展|参会|参赛|参与|赴|前往|出访|出征|出国|出席|亮相|来[渝京沪华蓉]|来到|到(?![0-9０-９])|去|考察|访问|观摩|学习|在|开展|举办|招商|推介|征战|走进|进京|进博|式';
const AREAL_HEADS = new RegExp(`^(?:[东南西北]?收费站|运河|体育中心|体育公园|作业区|高新区|协同创新区|创新区|新区|开发区|经开区|自贸区|综合保税区|保税区|综保区|工业园区|工业园|新城|县城|城区|地区|片区|院区|校区|库区|山区|流域|复线|二线|地带|经济特区|经济区|港区|新片区|组团(?!${DELEGATION_VERB_WORDS})|遗址|中轴线|自由贸易港|自贸港|国际港站|国际港务区|深合区|自贸试验区|自由贸易试验区|经济技术开发区|经济开发区|自然保护区)`);
/** Heads only an area takes: a person the model found before one is the area's name (西永 + 综合保税区, 兰英 + 大峡谷). */
const AREA_ONLY_HEADS = /^(?:高新区|开发区|经开区|自贸区|综合保税区|保税区|综保区|工业园区|工业园|大峡谷|梯田|古镇|度假区|风景区)/;
/**
 * A county's or a site's head after its short name (酉阳 + 自治县, 龚滩 + 古镇, 桃花源 + 景区): one place, as the
 * seed's 彭水县城 is. Not after a province or city named with its suffix (重庆市景区 is the city's scenic areas).
 */
const SITE_HEADS = /^(?:自治县|自治州|古镇|古城|旅游度假区|度假区|旅游区|风景名胜区|风景区|景区|大峡谷|梯田)/;

/**
 * Facilities named after a place (长江 + 大桥, 江北 + 国际机场, 重庆 + 北站), longest first: after a place of two
 * characters or more (港澳码头 is no 澳码头).
 */
export const FACILITY_HEAD_WORDS: readonly string[] = ['国际机场', '火车站', '高铁站', '轻轨站', '地铁站', '水电站', '特大桥', '大桥', '隧道', '机场', '码头', '索道'];
// 重庆站、成都站, 重庆站（即菜园坝火车站）, 重庆站这座老火车站: a city's own station, unless 站 is a verb or begins
// another word (重庆站在全国前列, 站起来, 站长, 站台).
const FACILITY_HEADS = new RegExp(`^(?:${FACILITY_HEAD_WORDS.join('|')}|[东南西北]站(?![长台点])|站(?![在着起立出稳上队长台点岗位好住满成了过到]))`);

/**
 * A subdistrict (昌州 + 街道): an administrative area, named with its suffix. Not after a city or province
 * named in full, and not where 街道 means the streets (街道上, 街道两旁).
 */
const SUBDISTRICT = /^街道(?![上里中边旁两办])/;

/**
 * 四川 + 天府新区, 青岛 + 西海岸新区, 长寿区 + 菩提古镇, 渝北 + 统景温泉: a new area or a site named after
 * its province, city or district, which the model finds while it leaves the area's own name unread.
 */
const NAMED_AREA_AFTER = /^(?![省市区县])([\u4e00-\u9fff]{2,3}?)(?:新区|高新区|经开区|古镇|小镇|景区|风景区|旅游区|度假区|温泉)/;
const NOT_IN_AREA_NAME = /[的了是在和与及到对把被将从由为个这那各每等]/;
/** Kinds, not names: 重庆 + 温泉景区, 重庆 + 特色小镇. */
const GENERIC_AREA_NAME = /^(?:温泉|旅游|特色|生态|乡村|美丽|主要|热门|各大|国家级|5A级|4A级|度假|风景|历史|文化|传统)$/;

function areasAfterPlaces(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  let out: LabelledSpan[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOC') continue;
    const m = NAMED_AREA_AFTER.exec(text.slice(s.end, s.end + 6));
    if (!m || NOT_IN_AREA_NAME.test(m[1]) || GENERIC_AREA_NAME.test(m[1]) || (spans[i + 1] && spans[i + 1].start < s.end + m[0].length)) continue;
    (out ??= spans.slice()).push({ start: s.end, end: s.end + m[0].length, label: 'LOC' });
  }
  return out ? out.sort((a, b) => a.start - b.start) : spans;
}

/** A LOC followed by an areal or facility head takes it in (彭水 + 县城, X + 西收费站, Y铁路 + 二线, 长江 + 大桥, 昌州 + 街道). */
export function extendPlaces(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  const split = areasAfterPlaces(text, splitAfterSubdistricts(text, spans));
  const extended = bridgesNamedTwice(text, headsTakenIn(text, split));
  // A head the model had marked on its own (重庆 + [北站]) is now inside the place: it goes.
  return extended.some((s, i) => s !== split[i]) ? withoutSpansInside(extended) : extended;
}

function headsTakenIn(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  return spans.map((s) => {
    const after = text.slice(s.end, s.end + 5);
    if (s.label === 'PER') {
      // 蔡家岗 + 街道: a person's name before a subdistrict's suffix is the subdistrict's.
      const area = AREA_ONLY_HEADS.exec(after) ?? (s.end - s.start >= 2 ? SUBDISTRICT.exec(after) : null);
      return area ? { ...s, end: s.end + area[0].length, label: 'LOC' as const } : s;
    }
    if (s.label !== 'LOC') return s;
    // 晏家街|道: the model ends a subdistrict inside its suffix.
    if (text[s.end - 1] === '街' && text[s.end] === '道' && s.end - s.start >= 3 && !/[上里中边旁两办]/.test(text[s.end + 1] ?? '')) return { ...s, end: s.end + 1 };
    const long = s.end - s.start >= 2;
    const m =
      (long && !/[省市区县州旗镇乡村]$/.test(text[s.end - 1]) ? ADMIN_SUFFIX_AFTER.exec(after) : null) ??
      AREAL_HEADS.exec(after) ??
      (long && !/[省市]$/.test(text[s.end - 1]) ? SITE_HEADS.exec(after) : null) ??
      (long ? FACILITY_HEADS.exec(after) : null) ??
      (long && !/[省市]$/.test(text[s.end - 1]) ? SUBDISTRICT.exec(after) : null) ??
      (s.end - s.start >= 3 && !/[省市区县]$/.test(text[s.end - 1]) ? COMMUNITY.exec(after) : null);
    // 中国 + 运河文化博物馆: a country's canals are no canal's name; 渝 + 组团: a city's 组团 has a name of two characters or
    // more, and an abbreviation before 组团 is a place taking part (川渝组团).
    if (m && ((m[0] === '运河' && text[s.end - 1] === '国') || (m[0] === '组团' && !long))) return s;
    return m ? { ...s, end: s.end + m[0].length } : s;
  });
}

/**
 * 秀山 + 县, 渝北 + 区: the model leaves the administrative suffix out of a place it knows by its short
 * name. Not before a title or an organ (县长, 区委, 县政府: placeOrgans reads those), 县城 (an areal head),
 * or a word the suffix begins (区域, 区间, 区位, 县级).
 */
const ADMIN_SUFFIX_AFTER = /^(?:县(?![长委城级域里政人])|区(?![域间别分块长委政人位]))/;

/**
 * 白居寺 + 长江大桥, 千厮门 + 嘉陵江大桥: a bridge or tunnel is named by a place and the river or mountain it
 * crosses, one LOC. Not after a place named with its administrative suffix (重庆市 | 长江大桥).
 */
function bridgesNamedTwice(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  return joinAdjacent(spans, (a, b) =>
    a.label === 'LOC' &&
    b.label === 'LOC' &&
    a.end - a.start >= 2 &&
    !/[省市区县镇乡村州旗]$/.test(text[a.end - 1]) &&
    /(?:大桥|隧道)$/.test(text.slice(b.start, b.end))
      ? { ...a, end: b.end }
      : undefined,
  );
}

/** A residents' community (艾坪山 + 社区), after a place of three characters or more (not 重庆社区养老). */
const COMMUNITY = /^社区(?![里中内外])/;

/** 几江街道艾坪山: a place the model runs on past a subdistrict is two places, the subdistrict and what follows. */
function splitAfterSubdistricts(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  if (!spans.some((s) => s.label === 'LOC' && s.end - s.start >= 6)) return spans;
  const out: LabelledSpan[] = [];
  for (const s of spans) {
    const at = s.label === 'LOC' ? text.indexOf('街道', s.start + 2) : -1;
    // A subdistrict of two characters or more before it, a place of two or more after it.
    if (at < 0 || at + 4 > s.end) out.push(s);
    else out.push({ ...s, end: at + 2 }, { ...s, start: at + 2 });
  }
  return out;
}

/** Heads of streets, squares, parks, bridges, stations and districts (商务区, 科学城, a city's 组团): no organisation's name ends in one. */
// Hotels, theatres, aquariums, hydropower and toll stations as venues and sites (茅台国际大酒店, 白鹤滩水电站) too.
const STREET_HEAD = /(?:步行街|大街|大道|广场|公园|景区|街|路|巷|桥|[东南西北]站|火车站|高铁站|收费站|商务区|科学城|生态城|会展城|新城|组团|大酒店|酒店|大剧院|海洋馆|水电站)$/;

/**
 * 解放碑步行街 read as an organisation (the model, trained on 1998 text, knows few modern streets and
 * squares) is a place: in the dev corpora no organisation ends in a street, square, park or bridge
 * head, while 33 places do. A 派出所 or 管委会 after the place keeps the name an organisation.
 */
export function streetsNotOrgs<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex?: Lexicon): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (s.label !== 'ORG' || !STREET_HEAD.test(text.slice(s.start, s.end))) out.push(s);
    else if (text.endsWith('组团', s.end) && DELEGATION_VERB.test(text.slice(s.end, s.end + 2))) {
      // 重庆组团参加, 市商务委组团参加: a delegation the place or body formed, which goes; the place or body stays, anything
      // else (渝企) goes with the delegation.
      const rest = text.slice(s.start, s.end - 2);
      if (rest.length >= 2 && lex && (lex.lookup(rest) & LEX.LOC) !== 0) out.push({ ...s, end: s.end - 2, label: 'LOC' });
      else if (rest.length >= 2 && ORG_HEAD_END.test(rest)) out.push({ ...s, end: s.end - 2 });
    } else out.push({ ...s, label: 'LOC' });
  }
  return out;
}

/** Heads an organisation's name ends in, which a delegation it forms follows (市商务委, 中国贸促会, 市文旅局). */
const ORG_HEAD_END = /(?:委|会|局|厅|办|部|院|署|中心|集团|公司|协会|商会)$/;

const DELEGATION_VERB = new RegExp(`^(?:${DELEGATION_VERB_WORDS})`);

/** 级 of a level, 属 of ownership (市属国企; not 属于 or 属实, where the place keeps its suffix: 重庆市属于西部). */
const LEVEL_OR_OWNER = /^(?:级|属(?![于实性]))/;

/**
 * 重庆市级重点项目, 四川省级银行, 重庆市属国企: 市级 and 省级 are a level, 市属 and 区属 an owner, so the place is
 * named without its suffix (重庆).
 */
export function placesBeforeLevels<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('级') < 0 && text.indexOf('属') < 0) return spans;
  return spans.map((s) =>
    s.label === 'LOC' && s.end - s.start >= 3 && LEVEL_OR_OWNER.test(text.slice(s.end, s.end + 2)) && /[省市县区]/.test(text[s.end - 1]) ? { ...s, end: s.end - 1 } : s,
  );
}

/** 胡衡华市长来津调研: a verb of place and a province's abbreviation read as a person is the place. */
export function placeVerbsNotPeople<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s) =>
    s.label === 'PER' && s.end - s.start === 2 && PLACE_VERBS.has(text[s.start]) && PROVINCE_ABBR.has(text[s.start + 1]) ? { ...s, start: s.start + 1, label: 'LOC' } : s,
  );
}

/** National organs whose members a province's abbreviation places (在渝全国人大代表, 驻京中央单位). */
const NATIONAL_ORGAN = /^(?:全国|中央|国家)/;

/**
 * 在渝 + 全国人大代表: after a verb of being, a province's abbreviation the model read into a national organ
 * is the place where its members are (GUIDELINES: the organ is 全国人大, not 渝全国人大).
 */
export function abbreviationsBeforeNationalOrgans<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.label === 'ORG' && name.length >= 4 && IS_ABBR[name.charCodeAt(0)] === 1 && NATIONAL_ORGAN.test(name.slice(1)) && s.start > 0 && PLACE_VERBS.has(text[s.start - 1])) {
      out.push({ ...s, end: s.start + 1, label: 'LOC' }, { ...s, start: s.start + 1 });
    } else out.push(s);
  }
  return out;
}

/**
 * 长江 | 三峡 → 长江三峡: two places side by side that the dictionary knows as one place (and never as a
 * person's name) are that place; not one-character abbreviations (中 | 美 stay two, as GUIDELINES.md splits 成渝).
 */
export function placesTheDictionaryJoins<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return joinAdjacent(spans, (a, b) =>
    a.label === 'LOC' && b.label === 'LOC' && a.end - a.start >= 2 && b.end - b.start >= 2 && b.end - a.start <= 6 && lex.isPlaceOnly(text.slice(a.start, b.end)) ? { ...a, end: b.end } : undefined,
  );
}

/**
 * 长江 + 口 → 长江口: a place the model found one character short of a place the dictionary knows (the
 * estuary, 珠江口), where that character ends no word with the next (长江口岸 is a port of the river).
 */
export function longerDictionaryPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, i) => {
    if (s.label !== 'LOC' || s.end - s.start < 2 || s.end >= text.length || !/[口湾]/.test(text[s.end])) return s;
    if (spans[i + 1] && spans[i + 1].start <= s.end) return s;
    const longer = lex.lookup(text.slice(s.start, s.end + 1));
    if (!(longer & LEX.LOC) || longer & LEX.PER || lex.lookup(text.slice(s.end, s.end + 2)) & LEX.WORD) return s;
    return { ...s, end: s.end + 1 };
  });
}

/**
 * 驻 + 马店市 → 驻马店市, 临 + 港 → 临港: a place the model found one character short at its start of a place the dictionary knows
 * (the model reads 驻 as the verb), where that character is no function word or prefix (和 | 澳洲, 大 | 西南), no verb of
 * motion but 驻 (回 | 延安: jieba lists 回延安 as a place), and ends no word with the one before it.
 */
export function placesShortAtStart<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, i) => {
    if (s.label !== 'LOC' || s.start < 1 || !/[\u4e00-\u9fff]/.test(text[s.start - 1]) || /[和与及或在从到向对于至的是了古大回来去进出赴返离入]/.test(text[s.start - 1])) return s;
    if ((i > 0 && spans[i - 1].end >= s.start) || (s.start >= 2 && lex.lookup(text.slice(s.start - 2, s.start)) & LEX.WORD)) return s;
    if (lex.isPlaceOnly(text.slice(s.start - 1, s.end)) && s.end - s.start >= 2) return { ...s, start: s.start - 1 };
    // 临 + 港新片区: an abbreviation before an areal head where the character before makes a place with it; not a
    // second abbreviation (川 | 渝), and not an abbreviation alone (驻 | 京, 来 | 京: jieba has those as places).
    const headAfter = AREAL_HEADS.exec(text.slice(s.start + 1, s.end));
    return isAbbreviation(text[s.start]) && !isAbbreviation(text[s.start - 1]) && headAfter && s.start + 1 + headAfter[0].length === s.end && lex.isPlaceOnly(text.slice(s.start - 1, s.start + 1)) ? { ...s, start: s.start - 1 } : s;
  });
}

/**
 * 荣昌区 | 位 → 荣昌 | 区位优势: a place the model ends with an administrative suffix that opens a word with the
 * character after it (区位优势, 区位条件 …, 区域, 县域; not 位于, 位居, 位次), where the name without the suffix is a place the
 * dictionary knows.
 */
const REGION_WORD_AFTER = /^(?:位(?:优势|条件|特点|特征|优越|明显|独特|突出|得天独厚|交通)|域)/;

export function suffixesOfWordsOffPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'LOC' || s.end - s.start < 3 || s.end >= text.length || !/[区县]/.test(text[s.end - 1]) || !REGION_WORD_AFTER.test(text.slice(s.end, s.end + 5))) return s;
    return lex.lookup(text.slice(s.start, s.end - 1)) & LEX.LOC ? { ...s, end: s.end - 1 } : s;
  });
}

/**
 * 落户渝中, 前往自贡观灯, 从自贡过来: a place the gazetteer of China's divisions holds and jieba's dictionary
 * knows rarely or not at all as a word (not 长寿, 南岸 or 太平, which are common words there), standing where
 * the model read nothing, after a verb of place or in a list, and no word of the dictionary crosses its edges. The model, unsure of a county it
 * saw seldom in the 1998 corpora, leaves it out.
 */
export function gazetteerPlacesAlone<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: LabelledSpan) => T,
  lex: Lexicon,
): T[] {
  const added: T[] = [];
  // Only right after a verb of place or a list's comma: a few positions a paragraph.
  for (const m of text.matchAll(PLACE_VERB)) {
    const i = m.index! + m[0].length;
    for (let len = 3; len >= 2; len--) {
      const end = i + len;
      if (end > text.length || overlapsAny(spans, i, end)) continue;
      if (!isGazetteerPlace(lex, text.slice(i, end))) continue;
      // 宜宾馆, 自贡献: a word of the dictionary across either edge.
      if (lex.isWordAt(text, i - 1) || lex.isWordAt(text, end - 1)) continue;
      added.push(make({ start: i, end, label: 'LOC' }));
      break;
    }
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** The last character of a division's full name (大渡口区, 平阳县, 滁州市, 湘西州, 阿拉善盟). */
const DIVISION_END = /[区县市州旗盟]/g;
/** Districts named by what they are, which the gazetteer holds as some city's district too. */
const KIND_OF_DISTRICT = /^(?:老城|新城|旧城|主城|中心城|市辖)区$/;
/** How a division's full name ends: its suffix. */
const DIVISION_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|林区|特区|[省市区县旗州盟])$/;

/**
 * 感受到了大渡口区, 变身水城区…: a division's full name, suffix and all, that the gazetteer of China's divisions
 * holds, standing where the model read nothing, is that place wherever it stands; the model, which saw most
 * counties seldom in the 1998 corpora, leaves some out in an unfamiliar clause. Not where a word of the dictionary
 * crosses either edge (滁州 | 市场监管局, 全县域), nor a kind of district (老城区), nor a company's seat in brackets.
 */
export function gazetteerDivisionsWhole<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: LabelledSpan) => T,
  lex: Lexicon,
): T[] {
  const added: T[] = [];
  let k = 0;
  for (const m of text.matchAll(DIVISION_END)) {
    const end = m.index! + 1;
    // Most suffixes end a place the model read already: those are passed over before any look-up.
    while (k < spans.length && spans[k].end < end) k++;
    if (k < spans.length && spans[k].start < end) continue;
    for (let len = 6; len >= 3; len--) {
      const start = end - len;
      if (start < 0) continue;
      const name = text.slice(start, end);
      if (!DIVISION_SUFFIX.test(name) || !isGazetteerPlace(lex, name)) continue;
      if (overlapsAny(spans, start, end) || lex.isWordAt(text, start - 1) || lex.isWordAt(text, end - 1)) break;
      // 老城区, 主城区: a kind of district (Luoyang's 老城区 aside); 京东（奉节县）科技: a company's seat in its name.
      if (KIND_OF_DISTRICT.test(name) || betweenBrackets(text, start, end)) break;
      added.push(make({ start, end, label: 'LOC' }));
      break;
    }
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** Whether `word` is a place only the gazetteer of China's divisions gives the lexicon (jieba's dictionary lacks it). */
export function isGazetteerPlace(lex: Lexicon, word: string): boolean {
  const slot = lex.slotOf(Lexicon.hashWord(word));
  return slot >= 0 && lex.pos[slot] === PLACE_POS && (lex.classes[slot] & LEX.LOC) !== 0;
}

/** Many counties are also words (山城, 惠民, 安康, 来宾): only after a verb of place or a list's comma. */
const PLACE_VERB = /落户|落子|落地|前往|来到|抵达|到达|走进|走访|位于|回到|离开|[赴从到在至、]/g;

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

/** 热爱 + 巫山, 走进 + 大足: a verb the model reads into the place after it (a verb of jieba's, then a place it knows) is cut off. */
export function verbsOffPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'LOC' || s.end - s.start < 4) return s;
    const rest = text.slice(s.start + 2, s.end);
    return lex.isVerb(text.slice(s.start, s.start + 2)) && lex.isPlaceOnly(rest) ? { ...s, start: s.start + 2 } : s;
  });
}

/** What makes a pair of abbreviations open a longer place's name (川渝东北, 川渝高竹新区, 成渝地区, 成渝中线高铁): the heads 成渝 opens too. */
const PAIR_OPENS_PLACE = new RegExp(`${PAIR_OPENS_NAME.source}|^(?:区域|[东西][南北]|毗邻|高竹|统筹|新区|经济|中部|合作|协作|一体)`);

/**
 * 川渝 + 文旅 read as a person (川渝文), 川渝 + 乡村 (川渝乡), 川渝 + 河长 (川渝河), 川渝 + 省市 (川渝省), 川渝政协, 川渝行: the model
 * reads a pair of abbreviations into what follows, and the abbreviation rules' 川 | 渝 give way to its longer name. The pair
 * is two places (the sets of current news split 川渝 39 times and keep it whole 25; GUIDELINES' seed splits 成渝), where the
 * reading is a person, ends inside a word, or names the pair's CPPCCs or a visit to them. A pair before a region's or a
 * line's head opens that name and is left to the region rules.
 */
export function abbreviationPairsInReadings<T extends { start: number; end: number; label: string; confidence: number }>(text: string, spans: T[], lex: Lexicon): T[] {
  let out: T[] | undefined;
  for (const s of spans) {
    const length = s.end - s.start;
    if (length < 2 || length > 4) continue;
    const a = text[s.start];
    const b = text[s.start + 1];
    const pair = (IS_ABBR[a.charCodeAt(0)] === 1 || (a === '成' && b === '渝')) && IS_ABBR[b.charCodeAt(0)] === 1 && a !== b && !NOT_PLACES.has(a + b);
    // 沪渝蓉 + 沿江高铁: a run of three names a line, the line rules' to read.
    const third = text[s.start + 2] ?? '';
    if (!pair || PAIR_OPENS_PLACE.test(text.slice(s.start + 2, s.start + 4)) || isAbbreviation(third)) continue;
    const tail = text.slice(s.start + 2, s.end);
    // 川渝 read whole as a place is the abbreviation rules' and the annotators' split; leave it.
    if (tail === '' && s.label === 'LOC') continue;
    // 宁吉喆, 鲁豫, 苏青: a person whose name opens with a surname is a person, whatever its characters abbreviate.
    if (s.label === 'PER' && isSurname(a)) continue;
    const split = s.label === 'PER' || (tail !== '' && lex.isWordAt(text, s.end - 1)) || tail === '政协' || tail === '行';
    if (!split) continue;
    out = (out ?? spans).flatMap((o) =>
      o === s ? [{ ...s, end: s.start + 1, label: 'LOC', confidence: 0.7 }, { ...s, start: s.start + 1, end: s.start + 2, label: 'LOC', confidence: 0.7 }] : [o],
    );
  }
  return out ?? spans;
}
