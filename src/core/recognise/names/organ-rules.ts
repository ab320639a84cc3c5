import { LabelledSpan } from './tags';
import { isSurname, namesByFirstCharacter, SURNAMES, TITLES } from './lists';
import { LEX, Lexicon } from './lexicon';
import { isPlainWord } from './list-rules';
import type { RuleSpan } from './rules';

/**
 * Organs and bodies the rules find by their form: organs named by their level (市人大, 区委, 市发展改革委),
 * ministries by their field, national bodies by a short name, hospitals by their number, and the organ
 * after a place named in full (涪陵区 + 委).
 */

const HAN = '\\u4e00-\\u9fff';

// 委办 and 委改革办: the committee's office and its named offices (市委改革办, 省委农办, 区委办); not 委办公… (handled
// whole above), nor 委 + a verb ending in 办 (县委承办, 市委督办).
const ORGANS =
  '(?:委常委会|委办公厅|委办公室|委组织部|委宣传部|委统战部|委政法委|委编办|委网信办|人大常委会|人大|政协常委会|政协|' +
  // 市政府新闻办, 区人民政府新闻办公室: a government's offices, named with it.
  '(?:人民)?政府(?:新闻办公室|新闻办|外事办公室|外办|研究室)|人民政府|政府|纪委|监委|党委|委员会|融媒体中心|' +
  // 省防指: a level's flood control and drought relief headquarters.
  '防指|' +
  // The people's organisations of a level (县文联, 市妇联, 区总工会) and its safety committee (市安委会).
  '文联|科协|工商联|总工会|妇联|团委|残联|侨联|社科联|作协|红十字会|安委会|' +
  // 市食安办, 市消委: its food safety committee's office and its consumer council.
  '食安委|消委会|消委|' +
  // 区文化馆, 市图书馆: a level's public libraries, galleries and museums.
  '文化馆|图书馆|美术馆|博物馆|档案馆|科技馆|' +
  // 县消防救援大队, 市消防救援支队: a level's fire and rescue service.
  '消防救援支队|消防救援大队|' +
  // 区人民检察院, 县法院: the courts and procuratorates of a level.
  // 市高法院, 市一中法院: Chongqing's higher and intermediate courts by their short names.
  '(?:高级|中级)?人民法院|人民检察院|(?:高|[一二三四五]中)?法院|检察院|' +
  // 省委农办, 市委台办: the offices with a one-character field (not a verb: 省委转办, 市委催办).
  '委办(?![公法理事学好])|委(?:[农台侨外]|(?![主承协督举合创开兴筹查包操代试停申交照])[\\u4e00-\\u9fff]{2})办(?![公法理事学好])|' +
  // 市委会 of a democratic party (致公党市委会, 市委会提交的提案); not 市委 + 会议, 会见, 会上 ….
  '委会(?![议见同商上后前签审期场员谈])|' +
  // 县委书记, 区委常委: the party committee by its level alone; not 委员 (a member) or 委托, 委屈.
  '委(?![员托屈婉实]))';
