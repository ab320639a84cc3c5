import { concatInTextOrder } from '../../text/sorted-spans';
import { isPlainWord, LEX, Lexicon } from './lexicon';
import { Scored } from './list-rules';
import { LabelledSpan } from './tags';
import { joinAdjacent, overlapsAny, replacedBy } from './span-edges';
import { isHan } from './lists';
import { isCountryName } from './countries';

/**
 * A city's road network as its own news names it: the numbered lines of a grid of expressways (八横线,
 * 二纵线, 五联络线, 内环快速路), interchanges and junctions (黄桷湾立交, 华岩1号立交, 忠兴互通), districts of
 * development and business (蔡家片区, 观音桥商圈), subdistricts (新盛街道), avenues (渝航大道) and the land they
 * cross (巴渝丘陵, 成都平原). GUIDELINES: roads
 * and areas with a proper name are places, named whole. The 1998 corpora hardly name any of them: the
 * model reads the name before the head as a person (华岩 | 立交) or leaves it unread.
 */

/**
 * Roads by their number (319国道, Y104乡道, 省道103线, 国道G318): a number of three digits or a letter's, not a count (两条国道)
 * nor, after the kind, a length or a year (国道120公里, 国道2024年).
 */
const NUMBERED_ROAD = /(?<![0-9A-Za-z０-９])(?:[GSXYZ]?[0-9０-９]{3,4}|[GSXYZ][0-9０-９]{1,2})(?:国道|省道|县道|乡道)|(?:国道|省道|县道|乡道)(?:[GSXYZ][0-9０-９]{1,4}|[0-9０-９]{2,4}(?![0-9０-９.．]*(?:(?:多|余)?(?:公里|千米|米)|条|年|个|万|亿|%|％)))线?(?![0-9A-Za-z０-９])/g;
/** Lines of an expressway grid: counted (八横线, 五联络线) or ringed (内环快速路, 绕城高速). */
const GRID_LINE = /(?<![画划条一二三四五六七八九十])(?:[一二三四五六七八九十]{1,3}(?:横线|纵线|联络线)|(?:内环|外环|中环|[二三四五六]环)(?:快速路|高速公路|高速)(?![\u4e00-\u9fff]*(?:路网|交通)))/g;

/** Heads of a named piece of the network or of the land, after its name. */
const HEAD = /(?:\d{1,2}号)?(?:立交桥|枢纽互通|互通立交|立交|互通|片区|大道|步行街|街区|商圈|峡谷|平原|丘陵|街道(?![上里中边旁两办口])|社区(?!工作|服务|治理|养老|卫生|医院|干部|居民|食堂|网格|团购|团|群众))/g;

/** A community's organs and teams, after its name. */
const COMMUNITY_ORGAN = /^(?:党委|党支部|党总支|居委会|代表队)/;

/** What ends a name read backwards from its head: function words, verbs of route (起, 至, 经, 连通), 以 of means (以 | 兴东社区党建引领). */
const NOT_IN_NAME = /[的了是在和与及到对把被将从由为这那该各每等至起止于经向往即或个座条处以]/;

/**
 * Words before a head that make a kind, not a name (城市快速路, 核心片区, 老旧街区, 康庄大道), also when the
 * head itself follows a kind (重点片区).
 */
const GENERIC_NAME = /^(?:城市|核心|重点|主城|中心|新建|在建|周边|沿线|多个|部分|其他|主要|重要|相关|现有|城区|全市|全区|区域|功能|产业|商业|居住|开发|老城|新城|旧城|示范|综合|特色|文创|历史|文化|传统|生态|景观|滨江|沿江|跨江|枢纽|交通|道路|公路|高速|快速|匝道|立体|主干|康庄|阳关|光明|城市主干|文旅|互联|属地|涉农|心系|老旧|城乡|基层|和谐|智慧|安置|农村|居民|小区|所在|辖区|所属|当地|本地|地标|友好|繁华|热闹|知名|著名|古老|城南|城北|城东|城西|大型|小型|新型|风情|美食|休闲|时尚|步行|商贸|农业|工业|物流|旅游|乡村|河谷|高山|冲积|山地|平坦)$/;

/** A place named with an administrative suffix does not take a head of the network (渝北区 | 片区 reads as its parts). */
const ADMIN_END = /[省市区县镇乡村]$/;

