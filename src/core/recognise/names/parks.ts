import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { LabelledSpan } from './tags';
import { takeInside } from './span-edges';
import { isCountryName } from './countries';
import { PROVINCIAL_UNITS } from './lists';

/**
 * Industrial, innovation and software parks, zones and office towers named by their place, company or field
 * (台铃新能源电动车产业园, 叶县先进制造业开发区, 中以常州创新园, 腾讯滨海大厦,
 * 郑报科创智造产业园, 科达利园区): one place (GUIDELINES: areas with a proper name), which the model reads in
 * pieces, as a person (郑报科), or not at all; the body that runs one (…开发区管委会) an organisation named
 * after it. A park described by common words alone (银发经济产业园, 世界一流园区, 现代农业园区) has no name.
 */

const PARK_NAME_HEAD = /产业园区|产业园|工业园区|工业园|科技园区|科技园|科创园区|创新园|软件园|创业园|大厦|园中园|经济技术开发区|经济开发区|开发区|产业基地|园区|产业城(?!市)|物流园(?!区)|口岸(?!线|边(?![检防]))|水库/g;
/** A district's or county's suffix: the place a park lies in, not part of its name (青秀区 | 南宁国际科技产业城). */
const DISTRICT_END = /[区县旗]/;
/** A place's administrative suffix. */
const ADMIN_SUFFIX = /[省市县区旗盟州]/;
/** How a government or party organ's name ends. */
const ORGAN_END = /(?:政府|委员会|[委局厅部办])$/;
/** Words that make a kind of port or park of the head after them (新疆西部重要口岸, 乌拉特中旗沿边口岸). */
const KIND_BEFORE_HEAD = /(?:重要|主要|重点|沿边|边境|陆路|开放|[东南西北两]岸)$/;
/** Heads whose name is its own, apart from the place before it. */
const OWN_NAMED_HEAD = /^(?:口岸|水库)$/;
/** A country or a province-level unit, named short or in full (中国, 新疆, 广东省): its ports are many. */
function isCountryOrProvince(place: string): boolean {
  return isCountryName(place) || PROVINCIAL_UNITS.has(place.replace(/(?:省|市|自治区|维吾尔自治区|壮族自治区|回族自治区|特别行政区)$/, ''));
}

/** What a park's name never holds: a break, a function word or a pronoun (我县产业开发区). */
const NOT_IN_NAME = /[^\u4e00-\u9fff0-9·（）()]|[的了是在和与及到对把被将从由为个这那各每等该其我他她它里当似座起更使完至于赴]/;
/** Of those, characters that also open places (当阳, 当涂, 起凤, 完县, 于都): they end the run unless a place starts there. */
const OPENS_PLACES_TOO = /[当起使完座里更于]/;
/** Prepositions a clause puts before a place it names (据, 以, 经, 沿). */
const PREPOSITION_BEFORE_PLACE = /[据以经沿]/;
/** What is left of a port's name after its place when it only says what kind of port it is (霍尔果斯 + 铁路口岸). */
const PORT_KIND = /^(?:国际)?(?:铁路|公路|航空|水运|陆路|港)?$/;
/** The longest name before a park's head. */
const MAX_NAME = 12;
/** A zone a park lies in, which opens no park's name after it (长寿经开区 | 中润新材料产业园). */
const ZONE_IN_RUN = /开发区|经开区|高新区|园区|新区/g;
/**
 * What a clause puts before a park and no name holds: a date or time, a verb that places or builds one (jieba tags
 * 建设 and 调研 as nouns of action, so they are listed), 关于, and what says a place holds one (辖区内有, 拥有).
 */
const CLAUSE_IN_RUN =
  /[0-9]+[年月日号]?|[上下]半年|今年|去年|明年|年内|目前|当前|近年来?|建设|推动|推进|打造|布局|调研|考察|前往|落地|落户|入驻|获批|构建|依托|引进|共建|规划|支持|发展|加快|建成|围绕|聚焦|深入|走进|来到|参观|视察|实施|完善|优化|调整|关于|大力|先后|超前|置换|中标|联合体|辖区内?有?|境内|拥有|设有|建有|内有|位于|同意|批复|途经|通过/g;
