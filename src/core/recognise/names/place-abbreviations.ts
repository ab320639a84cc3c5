import type { RuleSpan } from './rules';
import { Lexicon } from './lexicon';
import { isSurname } from './lists';

/**
 * Places named by one character, which the corpora teach badly: runs of provinces' and cities' abbreviations
 * (京津冀, 川渝, 粤港澳大湾区), zones named by them with compass parts (渝南黔北合作先行示范区), Chengdu and
 * Chongqing as 成渝, a pair the model reads into a longer name (川渝文旅), and a country's character in a side or a
 * league (中方, 中超).
 */

/** One-character abbreviations of provinces, municipalities and SARs. */
export const PROVINCE_ABBR = new Set('京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青藏桂蒙宁新港澳台'.split(''));
/** Cities' one-character abbreviations that stand beside provinces' in the names of lines and bridges (沪渝蓉高铁, 港珠澳大桥). */
export const CITY_ABBR = new Set('蓉穗榕甬邕筑昆杭成珠'.split(''));
/** Pairs of abbreviations that are ordinary words, brand names or one place (辽宁, 连云港), not two places. */
export const NOT_PLACES = new Set(['苏宁', '云云', '新新', '宁宁', '青青', '秦秦', '台台', '新台', '京新', '辽宁', '云港']);

/** Abbreviations that also begin ordinary words (新建, 宁可, 云端): need a second abbreviation. */
export const AMBIGUOUS_FIRST = new Set('新宁云青台港秦蜀'.split(''));

/** A region named by a run of abbreviations and a regional head (粤港澳 + 大湾区, 京津冀 + 协同发展示范区). */
const NAMED_REGION_AFTER = /^(?:[\u4e00-\u9fff]{0,4}?(?:大湾区|经济圈|城市群|经济区|经济带(?!来)|合作区|示范区)|地区)/;

/** PROVINCE_ABBR by UTF-16 code (all are one unit): the scan below looks at every character. */
export const IS_ABBR = new Uint8Array(0x10000);
for (const c of PROVINCE_ABBR) IS_ABBR[c.charCodeAt(0)] = 1;
/** Whether `c` abbreviates a province or one of the cities that stand beside them (渝, 蓉). */
export const isAbbreviation = (c: string): boolean => PROVINCE_ABBR.has(c) || CITY_ABBR.has(c);

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

/**
 * 成渝: Chengdu and Chongqing, the pair Sichuan and Chongqing news names most (成渝协同, 成渝主轴, 成渝产业链,
 * 中欧班列（成渝）); 成 is no abbreviation elsewhere. Not where 成 ends a verb (建成渝西高铁, 形成渝…).
 * Before a region's head the pair opens the region's name (成渝中部地区, 成渝双城经济圈, 成渝地区: one place); before a
 * longer designation's or a line's head (成渝地区双城经济圈, 成渝中线高铁) the designation and road rules name it.
 */
const PAIR_REGION = /^(?:中部地区|中部|双城经济圈|经济区|地区(?!双城|环线))/;
const PAIR_OPENS_NAME = /^(?:地区|双城|经济圈|中线|高速|铁路|高铁|城际|客专|环线|线|古道)/;
const VERB_ENDING_IN_CHENG = /[建形促达完组构变造合生养落铸谱赞]/;

export function chengduChongqing(text: string, out: RuleSpan[], _lex: Lexicon): void {
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
