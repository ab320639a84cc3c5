import { LabelledSpan, NameLabel } from './tags';
import { isPlainWord, LEX, Lexicon } from './lexicon';
import { FACILITY_HEAD_WORDS } from './place-heads';
import { isSurname } from './lists';

/**
 * Rules over lists and juxtapositions: A、B、C等龙头企业 names organisations, 贵州铜仁地区 is two
 * places, and a low-confidence "person" that the dictionary knows only as a place is a place.
 */

// The words between 等 and the head never hold 的, 为, a negation or a conjunction (等为一体的大型企业,
// 等与发达国家, 等不符合国家标准的产品); 国家 before 级, 标准 or 机关 is a modifier (等一批国家一级保护动物, 等国家一、二级保护动物).
// A count may come first (等100家境内外媒体).
// A count may also follow words of place (等当地260家企业).
const ORG_LIST_HEADS = /^等(?:[0-9０-９]+[多余]?)?(?:(?:(?![的为与和及比不])[\u4e00-\u9fff]){0,6}?)(?:[0-9０-９]+[多余]?家(?:(?:(?![的为与和及比不])[\u4e00-\u9fff]){0,4}?))?(?:企业|公司|龙头|车企|厂商|集团|主体|机构|银行|高校|医院|院校|媒体|实验室|研究院|研究所|大学|学院|学校|协会|学会|商会|基金会|联合会|出版社|电视台|报社|交易所|事务所|俱乐部|合作社|合作伙伴|伙伴|供应商|巨头|厂家|车厂)/;
/** 蔚来、理想、小鹏三家车企: a list closed by its count and an organisation head, without 等. */
const COUNTED_ORGS = new RegExp(`^(?:[两三四五六七八九十]|[0-9０-９]{1,2})家${ORG_LIST_HEADS.source.replace('^等(?:[0-9０-９]+[多余]?)?', '')}`);
/** Before a count, words that make it no list's end (等前6家, 约3家, 共5家). */
const COUNT_NOT_AFTER_ITEM = /[等前后近约共超逾达有是为的和与及第]/;
/** Where a list may end: each 等, and each count of firms right after a 、-list's last item. */
function listEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) ends.push(i);
  if (text.includes('、') && text.includes('家')) {
    for (const m of text.matchAll(/(?<![0-9０-９零一二两三四五六七八九十百千])(?:[两三四五六七八九十]|[0-9０-９]{1,2})家/g)) if (!COUNT_NOT_AFTER_ITEM.test(text[m.index! - 1] ?? '')) ends.push(m.index!);
    ends.sort((a, b) => a - b);
  }
  return ends;
}
const LOC_LIST_HEADS =
  /^等(?:[0-9０-９]+[多余]?)?(?:(?:(?![的为与和及比不])[\u4e00-\u9fff]){0,4}?)(?:城市(?!更新|建设|发展|管理|治理|规划|功能|品质|形象|基础|运行|安全|空间)|地区|区县|省份|省市|国家(?![一二三、]{0,3}级|标准|重点|机关|部门|领导)|港口|地方|县市|乡镇)/;
/** A list closed by 等 + towns or villages (涞滩、双槐…等30个镇街): its items are places whatever the model read them as. */
const SETTLEMENT_LIST_HEAD = /^等(?:[0-9０-９]+[多余]?)?个?(?:乡镇|镇街|街镇|镇(?![长区委政党])|街道(?![办党工])|村(?![民委干集党两]))/;
const ITEM_BREAK = /[，。：；“”（）《》\s以在和与及对把被将从向由的了]/;

// isPlainWord lives beside the lexicon, so the place rules, which this file imports, can ask it too.
export { isPlainWord };

/** A company the dictionary of proper nouns knows (小米, 百度) and no place. */
export function isDictionaryCompany(lex: Lexicon, s: string): boolean {
  const cls = lex.lookup(s);
  return (cls & LEX.NAME_ORG) !== 0 && (cls & (LEX.LOC | LEX.NAME_LOC)) === 0;
}

export interface Scored {
  start: number;
  end: number;
  label: string;
  confidence: number;
}

const CONJUNCTION = /[和与及]/;
/** An item joined by 和 may be the subject of the clause instead (我们和X、Y等企业合作). */
const PRONOUN = /[我你他她它们这那该其]/;

/**
 * The items of the 、-list that ends just before `dengAt` (the index of 等), first item last resort trimmed.
 * 和, 与 or 及 may join two items (光明日报和新华社、彭博社等媒体), unless what comes before it is a
 * short plain word, holds a pronoun or closes a list of its own (北大、复旦等高校和中科大、浙大等大学).
 */