export function roadNetworkNames<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/[横纵]线|联络线|环|立交|互通|片区|大道|步行街|街区|商圈|街道|社区|峡谷|平原|丘陵|[国省县乡]道/.test(text)) return spans;
  let out = spans;
  const added: T[] = [];
  for (const m of text.matchAll(GRID_LINE)) {
    const start = m.index;
    if (!overlapsAny(out, start, start + m[0].length)) added.push(make({ start, end: start + m[0].length, label: 'LOC' }));
  }
  for (const m of text.matchAll(NUMBERED_ROAD)) {
    const start = m.index;
    if (!overlapsAny(out, start, start + m[0].length)) added.push(make({ start, end: start + m[0].length, label: 'LOC' }));
  }
  for (const m of text.matchAll(HEAD)) {
    const h = m.index;
    const end = h + m[0].length;
    // 大道理: the head's last character begins another word; 互联互通 is connection, not a junction.
    if ((m[0] === '互通' && text.slice(h - 2, h) === '互联') || overlapsAny(out, h, end) || overlapsAny(added, h, end) || (text[end - 1] === '道' && lex.isWordAt(text, end - 1))) continue;
    // 金蓉社区 + 党委, 江城社区 + 代表队: a community's organ or team is an organisation named with it.
    const organ = m[0] === '社区' ? COMMUNITY_ORGAN.exec(text.slice(end, end + 3)) : null;
    const whole = organ ? { end: end + organ[0].length, label: 'ORG' as const } : { end, label: 'LOC' as const };
    const before = lastSpanBefore(out, h);
    const gap = before ? h - before.end : Infinity;
    const longEnough = before && (before.end - before.start >= 2 || (gap === 1 && /[东南西北]/.test(text[h - 1])));
    if (before && (before.label === 'PER' || before.label === 'LOC') && longEnough && gap <= 1 && !ADMIN_END.test(text[before.end - 1])) {
      // 华岩 + 立交, 青龙 + 嘴 + 立交, 成都 + 平原, 川 + 西 + 平原: the name the model found is the name of the place.
      // 川东 + 小 + 平原 describes the place; it names nothing new.
      if (gap === 1 && (!isHan(text.charCodeAt(h - 1)) || NOT_IN_NAME.test(text[h - 1]) || /[大小新老]/.test(text[h - 1]))) continue;
      // 南岸 + 茶园 + 片区: a district the gazetteer knows and the area's own name after it are two places.
      const cut = before.label === 'LOC' ? districtAhead(text.slice(before.start, before.end), lex) : 0;
      out = out.flatMap((s) => (s !== before ? [s] : cut ? [{ ...s, end: s.start + cut }, { ...s, start: s.start + cut, ...whole }] : [{ ...s, ...whole }]));
      continue;
    }
    // 天生城 + 文旅 + 街区: a site and a kind of street in it are one place (not 大渡口 | 重钢片区, a district and a name).
    if (before && before.label === 'LOC' && gap >= 2 && gap <= 4 && GENERIC_NAME.test(text.slice(before.end, h)) && !ADMIN_END.test(text[before.end - 1])) {
      out = out.map((s) => (s === before ? { ...s, end } : s));
      continue;
    }
    const lastAdded = added[added.length - 1];
    const floor = Math.max(before ? before.end : 0, lastAdded && lastAdded.end <= h ? lastAdded.end : 0);
    const name = nameBefore(text, h, floor, lex, m[0] === '街道' || m[0] === '社区');
    if (!name) continue;
    const cut = districtAhead(name, lex);
    if (cut) added.push(make({ start: h - name.length, end: h - name.length + cut, label: 'LOC' }));
    added.push(make({ start: h - name.length + cut, ...whole }));
  }
  const all = added.length ? concatInTextOrder(out, added.filter((a) => !overlapsAny(out, a.start, a.end))) : out;
  // 北仓 + 文创街区: a place and a kind of street named after it, read apart, are one place.
  return joinAdjacent(all, (a, b) => {
    if (a.label !== 'LOC' || b.label !== 'LOC' || a.end !== b.start || ADMIN_END.test(text[a.end - 1])) return undefined;
    const kind = /^([\u4e00-\u9fff]{2})(?:街区|步行街|商圈)$/.exec(text.slice(b.start, b.end));
    return kind && GENERIC_NAME.test(kind[1]) ? { ...a, end: b.end } : undefined;
  });
}

function lastSpanBefore<T extends Scored>(spans: readonly T[], at: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) if (s.end <= at && (!best || s.end > best.end)) best = s;
  return best;
}

/**
 * The name right before a head, read backwards to a clause break, a function word or the last name before
 * it (大渡口 | 重钢片区); a verb or a word of place that opens it is no part of it (穿越 | 鹿角片区). Two to
 * four characters, and no kind (城市快速路); before a subdistrict's or community's head a part of town is a name (城南街道).
 */
