import { LabelledSpan } from './tags';
import { ORG_SUFFIXES, SURNAMES, TITLES } from './lists';
import { LEX, Lexicon } from './lexicon';
import { isPlainWord } from './list-rules';
import { abbreviationRuns, compassRegions, numberedRoads } from './place-rules';

/**
 * Rules that align the model's output with GUIDELINES.md and catch layouts the corpora lack
 * (bylines with spaces, photo credits, name lists on their own lines, organs named by
 * abbreviation). Each returns spans with a fixed confidence; the recogniser lets them replace
 * model spans they overlap.
 */
export interface RuleSpan extends LabelledSpan {
  confidence: number;
  rule: string;
}

const SURNAME_SET = new Set(SURNAMES.filter((s) => s.length === 1));
const COMPOUND_SURNAMES = SURNAMES.filter((s) => s.length === 2);
export const isSurname = (c: string): boolean => SURNAME_SET.has(c);
export const isCompoundSurname = (s: string): boolean => COMPOUND_SURNAMES.includes(s);
const HAN = '\\u4e00-\\u9fff';

/** Whether `s` looks like a Chinese personal name: a known surname and one or two given-name characters. */
const ALL_HAN = new RegExp(`^[${HAN}]+$`);

export function looksLikeName(s: string): boolean {
  if (!ALL_HAN.test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3 && s.length <= 4;
  return SURNAME_SET.has(s[0]) && s.length >= 2 && s.length <= 3;
}

const CREDIT_ROLES = '(?:首席记者|见习记者|实习记者|特约记者|记者|通讯员|实习生|摄影|摄|编辑|责任编辑|美编|文|图)';

/** 记者 何春阳 邱小雅: names separated by spaces after a byline role. */
const BYLINE = new RegExp(`${CREDIT_ROLES}[ \\u3000]+((?:[${HAN}]{2,4}(?:[ \\u3000]+|$|(?=[^${HAN}])))+)`, 'gd');

function bylines(text: string, out: RuleSpan[]): void {
  // Cheap pre-check: the pattern needs a space after the role (most paragraphs have none).
  if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0) return;
  for (const m of text.matchAll(BYLINE)) {
    let pos = m.indices![1][0];
    for (const part of m[1].split(/([ \u3000]+)/)) {
      if (part && !/^[ \u3000]+$/.test(part) && looksLikeName(part)) {
        out.push({ start: pos, end: pos + part.length, label: 'PER', confidence: 0.9, rule: 'byline' });
      }
      pos += part.length;
    }
  }
}

/** （记者齐某某拍摄）, 记者 张三 摄: a name between a credit role and 摄/拍摄. */
const CREDIT = new RegExp(`(?:记者|通讯员|摄影|摄影记者)[ \\u3000]?([${HAN}]{2,4}?)[ \\u3000]?(?:拍摄|摄|供图|/摄)`, 'gd');

function photoCredits(text: string, out: RuleSpan[]): void {
  // Cheap pre-check: every role the pattern starts with contains 记者, 通讯员 or 摄影.
  if (text.indexOf('记者') < 0 && text.indexOf('通讯员') < 0 && text.indexOf('摄影') < 0) return;
  for (const m of text.matchAll(CREDIT)) {
    if (!looksLikeName(m[1])) continue;
    const start = m.indices![1][0];
    out.push({ start, end: start + m[1].length, label: 'PER', confidence: 0.9, rule: 'credit' });
  }
}

/**
 * A paragraph that is only a name (photo captions listing people): 高健 / 王志杰. A line the
 * dictionary knows as a place or organisation and never as a person (金沙江) is none; one it knows
 * as a common word (花边饺, a headline) stays a weak guess, below what the document pass spreads.
 */