function listItems(text: string, dengAt: number, lex?: Lexicon): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let end = dengAt;
  // Up to 40 items: a weather warning lists 30 towns (涞滩、双槐、龙市…等30个镇街).
  for (let guard = 0; guard < 40; guard++) {
    let start = end;
    // 和 right before 等 joins nothing: it ends the last item's name (…、云门、太和等30个镇街).
    while (start > 0 && end - start < 14 && text[start - 1] !== '、' && (!ITEM_BREAK.test(text[start - 1]) || (start === end && CONJUNCTION.test(text[start - 1])))) start--;
    if (start === end || end - start >= 14) break;
    const item = text.slice(start, end);
    // 农民日报 is a word of the dictionary too: only a short one is taken for a common noun (企业和…).
    if (CONJUNCTION.test(text[end] ?? '') && ((item.length <= 3 && isPlainWord(lex, item)) || PRONOUN.test(item) || item.includes('等'))) break;
    items.unshift([start, end]);
    if (text[start - 1] !== '、' && !CONJUNCTION.test(text[start - 1] ?? '')) break;
    end = start - 1;
  }
  return items.length >= 2 ? items : [];
}

/**
 * A list closed by 等 + an organisation head (企业, 公司, 龙头, 主体 …) lists organisations; one closed
 * by 等 + a place head (城市, 地区 …) lists places. Each item becomes one span of that label,
 * replacing spans inside it.
 */
