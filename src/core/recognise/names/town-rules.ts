import { isPlainWord, LEX, Lexicon } from './lexicon';
import { isPlace, Scored } from './list-rules';
import { grownIntoOrganisations, replacedBy, takeInside } from './span-edges';
import { LabelledSpan } from './tags';

/**
 * 璧山七塘镇, 大邑王泗镇, 梁平铁门乡, 九龙坡区民主村, 重庆市主城都市区: a county or city and a town, village or area under it, written
 * together, which the model reads as one place. GUIDELINES: each level is a place of its own (as 涪陵区 |
 * 某某镇 in the seed gold), so the place the gazetteer knows is cut off the front. The town keeps a name of
 * two characters or more (长寿湖镇 is no 长寿 | 湖镇).
 */
// Not a site (青木川 + 古镇, 特色小镇) or a word ending in 乡 (水乡, 故乡).
const TOWN = /^([\u4e00-\u9fff]{2,4}?)(?:(?<![古小新名])镇|(?<![水故家老橘茶])乡|街道|都市区|村|社区|组团)$/;

export function countiesBeforeTowns<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOC' || s.end - s.start < 5) continue;
    const name = text.slice(s.start, s.end);
    if (lex.lookup(name) & LEX.LOC) continue;
    // The longest place at the front that leaves a town behind.
    for (let k = Math.min(name.length - 3, 6); k >= 2; k--) {
      const town = TOWN.exec(name.slice(k));
      if (!town || /^[省市区县州旗]/.test(town[1]) || !isPlace(lex, name.slice(0, k))) continue;
      (out ??= spans.slice()).splice(out.indexOf(s), 1, { ...s, end: s.start + k }, { ...s, start: s.start + k });
      break;
    }
  }
  return out ?? spans;
}

/** A village's or community's party branch or committee, at the end of an organisation's name. */
const VILLAGE_BODY = /(?:村|社区)(?:党支部|党总支|党委|村委会|居委会|委员会)$/;
/** A county, town or subdistrict at the front of a name, named with its suffix. */
const LEVEL_AHEAD = /^[\u4e00-\u9fff]{1,4}?(?:省|市|区|县|镇|乡|街道)/;

/**
 * 田庄镇牛旺村党支部, 忠县涂井乡友谊村党支部: a village's party branch is named by the village; the town and
 * county before it are places of their own (GUIDELINES: each level its own place).
 */
export function townsOffVillageBodies<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (!/村|社区/.test(text) || !spans.some((s) => s.label === 'ORG' && s.end - s.start >= 7 && VILLAGE_BODY.test(text.slice(s.start, s.end)))) return spans;
  return spans.flatMap((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 7 || !VILLAGE_BODY.test(text.slice(s.start, s.end))) return [s];
    const out: T[] = [];
    let start = s.start;
    for (let m = LEVEL_AHEAD.exec(text.slice(start, s.end)); m && m[0].length >= 2; m = LEVEL_AHEAD.exec(text.slice(start, s.end))) {
      const rest = text.slice(start + m[0].length, s.end);
      // The village keeps a name of two characters or more before its 村.
      if (!/^[\u4e00-\u9fff]{2,}/.test(rest) || !VILLAGE_BODY.test(rest) || rest.search(VILLAGE_BODY) < 2) break;
      // 山东 + 茌平县: a province the gazetteer knows before the county.
      const k = m[0].length >= 5 ? [3, 2].find((n) => lex.isPlaceOnly(m![0].slice(0, n))) ?? 0 : 0;
      if (k) out.push({ ...s, start, end: start + k, label: 'LOC' });
      out.push({ ...s, start: start + k, end: start + m[0].length, label: 'LOC' });
      start += m[0].length;
    }
    out.push(start === s.start ? s : { ...s, start });
    return out;
  });
}

/**
 * 牛旺村 + 农业种植合作社: a cooperative named by its village, with what it grows, is an organisation whole (the
 * model reads the village alone).
 */
const COOPERATIVE = /^(?:[\u4e00-\u9fff]{0,8}?)(?:专业)?合作社/;
const NOT_IN_COOPERATIVE = /[的了是在和与及等把被将从由为这那各每个]/;

/** A village's or community's committee after its name (龙池村 + 村委会, 九龙社区 + 居委会). */
const VILLAGE_COMMITTEE = /^(?:村委会|村民委员会|居委会|居民委员会)/;

export function cooperativesOfVillages<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('合作社') < 0 && !/[村居]委/.test(text) && text.indexOf('民委员会') < 0) return spans;
  return grownIntoOrganisations(spans, (s) => {
    if (s.label !== 'LOC') return 0;
    // 勤俭村村委会, 龙池村村委会: the village's committee, named after it.
    const committee = text[s.end - 1] === '村' ? VILLAGE_COMMITTEE.exec(text.slice(s.end, s.end + 5)) : text.endsWith('社区', s.end) ? /^(?:居委会|居民委员会)/.exec(text.slice(s.end, s.end + 5)) : null;
    if (committee) return committee[0].length;
    if (!/[村镇乡]$/.test(text[s.end - 1])) return 0;
    const m = COOPERATIVE.exec(text.slice(s.end, s.end + 12));
    return m && !NOT_IN_COOPERATIVE.test(m[0]) ? m[0].length : 0;
  });
}