function nameLine(text: string, out: RuleSpan[], lex?: Lexicon): void {
  const t = text.trim();
  if (!looksLikeName(t)) return;
  const cls = lex ? lex.lookup(t) : 0;
  if (cls & (LEX.LOC | LEX.ORG) && !(cls & LEX.PER)) return;
  const confidence = isPlainWord(lex, t) ? 0.5 : 0.8;
  const start = text.indexOf(t);
  out.push({ start, end: start + t.length, label: 'PER', confidence, rule: 'name-line' });
}

// 委办 and 委改革办: the committee's office and its named offices (市委改革办, 区委办); not 委办公… (handled
// whole above), nor 委 + a verb ending in 办 (县委承办, 市委督办).
const ORGANS =
  '(?:委常委会|委办公厅|委办公室|委组织部|委宣传部|委统战部|委政法委|委编办|委网信办|人大常委会|人大|政协常委会|政协|人民政府|政府|纪委|监委|党委|委员会|融媒体中心|' +
  // 区人民检察院, 县法院: the courts and procuratorates of a level.
  '人民法院|人民检察院|法院|检察院|' +
  '委办(?![公法理事学好])|委(?![主承协督举合创开兴筹查包操代试停申交照])[\\u4e00-\\u9fff]{2}办(?![公法理事学好])|' +
  // 县委书记, 区委常委: the party committee by its level alone; not 委员 (a member) or 委托, 委屈.
  '委(?![员托屈婉实]))';
// 自治区党委: an autonomous region is a level too (广西壮族自治区 → 自治区).
const LEVEL = '(?:自治区|[省市区县镇乡])';
const ORDINAL_TERM = '(?:[一二三四五六七八九十]+届)?';
// Characters that may precede an organ abbreviation without being part of a longer word (城市, 超市),
// and verbs that take an organ as their object (召开市政府常务会议, 会同市财政局).
// 一名区人大代表, 前往区融媒体中心: a measure word or 往 too.
const BEFORE = `(?:^|(?<=[^${HAN}])|(?<=[、和与及在向对由是为从同跟被把让将给了到至经据名位往])|(?<=召开|印发|出台|批准|联合|会同|提请|报请))`;
// 市交委, 市教委: committees with a one-character field.
// 国家粮食和物资储备局, 国家发展和改革委员会: two fields joined by 和 may be longer, and a committee named in full.
const DEPT =
  '(?:(?:[\\u4e00-\\u9fff]{2,6}?(?:委|局|厅|办)|[教交农科建侨民计体经商]委)(?!员|会议)|' +
  // The longer forms only where the short one fails (市商务委 | 和财政局 stays two).
  '[\\u4e00-\\u9fff]{2,4}和[\\u4e00-\\u9fff]{2,4}?委员会|[\\u4e00-\\u9fff]{2,4}和[\\u4e00-\\u9fff]{2,6}?(?:委|局|厅|办)(?!员|会议))';

/**
 * Organs named by their level alone (市人大, 市政协, 市六届人大, 市发展改革委, 区教委): ORG by the
 * guidelines. The department form needs a title or the end of a clause after it, to keep out
 * phrases like 市场监管局势.
 */
const ORGAN = new RegExp(`${BEFORE}${LEVEL}${ORDINAL_TERM}${ORGANS}`, 'y');
const TITLE_ALT = TITLES.slice().sort((a, b) => b.length - a.length).join('|');
// 国家 heads national departments the same way (国家发展改革委, 国家卫生健康委): ministries have names of their own.
// Verbs an organisation does, which may follow its name as a title would (市发展改革委获悉, 在市教委工作).
const ORG_VERBS = '工作|获悉|了解|发布|印发|召开|组织|联合|负责|介绍|表示|消息|牵头|主办|出台|提醒|提示|通报|公布|要求|透露';
// 国家发展改革委在四川…, 市教委将: an adverb or 在 may follow a department as a verb would.
const DEPARTMENT = new RegExp(`${BEFORE}(?:国家|${LEVEL})${DEPT}(?=${TITLE_ALT}|${ORG_VERBS}|党组|党委|[、，。；：）”和与及对等相有的在将已也还就正]|$)`, 'y');