export function listHeads<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  let out = spans;
  for (const i of listEnds(text)) {
    const after = text.slice(i, i + 12);
    // A list of towns names each by its name alone, common word or not (燕窝, 盐井 …等30个镇街).
    const towns = SETTLEMENT_LIST_HEAD.test(after);
    const label: NameLabel | undefined = ORG_LIST_HEADS.test(after) || COUNTED_ORGS.test(after) ? 'ORG' : LOC_LIST_HEADS.test(after) || towns ? 'LOC' : undefined;
    if (!label) continue;
    const items = listItems(text, i, lex);
    // 科研机构、高等院校: the 等 of a word (高等), not the end of a list.
    if (items.some(([s, e]) => e - s < 2)) continue;
    // 报刊、广播、电视等传统媒体: a list of common words names kinds, not organisations.
    if (items.every(([s, e]) => isPlainWord(lex, text.slice(s, e)))) continue;
    if (items.length) {
      // The first item may carry words before it (涌现出X、Y): a span ending at its end marks its start.
      const [s0, e0] = items[0];
      const known = out.find((o) => o.end === e0 && o.start > s0);
      if (known) items[0] = [known.start, e0];
      else {
        // Otherwise a first item much longer than the others keeps only their length (覆盖X、Y).
        const longest = Math.max(...items.slice(1).map(([a, b]) => b - a));
        if (e0 - s0 >= longest + 2) items[0] = [e0 - longest, e0];
      }
    }
    // 华峰化工、铝业、新材料等12家公司: a list that counts its members may name them by their trades; a
    // short item only the model reads as a name is taken (彭博社).
    const counted = /^等[0-9０-９]/.test(after) || COUNTED_ORGS.test(after);
    // 防城港市、崇左市…那坡县等市县融媒体中心: the bodies are those of places the list names by level; the items are places.
    const bodiesOfPlaces = label === 'ORG' && PLACES_BODIES_AFTER.test(after);
    const grade = label === 'ORG' && LEVEL_GRADE_AFTER.test(after);
    for (const [s, e] of items) {
      if (bodiesOfPlaces && lex && isPlace(lex, text.slice(s, e))) continue;
      if (grade && lex && /[省市区县]$/.test(text.slice(s, e)) && isPlace(lex, text.slice(s, e))) continue;
      if (!/^[\u4e00-\u9fffA-Za-z0-9（）()]+$/.test(text.slice(s, e))) continue;
      if (counted && !towns && (isPlainWord(lex, text.slice(s, e)) || (e - s <= 3 && !out.some((o) => o.start < e && s < o.end)))) continue;
      const inside = out.filter((o) => o.start < e && s < o.end);
      if (inside.some((o) => o.start < s || o.end > e)) continue;
      if (inside.length === 1 && inside[0].start === s && inside[0].end === e && inside[0].label === label) continue;
      // A place list item that the model split into places stays as it is (重庆、四川等地区); so does a place
      // in a counted list without 等 (泗阳、泗洪、宿豫三家同体系村镇银行: the banks are named after them). An item of a
      // list of towns read whole as a person or an organisation is the place the list says it is (双槐、隆兴…等30个镇街).
      const readWhole = inside.length === 1 && inside[0].start === s && inside[0].end === e;
      if (label === 'LOC' && inside.length > 0 && !(readWhole && towns)) continue;
      if (!after.startsWith('等') && inside.some((o) => o.label === 'LOC')) continue;
      out = out.filter((o) => !inside.includes(o));
      out.push(make({ start: s, end: e, label }));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 等市县融媒体中心, 等区县政府, 等12个市县: what follows a list of places whose bodies or levels follow. */
const PLACES_BODIES_AFTER = /^等(?:[0-9０-９一二两三四五六七八九十]+个)?(?:[省市区县州乡镇]{1,2}(?![级内外场属直])|地(?![方区域]))/;
/** 等县级融媒体中心: a level's grade after 等, which keeps only items named with their suffix as places (not 华西、湘雅等省级医院). */
const LEVEL_GRADE_AFTER = /^等(?:[0-9０-９一二两三四五六七八九十]+个)?[省市区县]级/;

const ADMIN_SUFFIX = new Set('省市县区镇乡村州');
/** 中山|北路, 莲花|北路: a compass part and a road head finish a road's name, they are no place. */
const ROAD_PART = /^[东南西北中](?:路|街|大街|大道|环|二环|三环)$/;
/** 重庆|北站, 江北|国际机场: a facility named after its place finishes that place's name. */
const FACILITY = new RegExp(`^(?:${FACILITY_HEAD_WORDS.join('|')}|[东南西北]站)$`);
// Also a site's head that is a place's name elsewhere (丽江 + 古城, 古城 a district of Lijiang): 丽江古城 is one site.
const AREAL = /^(?:地区|新区|高新区|开发区|经开区|自贸区|保税区|综保区|片区|库区|山区|流域|县城|城区|古城|新城|古镇|运河|自治县|自治州|自治旗|市|区|县|省)$/;

/** Whether `s` is a place in the lexicon, directly or with an areal suffix dropped (铜仁地区 → 铜仁, 秀山县 → 秀山). */
export function isPlace(lex: Lexicon, s: string): boolean {
  if (s.length >= 2 && lex.lookup(s) & LEX.LOC) return true;
  const m = /(?:地区|市|区|县|州)$/.exec(s);
  return !!m && s.length - m[0].length >= 2 && (lex.lookup(s.slice(0, -m[0].length)) & LEX.LOC) !== 0;
}

/** A hall or palace the dictionary knows as a name (北京 | 人民大会堂), or a resort, hotel or park named apart (合川 | 友缘山庄): a place of its own after its city. */
function isLandmark(lex: Lexicon, s: string): boolean {
  if (s.length >= 3 && /[堂宫]$/.test(s) && (lex.lookup(s) & (LEX.ORG | LEX.LOC)) !== 0) return true;
  // 合川 | 友缘山庄: a resort or hotel with a name of its own, not a plain word (重庆动物园 stays whole).
  const site = LANDMARK_HEAD.exec(s);
  // 哈尔滨 | 市儿童公园 would cut the city's suffix off.
  return site !== null && site.index >= 2 && !/^[省市区县镇乡村]/.test(s) && !isPlainWord(lex, s.slice(0, site.index));
}
const LANDMARK_HEAD = /(?:山庄|度假村|大酒店|酒店|宾馆|公园)$/;

/**
 * A place the dictionary knows whole and uses often (罗马尼亚, 中华人民共和国, 南京东路: ten times or more)
 * is one place, whatever its parts; a rare whole entry (贵州铜仁地区, 3 times) is a juxtaposition.
 */
export function commonPlace(lex: Lexicon, s: string, minFreq = 5): boolean {
  const slot = lex.slotOf(Lexicon.hashWord(s));
  // freq holds round(2·ln(count + 1)): 5 is a count of about ten, 7 of about thirty.
  if (slot < 0) return false;
  const meta = lex.metaAt(slot);
  return (meta & LEX.LOC) !== 0 && ((meta >>> 16) & 0xff) >= minFreq;
}

/** 贵州铜仁地区 → 贵州 | 铜仁地区, 重庆涪陵 → 重庆 | 涪陵, 北京人民大会堂 → 北京 | 人民大会堂: juxtaposed places are split (GUIDELINES). */
export function splitJuxtaposed<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const t = text.slice(s.start, s.end);
    let done = false;
    // A name the dictionary knows whole as a person's or organisation's, never a place's (阿里巴巴), is one name, not two places.
    const cls = lex.lookup(t);
    const wholeWord = (cls & LEX.LOC) === 0 && (cls & (LEX.PER | LEX.NAME_ORG | LEX.NAME_PER)) !== 0;
    if (s.label === 'LOC' && t.length >= 4 && !commonPlace(lex, t) && !wholeWord) {
      for (let k = 2; k <= t.length - 2 && !done; k++) {
        const head = t.slice(0, k);
        const rest = t.slice(k);
        if (AREAL.test(rest) || ROAD_PART.test(rest) || FACILITY.test(rest) || !(lex.lookup(head) & LEX.LOC) || !(isPlace(lex, rest) || isLandmark(lex, rest))) continue;
        // The bridge over the river the head names (永定 + 河大桥 is 永定河's bridge).
        if (/^[河江湖溪]/.test(rest) && FACILITY.test(rest.slice(1))) continue;
        // A one-character name with its suffix (东河|南镇, 延吉|新村) is no place of its own here.
        if (rest.length === 2 && ADMIN_SUFFIX.has(rest[1])) continue;
        // A cut through a place the dictionary knows (祁连 | 山国家公园 cuts 祁连山) is no border between two.
        if (lex.lookup(t.slice(0, k + 1)) & LEX.LOC) continue;
        out.push({ ...s, end: s.start + k }, { ...s, start: s.start + k });
        done = true;
      }
    }
    if (!done) out.push(s);
  }
  return out;
}