// 自治区党委: an autonomous region is a level too (广西壮族自治区 → 自治区), and so are an autonomous prefecture
// (州委常委) and a banner of Inner Mongolia (旗政府).
// And a league of Inner Mongolia (盟委, 盟政协).
const LEVEL = '(?:自治区|[省市区县镇乡州旗盟])';
const ORDINAL_TERM = '(?:[一二三四五六七八九十]+届)?';
// Characters that may precede an organ abbreviation without being part of a longer word (城市, 超市),
// and verbs that take an organ as their object (召开市政府常务会议, 会同市财政局).
// 一名区人大代表, 前往区融媒体中心: a measure word or 往 too.
// 关于市六届人大…, 听取市人大常委会…, 圆满完成市六届人大…, 提交旗人大常委会审议: 于 and the verbs a session's report has before an organ.
const BEFORE = `(?:^|(?<=[^${HAN}])|(?<=[、和与及在向对由是为从同跟被把让将给了到至经据名位往自届于获受])|(?<=年度|做好|召开|印发|出台|批准|联合|会同|提请|报请|提交|落实|贯彻|学习|围绕|确保|审议|按照|根据|代表|传达|执行|遵照|参加|兑现|紧扣|听取|完成|出席|列席|视察|走访|看望|慰问|配合|协助|邀请|督促|感谢|日前|近日|[0-9０-９一二三四五六七八九十][年月日]))`;
// 市交委, 市教委: committees with a one-character field.
// 国家粮食和物资储备局, 国家发展和改革委员会: two fields joined by 和 may be longer, and a committee named in full.
const DEPT =
  '(?:(?:[\\u4e00-\\u9fff]{2,6}?(?:委|局|厅|办)|[教交农科建侨民计体经商]委)(?!员|会议)|' +
  // The longer forms only where the short one fails (市商务委 | 和财政局 stays two).
  '[\\u4e00-\\u9fff]{2,4}和[\\u4e00-\\u9fff]{2,4}?委员会|[\\u4e00-\\u9fff]{2,4}和[\\u4e00-\\u9fff]{2,6}?(?:委|局|厅|办)(?!员|会议)|' +
  // 市安全生产委员会: a committee of a level named in full.
  '[\\u4e00-\\u9fff]{2,8}?委员会)';

/**
 * Organs named by their level alone (市人大, 市政协, 市六届人大, 市发展改革委, 区教委): ORG by the
 * guidelines. The department form needs a title or the end of a clause after it, to keep out
 * phrases like 市场监管局势.
 */
const ORGAN = new RegExp(`${BEFORE}${LEVEL}${ORDINAL_TERM}${ORGANS}`, 'y');
const TITLE_ALT = TITLES.slice().sort((a, b) => b.length - a.length).join('|');
// 国家 heads national departments the same way (国家发展改革委, 国家卫生健康委): ministries have names of their own.
// Verbs an organisation does, which may follow its name as a title would (市发展改革委获悉, 在市教委工作).
const ORG_VERBS = '工作|获悉|了解|发布|印发|召开|主持|举行|组织|联合|负责|介绍|表示|消息|牵头|主办|承办|举办|制定|编制|开展|出具|全体|出台|提醒|提示|通报|公布|要求|透露|' +
  // 区投资促进局主要负责同志, 市教育局核查遴选后授予: its leaders, and what a department checks and guides.
  '主要|核查|检查|审核|指导|督导|' +
  // and the adverbs news puts between a department and its verb (市司法局依法履行, 市司法局不断深化).
  '依法|不断|积极|认真|全面|深入|持续|坚持|始终|充分|切实|进一步|主动|先后|首次|率先|迅速|立即|专门|会同|共同|近日|日前|' +
  // 从省卫健委门口出发: its building.
  '门口|门前|大楼|办公楼|' +
  // 州财政局作交流发言: what a department does at a meeting.
  '作(?:交流|表态|典型|经验|书面)?发言|作(?:工作)?报告|作汇报|作说明';
// 国家发展改革委在四川…, 市教委将: an adverb or 在 may follow a department as a verb would.
const DEPARTMENT = new RegExp(`${BEFORE}(?:国家|${LEVEL})${DEPT}(?=${TITLE_ALT}|${ORG_VERBS}|党组|党委|代表队|队员|[、，。；：）“”和与及对等相有的在将已也还就正要到]|$)`, 'y');

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
for (const c of '省市区县镇乡州旗盟国自') OPENS_ORGAN[c.charCodeAt(0)] = 1;

/**
 * What a global search gives for ORGAN or DEPARTMENT (sticky), tried only where a match can begin:
 * with the lookbehinds in front, the engine itself would try every position of the paragraph.
 */
function organMatches(sticky: RegExp, text: string, accept: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPENS_ORGAN[text.charCodeAt(i)] === 0) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    // A match turned down goes on at the next character (市政协机关和市财政局 is no department; 市财政局 is).
    if (!m || !accept(m)) continue;
    out.push(m);
    i += m[0].length - 1; // the next search starts where this match ends
  }
  return out;
}

/**
 * 区十五届政协, 县十八届人大: a level's congress or CPPCC with its term is that body whatever word comes before
 * (召开好区十五届政协四次会议, 补选区七届政协常务委员), which ORGAN's lookbehind would rule out.
 */
