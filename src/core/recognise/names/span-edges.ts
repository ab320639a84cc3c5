import { splitsSurrogatePair } from '../../text/offsets';
import { NameLabel } from './tags';

/**
 * Edges the character model can get wrong in ways GUIDELINES.md rules out whatever the text: a name
 * never runs across clause punctuation or an unbalanced bracket (浙大一院）专家团队), and a surname
 * alone is not a name, nor is one with 某 standing in for the rest (罗某, 张某某, 胡某林: GUIDELINES.md).
 */
export interface EdgeSpan {
  start: number;
  end: number;
  label: NameLabel;
}

const CLAUSE_PUNCT = new Set('，。；！？：、,;!?\n\r\t');
const OPENERS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '《': '》', '“': '”', '「': '」', '『': '』', '〔': '〕' };

// The same sets by UTF-16 code: the loop below runs over every model span of every paragraph.
const CLAUSE_CODES = new Set([...CLAUSE_PUNCT].map((c) => c.charCodeAt(0)));
const CLOSER_OF = new Map(Object.entries(OPENERS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const CLOSER_CODES = new Set(CLOSER_OF.values());

/** Index of the first character of text[start, end) a name cannot contain, or -1. */
function firstBreak(text: string, start: number, end: number): number {
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_CODES.has(c)) return i;
    const closer = CLOSER_OF.get(c);
    if (closer !== undefined) open.push(closer);
    else if (CLOSER_CODES.has(c)) {
      if (open.pop() !== c) return i;
    }
  }
  return -1;
}

/** Cuts a span at the first character no name contains; keeps the part before it if it can be a name. */
export function trimAtBreaks<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (let s of spans) {
    // 《国家医保局 财政部…》: a title's opening mark the name does not close is the title's, not the name's.
    if (text[s.start] === '《' && s.end - s.start > 2 && !text.slice(s.start, s.end).includes('》')) s = { ...s, start: s.start + 1 };
    const whole = s.label === 'ORG' ? endWithGroupBracket(text, s) : s.end;
    const cut = firstBreak(text, s.start, whole);
    const end = closedPrefix(text, s.start, cut < 0 ? whole : cut);
    if (end === s.end) out.push(s);
    else if (end - s.start >= (s.label === 'LOC' ? 1 : 2)) out.push({ ...s, end });
  }
  return out;
}

/** What a company's name closes in brackets, the group or the partnership: 华润（集团）, 天健会计师事务所（特殊普通合伙）. */
const GROUP_IN_BRACKETS = /^(?:集团|控股|股份|特殊普通合伙|普通合伙)$/;
const PARTNERSHIP_AFTER = /^（(?:特殊普通合伙|普通合伙)）/;

/**
 * Where an organisation ends with the bracketed group or partnership its name closes with: the model stops inside the
 * bracket (华润（集团 → cut to 华润) or before it (天健会计师事务所 | （特殊普通合伙）).
 */
function endWithGroupBracket(text: string, s: EdgeSpan): number {
  const open = text.lastIndexOf('（', s.end - 1);
  if (open > s.start && text[s.end] === '）' && !text.slice(open, s.end).includes('）') && GROUP_IN_BRACKETS.test(text.slice(open + 1, s.end))) return s.end + 1;
  const partnership = text.endsWith('事务所', s.end) ? PARTNERSHIP_AFTER.exec(text.slice(s.end, s.end + 9)) : null;
  return partnership ? s.end + partnership[0].length : s.end;
}

/** End of the longest prefix of text[start, end) whose brackets all close inside it (重庆（集 → 重庆). */
function closedPrefix(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const closer = CLOSER_OF.get(text.charCodeAt(i));
    if (closer === undefined) continue;
    const close = text.indexOf(String.fromCharCode(closer), i + 1);
    if (close < 0 || close >= end) return i;
  }
  return end;
}

/**
 * The model tags UTF-16 units, so a span can end or start between the halves of 𠮷: such a half
 * is left out (a name never holds half a character), and a span left empty goes.
 */
export function wholeCharacters<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let { start, end } = s;
    if (splitsSurrogatePair(text, start)) start++;
    if (splitsSurrogatePair(text, end)) end--;
    if (end <= start) continue;
    out.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  return out;
}