/**
 * A weak PER whose text the dictionary knows as a place and never as a name is a place (乌江) — if
 * the dictionary uses it as one dozens of times: its rare place entries hold foreign and literary
 * names of people (迪里拜尔, 谷内敏美, 绍棠).
 */
export function placesNotPeople<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'PER' || s.confidence >= 0.6) return s;
    const t = text.slice(s.start, s.end);
    return commonPlace(lex, t, 7) && !(lex.lookup(t) & LEX.PER) ? { ...s, label: 'LOC' } : s;
  });
}

/**
 * A weak place that is a common word and no name in the dictionary (新春惠民演出's 惠民 is a county's name
 * too, so it stays; 中华龙灯艺术节's 中华 goes), or the 陆海 (land and sea) of 西部陆海新通道, is no place (nor
 * 陆海新 a person).
 */
/** Kinds of place jieba's dictionary tags as places (城中村, an urban village): no name however sure the model is (12 of 12 unmarked in the sets). */
const KINDS_TAGGED_AS_PLACES = new Set(['城中村']);

export function isKindOfPlace(s: string): boolean {
  return KINDS_TAGGED_AS_PLACES.has(s);
}

export function weakPlainPlaces<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.filter((s) => {
    if (s.label === 'LOC' && isKindOfPlace(text.slice(s.start, s.end))) return false;
    // 陆海新 + 通道 read as a person, however sure: the corridor's name holds no name.
    if (s.label === 'PER' && text.slice(s.start, s.end) === '陆海新' && text.startsWith('通道', s.end)) return false;
    if (s.label !== 'LOC' || s.confidence >= 0.6) return true;
    const t = text.slice(s.start, s.end);
    return !((s.confidence < 0.55 && isPlainWord(lex, t)) || (t === '陆海' && text.startsWith('新通道', s.end)));
  });
}

/**
 * Characters that end places (洪崖洞, 罗汉寺, 朝天门码头 …) and almost never a given name: 16 of the 14,467
 * given names of People's Daily 1998 end in one of 洞寺塔峡湾岛坝庙宫.
 */
const PLACE_ENDS = new Set('洞寺塔峡湾岛坝庙宫'.split(''));
/**
 * 村, 镇 and 乡 end 15 of the 33,577 name tokens of two characters or more in People's Daily 1998 (雪村, 良镇):
 * a three-character "name" ending in one is a place (李坪村).
 */
const SETTLEMENT_ENDS = new Set('村镇乡'.split(''));
/** Heads of rivers and lakes. */
const WATER_ENDS = new Set('江河湖溪'.split(''));
/** The organs of a new area, named after it (郑东新区党工委, 两江新区管委会). */
const AREA_ORGAN = /^(?:党工委|管委会|工委|党委)/;

/**
 * A person the model is not sure of whose name ends like a place (洪崖洞, 李坪村) is that place; so is any
 * person before 新区 or read into it (郑东新区).
 */
export function placeEndsNotPeople<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    if (s.label !== 'PER' || s.end - s.start < 2) return s;
    // 郑东新 + 区, 郑东 + 新区: a new area, which no person is named like; with its organ after it, that organ.
    const area = text[s.end - 1] === '新' && text[s.end] === '区' ? s.end + 1 : text.startsWith('新区', s.end) ? s.end + 2 : -1;
    // 王新 + 区长: a title, not an area.
    if (area > 0 && !/^(?:长|委|政府|人大|政协)/.test(text.slice(area, area + 2))) {
      const organ = AREA_ORGAN.exec(text.slice(area, area + 3));
      return organ ? { ...s, end: area + organ[0].length, label: 'ORG' } : { ...s, end: area, label: 'LOC' };
    }
    if (s.confidence >= 0.9) return s;
    const last = text[s.end - 1];
    // 琼江, 濑溪: two characters ending in a river's or lake's head with no surname first (the corpora and the sets of current
    // news hold no such person; 奥山, 大山 end in 山, which is left out; 小溪, 晓溪, 明湖 are given names used alone).
    const water = s.end - s.start === 2 && WATER_ENDS.has(last) && !isSurname(text[s.start]) && !/[小晓阿老明]/.test(text[s.start]);
    return water || PLACE_ENDS.has(last) || (s.end - s.start >= 3 && SETTLEMENT_ENDS.has(last)) ? { ...s, label: 'LOC' } : s;
  });
}

const PLACE_SUFFIX = /^[省市区县镇乡旗]$/;

/**
 * A person whose name is a place of the same paragraph without its suffix is that place: 梁平区的“梁平柚”
 * (the model reads 梁平 as a surname and a given name). A sure person stays one, and so does a person
 * beside a village named after one (屈原村).
 */