/** Words that open a kind of park, not a name (国家级经济技术开发区, 全市各类园区), also fields newer than jieba's dictionary (冷链物流园, 跨境电商园). */
const PARK_KIND = /^(?:国家级|省级|市级|县级|区级|现代|特色|重点|各类|全市|全区|全县|全省|多个|一批|新型|新建|在建|拟建|专业|综合|首个|首批|本地|当地|周边|相关|主要|大型|小型|农业|工业|产业|冷链|跨境|电商|算力|储能|低空|智算|数智|数字|信创|文创|科创|双创)/;
/** A count, grade or type before the head (两大国家级开发区, 冷链三大产业基地, 百亿级园区, 智慧型). */
const COUNT_OR_GRADE = /[一二三四五六七八九十百千万亿两几多][大个家级类批]|[级型]/;
const PARK_BODY = /^(?:管委会|管理委员会|党工委)/;
// Not jieba's person tag, which many common words carry (智慧).
const PROPER = LEX.LOC | LEX.ORG | LEX.NAME_PER | LEX.NAME_LOC | LEX.NAME_ORG;

export function parksNamedWhole<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/园|开发区|产业基地|大厦|产业城|口岸|水库/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(PARK_NAME_HEAD)) {
    const head = m.index!;
    const end = head + m[0].length;
    if (out.some((o) => o.start < end && o.end > end)) continue;
    let start = nameStart(text, head, lex);
    if (start < 0) continue;
    // 据 | 霍尔果斯铁路口岸, 经 | 深圳湾口岸: a preposition opening the run after a break (not inside it or after the clause's
    // verb: 数据, 经济, 建设 | 沿江高新产业园), unless a name the model read starts there (以岭药业产业园) or a place does (以色列, 沿河县).
    const runStart = start === 0 || NOT_IN_NAME.test(text[start - 1]);
    while (runStart && head - start > 2 && PREPOSITION_BEFORE_PLACE.test(text[start]) && !out.some((o) => o.start === start) && !lex.placeOnlyAt(text, start)) start++;
    const ownName = OWN_NAMED_HEAD.test(m[0]);
    // 深圳 + 口岸, 小浪底 + 水库: a place right before a port's or reservoir's head is its whole name (not 香港回归第一春 |
    // 深圳口岸); a country's or province's ports are no one port (中国口岸, 新疆口岸); a park's name may hold more
    // before the place (中以常州创新园).
    const placeAsName = ownName ? out.find((o) => o.label === 'LOC' && o.end === head && o.start >= start) : undefined;
    // 中哈口岸: one character of a country's name before the head, the ports between two countries, none of them one port.
    if (placeAsName && placeAsName.end - placeAsName.start < 2) continue;
    // 港珠澳大桥 + 香港口岸: a name right before the place makes it one port even of a province.
    if (placeAsName && isCountryOrProvince(text.slice(placeAsName.start, placeAsName.end)) && !out.some((o) => o.end === placeAsName.start)) continue;
    if (placeAsName) start = placeAsName.start;
    let name = text.slice(start, head);
    // 兴安盟 | 阿尔山口岸, 辽宁 | 大伙房水库, 长春 | 兴隆铁路口岸: a place the model read before a port's or reservoir's own
    // name is not part of it (but 霍尔果斯 + 铁路口岸: what is left says only what kind of port); nor is a district before
    // a park named by more than common words (青秀区 | 南宁国际科技产业城; 苏州盛泽新材料产业基地 keeps its city).
    const place = placeAsName ? undefined : out.filter((o) => o.label === 'LOC' && o.start >= start && o.end <= head - 2 && (ownName || DISTRICT_END.test(text[o.end - 1]))).pop();
    const rest = place ? text.slice(place.end, head) : '';
    if (place && (ownName ? !PORT_KIND.test(rest) : !ofCommonWords(rest, lex))) {
      // The model may leave the place's suffix out (新巴尔虎左 | 旗): it is no part of the port's name either.
      start = place.end + (ADMIN_SUFFIX.test(text[place.end]) && head - place.end > 3 ? 1 : 0);
      name = text.slice(start, head);
    }
    // 重庆市政府 + 口岸物流办: an organ right before the head names no park or port, its office does; nor does a kind
    // (重要口岸, 沿边口岸).
    if (out.some((o) => o.label === 'ORG' && o.end === head && ORGAN_END.test(text.slice(o.start, o.end))) || KIND_BEFORE_HEAD.test(name)) continue;
    if (!placeAsName && (name.length < 2 || /^[省市区县镇乡]/.test(name) || PARK_KIND.test(name) || COUNT_OR_GRADE.test(name) || lex.isVerb(name.slice(-2)) || ofCommonWords(name, lex))) continue;
    // 叶县先进制造业开发区 + 管委会: the body that runs the park is named after it.
    const organ = PARK_BODY.exec(text.slice(end, end + 5));
    const last = organ ? end + organ[0].length : end;
    const label = organ ? 'ORG' : 'LOC';
    const inside = out.filter((o) => o.start < last && start < o.end);
    if (inside.length === 1 && inside[0].start === start && inside[0].end === last && inside[0].label === label) continue;
    const park = inside.length ? { ...inside[0], start, end: last, label, confidence: Math.max(...inside.map((o) => o.confidence)) } : make({ start, end: last, label });
    out = takeInside(out, park) ?? out;
  }
  return out;
}