const EDGE_SPACE = /\s/;
/** Whether the unit at i is white space (the common case, a Han character, answered without a regex). */
const isSpaceAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c < 0x3001 || c === 0xfeff) && EDGE_SPACE.test(text[i]);
};

/**
 * The model sees a space as a character like any other and may open a name with it (通讯员 郑宇 摄
 * gave " 郑宇"): a name never starts or ends with white space; inside it stays (a Latin name).
 */
export function trimSpaces<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && isSpaceAt(text, start)) start++;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    if (end <= start) continue;
    // 国家卫生健康委 国家中医药局 read as 委 国家中医药局: one character and a space before an organisation or place belong to
    // the name before it (which the model left out), so they are cut off this one.
    const cut = /^[\u4e00-\u9fff]\s+(?=[\u4e00-\u9fff]{2})/.exec(text.slice(start, end));
    if (cut && s.label !== 'PER') start += cut[0].length;
    out.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  return out;
}

/** Prepositions an organisation's name never starts with (据标准排名研究院发布, 由市教委主办, 与传化集团): the model reads them in. */
const LEADING_PREPOSITION = /^[据由从在被把让与]/;

/**
 * A verb of joint action (我院联合 + 第一医科大学附属眼科医院, …办事处联合区市场监管局); not the names it opens: 联合国, 联合会,
 * 联合利华, 联合大学, 联合网络通信 (China Unicom), nor the county 会同县 (近日会同县公安局).
 */
export const JOINT_ACTION = /^(?:联合|会同(?![县镇])|携手|协同)(?![国会体利办大社网])/;

/** A meeting read into the start of an organisation (在京会见香港特区政府环境及生态局局长): the name starts after it. */
const MEETING_BEFORE_NAME = /^[\u4e00-\u9fff]{0,3}?(?:会见|会晤|接见)/;

/** A person after a line's or a number's 号 (5号线北延伸段): 线北延 is no name. */
const AFTER_NUMBER_SIGN = /[0-9０-９一二三四五六七八九十]号线?$/;

/** A match's words run into a name (塞尔吉尼奥本场, 杭州主场): no name ends with them. */
const MATCH_WORD_TAIL = /(?:主场|客场|本场)$/;

const DATE_CHARACTER = /[年月日]/;

/** An organisation loses a preposition read into its start; no person starts right after a number's 号. */
export function prepositionsAndNumberSigns<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  if (!/[据由从在被把让与号场联携会见年月日]/.test(text)) return spans as T[];
  const out: T[] = [];
  for (const read of spans) {
    // 24日 | 省委常委会: a date's last character after its digits opens no name.
    const input = read.end - read.start >= 3 && DATE_CHARACTER.test(text[read.start]) && /[0-9０-９]/.test(text[read.start - 1] ?? '') ? { ...read, start: read.start + 1 } : read;
    const tail = input.end - input.start >= 4 ? MATCH_WORD_TAIL.exec(text.slice(input.start, input.end)) : null;
    const s = tail ? { ...input, end: input.end - 2, label: input.label === 'ORG' ? 'LOC' : input.label } : input;
    if (s.label === 'PER' && AFTER_NUMBER_SIGN.test(text.slice(Math.max(0, s.start - 3), s.start))) continue;
    if (s.label === 'ORG' && s.end - s.start >= 4 && LEADING_PREPOSITION.test(text[s.start])) out.push({ ...s, start: s.start + 1 });
    // Only after a subject (我院联合…), or 联合 before an organ named by its level (牵头，联合县公安局; not 会同, a county's
    // name too: 会同县公安局): a name may open with the word at a clause's start (联合电脑公司是…).
    else if (s.label === 'ORG' && s.end - s.start >= 6 && (/[\u4e00-\u9fff]/.test(text[s.start - 1] ?? '') || (text.startsWith('联合', s.start) && /[省市县区]/.test(text[s.start + 2]))) && JOINT_ACTION.test(text.slice(s.start, s.start + 3))) out.push({ ...s, start: s.start + 2 });
    else {
      const meeting = s.label === 'ORG' ? MEETING_BEFORE_NAME.exec(text.slice(s.start, s.end)) : null;
      out.push(meeting && s.end - s.start - meeting[0].length >= 2 ? { ...s, start: s.start + meeting[0].length } : s);
    }
  }
  return out;
}

