import { Scored } from './list-rules';
import { LabelledSpan } from './tags';
import { ORG_HEAD_AT_END } from './lists';
import { joinAdjacent, matchesAsNames, replacedBy, withoutSpansInside } from './span-edges';

/**
 * The formal names of party organs, which the model (trained on 1998 text) reads in pieces:
 * 中共 + 北京市顺义区委, 第十八届 + 中央政治局, 市招商投资促进局 + 党组.
 */

/** Where a party organ's name ends: a committee, its standing committee or a body under the centre. */
const PARTY_ORGAN_END = /(?:党工委|党委|党组|纪委|工委|委员会|常委会|[省市区县镇乡旗]委)$/;

/**
 * 中共 + 北京市顺义区委, 中共 + 黑龙江历史纪念馆: an organ named after the party is one organisation
 * with it (GUIDELINES: the longest proper name). The model reads 中共 alone as ORG, or 中共北京市 as a
 * place, and the organ after it apart.
 */
export function partyNamedOrgans<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('中共') < 0) return spans;
  return joinAdjacent(spans, (a, b) => {
    if (b.label !== 'ORG' || !text.startsWith('中共', a.start) || (a.label !== 'ORG' && a.label !== 'LOC')) return undefined;
    // 中共 alone opens any organ after it, not a congress or plenum it held (中共 | 十五大); 中共北京市 only a
    // committee of that place.
    const organ = text.slice(b.start, b.end);
    if (a.label === 'ORG' ? a.end - a.start !== 2 || PARTY_EVENT.test(organ) : !PARTY_ORGAN_END.test(organ)) return undefined;
    return { ...b, start: a.start, confidence: Math.max(a.confidence, b.confidence) };
  });
}

/** A congress or plenum of the party: an event it held, named apart from it (中共 | 十五大, 中共 | 二十届四中全会). */
const PARTY_EVENT = /(?:[一二三四五六七八九十]大|全会|会议)$/;

/**
 * Organs a term number names (not 中央电视台): the party's central organs, a level's party committee and
 * its people's congress's standing committee, a party committee's standing committee, a parliament (第12届
 * 国民议会), and the national congress and CPPCC (十四届全国人大, 第十四届全国人民代表大会, as the seed's 市六届人大:
 * every one of the 20 mentions in the current-news sets has the term; People's Daily leaves it out, dev ORG 78.2 → 78.0).
 */
const TERM_ORGAN =
  /^(?:中央(?:政治局|委员会|军委|军事委员会|纪委|纪律检查委员会|书记处)|中共中央|[省市区县]委(?!员)|[省市区县]?人大常委会|党委常委会|国民议会|全国人大|全国人民代表大会|全国政协)/;
/** A term number before such an organ (第十八届中央政治局, 十三届省委), with the level when the organ has none (区第十八届人大常委会). */
const TERM_BEFORE = /(?:第)?(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,3})届$/;
const LEVEL_BEFORE_TERM = /[省市区县]$/;

/**
 * 第十八届 + 中央政治局, 十三届 + 省委, 区第十八届 + 人大常委会: an organ of one term is named with its term
 * number (like 市六届人大, which the level-organ rule reads whole); the model reads the organ without it.
 */
export function organsWithTerms<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('届') < 0) return spans;
  return spans.map((s) => {
    const name = text.slice(s.start, s.end);
    if (s.label !== 'ORG' || !TERM_ORGAN.test(name)) return s;
    const m = TERM_BEFORE.exec(text.slice(Math.max(0, s.start - 5), s.start));
    // 新一届国民议会, 本届市委: a term described, not numbered.
    if (!m || /[新本上下历每各首该这那]/.test(text[s.start - m[0].length - 1] ?? '')) return s;
    let start = s.start - m[0].length;
    if (!/^[省市区县中全]/.test(name) && LEVEL_BEFORE_TERM.test(text[start - 1] ?? '')) start--;
    // 中共十九届 + 中央委员会: a name the term number is already in keeps it.
    if (spans.some((o) => o !== s && o.end > start && o.start < s.start)) return s;
    return { ...s, start };
  });
}

/** A title or seat in a party group or committee (党组书记, 党委副书记, 党组成员). */
const PARTY_TITLE = /^(?:书记|副书记|成员|委员|常委|专职|常务副)/;
/**
 * How companies known by a short name and the federations of industry end, with no organisation head (长安汽车, 博时基金,
 * 中国华能, 重庆钢铁（集团）, 市工商联): 16 of 21 such bodies before a party title are marked without 党委 or 党组 in the sets.
 */
const COMPANY_OR_FEDERATION_END = /(?:工商联|基金|汽车|能源|氢能|华能|股份|控股|证券|钢铁|电力|石化|[）)])$/;
/** How a place or a level ends, whose party committee is the organisation itself (镇党委, 自治区党委, 社区党委, 市直机关党委). */
const PLACE_LEVEL_END = /(?:[省市区县镇乡村州盟旗委道园直]|行业)$/;
/** A body's party group or committee, at the end of a name the model read whole (市人力社保局党组). */
const PARTY_GROUP_END = /原?(?:机关党委|党组|党委)$/;