const TERMED_ORGAN = new RegExp(`${LEVEL}[一二三四五六七八九十]+届(?:人大常委会|人大|政协常委会|政协)`, 'g');

/** 市委市政府, 区委区人民政府, 镇党委镇政府, 州委州政府: a party committee and the government of its level, written together. */
const COMMITTEE_AND_GOVERNMENT = /([省市区县镇乡州])((?:党)?委)\1((?:人民)?政府)/g;
/** 省委市委, 市委区委: the party committees of two levels, written together. */
const COMMITTEES_OF_TWO_LEVELS = /([省市区县])委(?!\1)([省市区县])委/g;

/** One level's committee or government, as a piece of organs written together. */
const LEVEL_ORGAN_PIECE = /[省市区县镇乡州](?:党)?委|[省市区县镇乡州](?:人民)?政府/g;
const LEVEL_ORGANS_TOGETHER = new RegExp(`^(?:${LEVEL_ORGAN_PIECE.source}){2,}$`);

/** 省委市委, 市委市政府 read by the model as one organisation: the organs, each on its own (GUIDELINES: 市委 and 市政府 are two). */
export function organsWrittenTogetherApart<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('委') < 0 && text.indexOf('政府') < 0) return spans;
  return spans.flatMap((s) => {
    const t = text.slice(s.start, s.end);
    if (s.label !== 'ORG' || !LEVEL_ORGANS_TOGETHER.test(t)) return [s];
    return [...t.matchAll(LEVEL_ORGAN_PIECE)].map((m) => ({ ...s, start: s.start + m.index!, end: s.start + m.index! + m[0].length }));
  });
}

/**
 * 中央第四生态环境保护督察组, 中央第三巡视组, 省委第二巡视组, 自治区党委第五巡视组: a numbered inspection team sent by the centre or a party
 * committee is an organisation (the sets of current news mark 8 of 8 whole); the model reads 中央 or nothing.
 */
const INSPECTION_TEAM = /(?:中央|(?:省|市|县|区|州|自治区)(?:党)?委|国务院)第[一二三四五六七八九十]+(?:[\u4e00-\u9fff]{2,8}?)?(?:巡视组|巡察组|督察组|督导组)/g;

export function inspectionTeams(text: string, out: RuleSpan[]): void {
  if (text.indexOf('组') < 0 || text.indexOf('第') < 0) return;
  for (const m of text.matchAll(INSPECTION_TEAM)) {
    const start = m.index!;
    const end = start + m[0].length;
    // The sender's own organ, found by the level rule, is part of the team's name.
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end) out.splice(k, 1);
    out.push({ start, end, label: 'ORG', confidence: 0.9, rule: 'inspection-team' });
  }
}

/** A level's organ at [start, end), unless the same span was found already. */
function addLevelOrgan(out: RuleSpan[], start: number, end: number, confidence: number, rule = 'level-organ'): void {
  if (!out.some((o) => o.start === start && o.end === end)) out.push({ start, end, label: 'ORG', confidence, rule });
}