/**
 * Words that end in 委, 局, 厅 or 办 without naming a department: a verb (市人大常委会举办), a noun of
 * situation (国家现代化建设全局), a hall, a title (县委魏常委).
 */
const NOT_DEPARTMENT_TAILS = new Set(
  ('全局 大局 格局 结局 布局 当局 时局 政局 僵局 骗局 饭局 开局 出局 终局 举办 主办 承办 协办 创办 开办 兴办 筹办 督办 ' +
    '查办 包办 操办 代办 合办 试办 停办 申办 交办 照办 大厅 客厅 餐厅 展厅 舞厅 门厅 歌厅 常委').split(' '),
);

/** The first character of every match of ORGAN and DEPARTMENT (a level, or 国 of 国家). */
const OPENS_ORGAN = new Uint8Array(0x10000);
for (const c of '省市区县镇乡国自') OPENS_ORGAN[c.charCodeAt(0)] = 1;

/**
 * What a global search gives for ORGAN or DEPARTMENT (sticky), tried only where a match can begin:
 * with the lookbehinds in front, the engine itself would try every position of the paragraph.
 */
function organMatches(sticky: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPENS_ORGAN[text.charCodeAt(i)] === 0) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    i += m[0].length - 1; // the next search starts where this match ends
  }
  return out;
}

/** 市委市政府, 区委区人民政府: a party committee and the government of its level, written together. */
const COMMITTEE_AND_GOVERNMENT = /([省市区县镇乡])委\1((?:人民)?政府)/g;

function levelOrgans(text: string, out: RuleSpan[]): void {
  // Cheap pre-check: every pattern starts with a level character.
  if (!/[省市区县镇乡国]/.test(text)) return;

  // Every organ name contains 人, 政, 委 or 心 (融媒体中心); every department ends in 委, 局, 厅 or 办.
  if (/[人政委心]/.test(text)) {
    for (const m of organMatches(ORGAN, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.9, rule: 'level-organ' });
    }
  }
  if (text.indexOf('委') >= 0 && text.indexOf('政府') >= 0) {
    // Both are organs whatever comes before them (传达学习市委市政府精神; 青岛市委 + 市政府).
    for (const m of text.matchAll(COMMITTEE_AND_GOVERNMENT)) {
      const at = m.index!;
      const pair: Array<[number, number]> = [[at, at + 2], [at + 2, at + m[0].length]];
      for (const [start, end] of pair) {
        if (!out.some((o) => o.start === start && o.end === end)) out.push({ start, end, label: 'ORG', confidence: 0.85, rule: 'level-organ' });
      }
    }
  }
  if (!/[委局厅办]/.test(text)) return;
  for (const m of organMatches(DEPARTMENT, text)) {
    const s = m[0];
    const body = s.slice(s.startsWith('国家') ? 2 : s.startsWith('自治区') ? 3 : 1);
    // 发展和改革委员会: a committee named in full ends in three characters, not one.
    const head = s.endsWith('委员会') ? 3 : 1;
    // 市文化和旅游委: one 和 may join two fields, the first no department of its own (市教委和财政局 is two).
    const and = body.indexOf('和');
    const joinsFields = fieldsJoined(body.slice(0, -head));
    // 县级团委: a level (级) is no department's field.
    if (/[的了是在和与及到级]/.test(joinsFields ? body.slice(0, and) + body.slice(and + 1) : body)) continue;
    // 区委决定由区纪委: a name holds one department head, at its end, and no 由 (a clause joins two organs).
    if (/[委局厅由]/.test(s.slice(1, -head))) continue;
    // 财政局, 民政局, 邮政局 are departments whatever 政局 means alone.
    if (NOT_DEPARTMENT_TAILS.has(s.slice(-2)) && !/[财民邮]政局$/.test(s)) continue;
    out.push({ start: m.index!, end: m.index! + s.length, label: 'ORG', confidence: 0.85, rule: 'level-dept' });
  }
}