/**
 * 重庆市市场监管局党组书记, 长安汽车党委书记, 中国电建党委书记: the body is the organisation and 党组书记 its holder's
 * title, as annotators of current news mark it (48 to 0 after a body with a head of its own; 151 to 50 over 68 sets;
 * a university, group, hospital or company alone 77 to 9 over 106 sets), but for a government's party group
 * (市政府党组书记: 7 to 1 whole). A party working committee
 * of an area (两江新区党工委) or a place's committee (九龙社区党委) is the organisation itself and stays.
 */
export function partyGroupsOffTitledBodies<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/党[组委]/.test(text)) return spans;
  return spans.map((s) => {
    if (s.label !== 'ORG') return s;
    const name = text.slice(s.start, s.end);
    const m = PARTY_GROUP_END.exec(name);
    if (!m || !PARTY_TITLE.test(text.slice(s.end, s.end + 3))) return s;
    const body = name.slice(0, m.index);
    // 市政府党组书记: a government's party group keeps its name (7 of 8 so in the sets of current news).
    const headed = ORG_HEAD_AT_END.test(body) || COMPANY_OR_FEDERATION_END.test(body) || !PLACE_LEVEL_END.test(body);
    return body.length >= 2 && headed && !body.endsWith('政府') ? { ...s, end: s.start + body.length } : s;
  }).filter((s, i) => spans[i] === s || !BARE_KIND.test(text.slice(s.start, s.end)));
}

/** What a cut leaves that is a kind of body, no name (集团 of 集团党委书记). */
const BARE_KIND = /^(?:集团|集团公司|总公司|公司|企业)$/;

/** The party group or committee inside a body, named right after it (市招商投资促进局 + 党组; not 党组织). */
const PARTY_BODY = /^(?:机关党委|党工委|党委|党组|党支部|纪检监察组)(?![织员])/;

/**
 * 市招商投资促进局 + 党组, 长安汽车公司 + 党委: the party group of a body is named after it, one
 * organisation with it, as a committee's offices are (organBodies). The title after it stays out
 * (党组书记 → ORG …局党组, title 书记).
 */
export function partyBodies<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/党[组委工支]|纪检监察组/.test(text)) return spans;
  let grown = false;
  const out = spans.map((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 2 || !ORG_HEAD_AT_END.test(text.slice(s.start, s.end))) return s;
    const m = PARTY_BODY.exec(text.slice(s.end, s.end + 8));
    // 市人力社保局党组书记: before a title the body is named and 党组书记 is the title (partyGroupsOffTitledBodies),
    // but for a government's (市政府党组书记).
    if (!m || (PARTY_TITLE.test(text.slice(s.end + m[0].length, s.end + m[0].length + 3)) && !text.slice(s.start, s.end).endsWith('政府'))) return s;
    const end = s.end + m[0].length;
    if (spans.some((o) => o !== s && o.start < end && o.end > s.end && (o.start < s.end || o.end > end))) return s;
    grown = true;
    return { ...s, end };
  });
  return grown ? withoutSpansInside(out) : out;
}

/** A party committee's formal name: the party, its place and term (中国共产党四川省第十二届委员会). */
const FORMAL_COMMITTEE = /(?:中国共产党|中共)[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|自治区|自治州)第[一二三四五六七八九十]+届(?:委员会|纪律检查委员会)/g;

/**
 * 中国共产党四川省第十二届委员会: the model reads the party and the place apart and leaves the term out; the
 * formal name is one organisation, the place inside it unmarked (GUIDELINES: the longest proper name).
 */
export function formalCommittees<T extends Scored>(text: string, spans: T[], make: (s: { start: number; end: number; label: 'ORG' }) => T): T[] {
  if (text.indexOf('届') < 0 || !/中国共产党|中共/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(FORMAL_COMMITTEE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const inside = out.filter((o) => o.start < end && start < o.end);
    if (inside.some((o) => o.start < start || o.end > end)) continue;
    const conf = inside.reduce((c, o) => Math.max(c, o.confidence), 0);
    out = replacedBy(out, inside, { ...make({ start, end, label: 'ORG' }), ...(conf > 0 ? { confidence: conf } : {}) });
  }
  return out;
}

/** The party's centre and the State Council, or the discipline commission and the supervision commission, written together. */
const CENTRE_AND_COUNCIL = /^(中共中央|党中央|中央纪委)(国务院|国家监委)$/;

/**
 * 中共中央国务院 (《中共中央国务院关于…》), 中央纪委国家监委: two organs written together, which the model reads as one name.
 */
export function centreAndCouncil<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('国务院') < 0 && text.indexOf('国家监委') < 0) return spans;
  const out: T[] = [];
  for (const s of spans) {
    const m = s.label === 'ORG' ? CENTRE_AND_COUNCIL.exec(text.slice(s.start, s.end)) : null;
    if (m) out.push({ ...s, end: s.start + m[1].length }, { ...s, start: s.start + m[1].length });
    else out.push(s);
  }
  return out;
}