export function levelOrgans(text: string, out: RuleSpan[]): void {
  // Cheap pre-check: every pattern starts with a level character.
  if (!/[省市区县镇乡州旗盟国]/.test(text)) return;

  // Every organ name contains 人, 政, 委, 心 (融媒体中心), 联 (文联), 会 (总工会), 院 (法院, 检察院), 馆 (文化馆) or 队; every department ends in
  // 委, 局, 厅 or 办; 防指 holds 指; a fire and rescue service ends in 队.
  if (/[人政委心联会院馆指队]/.test(text)) {
    for (const m of organMatches(ORGAN, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.9, rule: 'level-organ' });
    }
    if (text.indexOf('届') >= 0) {
      for (const m of text.matchAll(TERMED_ORGAN)) addLevelOrgan(out, m.index!, m.index! + m[0].length, 0.9);
    }
  }
  if (text.indexOf('委') >= 0 && text.indexOf('政府') >= 0) {
    // Both are organs whatever comes before them (传达学习市委市政府精神; 青岛市委 + 市政府).
    for (const m of text.matchAll(COMMITTEE_AND_GOVERNMENT)) {
      const committeeEnd = m.index! + 1 + m[2].length;
      addLevelOrgan(out, m.index!, committeeEnd, 0.85);
      addLevelOrgan(out, committeeEnd, m.index! + m[0].length, 0.85);
    }
  }
  if (text.indexOf('委') !== text.lastIndexOf('委')) {
    for (const m of text.matchAll(COMMITTEES_OF_TWO_LEVELS)) {
      addLevelOrgan(out, m.index!, m.index! + 2, 0.85);
      addLevelOrgan(out, m.index! + 2, m.index! + 4, 0.85);
    }
  }
  if (!/[委局厅办]/.test(text)) return;
  for (const m of text.matchAll(LEAGUE_OR_OFFICE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, label: 'ORG', confidence: 0.85, rule: 'level-organ' });
  }
  for (const m of organMatches(DEPARTMENT, text, isDepartment)) {
    // 市政府新闻办召开: read as an organ already (ORGAN), the same span is not a second name.
    addLevelOrgan(out, m.index!, m.index! + m[0].length, 0.85, 'level-dept');
  }
}

/**
 * 团市委, 团省委: the Youth League's committee of a level (团 before the level); 区府办, 县府办: a government's general
 * office by its short name (the sets of current news mark 8 of 8).
 */
const LEAGUE_OR_OFFICE = /团[省市区县]委(?![员托屈婉实])|[区县市]府办(?![公法理事学好])/g;

/** Whether a match of DEPARTMENT names one department. */
function isDepartment(m: RegExpExecArray): boolean {
  const s = m[0];
  const body = s.slice(s.startsWith('国家') ? 2 : s.startsWith('自治区') ? 3 : 1);
  // 发展和改革委员会: a committee named in full ends in three characters, not one.
  const head = s.endsWith('委员会') ? 3 : 1;
  // 市文化和旅游委: one 和 may join two fields, the first no department of its own (市教委和财政局 is two).
  const and = body.indexOf('和');
  const joinsFields = fieldsJoined(body.slice(0, -head));
  // 县级团委: a level (级) is no department's field.
  if (/[的了是在和与及到级被向对把将从]/.test(joinsFields ? body.slice(0, and) + body.slice(and + 1) : body)) return false;
  // 区委决定由区纪委: a name holds one department head, at its end, and no 由 (a clause joins two organs); a committee's
  // office (省安委办, 县编委办) holds its committee's 委 before 办.
  if (/[委局厅由]/.test(s.slice(1, s.endsWith('委办') ? -2 : -head))) return false;
  // 财政局, 民政局, 邮政局 are departments whatever 政局 means alone.
  return !NOT_DEPARTMENT_TAILS.has(s.slice(-2)) || /[财民邮]政局$/.test(s);
}

/**
 * Ministries named by their field (应急管理部, 生态环境部, 农业农村部, 文化和旅游部, 退役军人事务部): the
 * model knows those of 1998. At the start of a clause or after a word of case, and before a title, a
 * list or a verb of theirs (a clause's end alone is not enough: 他按照部…。); not parts or ranks (西部,
 * 内部, 全部, 干部, 总部, 俱乐部), nor a village's office (整修村部; 农业农村部 is a ministry).
 */