export function shortPlaceNames<T extends Scored>(text: string, spans: T[]): T[] {
  const places = new Set<string>();
  for (const s of spans) {
    if (s.label === 'LOC' && s.end - s.start >= 3 && PLACE_SUFFIX.test(text[s.end - 1])) places.add(text.slice(s.start, s.end - 1));
  }
  if (places.size === 0) return spans;
  return spans.map((s) => (s.label === 'PER' && s.confidence < 0.9 && places.has(text.slice(s.start, s.end)) ? { ...s, label: 'LOC' } : s));
}

const MEDIA = /(?<=^|[^\u4e00-\u9fff]|[据在从和与及、])((?:[\u4e00-\u9fff]{2,4}[-－])?[\u4e00-\u9fff]{2,4}?(?:日报社|日报|晚报|晨报|商报|时报|早报|都市报|青年报|电视台|广播电台))/g;

/** Satellite television channels named by a brand, not by their province or city (东方卫视, 凤凰卫视). */
const SATELLITE_BRANDS = new Set(['东方', '凤凰', '星空', '阳光', '东南', '旅游']);
const MEDIA_HEAD = /(?:日报社|日报|晚报|晨报|商报|时报|早报|都市报|青年报|电视台|广播电台)$/;
export const LEADING_FUNCTION = new Set('我你他她它向对比到据另但为在从和与及把被将由是也又就还都');

const NO_NAME = /^(?:[一这那有某每各该此多几数][些家个种类]|部分|各地|各级|当地|本地|外地|地方|全国|国内|国外|境外)$/;

/**
 * A dateline opening a story: the outlet, the place it files from, the date, 电 or 讯 (人民网重庆11月28日电,
 * 中新社北京3月1日电, 中新网 北京3月5日电, 海外网10月30日电). Online outlets (X网) carry no head the pattern above knows.
 */