/**
 * Where the name before a park's head begins: back to a break, a function word or a zone, then on past a
 * word the character before makes with its first (了解 | 尼龙…) and past the clause's last date or verb
 * (市长5月28日调研 | 枢纽港产业园). −1 where no break, date or verb is within reach: a clause, not a name.
 */
function nameStart(text: string, head: number, lex: Lexicon): number {
  const reach = Math.max(0, head - MAX_NAME);
  let floor = reach;
  for (const z of text.slice(reach, head).matchAll(ZONE_IN_RUN)) floor = Math.max(floor, reach + z.index! + z[0].length);
  let start = head;
  while (start > floor && (!NOT_IN_NAME.test(text[start - 1]) || (OPENS_PLACES_TOO.test(text[start - 1]) && lex.placeOnlyAt(text, start - 1)))) start--;
  const reachedBreak = start > head - MAX_NAME;
  if (start > 0 && lex.isWordAt(text, start - 1) && !lex.isWordAt(text, start)) start++;
  let cut = start;
  for (const c of text.slice(start, head).matchAll(CLAUSE_IN_RUN)) cut = Math.max(cut, start + c.index! + c[0].length);
  // 2月17日）| 于马华大厦: a bracket the run began inside closes before the name.
  while (cut < head && /[）)]/.test(text[cut])) cut++;
  for (let i = head - 3; i >= cut; i--) {
    if (!lex.isVerb(text.slice(i, i + 2)) || lex.isWordAt(text, i - 1) || lex.lookup(text.slice(i, i + 3)) & LEX.WORD) continue;
    cut = i + 2;
    break;
  }
  return !reachedBreak && cut === start ? -1 : cut;
}

/** Whether a name is common words of the dictionary and nothing else (银发 + 经济, 世界 + 一流): a description. */
function ofCommonWords(name: string, lex: Lexicon): boolean {
  for (let i = 0; i < name.length; ) {
    let k = Math.min(4, name.length - i);
    while (k >= 2 && (lex.lookup(name.slice(i, i + k)) & (LEX.WORD | PROPER)) !== LEX.WORD) k--;
    if (k < 2) return false;
    i += k;
  }
  return true;
}

/** A zone and the body that runs it (重庆高新区党工委, 万盛经开区党工委, 实验区人大工委). */
const ZONE_BODY = /(?:高新区|经开区|新区|实验区|示范区|开发区|工业园区)(?:[（(][\u4e00-\u9fff]{2,6}[）)])?(?:党工委|人大工委|工委|管委会|管理委员会)/g;

/**
 * 西部科学城重庆高新区党工委, 豫东南高新区党工委, 万盛经开区党工委, 县高新区（工业园区）党工委: the body that runs a zone is
 * one organisation with the zone's whole name, which the model reads in part, as a place, or not at all.
 */
export function zoneBodies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/工委|管委会|管理委员会/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(ZONE_BODY)) {
    const zone = m.index!;
    const end = zone + m[0].length;
    let start = nameStart(text, zone, lex);
    if (start < 0) start = zone;
    if (PARK_KIND.test(text.slice(start, zone)) || COUNT_OR_GRADE.test(text.slice(start, zone))) start = zone;
    const inside = out.filter((o) => o.start < end && start < o.end);
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].label === 'ORG') continue;
    const body = inside.length ? { ...inside[0], start, end, label: 'ORG', confidence: Math.max(0.65, ...inside.map((o) => o.confidence)) } : make({ start, end, label: 'ORG' });
    out = takeInside(out, body) ?? out;
  }
  return out;
}