const MINISTRY = new RegExp(
  `(?:^|(?<=[^${HAN}])|(?<=[、和与及在向对由是从经据])|(?<=希望|感谢))((?:中国)?(?:[${HAN}]{2,4}和)?[${HAN}]{2,6}?(?<![东西南北中内外全干局总支本俱乐底首胸腹面头上下大])(?<!(?<!农)村)部(?:办公厅)?)` +
    // 文化和旅游部办公厅公布…: a ministry's general office is named after it, whatever follows.
    `(?:(?<=办公厅)|(?=部长|副部长|总工程师|党组|有关|负责人|[、和与及等]|就(?:贯彻|有关|此|相关)|联合|会同|发布|印发|召开|主办|指导|举行|近日|日前|表示|消息|公布|通报|要求|` +
    // 工业和信息化部建立…, 工业和信息化部将深入…, 工业和信息化部就…: an adverb or a verb of what a ministry does.
    `将|已|建立|深入|推动|开展|组织|举办|新闻|获悉|了解到|下达|最新|` +
    // 希望工业和信息化部继续关心…, 对工业和信息化部长期以来给予…: what a ministry goes on doing.
    `继续|长期(?!间)|持续|一直|给予|` +
    // 生态环境部17日召开, 生态环境部今天发布: a date before the verb.
    `[0-9０-９]{1,2}日|今天|昨天|今日|本月|近期|数据显示|统计显示|` +
    // 来自交通运输部的数据显示: what a ministry publishes.
    `的(?:数据|统计|消息|通知|公告|网站|官网)))`,
  'gd',
);
/**
 * Characters no ministry's name holds: what comes before one in a clause (应邀参加中宣部, 据总后勤部, 本报讯自公安部, 2026年工信部),
 * and the verbs of a list of things (包括百部、白术: 百部 is a herb).
 */
const NOT_IN_MINISTRY = /[的了是在个这那与及等为把被将从由以对其各每据如一二三四五六七八九十不他她年月日]|应邀|参加|讯自|来自|本报|按照|要求|最后|希望|感谢|包括|包含|含有|种植|有利于|以及|还有|例如|比如/g;