/**
 * A craft's, rocket's or reactor's serial after its name (神舟二十号飞船, “华龙一号”), shown by what follows it: the craft,
 * its crew, its launch, its mission or a quote's end (not an address, 建国路九十九号的, 长安街一号，, nor a building, 五十五号筒子楼);
 * the series in quotes (“神舟”系列飞船).
 */
const SERIAL_AFTER = /^(?:[一二三四五六七八九十]{1,3}号(?=飞船|货运|火箭|运载|卫星|探测器|机组|核电|示范|航天|太空人|乘组|返回|发射|载人|飞行|任务|着陆|对接|[0-9０-９一二三四五六七八九]名|[”"」』])|[”"」』]系列(?=飞船|火箭|卫星))/;

/** What a train's or a ship's name in 号 comes before (“复兴号”智能动车组, 和谐号列车, “雪龙2号”科考船). */
const VEHICLE_AFTER = /^[”"」』]?(?:智能|新型|高速)?(?:动车组|列车|高铁|科考船|货轮|邮轮|舰)/;

/**
 * 神舟 + 二十号, 华龙 + 一号: a name with a serial after it names a spacecraft, rocket or reactor (a product), no name; so does a
 * train's or a ship's name ending in 号 (复兴号 before 动车组).
 */
/** A serial at the end of a name read whole with it (神舟 + 二十一号). */
const SERIAL_INSIDE = /(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,3}号$/;

/** Whether a serial follows `end` (神舟 + 二十号飞船): what ends there names a spacecraft, rocket or reactor, no name. */
export function serialAfter(text: string, end: number): boolean {
  return SERIAL_AFTER.test(text.slice(end, end + 10));
}

export function serialsNoNames<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  if (!text.includes('号') && !text.includes('系列')) return spans as T[];
  return spans.filter((s) => {
    if (s.end - s.start <= 4 && serialAfter(text, s.end)) return false;
    // 神舟二十一号 read whole before what a craft is: the serial is in the span.
    const inside = text[s.end - 1] === '号' ? SERIAL_INSIDE.exec(text.slice(s.start, s.end)) : null;
    if (inside && serialAfter(text, s.start + inside.index)) return false;
    return !(text[s.end - 1] === '号' && VEHICLE_AFTER.test(text.slice(s.end, s.end + 6)));
  });
}

/** What after 舰 makes it a fleet, a ship's boat, its captain or what it carries (南海舰队, 舰载机, 舰长), not a warship's name. */
const NOT_WARSHIP_AFTER = /[队艇长载船机桥炮员只艘体群]/;
/** Whether a warship's 舰 stands at `at`. */
const warshipAt = (text: string, at: number) => text[at] === '舰' && !NOT_WARSHIP_AFTER.test(text[at + 1] ?? '');

/** 湛江舰 read whole as a name: the ship's name with its 舰. */
const readWithWarship = (text: string, s: { start: number; end: number }) => s.end - s.start >= 3 && s.end - s.start <= 4 && warshipAt(text, s.end - 1);

/**
 * 山东舰, 延安舰, 湛江舰: a warship named after a province or city is a ship, no place (every set of current news leaves
 * the place unmarked, 33 of 33); the place read before 舰, or the name read with it, goes.
 */
export function warshipsNoNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (!text.includes('舰')) return spans;
  return navyOffShips(text, spans).filter((s) => {
    // A place of two characters or more (美舰, 菲舰 are a country's ships, the country named); not a person (郑和舰).
    if (s.label !== 'LOC' || s.end - s.start > 4 || s.end - s.start < 2) return s.label !== 'PER' || !readWithWarship(text, s);
    if (warshipAt(text, s.end)) return false;
    return !readWithWarship(text, s);
  });
}

/**
 * 中国海军辽宁舰, 中国海军导弹驱逐舰绍兴舰: a navy read with one of its ships is the navy; the ship is no name (the sets leave
 * ships unmarked).
 */
function navyOffShips<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG' || !warshipAt(text, s.end - 1)) return s;
    const navy = text.slice(s.start, s.end).lastIndexOf('海军');
    return navy >= 0 && s.start + navy + 2 < s.end - 1 ? { ...s, end: s.start + navy + 2 } : s;
  });
}