/**
 * Ministries named by their field (应急管理部, 生态环境部, 农业农村部, 文化和旅游部, 退役军人事务部): the
 * model knows those of 1998. At the start of a clause or after a word of case, and before a title, a
 * list or a verb of theirs (a clause's end alone is not enough: 他按照部…。); not parts or ranks (西部,
 * 内部, 全部, 干部, 总部, 俱乐部).
 */
const MINISTRY = new RegExp(
  `(?:^|(?<=[^${HAN}])|(?<=[、和与及在向对由是从经据]))((?:中国)?(?:[${HAN}]{2,4}和)?[${HAN}]{2,6}?(?<![东西南北中内外全干局总支本俱乐底首胸腹面头上下大])部)` +
    `(?=部长|副部长|党组|有关|负责人|[、和与及等]|联合|会同|发布|印发|召开|主办|指导|举行|近日|日前|表示|消息|公布|通报|要求|` +
    // 工业和信息化部建立…, 工业和信息化部将深入…: an adverb or a verb of what a ministry does.
    `将|已|建立|深入|推动|开展|组织|举办|新闻)`,
  'gd',
);
/** Characters no ministry's name holds: what comes before one in a clause (应邀参加中宣部, 据总后勤部, 本报讯自公安部). */
const NOT_IN_MINISTRY = /[的了是在个这那与及等为把被将从由以对其各每据一二三四五六七八九十不他她]|应邀|参加|讯自|本报|按照|要求|最后/g;

function ministries(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (!text.includes('部')) return;
  for (const m of text.matchAll(MINISTRY)) {
    let start = m.indices![1][0];
    const end = start + m[1].length;
    // The name starts after the last character no name holds.
    for (const bad of m[1].slice(0, -1).matchAll(NOT_IN_MINISTRY)) start = m.indices![1][0] + bad.index! + bad[0].length;
    const name = text.slice(start, end);
    // 指挥部, 俱乐部: a plain word of the dictionary names no ministry; 区委组织部 is a party body (levelOrgans).
    if (name.length < 3 || isPlainWord(lex, name) || name.includes('委')) continue;
    out.push({ start, end, label: 'ORG', confidence: 0.8, rule: 'ministry' });
  }
}

/**
 * National bodies, exchanges, sports bodies and outlets known by a short name the 1998 corpora do not
 * use as one (证监会 is there an abbreviation, j, like 人均): a table of the State's bodies, as the
 * gazetteer is one of its places.
 */
const NATIONAL_SHORT_NAMES = [
  '证监会', '银保监会', '银监会', '保监会', '国资委', '发改委', '网信办', '工信部', '人社部', '住建部', '国台办', '港澳办',
  '上交所', '深交所', '北交所', '港交所', '央行', '央视', '最高法', '最高检', '中纪委', '中组部', '中宣部', '中科院',
  '社科院', '工程院', '国足', '足协', '篮协', '国乒', '国奥', '亚足联', '国际足联', '国际奥委会', '世卫组织', '世贸组织',
];
/** The short names by their first character, longest first: most positions of a text start none. */
const SHORT_NAMES_BY_FIRST = new Map<string, string[]>();
for (const n of [...NATIONAL_SHORT_NAMES].sort((a, b) => b.length - a.length)) {
  const list = SHORT_NAMES_BY_FIRST.get(n[0]);
  if (list) list.push(n);
  else SHORT_NAMES_BY_FIRST.set(n[0], [n]);
}
const OPENS_SHORT_NAME = new Uint8Array(0x10000);
for (const n of NATIONAL_SHORT_NAMES) OPENS_SHORT_NAME[n.charCodeAt(0)] = 1;
/** What may stand before a short name without making it part of a longer word (法国足球 holds no 国足). */
const BEFORE_SHORT_NAME = /[^\u4e00-\u9fff]|[被由经据和与及在向对是从为将把让给]/;