/** A town's or township's government by the town's name (善感乡人民政府, 龙水镇政府), after a break. */
const TOWN_GOVERNMENT = /(?<=^|[^\u4e00-\u9fff]|[、和与及由在向对据])([\u4e00-\u9fff]{2,3}?(?<![古小新名])[乡镇])(?:人民政府|政府)(?![办采])/g;
const NOT_IN_TOWN_NAME = /[的了是在和与及等把被将从由为这那各每个全本该乡镇]/;

/**
 * 善感乡人民政府, 龙水镇政府: a town's government named with the town is one organisation (GUIDELINES: an organ with its place
 * prefix), where the model, which has not seen the town, reads nothing or the town alone.
 */
export function townGovernments<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!/[乡镇](?:人民)?政府/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(TOWN_GOVERNMENT)) {
    if (NOT_IN_TOWN_NAME.test(m[1].slice(0, -1))) continue;
    const start = m.index!;
    const end = start + m[0].length;
    // A person read inside is the model's to keep (a name ending in 乡 is rare, one in 镇 less so: 孙殿镇), as is the same
    // organisation read already.
    out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.label === 'PER' || (o.label === 'ORG' && o.start === start && o.end === end)) ?? out;
  }
  return out;
}

/** A village named right after its town, township or subdistrict: two or three characters and 村 (not 村委, 村民, 村党委: the body's rules read those). */
const VILLAGE_AFTER = /^([\u4e00-\u9fff]{2,3}?)村(?![委民里内外两级组干党])/;
/** What no village's name holds: function words and counts (镇三个村; numbers themselves do: 五一村, 三合村). */
const NOT_IN_VILLAGE = /[的了是在和与及等个这那各每该其全多几]/;
/** Kinds of village, not names (贫困村, 示范村, 行政村, 自然村, 所辖村, 派驻村). */
const VILLAGE_KIND = /^(?:贫困|示范|试点|重点|行政|自然|所辖|下辖|派驻|驻|空心|传统|美丽|集体|相关|周边|邻近|各)/;

/**
 * 星桥镇 + 两路村, 礼让镇 + 齐河村: a village written right after the town or subdistrict it belongs to, as addresses are
 * (each level a place of its own, GUIDELINES), where the model, knowing the town, leaves the village out (两路 is a
 * word to it). Only where nothing was read there, and not where 村 ends a word (现有农村).
 */
export function villagesAfterTowns<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('村') < 0) return spans;
  let out: T[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOC' || !/(?:镇|乡|街道)$/.test(text.slice(s.start, s.end))) continue;
    const m = VILLAGE_AFTER.exec(text.slice(s.end, s.end + 6));
    // 贫困村, 示范村, 所辖村, 派驻村: a kind of village or a verb before 村 names none.
    if (!m || NOT_IN_VILLAGE.test(m[1]) || VILLAGE_KIND.test(m[1]) || lex.isVerb(m[1].slice(0, 2))) continue;
    const end = s.end + m[0].length;
    // 孙桥镇现有农村党员: 村 ending a word of the dictionary (农村, 乡村) names no village.
    if (lex.isWordAt(text, end - 2)) continue;
    const next = spans[i + 1];
    if (next && next.start < end) continue;
    (out ??= spans.slice()).splice(out.indexOf(s) + 1, 0, make({ start: s.end, end, label: 'LOC' }));
  }
  return out ?? spans;
}

/** A villagers' group (村民小组) by its own two characters after its village (黎冲村 + 毛田组), not a count (三组) or a group formed (工作组). */
const GROUP_AFTER_VILLAGE = /^([\u4e00-\u9fff]{2})组(?![长员织成建合团件图])/;
const NOT_IN_GROUP = /[民委的了是在和与及等个这那各每该其全多几一二三四五六七八九十百零小]/;

/**
 * 孚玉镇黎冲村 + 毛田组: the lowest level of a rural address, a villagers' group named after its hamlet, is a place of its
 * own, as each level is (GUIDELINES); the model reads it as a person (毛田组), its hamlet alone (坡头) or not at all.
 * Not where 组 makes a word (班组, 专家组), a count or body opens it (三组, 村民小组) or a common word does (保洁组, 妇女组).
 */
export function groupsAfterVillages<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('村') < 0 || text.indexOf('组') < 0) return spans;
  let out: T[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOC' || text[s.end - 1] !== '村') continue;
    const m = GROUP_AFTER_VILLAGE.exec(text.slice(s.end, s.end + 4));
    // 理事组, 保洁组, 妇女组, 网格组: a common word before 组 is a group's task or members, not a hamlet.
    if (!m || NOT_IN_GROUP.test(m[1]) || lex.isWordAt(text, s.end + 1) || lex.isVerb(m[1]) || isPlainWord(lex, m[1])) continue;
    const end = s.end + 3;
    const next = spans[i + 1];
    const read = next && next.start < end ? next : undefined;
    // What the model read there is the group's name (毛田组 as a person) or its hamlet (坡头 of 坡头组): it becomes the place.
    if (read && !(read.start === s.end && (read.end === end ? read.label !== 'LOC' : read.end === end - 1 && read.label === 'LOC'))) continue;
    out = replacedBy(out ?? spans, read ? [read] : [], make({ start: s.end, end, label: 'LOC' }));
  }
  return out ?? spans;
}