export function ministries(text: string, out: RuleSpan[], lex?: Lexicon): void {
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
 * use as one (证监会 is there an abbreviation, j, like 人均) or by a name they could not know (中央广播电视总台,
 * formed in 2018): a table of the State's bodies, as the gazetteer is one of its places.
 */
const NATIONAL_SHORT_NAMES = [
  '证监会', '银保监会', '银监会', '保监会', '国资委', '发改委', '网信办', '工信部', '人社部', '住建部', '国台办', '港澳办', '国新办',
  '上交所', '深交所', '北交所', '港交所', '央行', '人民银行', '省高院', '市中院', '中证监', '央视', '最高法', '最高检', '中纪委', '中组部', '中宣部', '中科院',
  '社科院', '工程院', '国足', '足协', '篮协', '国乒', '国羽', '国奥', '世界田联', '世界羽联', '世界泳联', '国际乒联', '亚奥理事会', '亚足联', '国际足联', '国际奥委会', '世卫组织', '世贸组织',
  // Regional blocs by the short names Chinese news gives them
  '海合会', '上合组织', '非盟', '欧佩克',
  '全国人大', '全国政协', '中央', '中央广播电视总台', '总台央视', '总台', '央视新闻', '第一财经', '21世纪经济报道', '财新', '央广网', '金砖',
  // Outlets of the web era, which the 1998 corpora could not know
  '中新社', '中新网', '中新经纬', '国际在线', '澎湃新闻', '界面新闻', '红星新闻', '封面新闻', '上游新闻', '华龙网', '36氪', '虎嗅', '钛媒体',
  '人民网', '新华网', '央视网', '光明网', '中国网', '环球网', '海外网', '中青网',
  // China's democratic parties by their short names
  '民建', '民盟', '民革', '台盟', '九三学社',
  // Ministries and commissions formed since 1998 (the corpora cannot know them), and the theatre commands (2016)
  // (国家卫生健康委, 国家医保局 and the like are the department rule's: 国家 + a field + its head).
  '应急管理部', '生态环境部', '自然资源部', '农业农村部', '退役军人事务部', '市场监管总局', '国家市场监督管理总局', '金融监管总局',
  '国家金融监督管理总局', '东部战区', '南部战区', '西部战区', '北部战区', '中部战区',
];
/** Short names that stand after any character but one that makes them part of a longer word (中央视察 holds no 央视). */
/** 村民建房, 为民建功, 人民盟友: 民 ending a word for people before the party's second character. */
const PEOPLE_BEFORE = /[居村市农公人移牧渔网军国选灾股藏回华庶贫难平船彩侨乡边为亲便惠爱利助富安保养护]$/;
/** 赵民革: a surname before them makes a person's name. */
const SURNAME_BEFORE = new RegExp(`[${SURNAMES.filter((x) => x.length === 1).join('')}]$`);
const PARTY_SHORT = { test: (c: string) => PEOPLE_BEFORE.test(c) || SURNAME_BEFORE.test(c) };
const NOT_AFTER = new Map<string, { test(c: string): boolean }>([['央视', /中$/], ['澎湃新闻', /[潮涛浪情]$/], ['民建', PARTY_SHORT], ['民盟', PARTY_SHORT], ['民革', PARTY_SHORT]]);
/** 全国人大 and 全国政协 begin longer names (全国人大常委会, 全国政协农业和农村委员会): only before a member or a break. */
const ONLY_BEFORE = new Map([
  ['全国人大', /^(?:代表|委员|[、，。；和与及]|$)/],
  ['全国政协', /^(?:委员|[、，。；和与及]|$)/],
  // 中央 (the Party's Centre) only where it decides or acts: 中央批准, 根据中央的批准, 中央和省委部署 (7 of 9 such marked in the sets).
  ['中央', /^(?:批准|决定|的批准|的决定|同意|召开|赋予|部署|和省委|和市委|、国务院)/],
  // CCTV News, not its evening news programme (央视新闻联播: 央视 and the programme).
  ['央视新闻', /^(?!联播)/],
  // CRI Online as a source or by its channels, not 国际在线支付 or 国际在线教育.
  ['国际在线', /^(?:[\u4e00-\u9fff]{0,2}频道|消息|记者|报道|讯|评论|[、，。；：）”]|$)/],
  // 非盟 (the African Union), not 非 + 盟友 or 盟约; 中证监 (Hong Kong's name for the CSRC), not 中证 + 监测.
  ['非盟', /^(?![友约军国员])/],
  ['中证监', /^(?![测督察管控])/],
  // 金砖 (BRICS) is also a gold brick: only before its members, its family or its summits.
  ['金砖', /^(?:国家|大家庭|伙伴|成员|机制|合作|峰会|扩员|框架|发展|\+|＋)/],
  // 总台 is also a hotel's front desk: China Media Group only before its reporters, channels and shows.
  ['总台', /^(?:记者|央视|央广|国广|春晚|新闻|《|黄金档|多部|出品|推出|播出|首播|[”」])/],
]);
const { byFirst: SHORT_NAMES_BY_FIRST, opens: OPENS_SHORT_NAME } = namesByFirstCharacter(NATIONAL_SHORT_NAMES);
/** Characters before a short name of two that make it some country's or body's (外国央行, 两国央行, 市足协, 新兴市场央行). */
const SHARED_NAME_BEFORE = /[国球各两全外场体省市县区镇乡村]/;
/** What may stand before a short name without making it part of a longer word (法国足球 holds no 国足); a date (3月证监会). */
const BEFORE_SHORT_NAME = /[^\u4e00-\u9fff]|[被由经据和与及在向对是从为将把让给名位得获年月日了到掌而入进至离任于]/;

const NATIONAL_SHORT_NAME_SET: ReadonlySet<string> = new Set(NATIONAL_SHORT_NAMES);

/**
 * 获评工 | 信部: an organisation the model starts one or two characters into a national body's short name (where the rule
 * above found none, the character before it making a word with the name's first) begins where the short name does.
 */
export function shortNamesReadShort<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s, k) => {
    if (s.label !== 'ORG') return s;
    for (const back of [1, 2]) {
      const start = s.start - back;
      const before = spans[k - 1];
      if (start >= 0 && NATIONAL_SHORT_NAME_SET.has(text.slice(start, s.end)) && !(before && before.end > start)) return { ...s, start };
    }
    return s;
  });
}

