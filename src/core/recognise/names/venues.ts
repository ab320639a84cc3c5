import { Scored } from './list-rules';
import { Lexicon } from './lexicon';
import { replacedBy } from './span-edges';

/**
 * Halls for fairs and meetings named by their place (上海跨国采购会展中心, 扬子江国际会议中心, 合肥滨湖国际会展中心,
 * 广州市黄埔区国际会议中心): one place, as the sets of current news mark them (14 of 16); the model reads the place
 * and the hall apart, or the hall alone as an organisation. A province before a venue named by a city of its own
 * stays apart (辽宁省 | 大连国际会议中心), as does a place before a hall the model read whole as a place (北京 |
 * 中国国际展览中心); a hall with no name of its own is no name at all (在县会议中心举行, 蔬菜博览中心), and a verb
 * between place and hall makes no name (重庆召开会议中心). Stadiums, arenas and sports centres the same way (凤凰山专业足球场,
 * 大连梭鱼湾球场, 济南奥体中心: 23 of 23 such names marked as places in the sets; dev marks 朝阳体育馆 so too). A city's
 * 奥体中心 is named so alone too.
 */
const VENUE_HEAD = /(?:国际)?(?:会展|会议|博览|展览)中心|(?:奥林匹克|奥体|体育|网球|游泳)中心|(?:专业)?足球场|体育场|体育馆|游泳馆|(?<![篮排网羽冰棒垒手门])球场/g;
/** The heads of sports grounds, which news names after crowds and verbs too (上海球迷挤满球场). */
const SPORTS_HEAD = /场|馆|(?:奥林匹克|奥体|体育|网球|游泳)中心$/;
/** What a venue's own name between its place and its head never holds: a break, a function word or a level. */
const NOT_IN_VENUE = /[^\u4e00-\u9fff]|[的了是在和与及等个这那各该本县市区镇乡村省]/;
/** The longest run of words between the place and the head (上海 + 跨国采购 + 会展中心). */
const MAX_GAP = 6;

export function venuesWithTheirPlaces<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('中心') < 0 && text.indexOf('场') < 0 && text.indexOf('馆') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(VENUE_HEAD)) {
    const headStart = m.index!;
    const end = headStart + m[0].length;
    const inHead = out.filter((o) => o.start < end && headStart < o.end);
    // 会展中心站: read into something longer, which is left as it is.
    if (inHead.some((o) => o.end > end)) continue;
    let start = Math.min(headStart, ...inHead.map((o) => o.start));
    // 大连国际会议中心: a place the model read with its hall is the venue's name already (辽宁省 stays apart), as is a
    // name read as an organisation that opens with a place (大连 + 国际会议中心): it is relabelled, nothing joined.
    const named = inHead.find((o) => o.start < headStart);
    const before = lastEndingBy(out, start);
    // 合肥 + 滨湖国际会展中心: a city right before a hall named by its district is part of the name; a province is not.
    const cityBefore = before !== undefined && before.label === 'LOC' && before.end === start && !/(?:省|自治区)$/.test(text.slice(before.start, before.end));
    if (named && (named.label === 'LOC' || (lex.placeOnlyAt(text, named.start) && !cityBefore))) {
      if (named.label !== 'LOC' && named.end === end) out = replacedBy(out, [named], { ...named, label: 'LOC' });
      continue;
    }
    const gap = before ? text.slice(before.end, start) : '';
    // A ground's name holds no verb of the dictionary (上海 + 球迷挤满 + 球场 is a clause), a hall's may (上海 + 跨国采购 + 会展中心).
    const verbInGap = SPORTS_HEAD.test(m[0]) && lex.holdsVerb(gap);
    if (before && before.label === 'LOC' && gap.length <= MAX_GAP && !NOT_IN_VENUE.test(gap) && !CLAUSE_VERB.test(gap) && !verbInGap) {
      start = before.start;
      // 广州市 + 黄埔区 + 国际会议中心: a district's venue is named with its city.
      const city = lastEndingBy(out, before.start);
      if (city && city.end === before.start && city.label === 'LOC' && /[区县]$/.test(text.slice(before.start, before.end)) && text[city.end - 1] === '市') {
        start = city.start;
      }
    } else if (start === headStart) {
      // 前往奥体中心: a city's Olympic sports centre is named so alone (5 of 5 marked in the sets); the model's reading stays, as a place.
      // Not one being built or described (兴建奥体中心, 现代化的奥体中心).
      const described = /(?:的|座|个|建设|兴建|新建|修建|规划|各地)$/.test(text.slice(Math.max(0, headStart - 2), headStart));
      const olympic = /^(?:奥体|奥林匹克)中心$/.test(m[0]) && !described ? inHead.find((o) => o.start === headStart && o.end === end) : undefined;
      out = olympic ? replacedBy(out, inHead, { ...olympic, label: 'LOC' }) : out.filter((o) => !inHead.includes(o));
      continue;
    }
    const pieces = out.filter((o) => o.start >= start && o.end <= end);
    if (pieces.length === 0 || (pieces.length === 1 && pieces[0].start === start && pieces[0].end === end && pieces[0].label === 'LOC')) continue;
    const confidence = Math.max(...pieces.map((p) => p.confidence));
    out = replacedBy(out, pieces, { ...pieces[0], start, end, label: 'LOC', confidence });
  }
  return out;
}

/** The last span that ends at or before `at` (the spans in text order). */
function lastEndingBy<T extends Scored>(spans: readonly T[], at: number): T | undefined {
  let found: T | undefined;
  for (const s of spans) {
    if (s.start >= at) break;
    if (s.end <= at) found = s;
  }
  return found;
}

/**
 * Whether a verb of meeting or building stands between place and hall (重庆 + 召开 + 会议中心). Not any verb of the
 * dictionary: a venue's own name holds some (上海 + 跨国采购 + 会展中心).
 */
const CLAUSE_VERB = /召开|举行|举办|新建|建设|建成|启用|落成|位于|来到|前往|走进/;