function nationalShortNames(text: string, out: RuleSpan[]): void {
  for (let i = 0; i < text.length; i++) {
    if (OPENS_SHORT_NAME[text.charCodeAt(i)] === 0) continue;
    const names = SHORT_NAMES_BY_FIRST.get(text[i]);
    if (!names || (i > 0 && !BEFORE_SHORT_NAME.test(text[i - 1]))) continue;
    const name = names.find((n) => text.startsWith(n, i));
    if (!name) continue;
    // 最高法院 and 工程院士 are longer words.
    const next = text[i + name.length] ?? '';
    if ((name.endsWith('法') && next === '院') || (name.endsWith('院') && next === '士')) continue;
    out.push({ start: i, end: i + name.length, label: 'ORG', confidence: 0.8, rule: 'national-short-name' });
    i += name.length - 1;
  }
}

/** Nouns for ordinary people that news puts right before a name (村民谭某某说): no title, but as telling. */
const PEOPLE_NOUNS = '村民|居民|市民|农户|种植户|养殖户|患者|志愿者|游客|店主|快递员|骑手|老人|学生|工人|党员|选手|球员';
/** 居民文成贵今年, 村民牟德芬笑着说: a three-character name after such a noun, before a verb or a break. */
const PERSON_AFTER_NOUN = new RegExp(`(?:${PEOPLE_NOUNS})([${HAN}]{3})(?=[，。、：（(”]|说|今年|告诉|笑着|正在|表示|介绍|指出|认为)`, 'gd');

const ANY_PEOPLE_NOUN = new RegExp(PEOPLE_NOUNS);

function peopleAfterNouns(text: string, out: RuleSpan[], lex?: Lexicon): void {
  // Cheap pre-check without the capture and the lookahead (most paragraphs have none of the nouns).
  if (!ANY_PEOPLE_NOUN.test(text)) return;
  for (const m of text.matchAll(PERSON_AFTER_NOUN)) {
    const name = m[1];
    // 居民楼: the noun ends a longer word; a name the dictionary knows as a place or word (北京市) is none.
    if (!looksLikeName(name) || (lex && lex.lookup(name) & (LEX.LOC | LEX.ORG | LEX.WORD))) continue;
    // 干部来, 常常只, 陈露等, 都明白: a common word at either end, or a function word, makes it no name.
    if (isPlainWord(lex, name.slice(0, 2)) || isPlainWord(lex, name.slice(1)) || /[等的了都和也就还才只]/.test(name)) continue;
    const start = m.indices![1][0];
    // 选手王越说，: a two-character name and 说 before the clause break.
    const said = /[说称]$/.test(name) && /[，：]/.test(text[start + 3] ?? '');
    out.push({ start, end: start + (said ? 2 : 3), label: 'PER', confidence: 0.75, rule: 'person-after-noun' });
  }
}

/**
 * Hospitals known by a university's short name and their number (重医附一院, 重医一院, 浙大二院, 北医三院):
 * the model reads some and not others. The short name starts a clause or follows a word of place or
 * case; 一院一策 and 两院院士 are no hospitals.
 */
const NUMBERED_HOSPITAL = new RegExp(
  `(?:^|(?<=[^${HAN}])|(?<=[在到由和与及的是为从经向对赴、]))([${HAN}]{2}(?:附属?)?(?:第?[一二三四五六七八九十])院)(?![一士校系线区])`,
  'gd',
);
const NOT_HOSPITAL_PREFIX = /[的了是在和与及到对把被将从由为个这那各每一二三四五六七八九十第全本该我你他]/;

/** 市五院, 区一院: a city's or district's numbered hospital by its level alone. */
const LEVEL_HOSPITAL = new RegExp(`(?:^|(?<=[^${HAN}])|(?<=[在到由和与及的是为从经向对赴、]))[市区县][一二三四五六七八九十]院(?![一士校系线区长])`, 'g');