export function nationalShortNames(text: string, out: RuleSpan[], lex?: Lexicon): void {
  for (let i = 0; i < text.length; i++) {
    if (OPENS_SHORT_NAME[text.charCodeAt(i)] === 0) continue;
    const names = SHORT_NAMES_BY_FIRST.get(text.charCodeAt(i));
    if (!names) continue;
    // The longest name here that what follows allows (央视新闻联播: 央视, not 央视新闻), looking as far as the longest
    // word the table asks for (、国务院, 重庆频道).
    const allowed = (n: string) => ONLY_BEFORE.get(n)?.test(text.slice(i + n.length, i + n.length + 6)) !== false;
    const name = names.find((n) => text.startsWith(n, i) && allowed(n));
    // A name of five characters or more, or one held to what follows or precedes it, stands anywhere (接受21世纪经济报道专访,
    // 答总台记者, 年初央视春晚); not 第一财经 of 全国第一财经类高校.
    const notAfter = name ? NOT_AFTER.get(name) : undefined;
    if (notAfter && i > 0 && notAfter.test(text[i - 1])) continue;
    // An outlet named …新闻 (四川封面新闻的记者) or an exchange (登陆港交所) is no part of a longer word either.
    // A site (包括人民网) likewise, unless its 网 begins a word with what follows (中国网民, 中国网络).
    const site = name !== undefined && name.endsWith('网');
    if (site && lex && lex.isWordAt(text, i + name!.length - 1)) continue;
    const heldWhole = name !== undefined && (name.length >= 5 || /(?:新闻|交所|战区)$/.test(name) || site || ONLY_BEFORE.has(name) || notAfter !== undefined);
    // 未来央行, 出席国新办: after any other character where neither edge runs into a word of the dictionary (not 中央行政);
    // a name of two characters not after a surname that ends no word (李央行, 刘国足; but 未来 | 央行), a word of which country or how many (各国央行, 全球央行)
    // or a level that opens a longer name (市足协).
    const apart =
      name !== undefined && lex !== undefined && !lex.isWordAt(text, i - 1) && !lex.isWordAt(text, i + name.length - 1) &&
      (name.length >= 3 || !((isSurname(text[i - 1]) && !lex.isWordAt(text, i - 2)) || SHARED_NAME_BEFORE.test(text[i - 1])));
    if (!name || (i > 0 && !BEFORE_SHORT_NAME.test(text[i - 1]) && !heldWhole && !apart)) continue;
    // 最高法院 and 工程院士 are longer words.
    const next = text[i + name.length] ?? '';
    // 应急管理部门, 生态环境部门: the departments of a field, not the ministry.
    if ((name.endsWith('法') && next === '院') || (name.endsWith('院') && next === '士') || (name.endsWith('部') && next === '门')) continue;
    out.push({ start: i, end: i + name.length, label: 'ORG', confidence: 0.8, rule: 'national-short-name' });
    i += name.length - 1;
  }
}

/**
 * Hospitals known by a university's short name and their number (重医附一院, 重医一院, 浙大二院, 北医三院):
 * the model reads some and not others. The short name starts a clause or follows a word of place or
 * case; 一院一策 and 两院院士 are no hospitals.
 */
/** What stands before a hospital's short name: a clause break, or a word of place or case. */
const BEFORE_HOSPITAL = `(?:^|(?<=[^${HAN}])|(?<=[在到由和与及的是为从经向对赴、]))`;
const NUMBERED_HOSPITAL = new RegExp(
  `${BEFORE_HOSPITAL}([${HAN}]{2}(?:附属?)?(?:第?[一二三四五六七八九十])院)(?![一士校系线区])`,
  'gd',
);
const NOT_HOSPITAL_PREFIX = /[的了是在和与及到对把被将从由为个这那各每一二三四五六七八九十第全本该我你他]/;

/** 市五院, 区一院: a city's or district's numbered hospital by its level alone. */
const LEVEL_HOSPITAL = new RegExp(`${BEFORE_HOSPITAL}[市区县][一二三四五六七八九十]院(?![一士校系线区长])`, 'g');

export function numberedHospitals(text: string, out: RuleSpan[]): void {
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

/**
 * 中铁二十一局, 中建三局, 中交二航局, 中国水电三局: the state builders' bureaus by their group's short name and number,
 * with 中国 and their group and legal form when written (中铁十一局集团有限公司).
 */
const NUMBERED_BUREAU = /(?:中国)?(?:中铁建|中铁|中建|中交|中冶|中电建|水电)[一二三四五六七八九十]{1,3}[航公]?局(?:集团(?:有限公司)?|有限公司)?/g;

/**
 * 校党委书记, 代表学校党委, 院党委书记: a school's or an academy's party or discipline committee named by 校, 学校 or 院 alone,
 * as reports from inside name it (8 of 8 in the sets), like a level's organ; only after a break, a conjunction or a
 * preposition, so that 医院党委 and 学院党委 are read with their own names.
 */
const INSTITUTION_COMMITTEE = new RegExp(`${BEFORE}(?:学校|校|院)(?:党委|纪委)(?!员|委员)`, 'g');

export function institutionCommittees(text: string, out: RuleSpan[]): void {
  if (text.indexOf('党委') < 0 && text.indexOf('纪委') < 0) return;
  for (const m of text.matchAll(INSTITUTION_COMMITTEE)) out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.75, rule: 'institution-committee' });
}