const DATELINE = /^[\s　（(【]*([\u4e00-\u9fff]{1,5}?(?:网|社|新闻|客户端|在线|融媒))(?!网)[\s　]*(?:[\u4e00-\u9fff]{2,8}?[\s　]*)?(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)/;
/** A date and 电 right after a wire's name (人民财讯8月22日电). */
const DATE_THEN_DIAN = /^[0-9０-９]{1,2}月[0-9０-９]{1,2}日电/;
/** A story opening with its outlet and 讯 (南都讯, 智通财经APP讯): any name there is the outlet's. */
// 专讯 is an outlet's exclusive (【明报专讯】, 伯乐头条专讯：), its 专 no part of the name.
const OUTLET_OPENING = /^[\s　（(【]*([\u4e00-\u9fff]{2,8}?)(?:APP|App|app|客户端)?专?讯(?=[\s　，,：:（(【】]|[0-9０-９]|记者)/;

/** 【鹿光网】, 【环球时报】: an outlet's name in 【】 opening a story, as sites and papers mark their own reports (not a column: 【热点新闻】, 【要闻速报】). */
const BRACKETED_OUTLET = /^[\s　]*【[\s　]*([\u4e00-\u9fff]{2,6}(?:网|在线|日报|晚报|时报|客户端|融媒))[\s　]*】/;

/** The dictionary's log-frequency class from which a place opening a story before 讯 is a city (北京 21, 漳州 11; 南都 7). */
const COMMON_PLACE = 10;

/** An outlet of any kind (报, 网, 新闻, 客户端) before 讯 or 记者 opening a byline (also in its bracket: 青海羚网 （记者 贾玉林）), or before 报道 or 推出 (also out of 《》). */
const OUTLET_BEFORE_BYLINE =
  /(?<=^|[^\u4e00-\u9fff]|[据在从和与及、])([\u4e00-\u9fff]{2,4}?(?:报|网|新闻|客户端|在线|融媒))(?=》?(?:讯|记者|消息|报道|推出|获悉)|[\s　]*[（(](?:记者|通讯员))/dg;
const REPORTING_WORD = /讯|记者|消息|报道|推出|获悉/;
/** Kinds of outlet, not names (本报讯, 该报记者, 网络新闻报道, 手机客户端). */
const GENERIC_OUTLET = /^(?:本|该|此|各|据|其|一|多(?!彩))|^(?:网络|电视|手机|官方|相关|各大|主流|媒体|新闻|晚|日|早|快|情报|电报|画报|海报|公报|简报|通报|举报|汇报|预报|警报|捷报|喜报)/;

/**
 * Whether an outlet's name read from the text holds a function word (据, 在, 的): a clause's words, no name. 在 of 浙江在线 is
 * the head's; 和 opening a paragraph or following a break (`opensClause`) is the name's (和讯网, 和商网), no conjunction.
 */
function holdsFunctionWord(name: string, opensClause = false): boolean {
  const words = opensClause ? name.replace(/^和/, '') : name;
  return [...words.replace(/在线$/, '')].some((c) => LEADING_FUNCTION.has(c) || c === '的' || c === '了');
}

/**
 * 浙江在线, 永川融媒, 中青在线: an outlet named 在线 or 融媒 has a place or a brand before the head, not an everyday word,
 * a level or a count (全程在线报道, 县级融媒记者, 很多人在线).
 */
function placeBeforeOnlineHead(name: string, lex: Lexicon | undefined): boolean {
  const head = /(?:在线|融媒)$/.exec(name);
  if (!head) return true;
  const brand = name.slice(0, head.index);
  // 中青在线, 中安在线: a brand of its own; not a plain word (全程, 实时), a level or a count (县级, 全市, 区县, 很多人).
  return !/[级全各县市区多很人些个]|记者|委员|代表|人员|群众|网友|观众|嘉宾|专家|师生|员工/.test(brand) && !isPlainWord(lex, brand);
}

/** 重庆日报, 新X-X日报: an outlet after a boundary, with its group's brand before a hyphen; an outlet opening a dateline. */
export function mediaOutlets(text: string, lex?: Lexicon): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  const dateline = DATELINE.exec(text);
  // A dateline opens its paragraph.
  if (dateline && !dateline[1].startsWith('本') && !holdsFunctionWord(dateline[1], true) && placeBeforeOnlineHead(dateline[1], lex)) {
    const start = dateline[0].indexOf(dateline[1]);
    out.push({ start, end: start + dateline[1].length, label: 'ORG' });
  }
  const opening = dateline ? null : OUTLET_OPENING.exec(text);
  // Only its first character may not be a function word: 都 of 南都 is the name's.
  // 讯 of a word is no outlet's (资讯, 闻讯, 通讯, 喜讯); 财讯 names a wire whole (below).
  if (opening && !GENERIC_OUTLET.test(opening[1]) && !LEADING_FUNCTION.has(opening[1][0]) && !/[的了]/.test(opening[1]) && !/[资闻通音喜电简快视应传审财]$/.test(opening[1])) {
    const start = opening[0].indexOf(opening[1]);
    // 北京讯: a city the dictionary uses often, opening the story, is the dateline's place (本报北京讯 without 本报), not
    // an outlet; a rarer place word is the paper's (南都讯).
    const place = lex !== undefined && lex.isPlaceOnly(opening[1]) && lex.frequency(opening[1]) >= COMMON_PLACE;
    out.push({ start, end: start + opening[1].length, label: place ? 'LOC' : 'ORG' });
  } else if (opening && /[财资快视]$/.test(opening[1]) && !LEADING_FUNCTION.has(opening[1][0]) && DATE_THEN_DIAN.test(text.slice(opening[0].length))) {
    // 人民财讯8月22日电: a wire named 财讯 (financial news), its date and 电 after it; the 讯 is the name's.
    const start = opening[0].indexOf(opening[1]);
    out.push({ start, end: start + opening[1].length + 1, label: 'ORG' });
  }
  const bracketed = BRACKETED_OUTLET.exec(text);
  if (bracketed && !GENERIC_OUTLET.test(bracketed[1]) && placeBeforeOnlineHead(bracketed[1], lex) && !out.some((o) => o.start < bracketed[0].length)) {
    const start = bracketed[0].indexOf(bracketed[1]);
    out.push({ start, end: start + bracketed[1].length, label: 'ORG' });
  }
  // Cheap pre-check: every outlet head contains 报 or 台.
  const heads = text.indexOf('报') >= 0 || text.indexOf('台') >= 0;
  for (const m of heads ? text.matchAll(MEDIA) : []) {
    // The match may begin at the text start with a preposition (据X日报): drop it.
    const skip = /^[据在从和与及]/.test(m[0]) && !/[-－]/.test(m[0]) && m[0].length > 4 ? 1 : 0;
    let start = m.index! + skip;
    const end = m.index! + m[0].length;
    const head = end - (MEDIA_HEAD.exec(m[0])?.[0].length ?? 0);
    // The end of a date or a dateline before the outlet is not part of it (１６日讯人民日报社).
    if (/[0-9０-９]/.test(text[start - 1] ?? '') && /[年月日号]/.test(text[start])) start++;
    while (head - start > 2 && /[讯电]/.test(text[start])) start++;
    // A pronoun, preposition or adverb before the outlet is not part of it (我向人民日报, 但中央电视台).
    while (head - start > 1 && LEADING_FUNCTION.has(text[start])) start++;
    // 及时报道 / 及时报案: 及时 is the word, 报 a verb.
    if (text[head - 1] === '及' && text[head] === '时') continue;
    // 一些电视台, 各地电视台: a determiner where the name should be; an outlet has a name.
    if (NO_NAME.test(text.slice(start, head))) continue;
    out.push({ start, end, label: 'ORG' });
  }
  // 东方卫视, 湖南卫视, 黑龙江卫视: a satellite channel, named by its province or city or by its brand; not 各大卫视, 省级卫视
  // or a verb's object (收看卫视).
  for (let at = text.indexOf('卫视'); at >= 0; at = text.indexOf('卫视', at + 2)) {
    // The province or city (黑龙江, 湖南, 深圳) or a channel's brand (东方, 凤凰) before it; not 各大卫视, 一线卫视.
    const name = [3, 2].map((k) => text.slice(Math.max(0, at - k), at)).find((x) => x.length >= 2 && (SATELLITE_BRANDS.has(x) || (lex !== undefined && lex.isPlaceOnly(x))));
    if (!name) continue;
    const start = at - name.length;
    if (!out.some((o) => o.start < at + 2 && start < o.end)) out.push({ start, end: at + 2, label: 'ORG' });
  }
  // 新京报讯, 华龙网记者, 上游新闻推出: any outlet before a byline's 讯 or 记者, or a verb of reporting.
  for (const m of REPORTING_WORD.test(text) ? text.matchAll(OUTLET_BEFORE_BYLINE) : []) {
    let name = m[1];
    let start = m.indices![1][0];
    // 据 read into the match (据澎湃新闻报道) is the preposition, not the name's.
    while (name.length > 3 && LEADING_FUNCTION.has(name[0])) {
      name = name.slice(1);
      start++;
    }
    // 详见财新网报道, 转自人民网: a verb pointing to the source is no part of its name.
    if (name.length > 4 && /^(?:详见|参见|转自|引自|来自)/.test(name)) {
      name = name.slice(2);
      start += 2;
    }
    // An outlet in 《》 is the whole title (《法律与经济报》 holds no 经济报).
    if (text[start + name.length] === '》' && text[start - 1] !== '《') continue;
    // 活动本报记者: 本报 (this paper) inside is no outlet's name.
    const opensClause = start === 0 || !/[\u4e00-\u9fff]/.test(text[start - 1]);
    if (GENERIC_OUTLET.test(name) || /[本该我]报$/.test(name) || holdsFunctionWord(name, opensClause)) continue;
    if (!placeBeforeOnlineHead(name, lex)) continue;
    if (!out.some((o) => o.start < start + name.length && start < o.end)) out.push({ start, end: start + name.length, label: 'ORG' });
  }
  return out;
}

/** A group someone leads somewhere (率调研组到, 带队): what follows 率 or 带 ending a three-character "name". */
const LED_GROUP = /^(?:[\u4e00-\u9fff]{0,4}?(?:组|团|队)|领)/;
/** What a person gives (作 + …): a report or a speech. */
const GIVEN_AFTER_NAME = /^(?:[\u4e00-\u9fff]{0,4}?报告|重要讲话|讲话|发言|主旨演讲|动员|部署|总结)/;
/** Adverbs a three-character given name almost never ends in (9 of the corpora's 8,461, seven of them in 曾: 唐师曾): 吴清曾担任, 吴清已提出. */
const ADVERB_AFTER_NAME = /^[曾已也还又仍亦]$/;
/** Characters doubled as adverbs of manner (轻轻, 默默, 静静, 紧紧, 慢慢, 久久, 深深, 渐渐, 常常, 悄悄). */
const DOUBLED_ADVERB = new Set('轻默静紧慢久深渐常悄暗连频缓细'.split(''));
/** Verbs said of a person right after the name: reporting, attending, leading a visit. */
const VERB_AFTER_NAME = new Set(
  // Not 强调: 强 ends many given names (王志强调研).
  '应邀 应约 出席 主持 指出 介绍 要求 认为 参加 带队 陪同 会见 考察 调研 率队 一行 表示 透露 坦言 告诉 说道 讲话 致辞 宣布 通报 作出'.split(' '),
);

/**
 * Adverbs of manner a name runs into (陈熠顽强, 王伟积极): two characters, the first of them read as the name's last. Not
 * those whose first character often ends a given name (张国立即将, 王建成功, 刘晓坚决心, 王全力, 李源一起).
 */
const MANNER_ADVERBS: ReadonlySet<string> = new Set(
  '顽强 积极 认真 迅速 主动 果断 努力 再次 首次 继续 率先 及时 随即 亲自 专门 共同 分别 当场 相继 依次 随后'.split(' '),
);

/** Whether what is said of a person starts at `at`: a verb said of people, or 说 or 称 before a clause break (说，). */
function saidAt(text: string, at: number): boolean {
  return VERB_AFTER_NAME.has(text.slice(at, at + 2)) || (/[说称]/.test(text[at]) && /[，,：:]/.test(text[at + 1] ?? ''));
}

/**
 * 周龙扎根体校12年: the model runs a two-character name into the verb after it. A person of four
 * characters is a Chinese name only with a compound surname (欧阳予倩); otherwise, when it opens with a
 * surname and its last two characters are a word of the dictionary no name uses, the name is the first two.
 */
export function verbsAfterNames<T extends Scored>(text: string, spans: T[], lex: Lexicon, isSurname: (c: string) => boolean, isCompound: (s: string) => boolean): T[] {
  // 张冠李戴: an idiom of the dictionary is no four-character name.
  const people = spans.filter((s) => !(s.label === 'PER' && s.end - s.start === 4 && isPlainWord(lex, text.slice(s.start, s.end))));
  return people.map((s) => {
    // 梁赛应邀出席: a three-character name whose last character opens a verb said of people is the first two;
    // so is one ending in 说 or 称 before a clause break (王越说，).
    if (s.label === 'PER' && s.end - s.start === 3 && isSurname(text[s.start])) {
      // 赵延轻轻挥动: the first of a doubled adverb after a two-character name (轻轻, 默默, 紧紧) is no part of it.
      if (text[s.end] === text[s.end - 1] && DOUBLED_ADVERB.has(text[s.end])) return { ...s, end: s.end - 1 };
      if (saidAt(text, s.end - 1)) return { ...s, end: s.end - 1 };
      // 吴清已提出申请, 马猛也在主席台: an adverb before the verb, and the name is the first two; after 曾, which ends a few
      // names (唐师曾说, 唐师曾摄), only before a verb of two characters or one that makes a verb with it (吴清曾担任, 曾任, 曾在).
      const adverbBeforeVerb = () => lex.isVerb(text.slice(s.end, s.end + 2)) || /^[在是为于任经有到]/.test(text[s.end] ?? '') || (text[s.end - 1] !== '曾' && /^[去来将]/.test(text[s.end] ?? ''));
      if (ADVERB_AFTER_NAME.test(text[s.end - 1]) && adverbBeforeVerb()) return { ...s, end: s.end - 1 };
      // 会见贾耕时表示: 时 (when) after a two-character name, before what is said; 梁超边说边: 边 of 边…边 (while).
      if (text[s.end - 1] === '时' && saidAt(text, s.end)) return { ...s, end: s.end - 1 };
      if (text[s.end - 1] === '边' && text[s.end + 1] === '边') return { ...s, end: s.end - 1 };
      // 林纲站在沙盘旁: 站 (stands) before where or how the person stands.
      if (text[s.end - 1] === '站' && /[在着起上]/.test(text[s.end] ?? '')) return { ...s, end: s.end - 1 };
      // 刘捷作政府工作报告: 作 (gives) before the report or speech the person gives.
      if (text[s.end - 1] === '作' && GIVEN_AFTER_NAME.test(text.slice(s.end, s.end + 6))) return { ...s, end: s.end - 1 };
      // 陈熠顽强将比分追至: an adverb of manner the name's last character opens (顽强, 积极, 随即) before what the person does.
      if (MANNER_ADVERBS.has(text.slice(s.end - 1, s.end + 1))) return { ...s, end: s.end - 1 };
      // 祝勤率调研组: 率 or 带 (leads) before the group the person leads.
      if (/[率带]/.test(text[s.end - 1]) && LED_GROUP.test(text.slice(s.end, s.end + 6))) return { ...s, end: s.end - 1 };
    }
    if (s.label !== 'PER' || s.end - s.start !== 4) return s;
    const name = text.slice(s.start, s.end);
    if (!/^[\u4e00-\u9fff]{4}$/.test(name) || isCompound(name.slice(0, 2)) || !isSurname(name[0])) return s;
    const cls = lex.lookup(name.slice(2));
    return cls & LEX.WORD && !(cls & LEX.PER) ? { ...s, end: s.start + 2 } : s;
  });
}

/** What is said of a crop or a fruit, not of a person: growing it, its fruit, its trade, its orchards. */
const PRODUCE_AFTER = /^(?:产业|栽培|鲜果|罐头|果园|品种|地理标志|设施栽培|之乡|采摘节|喜获丰收|丰收|成熟|飘香|产区|种植基地|亩产|节(?![前后日期间]))/;
/** What follows a town or site read as a person after its county, and no person: a line's other end, a works, a voltage. */
const PLACE_THING_AFTER = /^(?:至|[0-9０-９]|航运|枢纽|工程|项目|段|站|片区|园区)/;

/**
 * 杨梅产业, 白灵菇罐头, 荣昌 + 许溪220千伏, 永川 + 陈食至江津: a fruit or crop named like a person (杨 and 黄 are surnames;
 * jieba even tags 杨梅 as a name) is no person before what is said of a crop (not of people: 种植, 采摘); a town or site the
 * model reads as a person after its county, before a line's other end, a works or a number, is a place. Only names of two
 * characters the model is not sure of (株洲李强开办 keeps its person).
 */
export function producePlaceNotPeople<T extends Scored>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'PER' || s.end - s.start !== 2 || s.confidence >= 0.9) {
      out.push(s);
      continue;
    }
    const before = spans[i - 1];
    // 荣昌 + 许溪220千伏: the town under the county it follows.
    if (before !== undefined && before.label === 'LOC' && before.end === s.start && PLACE_THING_AFTER.test(text.slice(s.end, s.end + 2))) out.push({ ...s, label: 'LOC' });
    else if (!PRODUCE_AFTER.test(text.slice(s.end, s.end + 4))) out.push(s);
  }
  return out;
}