function nameBefore(text: string, h: number, floor: number, lex: Lexicon, beforeSubdistrict = false): string | undefined {
  let j = h;
  while (j > floor && h - j < 7 && isHan(text.charCodeAt(j - 1)) && !NOT_IN_NAME.test(text[j - 1])) j--;
  if (j > floor && isHan(text.charCodeAt(j - 1)) && !NOT_IN_NAME.test(text[j - 1])) return undefined;
  let name = text.slice(j, h);
  // 城南街道 | 梅林社区: a subdistrict named before the community is a place of its own, not part of the community's name.
  const subdistrict = name.lastIndexOf('街道');
  if (subdistrict >= 0 && name.length - subdistrict - 2 >= 2) name = name.slice(subdistrict + 2);
  // 穿越鹿角, 沿线弹子石, 改善华岩: a word that opens the run is a verb or a word of place, not the name's start.
  // A name the dictionary knows whole keeps its first word (解放碑).
  while (name.length > 2 && (lex.lookup(name.slice(0, 2)) & LEX.WORD) !== 0 && !(lex.lookup(name) & (LEX.LOC | LEX.WORD)) && (lex.isVerb(name.slice(0, 2)) || name.length > 4 || GENERIC_NAME.test(name.slice(0, 2)))) {
    name = name.slice(2);
  }
  // 五路交叉立交, 两个片区: a count makes a kind, and so does a degree (最严重社区); so do a grade or type (世界级地标商圈, 友好型商圈) and a kind at
  // the end (串联沿线, 考点属地). A name holding an administrative suffix is a chain of places (万州 | 区五桥街道,
  // 东部新区 | 贾家街道).
  // 城南街道, 城东社区: a part of town names a subdistrict or community, as it names no business district (城南商圈).
  const townPart = beforeSubdistrict && /^城[东南西北]$/.test(name);
  if (name.length < 2 || name.length > 4 || (!townPart && (GENERIC_NAME.test(name) || GENERIC_NAME.test(name.slice(-2)))) || /^[一二三四五六七八九十两几多每最更很\d镇乡村]/.test(name) || /[级型性式类省市区县届暨]/.test(name)) return undefined;
  // A common word of the dictionary (桥头, 核心) names no place unless the dictionary says it does.
  const cls = lex.lookup(name);
  // 立刻拨通 | 片区, 积极探索 | 社区: a verb past the name's first two characters makes a clause (a verb that opens it
  // went above), unless the dictionary knows the name as a place, or as a word of three characters (解放碑).
  if (name.length >= 3 && !(cls & LEX.LOC) && !(name.length === 3 && cls & LEX.WORD) && lex.holdsVerb(name.slice(1))) return undefined;
  if (name.length === 2 && cls & LEX.WORD && !(cls & LEX.LOC) && lex.frequency(name) >= 15) return undefined;
  return name;
}

/** The length of a place the gazetteer knows at the front of `name`, with two characters or more after it (0 if none). */
function districtAhead(name: string, lex: Lexicon): number {
  if (lex.lookup(name) & LEX.LOC) return 0;
  for (let k = Math.min(name.length - 2, 4); k >= 2; k--) if (lex.isPlaceOnly(name.slice(0, k))) return k;
  return 0;
}

/**
 * 重庆 + 轨道交通4号线, 重庆 + 璧山机场, 郑州 + 新郑机场: a city's rail line and an airport named with its city are one place, the
 * line's and the airport's full name (not 重庆 | 新机场, a new airport without a name yet, nor a country's). Ports stay apart
 * from their city or province: the sets join 宁波舟山港 (7) but keep 武汉 | 阳逻港 and 广东 | 徐闻港 apart (6), and 河北 | 唐山港
 * reads as two places.
 */
const CITY_FACILITY = /^(?:(?:轨道交通|轨道|地铁|轻轨)[0-9０-９A-Z]|(?!新(?:国际)?机场)[\u4e00-\u9fff]{2,4}(?:国际)?机场$)/;

export function facilitiesWithTheirCity<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (!/轨道|地铁|轻轨|机场/.test(text)) return spans;
  return joinAdjacent(spans, (a, b) => {
    const place = text.slice(a.start, a.end);
    // 秘鲁 | 钱凯港, 哥伦比亚 | 卡塔赫纳港: a country's ports and airports have names of their own.
    if (a.label !== 'LOC' || b.label !== 'LOC' || a.end !== b.start || !lex.isPlaceOnly(place) || isCountryName(place)) return undefined;
    const facility = text.slice(b.start, b.end);
    if (!CITY_FACILITY.test(facility)) return undefined;
    return { ...a, end: b.end };
  });
}