/** A town, township, subdistrict or village by its own two characters (里山乡, 弥陀镇, 贾家街道, 两路村). */
const TOWN_ALONE = /([\u4e00-\u9fff]{2})(?:(?<![古小新名特集])镇|(?<![水故家老橘茶城])乡|街道|(?<![农山渔庄])村)(?![民委级里内外上下镇村长干党办政人宁贷道晚庄亲社集寨落务风情土音愁贤间团])/g;
/** What may stand right before such a name: a break, a conjunction, a preposition or 的. */
const BEFORE_TOWN = /[^\u4e00-\u9fff]|[、和与及在到赴的对向从将把由是为了至往]/;
/** What no town's own name holds: function words, counts, pronouns, levels (全县各乡, 这个镇, 一个村). */
const NOT_IN_TOWN = /[的了是在和与及到等把被将从由为这那各每个全本该其此某多几哪整乡镇村县区市省我你他她们驻使更]/;
/** Verbs of place before a town whose own two characters are also an everyday word (到民主村, 深入胜利街道). */
const PLACE_VERB_BEFORE = /(?:在|到|赴|至|前往|走进|来到|深入|抵达|位于|走访|调研|考察|地处)$/;
/**
 * Words of where that news puts right before a town (震中措果乡, 周边长所乡): a dictionary word read across them and the
 * name (边长 of 周边长所乡) is no reason to doubt the town.
 */
const WHERE_BEFORE = /(?:震中|周边|毗邻|紧邻|途经)$/;
/** Kinds of town or village, not names (贫困村, 示范镇, 美丽乡村, 中心镇). */
const TOWN_KIND = /^(?:贫困|示范|试点|重点|行政|自然|所辖|下辖|派驻|空心|传统|美丽|集体|相关|周边|邻近|中心|特色|城郊|偏远|边远|山区|库区|乡镇|全国|全省|全市|先进|文明|生态|历史|文化|旅游|宜居|和美|幸福|小康|富裕|典型|明星|知名|同一|所在|附近|当地|本地|外地|农业|工业|商贸|所有|部分|一些|许多|多数|少数|基层|边境|边疆|共富|智慧|数字|未来|网红|样板|标杆|先行|平安|法治|健康|绿色|低碳|零碳|无讼|红色|民族|移民|搬迁|安置|新型|现代|新建|周围|沿线|沿江|沿海|山上|山下)$/;

/**
 * 在里山乡设立, 前往云阳县善感乡, 深入胜利街道: a town, township, subdistrict or village named by two characters of its
 * own after a break, a conjunction, a preposition or a verb of place (or after the county or town the model read), where the
 * model read nothing:
 * the model, which saw few of China's forty thousand towns in 1998, leaves them out. Not a kind or count of villages (贫困村,
 * 所有村, 共富村), a 水乡 (a water town),
 * a common word of the dictionary whose place is doubtful (美丽乡村 aside, 农村 and 城乡 end no name here), nor where the
 * suffix goes on into a word (村民, 镇长, 乡镇).
 */
export function townsAlone<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/[乡镇村]|街道/.test(text)) return spans;
  let out: T[] | undefined;
  for (const m of text.matchAll(TOWN_ALONE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const name = m[1];
    const before = text[start - 1];
    // After the county, city or town it lies in (西盟县 | 力所乡, 力所乡 | 力所村).
    const afterCounty = (out ?? spans).some((o) => o.label === 'LOC' && o.end === start && /(?:[县区市乡镇]|街道)$/.test(text.slice(o.start, o.end)));
    const lead = text.slice(Math.max(0, start - 2), start);
    const afterWhere = WHERE_BEFORE.test(lead);
    const afterPlaceVerb = afterWhere || PLACE_VERB_BEFORE.test(lead);
    if (start > 0 && !BEFORE_TOWN.test(before) && !afterCounty && !afterPlaceVerb) continue;
    if (NOT_IN_TOWN.test(name) || TOWN_KIND.test(name) || lex.isVerb(name)) continue;
    // 稳定村局面, 四季村晚, 大量乡亲: an everyday word before the suffix is a town's name only after its county or a verb of place.
    if (isPlainWord(lex, name) && !afterCounty && !afterPlaceVerb) continue;
    // 城乡, 农村 at a clause's start read as a name's tail: a word across the name's start (了解 | 放心村) or across the
    // name's end and the suffix's first character (新农 | 村; the 街 of 街道).
    if (!afterWhere && (lex.isWordAt(text, start - 1) || lex.isWordAt(text, start + 1))) continue;
    if ((out ?? spans).some((o) => o.start < end && start < o.end)) continue;
    out = replacedBy(out ?? spans, [], make({ start, end, label: 'LOC' }));
  }
  return out ?? spans;
}