function numberedHospitals(text: string, out: RuleSpan[]): void {
  if (!text.includes('院')) return;
  for (const m of text.matchAll(NUMBERED_HOSPITAL)) {
    const start = m.indices![1][0];
    if (NOT_HOSPITAL_PREFIX.test(m[1].slice(0, 2))) continue;
    out.push({ start, end: start + m[1].length, label: 'ORG', confidence: 0.85, rule: 'numbered-hospital' });
  }
  // The lookbehind makes the engine try every position: a plain search first.
  for (const m of /[市区县][一二三四五六七八九十]院/.test(text) ? text.matchAll(LEVEL_HOSPITAL) : []) {
    out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.85, rule: 'numbered-hospital' });
  }
}

/** `lex` (the model's dictionary) keeps the name-line rule off places and common words. */
export function ruleSpans(text: string, lex?: Lexicon): RuleSpan[] {
  const out: RuleSpan[] = [];
  bylines(text, out);
  photoCredits(text, out);
  nameLine(text, out, lex);
  peopleAfterNouns(text, out, lex);
  levelOrgans(text, out);
  numberedHospitals(text, out);
  ministries(text, out, lex);
  nationalShortNames(text, out);
  abbreviationRuns(text, out);
  numberedRoads(text, out, lex);
  compassRegions(text, out);
  return out;
}

// Longest first: an alternation takes the first that matches (人民政府 before 政府, 委员会 before 委).
const ORGAN_AFTER_PLACE = /^(?:第?[一二三四五六七八九十]+届(?=人民代表大会|人大|政协))?(?:人民代表大会常务委员会|人民代表大会|人民政府|人民法院|人民检察院|人大常委会|委员会|政府|政协|人大|党委|纪委|监委|委)/;

const DEPT_END = `(?:委员会|委|局|厅)(?=${TITLE_ALT}|${ORG_VERBS}|[、，。；：）”和与及对等的相有]|$)`;
const DEPT_AFTER_PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,6}?)${DEPT_END}`);
// 重庆市 + 规划和自然资源局: two fields joined by 和 name one department.
const JOINED_DEPT_AFTER_PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,4}和[\\u4e00-\\u9fff]{2,6}?)${DEPT_END}`);
/** What a department's own name never holds after a place: another level (沅江市委), 原 (former), a function word. */
const NOT_IN_DEPARTMENT = /[省市区县镇乡原前副的了是在和与及到对把被将从由为届]/;

/**
 * Length of a department named after a place with its suffix (重庆市 + 发展改革委, 江北区 + 教委 → ORG), 0 if
 * none: only before a title or the end of a clause, as level-named departments (市发展改革委).
 */
function departmentAfter(text: string, at: number): number {
  const window = text.slice(at, at + 14);
  const joined = JOINED_DEPT_AFTER_PLACE.exec(window);
  if (joined && fieldsJoined(joined[1])) return joined[0].length;
  const m = DEPT_AFTER_PLACE.exec(window);
  // 城乡 (town and country) is a field, not a level.
  if (!m || NOT_IN_DEPARTMENT.test(m[1].replace(/城乡/g, ''))) return 0;
  if (NOT_DEPARTMENT_TAILS.has(m[0].slice(-2)) && !/[财民邮]政局$/.test(m[0])) return 0;
  return m[0].length;
}

/**
 * Whether `name` (a department's name without its head) is two fields joined by one 和, the first no
 * department or organ of its own (规划局和…, 政协和县纪委 are two organisations) and the second no other level.
 */
function fieldsJoined(name: string): boolean {
  const and = name.indexOf('和');
  if (and < 2 || name.indexOf('和', and + 1) >= 0) return false;
  const first = name.slice(0, and);
  const second = name.slice(and + 1).replace(/城乡/g, '');
  return second.length >= 2 && !/[委局厅办部协府大]$/.test(first) && !NOT_IN_DEPARTMENT.test(first) && !NOT_IN_DEPARTMENT.test(second);
}