/** An organ of a city, district or county (南岸区委, 宜昌市委, 垫江县人民政府, 大渡口区第十四届人民代表大会). */
const LOWER_ORGAN = /^[\u4e00-\u9fff]{1,6}?[市区县](?:第?[一二三四五六七八九十]+届)?(?:委|人民政府|政府|政协|人大|人民代表大会|纪委|监委|人民法院|人民检察院)/;

/** Any organisation named after a district, county or city under the place (巴南区皮肤病防治院, 荆州市胸科医院, 两江新区管委会). */
const LOWER_PLACE_FIRST = /^[\u4e00-\u9fff]{2,4}?(?:新区|经开区|高新区|[市区县])[\u4e00-\u9fff]{2,}/;

/**
 * 重庆市 + 南岸区委, 湖北省 + 宜昌市委: a province or city named with its suffix, right before the organ of
 * a place under it, is the start of that organ's name (GUIDELINES: the longest proper name, with the place
 * prefix that is part of it), as the organ's full title reads (中共重庆市南岸区委员会).
 */
export function organsWithUpperPlaces<T extends Scored>(text: string, spans: T[]): T[] {
  return joinAdjacent(spans, (a, b) => {
    if (a.label !== 'LOC' || b.label !== 'ORG' || !/[省市]$/.test(text.slice(a.start, a.end))) return undefined;
    const organ = text.slice(b.start, b.end);
    return LOWER_ORGAN.test(organ) || LOWER_PLACE_FIRST.test(organ) ? { ...b, start: a.start } : undefined;
  });
}

/**
 * 政协第六届重庆市委员会, 政协成都市成华区第八届委员会, 中国人民政治协商会议第十四届全国委员会常务委员会, 区政协第十一届委员会: a CPPCC's formal
 * name with its term and place or level, and its standing or other committee, is one organisation (the model reads
 * 政协 and 重庆市委员会 apart).
 */
const CPPCC_FORMAL =
  /(?:(?:中国人民政治协商会议|政协)(?:第[一二三四五六七八九十]+届[\u4e00-\u9fff]{2,8}?|(?:[\u4e00-\u9fff]{1,4}?[省市区县州旗]){1,3}第[一二三四五六七八九十]+届)委员会|[省市区县]政协第?[一二三四五六七八九十]+届委员会)(?:常务委员会|[\u4e00-\u9fff]{2,4}委员会)?/g;

/**
 * 省十四届人大财政经济委员会, 全国人大监察和司法委员会, 全国人大常委会法制工作委员会: a congress's special or working committee is
 * named with its congress, one organisation (the sets of current news mark 7 of 7 whole); the level-organ rule reads the
 * congress alone. The committee's own words hold no function word, delegate, meeting or chair (省人大代表, 人大会议), and
 * no word of a clause about committees in general (市六届人大部分专门委员会, 全国人大常委会依法任免专门委员会).
 */
const CONGRESS_COMMITTEE =
  /(?:全国|[省市区县](?:第?[一二三四五六七八九十]+届)?)人大(?:常委会)?(?:(?!有关|部分|依法|任免|相关|专门|[的了是在及等为对把被将从由这那各每其、，代会主常委])[\u4e00-\u9fff]){2,10}?(?:工作)?委员会/g;

export function cppccFormalNames<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  const out = text.indexOf('届') < 0 ? spans : matchesAsNames(text, spans, CPPCC_FORMAL, make, 'ORG');
  return text.indexOf('人大') < 0 ? out : matchesAsNames(text, out, CONGRESS_COMMITTEE, make, 'ORG');
}

/** China's democratic parties by their short names, which open the names of their committees. */
const DEMOCRATIC_PARTY = /^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$/;

/**
 * 民建 + 常州市委会, 九三学社 + 重庆市委员会: a democratic party's committee of a city or province is named with the party
 * (the sets of current news mark 18 of 18 whole); the model and the short-name rule read the two apart.
 */
export function democraticPartyCommittees<T extends Scored>(text: string, spans: T[]): T[] {
  return joinAdjacent(spans, (party, committee) =>
    party.label === 'ORG' && committee.label === 'ORG' && DEMOCRATIC_PARTY.test(text.slice(party.start, party.end)) && /委(?:员)?会$/.test(text.slice(committee.start, committee.end))
      ? { ...committee, start: party.start, confidence: Math.max(party.confidence, committee.confidence) }
      : undefined,
  );
}