/** A place by its administrative suffix (西安市), not a campus or a park (江湾校区, 工业园区). */
const PLACE_BY_SUFFIX = /^[\u4e00-\u9fff]{1,6}(?:[省市县]|(?<![校园院厂景社])区)$/;

/** Latin letters run on after a Chinese name: 铜梁龙VS辽宁铁人 (1 of the 7,314 dev people and places ends so). */
const LATIN_TAIL = /(?<=[\u4e00-\u9fff])[A-Za-z]+$/;

/** A Latin title run into a person's name (CEO雷军): it is cut off. */
const LATIN_HEAD = /^[A-Za-z]+(?=[\u4e00-\u9fff])/;

/**
 * A person or place never ends in Latin letters after its Chinese characters, nor a person starts with a Latin title: they
 * are cut off. Nor does an organisation end in the letters of a code that digits go on (西安市A | 327号信箱).
 */
export function latinTails<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  if (!/[A-Za-z]/.test(text)) return spans as T[];
  return spans.map((s) => {
    if (s.label === 'ORG') {
      const code = /[0-9０-９]/.test(text[s.end] ?? '') ? LATIN_TAIL.exec(text.slice(s.start, s.end)) : null;
      if (!code || code.index < 2) return s;
      // What is left is a place where it ends in an administrative suffix (西安市).
      return { ...s, end: s.start + code.index, label: PLACE_BY_SUFFIX.test(text.slice(s.start, s.start + code.index)) ? 'LOC' : s.label };
    }
    if (s.label !== 'PER' && s.label !== 'LOC') return s;
    const m = LATIN_TAIL.exec(text.slice(s.start, s.end));
    const head = s.label === 'PER' ? LATIN_HEAD.exec(text.slice(s.start, s.end)) : null;
    if (!m && !head) return s;
    return { ...s, start: s.start + (head ? head[0].length : 0), end: m ? s.start + m.index : s.end };
  });
}

/**
 * 奥 of 奥运会 / 冬奥会 and 亚 of 亚运会 abbreviate the games, not a place (MSRA marks 奥 as one; People's Daily
 * and every current-news set leave 亚 of 亚运会 unmarked, 9 of 9). Asia in the short name of its league is
 * placesInTerms' (亚冠); a country's league is sidesAndLeaguesNoPlaces' (中超).
 */
const GAMES = /^(?:运|会|残运)/;
/**
 * 中外 (Chinese and foreign: 中外嘉宾, 享誉中外) is one word naming no country: every current-news set leaves its 中
 * unmarked (37 of 37; People's Daily marks it, 13 of 17). 中 before 外长 or 外交部 is China (中外长会晤).
 */
const CHINA_AND_ABROAD = /^外(?!长|交部)/;

/**
 * 许家港路, 红星京街: a one-character place between a word's character and a street's head is a character of the
 * street's name (MSRA marks no one-character place before 路, 街 or 巷). Not after a verb of place or a function word
 * (赴港路演, 在京街头, 闯沪路上, 于港路演), nor after another one-character place (中韩路演, 沪港路), nor where 路 or 街
 * begins a word of going (路演, 路线, 路上, 街头).
 */
const STREET_HEAD = /^[路街巷]/;
const BEFORE_ABBREVIATION_OUTSIDE_WORD = /[\u4e00-\u9fff](?<![赴来在去到抵返回往离驻访至自从经由和与及的是了对向于闯进出入留])$/;

/** Words 路 or 街 opens that say where someone goes, not which street (路演, 路线, 路上, 街头); a street's parts (路口, 路段) do not. */
const TRAVEL_WORD = /^(?:路演|路线|路上|路径|路过|路途|路费|街头)/;

function insideStreetName<T extends EdgeSpan>(text: string, s: T, spans: readonly T[]): boolean {
  if (!STREET_HEAD.test(text.slice(s.end, s.end + 1)) || !BEFORE_ABBREVIATION_OUTSIDE_WORD.test(text.slice(Math.max(0, s.start - 1), s.start))) return false;
  if (spans.some((o) => o.label === 'LOC' && o.end === s.start)) return false;
  return !TRAVEL_WORD.test(text.slice(s.end, s.end + 2));
}