/**
 * A place with an administrative suffix followed by an organ (涪陵区 + 委 → 涪陵区委; 彭水县 + 政协):
 * the organ is the organisation, the place its prefix.
 */
export function placeOrgans(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  return spans.map((s) => {
    if (s.label !== 'LOC') return s;
    // 彭水 + 县人民政府: the administrative suffix may lie outside the place the model found.
    const suffix = /[省市区县镇乡]$/.test(text.slice(s.start, s.end)) ? 0 : /^[省市区县]/.test(text[s.end] ?? '') ? 1 : -1;
    if (suffix < 0) return s;
    const at = s.end + suffix;
    const m = ORGAN_AFTER_PLACE.exec(text.slice(at, at + 11));
    if (!m) {
      const dept = suffix === 0 && s.end - s.start >= 3 ? departmentAfter(text, at) : 0;
      return dept ? { start: s.start, end: at + dept, label: 'ORG' as const } : s;
    }
    // 区委员 (a member) is not an organ; with the suffix outside the place, only a full organ name counts (县委 of 县委员).
    if (m[0] === '委' && text[at + 1] === '员') return s;
    if (suffix === 1 && m[0].length < 2) return s;
    return { start: s.start, end: at + m[0].length, label: 'ORG' as const };
  });
}

/**
 * Coordination: in 长安、赛力斯等 or 京东方、康宁、奥特斯, an unlabelled item next to a labelled one
 * across 、 takes the same label (items of two to six Chinese characters, nothing labelled inside).
 */