/** Heads of a tunnel, a grand bridge or a ship lock, which have names of their own. */
const STRUCTURE_HEAD = /隧道|特?大桥|船闸/g;
/** What opens a description, not a name, before such a head (最长隧道, 一座特大桥, 在建隧道, 铁路隧道, 跨江大桥, 斜拉大桥). */
const NOT_STRUCTURE_NAME = /^(?:[这那该此每各首本全]|最|一座|两座|多座|在建|新建|城市|公路|铁路|高铁|高速|地铁|海底|山岭|越江|过江|跨江|跨河|跨海|跨线|跨铁|公铁|人行|景观|斜拉|悬索|钢桁|拱桥|双线|单线|特长|超长)/;
/** What ends such a name read backwards: NOT_IN_NAME's function words and verbs of route but 向 and 往, which names hold (向阳). */
const NOT_IN_STRUCTURE_NAME = /[的了是在和与及到对把被将从由为这那该各每等至起止于经即或个座条处着因]/;
/** The longest name before the head (向阳二号 + 隧道, 高岚河 + 特大桥). */
const MAX_STRUCTURE_NAME = 4;

/**
 * 丰山隧道, 磨盘山隧道, 向阳二号隧道, 庐安特大桥, 高岚河特大桥, 红花二线船闸: a tunnel, grand bridge or ship lock with a name of
 * its own is a place (GUIDELINES: a place with a proper name; the sets of current news mark 17 of 19 whole), which the model
 * reads as a person or not at all. Its name runs back from the head to a break, a function word, a name before it
 * (合武高铁 | 庐安特大桥), less a word of the dictionary at its start (深入 | 科学城隧道); a description (最长隧道, 铁路隧道),
 * a common word or a run holding a verb (人员进入隧道) is none.
 */
export function tunnelsAndBridges<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/隧道|大桥|船闸/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(STRUCTURE_HEAD)) {
    const h = m.index!;
    const end = h + m[0].length;
    if (overlapsAny(out, h, end)) continue;
    const before = lastSpanBefore(out, h);
    let start: number;
    if (before && before.end === h) {
      // 丰山 + 隧道: the person or place the model read right before the head is the structure's name.
      // A line or a river the model read as a place there is what the structure belongs to or spans (沱江 | 特大桥).
      if (before.label !== 'PER' && (before.label !== 'LOC' || ADMIN_END.test(text[h - 1]) || /(?:高铁|高速|铁路|公路|线|江|河)$/.test(text.slice(before.start, h)))) continue;
      start = before.start;
    } else {
      const floor = Math.max(before ? before.end : 0, h - MAX_STRUCTURE_NAME - 1);
      start = h;
      while (start > floor && /[\u4e00-\u9fff0-9]/.test(text[start - 1]) && !NOT_IN_STRUCTURE_NAME.test(text[start - 1])) start--;
      // 随着 | 望乐隧道, (站前)一标 | 庐安特大桥: a word or a works section's number before the name is no part of it.
      const section = /[一二三四五六七八九十]+标段?/.exec(text.slice(start, h));
      if (section) start += section.index + section[0].length;
      else if (h - start >= 4 && isPlainWord(lex, text.slice(start, start + 2))) start += 2;
      if (h - start > MAX_STRUCTURE_NAME) continue;
      // 村庄会因大桥: a bridge (大桥, not 特大桥) is named only from a clean break or right after a place.
      if (m[0] === '大桥' && start > 0 && !(before && before.end === start) && /[\u4e00-\u9fff0-9]/.test(text[start - 1])) continue;
    }
    const name = text.slice(start, h);
    if (name.length < 2 || NOT_STRUCTURE_NAME.test(name) || /最|全长/.test(name) || isPlainWord(lex, name)) continue;
    // 施工人员进入隧道: a verb before the head makes a clause, not a name.
    if (lex.holdsVerb(name)) continue;
    const inside = out.filter((o) => o.start < end && start < o.end);
    const place = inside.length ? { ...inside[0], start, end, label: 'LOC' as const, confidence: Math.max(0.65, ...inside.map((o) => o.confidence)) } : make({ start, end, label: 'LOC' });
    out = replacedBy(out, inside, place);
  }
  return out;
}

/** A road's head read as a place of its own (大道, 大街, 路, 街, 公路). */
const BARE_ROAD_HEAD = /^(?:大道|大街|路|街|公路)$/;

/** 东湾 + 大道: a road's head the model read apart from the name right before it is one road with it. */
export function roadHeadsJoined<T extends Scored>(text: string, spans: T[]): T[] {
  return joinAdjacent(spans, (a, b) => (a.label === 'LOC' && b.label === 'LOC' && BARE_ROAD_HEAD.test(text.slice(b.start, b.end)) ? { ...a, end: b.end } : undefined));
}