/** One-character places that are part of a word naming no place: 奥 of 奥运会, 中 of 中外, 港 of 许家港路. */
export function abbreviationsNoPlaces<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  return spans.filter((s) => {
    if (s.label !== 'LOC' || s.end - s.start !== 1) return true;
    const after = text.slice(s.end, s.end + 3);
    if ((text[s.start] === '奥' || text[s.start] === '亚') && GAMES.test(after)) return false;
    if (insideStreetName(text, s, spans)) return false;
    return !(text[s.start] === '中' && CHINA_AND_ABROAD.test(after));
  });
}

/** Words of address after a surname (阿姨, 师傅): together no name. */
const ADDRESS_WORD = /^(?:阿姨|大爷|大妈|大叔|大姐|大哥|大嫂|师傅|阿婆|婆婆|爷爷|奶奶|伯伯|叔叔|老汉|老伯)$/;

/** 张某, 李某某, 胡某林 (a surname read without the 某 after it is one character, dropped as a surname alone). */
function isAnonymised(text: string, s: { start: number; end: number }): boolean {
  return text.slice(s.start, s.end).includes('某');
}

export function surnameEdges<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    // 吴阿姨, 张师傅: a surname with a word of address is a surname alone, no name.
    if (s.label === 'PER' && s.end - s.start === 3 && ADDRESS_WORD.test(text.slice(s.start + 1, s.end))) continue;
    // A one-character person is a surname alone; 某 makes a name anonymous (罗某, 胡某林), no name either; a surname and 氏
    // is a clan or a school of practice (赵氏雷火灸, 陈氏藏书), no one person.
    if (s.label === 'PER' && (s.end - s.start === 1 || isAnonymised(text, s))) continue;
    if (s.label === 'PER' && s.end - s.start === 2 && text[s.end - 1] === '氏') continue;
    // 姚华胜/文图: a credit's role after the slash (text and photographs), no one's name.
    if (s.label === 'PER' && s.end - s.start === 2 && /^(?:文图|图文)$/.test(text.slice(s.start, s.end)) && /[/／]\s*$/.test(text.slice(Math.max(0, s.start - 2), s.start))) continue;
    out.push(s);
  }
  return out;
}

/**
 * 阿维塔科技（重庆）有限公司, 华为技术（深圳）有限公司, 某某实业（集团）有限公司: a company's legal name may hold
 * a bracketed place or 集团 before its legal form; 西部（重庆）科学城 and 中国（重庆）自由贸易试验区 name areas
 * the same way, and 西部（重庆）科学城管委会 the body that runs one. The model, trained on text without such
 * names, breaks them at the bracket (阿维塔 PER, 重庆）有限公司 ORG, cut to 重庆). The whole is one name
 * (GUIDELINES: the longest proper name): an ORG when it ends in an organisation head, else a LOC.
 */
const BRACKET = /[（(]([\u4e00-\u9fff]{2,6})[）)]/g;
/** What the bracket holds besides a place: the group or the country (（集团）, （中国）). */
const BRACKET_WORD = /^(?:集团|控股|股份|中国)$|[省市区县]$/;
/** Heads that end such a name: a legal form or body (ORG), an areal head (LOC). */
const BRACKETED_ORG_HEADS = ['股份有限公司', '有限责任公司', '有限公司', '管委会', '委员会', '研究院', '集团', '公司', '银行'];
const BRACKETED_LOC_HEADS = ['自由贸易试验区', '试验区', '示范区', '合作区', '开发区', '高新区', '新区', '园区', '科学城'];
/** Longest part of such a name after the bracket (投资有限公司, 自由贸易试验区, 科学城管委会). */
const MAX_TAIL = 10;
/** What the trade name before the bracket never holds: a break, a function word or a verb joining clauses. */
const NOT_IN_TRADE_NAME = /[^\u4e00-\u9fffA-Za-z0-9]|[的了在是与及把被将从对由等]/;
/** Longest trade name before the bracket found without a name span to start it. */
const MAX_BARE_TRADE_NAME = 6;
/** Longest trade word between a name span and the bracket (科技, 新能源科技). */
const MAX_TRADE_WORD = 6;