export function coordinate<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: { start: number; end: number; label: T['label'] }) => T,
  lex?: Lexicon,
): T[] {
  const out = spans.slice();
  const free = (s: number, e: number) => !out.some((o) => o.start < e && s < o.end);
  // A common word (苹果、豆角 after a spurious name) does not take a neighbour's label.
  // A person taken from a neighbour must look like one: a surname and a given name, or a name the
  // dictionary knows (黑猫警长、蓝精灵 beside 孙悟空 are not people); 的 never stands inside a name.
  const isItem = (s: string, label: string) =>
    /^[\u4e00-\u9fff]{2,6}$/.test(s) &&
    !s.includes('的') &&
    !endsInTitle(s) &&
    !isPlainWord(lex, s) &&
    (label !== 'PER' || looksLikeName(s) || (lex !== undefined && (lex.lookup(s) & LEX.PER) !== 0));
  // Items of one list are names of a kind and of like length: a one-character neighbour (公、检、法、司)
  // is an abbreviation, and an item more than two characters longer than its neighbour runs on into
  // the clause (柏枝、冬青扎成把, 人大、政府发贺电).
  const fits = (length: number, neighbour: { start: number; end: number }) =>
    neighbour.end - neighbour.start >= 2 && length <= neighbour.end - neighbour.start + 2;
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (let i = text.indexOf('、'); i >= 0; i = text.indexOf('、', i + 1)) {
      const left = out.find((o) => o.end === i && o.label !== 'NUM');
      const right = out.find((o) => o.start === i + 1 && o.label !== 'NUM');
      if (left && !right) {
        const end = itemEnd(text, i + 1);
        if (end > 0 && fits(end - i - 1, left) && isItem(text.slice(i + 1, end), left.label) && free(i + 1, end)) {
          out.push(make({ start: i + 1, end, label: left.label }));
          changed = true;
        }
      } else if (right && !left && right.label === 'PER' && text[itemStart(text, i) - 1] !== '、') {
        // The first name of a list of people, after a title (市领导冉进、但彦铮、幸军): the item carries the title.
        const start = itemStart(text, i);
        for (const k of [3, 2]) {
          if (start < 0 || i - k <= start || !free(i - k, i)) continue;
          const name = text.slice(i - k, i);
          if (looksLikeName(name) && fits(k, right) && (endsInTitle(text.slice(start, i - k)) || text.slice(start, i - k).endsWith('领导'))) {
            out.push(make({ start: i - k, end: i, label: 'PER' }));
            changed = true;
            break;
          }
        }
      } else if (right && !left && right.label === 'ORG' && text[itemStart(text, i) - 1] !== '、' && endsInOrgHead(text.slice(itemStart(text, i), i))) {
        // The first of a list of organisations, where it ends in an organisation head (市急救医疗中心、X医院):
        // a verb before it would need more than the seven characters an item may have.
        const start = itemStart(text, i);
        const item = text.slice(start, i);
        if (start >= 0 && fits(i - start, right) && /^[\u4e00-\u9fff]+$/.test(item) && !/[的了是在我你他她把被将对]/.test(item) && free(start, i)) {
          out.push(make({ start, end: i, label: 'ORG' }));
          changed = true;
        }
      } else if (right && !left && text[itemStart(text, i) - 1] === '、') {
        // Backwards only inside a list (、X、): a first item may carry a verb before it (优化X、Y).
        const start = itemStart(text, i);
        if (start >= 0 && fits(i - start, right) && isItem(text.slice(start, i), right.label) && free(start, i)) {
          out.push(make({ start, end: i, label: right.label }));
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return out.sort((a, b) => a.start - b.start);
}

// Organs named by level (县委, 市委) are whole names: what stands before them is another word (随即县委).
const ORG_HEADS = ORG_SUFFIXES.filter((h) => h.length >= 2 && !/^[省市区县镇乡]/.test(h));
/** Whether an item ends in an organisation head of two characters or more (中心, 医院, 公司), after a name of its own. */
function endsInOrgHead(s: string): boolean {
  return ORG_HEADS.some((h) => s.endsWith(h) && s.length >= h.length + 2);
}

// 中央政治局委员、书记处书记, 王部长、李主任: an item ending in a title or role is no name (GUIDELINES).
const TITLE_SET = new Set(TITLES);
function endsInTitle(s: string): boolean {
  for (let k = 2; k <= 5 && k <= s.length; k++) if (TITLE_SET.has(s.slice(-k))) return true;
  return false;
}

const ITEM_END = /[、等，。；和及与”）]/;
const ITEM_START = /[、，。；：“（\s]/;

/** End of a list item starting at `from`: the next delimiter within seven characters, or -1. */
function itemEnd(text: string, from: number): number {
  for (let j = from; j < text.length && j <= from + 7; j++) if (ITEM_END.test(text[j])) return j;
  return from + 7 >= text.length ? text.length : -1;
}

/** Start of a list item ending at `to`: just after the previous delimiter within seven characters, or -1. */
function itemStart(text: string, to: number): number {
  for (let j = to - 1; j >= 0 && j >= to - 7; j--) if (ITEM_START.test(text[j])) return j + 1;
  return to - 7 <= 0 ? 0 : -1;
}

const MEDIA_HEADS = /^(?:日报社|日报|晚报|晨报|商报|时报|早报|都市报|青年报|报社|电视台|广播电台|广播电视台|融媒体中心)/;

/**
 * A place followed by a media head is the outlet (重庆 + 日报 → ORG), and an outlet written with its
 * group's brand and a hyphen (新X-X日报) includes the brand.
 */
export function placeMedia(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  return spans.map((s) => {
    let out = s;
    if (s.label === 'LOC') {
      const m = MEDIA_HEADS.exec(text.slice(s.end, s.end + 6));
      if (m) out = { start: s.start, end: s.end + m[0].length, label: 'ORG' };
    }
    if (out.label === 'ORG' && /[-－]/.test(text[out.start - 1] ?? '')) {
      const brand = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})$/.exec(text.slice(Math.max(0, out.start - 6), out.start - 1));
      if (brand && (out.start - 1 - brand[1].length === 0 || brand[0].length > brand[1].length)) {
        out = { ...out, start: out.start - 1 - brand[1].length };
      }
    }
    return out;
  });
}
