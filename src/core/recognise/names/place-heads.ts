import { LabelledSpan } from './tags';
import { LEX, Lexicon } from './lexicon';
import { joinAdjacent, withoutSpansInside } from './span-edges';
import { PROVINCIAL_UNITS } from './lists';
import { isCountryName } from './countries';

/**
 * Heads a place's name ends in, which the model leaves out of the place or reads as an organisation's: areal and
 * facility heads after a place (彭水 + 县城, X + 西收费站, 长江 + 大桥, 昌州 + 街道), and streets, squares and
 * stations read as organisations (解放碑步行街).
 */

// 平陆 + 运河 (not a country's canals, 中国运河), 深圳湾 + 体育中心, 重庆港龙头 + 作业区: a canal, a sports centre or park
// and a port's working area named after a place; a city's 组团 (长沙组团 of 巴南区), not a delegation formed (重庆组团参加).
/** What a delegation formed (组团) does next: goes, attends, visits, holds a fair (not 进一步 or 出台, said of a city's 组团 too). */
const DELEGATION_VERB_WORDS = '参加|参展|参会|参赛|参与|赴|前往|出访|出征|出国|出席|亮相|来[渝京沪华蓉]|来到|到(?![0-9０-９])|去|考察|访问|观摩|学习|在|开展|举办|招商|推介|征战|走进|进京|进博|式';
export const AREAL_HEADS = new RegExp(`^(?:[东南西北]?收费站|运河|体育中心|体育公园|作业区|高新区|协同创新区|创新区|新区|开发区|经开区|自贸区|综合保税区|保税区|综保区|工业园区|工业园|新城|县城|城区|地区|片区|院区|校区|库区|山区|流域|复线|二线|地带|经济特区|经济区|港区|新片区|组团(?!${DELEGATION_VERB_WORDS})|遗址|中轴线|自由贸易港|自贸港|国际港站|国际港务区|深合区|自贸试验区|自由贸易试验区|经济技术开发区|经济开发区|自然保护区)`);
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
const NOT_IN_AREA_NAME = /[的了是在和与及到对把被将从由为以向个这那各每等]/;
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

/** A landform's head after its name (帕米尔 + 高原, 四川 + 盆地, 毛乌素 + 沙地): not 草原, which follows a region as often as it names one. */
const LANDFORM_HEAD = /^(?:(?:高原|沙漠)(?!化|反应|特色|医学|病|夏菜)|盆地|平原|沙地|山脉|半岛|群岛|丘陵|脉)/;

/**
 * 帕米尔高原, 青藏高原, 四川盆地, 毛乌素沙地: a landform is one place with its head (the sets of current news mark them
 * whole); the model reads the name alone, a pair of abbreviations apart (青 | 藏), or a sound name as a person.
 */
export function landformsWhole<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (!/高原|盆地|平原|沙漠|沙地|山脉|半岛|群岛|丘陵/.test(text)) return spans;
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Not after a division named with its suffix (北京市 | 平原地区: the city's plains).
    let head = (s.label === 'LOC' || (s.label === 'PER' && s.end - s.start >= 3)) && !/[省市县区]/.test(text[s.end - 1]) && LANDFORM_HEAD.exec(text.slice(s.end, s.end + 6));
    // 安第斯山 + 脉: 脉 finishes a range the model ended at 山; alone it heads nothing.
    if (head && head[0] === '脉' && text[s.end - 1] !== '山') head = null;
    // 中国沙漠面积, 新疆沙漠公路: a country's or province's deserts, not a desert's name (塔克拉玛干沙漠).
    if (head && /^沙[漠地]$/.test(head[0]) && (PROVINCIAL_UNITS.has(text.slice(s.start, s.end)) || isCountryName(text.slice(s.start, s.end)))) head = null;
    const next = spans[i + 1];
    if (!head || (next && next.start < s.end + head[0].length)) {
      out.push(s);
      continue;
    }
    const prev = out[out.length - 1];
    // 青 | 藏 + 高原, 云 | 贵 + 高原: two abbreviations before the head name it together.
    const pair = s.end - s.start === 1 && prev && prev.label === 'LOC' && prev.end === s.start && prev.end - prev.start === 1;
    // One abbreviation alone before the head is the last of a list (杭、嘉、湖 + 平原), not the landform's name.
    if (s.end - s.start === 1 && !pair) {
      out.push(s);
      continue;
    }
    if (pair) out.pop();
    out.push({ ...s, start: pair ? prev.start : s.start, end: s.end + head[0].length, label: 'LOC' });
  }
  return out;
}