export function bracketedNames<T extends EdgeSpan & { confidence: number }>(
  text: string,
  spans: readonly T[],
  isPlace: (s: string) => boolean,
): T[] {
  if (text.indexOf('（') < 0 && text.indexOf('(') < 0) return spans as T[];
  let out = spans as T[];
  for (const m of text.matchAll(BRACKET)) {
    // （记者某某）美国某某公司 is a credit, then a company: the bracket must hold a place or a group word.
    if (!BRACKET_WORD.test(m[1]) && !isPlace(m[1])) continue;
    const bracket = m.index!;
    const tail = bracketedTail(text, bracket + m[0].length);
    if (!tail) continue;
    const end = tail.end;
    const start = tail.label === 'LOC' ? areaNameStart(text, bracket, out) : tradeNameStart(text, bracket, out);
    if (start < 0 || out.some((s) => s.start < start && s.end > start)) continue;
    const covered = out.filter((s) => s.start < end && start < s.end);
    if (covered.some((s) => s.end > end)) continue;
    const confidence = covered.length ? Math.max(...covered.map((s) => s.confidence)) : 0.7;
    const template = covered[0] ?? ({} as T);
    out = [...out.filter((s) => !covered.includes(s)), { ...template, start, end, label: tail.label, confidence }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The end of the longest run of name characters after the bracket that ends in a head, and its label. */
function bracketedTail(text: string, from: number): { end: number; label: NameLabel } | undefined {
  let found: { end: number; label: NameLabel } | undefined;
  for (let end = from + 1; end <= Math.min(text.length, from + MAX_TAIL); end++) {
    // Only a break ends the run: it must end in a head anyway, and heads hold function characters (自由贸易).
    if (!/[\u4e00-\u9fffA-Za-z0-9]/.test(text[end - 1])) break;
    const run = text.slice(from, end);
    if (BRACKETED_ORG_HEADS.some((h) => run.endsWith(h))) found = { end, label: 'ORG' };
    else if (BRACKETED_LOC_HEADS.some((h) => run.endsWith(h))) found = { end, label: 'LOC' };
  }
  return found;
}

/** Compass words that open an area's name before the bracket (西部（重庆）科学城). */
const COMPASS_BEFORE_BRACKET = /(?:东部|西部|南部|北部|中部|东北|西北|西南|东南)$/;

/**
 * Start of an area's name ending at `bracket`: a compass word, or a place span that ends there. An
 * area is never named by a run that merely precedes the bracket (区长某某带队赴西部（重庆）科学城).
 */
function areaNameStart(text: string, bracket: number, spans: readonly EdgeSpan[]): number {
  const compass = COMPASS_BEFORE_BRACKET.exec(text.slice(Math.max(0, bracket - 2), bracket));
  if (compass) return bracket - compass[0].length;
  const place = spans.find((s) => s.end === bracket && s.label === 'LOC');
  return place ? place.start : -1;
}

/** Start of the trade name ending at `bracket`: the nearest name span before it, or the run of name characters there. */
function tradeNameStart(text: string, bracket: number, spans: readonly EdgeSpan[]): number {
  if (COMPASS_BEFORE_BRACKET.test(text.slice(Math.max(0, bracket - 2), bracket))) return bracket - 2;
  let best = -1;
  for (const s of spans) {
    if (s.start >= bracket || s.end < bracket - MAX_TRADE_WORD || s.end > bracket + 1) continue;
    if (NOT_IN_TRADE_NAME.test(text.slice(s.start, bracket))) continue;
    if (s.start > best) best = s.start;
  }
  if (best >= 0) return best;
  let start = bracket;
  while (start > 0 && bracket - start <= MAX_BARE_TRADE_NAME && !NOT_IN_TRADE_NAME.test(text[start - 1])) start--;
  // A run longer than a trade name has no visible start (合资成立阿维塔科技): no span rather than a wrong one.
  if (bracket - start > MAX_BARE_TRADE_NAME || bracket - start < 2) return -1;
  return start;
}

/** The spans not lying inside a longer one of the list (a piece a rule has taken into a longer name). */
export function withoutSpansInside<T extends { start: number; end: number }>(spans: T[]): T[] {
  return spans.filter((s, i) => !spans.some((o, j) => j !== i && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start));
}

/** Whether any of `spans` overlaps [start, end). */
export function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Whether [start, end) stands right inside brackets (京东（奉节县）科技, 中国移动（甘肃·庆阳）数据中心): a part of the name around them. */
export function betweenBrackets(text: string, start: number, end: number): boolean {
  return /[（(]/.test(text[start - 1] ?? '') && /[）)]/.test(text[end] ?? '');
}

/** `spans` without `removed` and with `added`, in text order (a stable sort: ties keep their order). */
export function replacedBy<T extends { start: number }>(spans: readonly T[], removed: readonly T[], added: T): T[] {
  return [...spans.filter((o) => !removed.includes(o)), added].sort((a, b) => a.start - b.start);
}

/**
 * Each span and the one right after it, joined where `join` gives a span for the pair (a place and
 * the organ or bridge it names): the pair is replaced by it, and the walk goes on after the pair.
 */
export function joinAdjacent<T extends { start: number; end: number }>(spans: readonly T[], join: (a: T, b: T) => T | undefined): T[] {
  const out: T[] = [];
  for (let i = 0; i < spans.length; i++) {
    const b = spans[i + 1];
    const joined = b && b.start === spans[i].end ? join(spans[i], b) : undefined;
    if (joined) {
      out.push(joined);
      i++;
    } else out.push(spans[i]);
  }
  return out;
}

/**
 * Each match of `pattern` (global) becomes one name of `label`, taking in the names read inside it; a match that a
 * name read over it reaches outside of (a longer name) is left as read.
 */
export function matchesAsNames<T extends { start: number; end: number }>(
  text: string,
  spans: T[],
  pattern: RegExp,
  make: (s: { start: number; end: number; label: 'PER' | 'ORG' | 'LOC' }) => T,
  label: 'PER' | 'ORG' | 'LOC',
): T[] {
  let out = spans;
  for (const m of text.matchAll(pattern)) out = takeInside(out, make({ start: m.index!, end: m.index! + m[0].length, label })) ?? out;
  return out;
}

/**
 * The spans with `name` in place of those read inside it; undefined where a span read over it reaches outside it, or
 * where `stays` holds for one it overlaps (the same name read already, an organisation a rule must not rename).
 */
export function takeInside<T extends { start: number; end: number }>(spans: readonly T[], name: T, stays?: (o: T) => boolean): T[] | undefined {
  const overlapping = spans.filter((o) => o.start < name.end && name.start < o.end);
  if (overlapping.some((o) => o.start < name.start || o.end > name.end || (stays !== undefined && stays(o)))) return undefined;
  return replacedBy(spans, overlapping, name);
}

/**
 * takeInside for many names at once, in one pass over both lists: `names` in text order, none overlapping another; each is
 * added where no span read over it reaches outside it and `stays` holds for none it overlaps. The result is in text order.
 */
export function takeAllInside<T extends { start: number; end: number }>(spans: readonly T[], names: readonly T[], stays: (o: T, name: T) => boolean): T[] {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const replaced = new Set<T>();
  const kept: T[] = [];
  let first = 0;
  for (const name of names) {
    while (first < sorted.length && sorted[first].end <= name.start) first++;
    const overlapping: T[] = [];
    for (let k = first; k < sorted.length && sorted[k].start < name.end; k++) if (sorted[k].end > name.start) overlapping.push(sorted[k]);
    if (overlapping.some((o) => o.start < name.start || o.end > name.end || stays(o, name))) continue;
    if (kept.length && kept[kept.length - 1].end > name.start) continue;
    for (const o of overlapping) replaced.add(o);
    kept.push(name);
  }
  return [...sorted.filter((o) => !replaced.has(o)), ...kept].sort((a, b) => a.start - b.start);
}

/**
 * Each span grown by the tail `tailAfter` finds right after it (its length, 0 for none) into an organisation, unless the
 * next span starts inside that tail: a studio after its person, a fire unit or a cooperative after its place.
 */
export function grownIntoOrganisations<T extends { start: number; end: number; label: string }>(spans: readonly T[], tailAfter: (s: T) => number): T[] {
  return spans.map((s, k) => {
    const tail = tailAfter(s);
    const next = spans[k + 1];
    if (tail === 0 || (next && next.start < s.end + tail)) return s;
    return { ...s, end: s.end + tail, label: 'ORG' };
  });
}