/**
 * 联合万市镇人民政府: a town's or township's government or party committee by the town's two characters, after a break or
 * a verb of joint action (the model reads 市镇 there as a word).
 */
const TOWN_ORGAN = new RegExp(`${BEFORE}([${HAN}]{2}[镇乡](?:人民政府|党委))`, 'gd');
const NOT_IN_TOWN_NAME = /[的了是在和与及到对把被将从由为这那各每全本该其一二三四五六七八九十两几多个]/;

export function townOrgans(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (!/[镇乡](?:人民政府|党委)/.test(text)) return;
  for (const m of text.matchAll(TOWN_ORGAN)) {
    const start = m.indices![1][0];
    // 周边镇, 当地镇, 山区乡, 基层镇党委: a word of the dictionary that says which towns, no town's name.
    if (NOT_IN_TOWN_NAME.test(m[1].slice(0, 2)) || (lex && lex.lookup(m[1].slice(0, 2)) & LEX.WORD)) continue;
    out.push({ start, end: start + m[1].length, label: 'ORG', confidence: 0.8, rule: 'town-organ' });
  }
}

export function numberedBureaus(text: string, out: RuleSpan[]): void {
  if (!text.includes('局')) return;
  for (const m of text.matchAll(NUMBERED_BUREAU)) out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.85, rule: 'numbered-bureau' });
}

// Longest first: an alternation takes the first that matches (人民政府 before 政府, 委员会 before 委).
const ORGAN_AFTER_PLACE = /^(?:第?[一二三四五六七八九十]+届(?=人民代表大会|人大|政协))?(?:人民代表大会常务委员会|人民代表大会|(?:人民)?政府(?:新闻办公室|新闻办)|防指|人民政府|(?:高级|中级)?人民法院|人民检察院|人大常委会|委员会|党工委|管委会|政府|政协|人大|党委|纪委|监委|委(?![员托屈婉实]))/;

// 原 (former) before a title: 河南省农业农村厅原总农艺师; its party group: 省发展改革委党组.
// 河南省水利厅决定, 重庆市民政局在: verbs and adverbs follow the whole department as they follow a level-named one;
// so does its website (据四川省经济和信息化厅网站消息).
const DEPT_END = `(?:委员会|委|局|厅)(?=${TITLE_ALT}|${ORG_VERBS}|网站|官网|公众号|决定|启动|部署|宣布|指出|强调|统计|监测|批准|同意|回应|发出|党组|党委|原|[、，。；：）”和与及对等的相有在将已也还就正要]|$)`;
const DEPT_AFTER_PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,6}?)${DEPT_END}`);
// 重庆市 + 规划和自然资源局: two fields joined by 和 name one department.
const JOINED_DEPT_AFTER_PLACE = new RegExp(`^([\\u4e00-\\u9fff]{2,4}和[\\u4e00-\\u9fff]{2,6}?)${DEPT_END}`);
/** What a department's own name never holds after a place: another level (沅江市委), 原 (former; not of 草原, 高原), a function word. */
const NOT_IN_DEPARTMENT = /[省市区县镇乡前副的了是在和与及到对把被将从由为届]|(?<![草高平])原/;

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
    // Inner Mongolia's banners and leagues are levels too (喀喇沁旗 + 政府, 兴安盟 + 委).
    const suffix = /[省市区县镇乡旗盟]$/.test(text.slice(s.start, s.end)) ? 0 : /^[省市区县]/.test(text[s.end] ?? '') ? 1 : -1;
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
