import { LabelledSpan } from './tags';
import { LEX, LEX_MAX_LEN, Lexicon } from './lexicon';
import { COMPANY_TRADE, ORG_SUFFIXES } from './lists';
import { isPlainWord, LEADING_FUNCTION, Scored } from './list-rules';
import { joinAdjacent, replacedBy, withoutSpansInside } from './span-edges';

/**
 * Organisations the model, trained on 1998 text, misses or cuts short in modern news: a company
 * named before a title only companies give (华为常务董事…余承东), and an organisation the dictionary
 * knows whole of which the model found only the place (长安 of 长安汽车).
 */

/** Titles only a company gives (a ministry has no 董事长): the word before one names the company. */
const COMPANY_TITLE = /(?:副董事长|董事长|常务董事|副总裁|总裁|总经理|首席执行官|创始人|CEO)/g;
/** What starts a clause: the company is named at its start (华为常务董事、终端BG董事长余承东透露). */
const CLAUSE_START = /[，。；：“（、\s]/;
/**
 * Determiners and adverbs that refer to a company without naming it (该公司, 其, 原), a verb or 代 (acting)
 * before the title (公司代总经理; 时代 ends names, 宁德时代; 吕宏强向董事长), a place in a photo (右三为总经理).
 */
const NOT_COMPANY = /[该其本原前现新副总他她它这那此各每某我你的了是在和与及等]|[任兼向对给跟被让把]$|(?<!时)代$|^[左右后上下图]/;

/**
 * 华为常务董事、终端BG董事长余承东: a word of 2–4 characters at the start of a clause, right before a
 * title only companies give, and a person named after the titles, is the company (an ORG). A word the
 * dictionary knows as a plain word (公司, 集团) names none.
 */
export function companiesBeforeTitles<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  if (!spans.some((s) => s.label === 'PER')) return spans;
  let out = spans;
  for (const title of text.matchAll(COMPANY_TITLE)) {
    const end = title.index!;
    for (let start = end - 2; start >= Math.max(0, end - 4); start--) {
      // 据蜂巢能源董事长: a source named after 据 starts its clause too.
      if (start > 0 && !CLAUSE_START.test(text[start - 1]) && text[start - 1] !== '据') continue;
      const word = text.slice(start, end);
      if (!/^[\u4e00-\u9fff]+$/.test(word) || NOT_COMPANY.test(word) || LEADING_FUNCTION.has(word[0])) break;
      // 据市场总经理: a plain word at its end (市场) makes the word no company's name.
      // A trade may end it (蜂巢能源), and so may a word after a place that starts it (宁德 + 时代; not 重庆 + 市场).
      const afterPlace = word.length === 4 && lex !== undefined && (lex.lookup(word.slice(0, 2)) & LEX.LOC) !== 0 && !/^(?:市场|地区|分公司|公司)$/.test(word.slice(2));
      if (isPlainWord(lex, word) || (isPlainWord(lex, word.slice(-2)) && !(word.length >= 4 && COMPANY_TRADE.test(word)) && !afterPlace)) break;
      // A place or person the model read inside the word is a piece of the company's name (宁德 of 宁德时代).
      const overlapping = out.filter((o) => o.start < end && start < o.end);
      // The model's own weaker reading of the same word as an organisation is confirmed as a company's.
      // A person read as the whole word is none: no title stands between two people (赛力斯董事长张兴海).
      const same = (o: T) => o.start === start && o.end === end && ((o.label === 'ORG' && o.confidence < 0.6) || o.label === 'PER');
      const piece = (o: T) => o.label === 'LOC' && o.start >= start && o.end <= end && o.end - o.start < end - start;
      if (overlapping.some((o) => !same(o) && !piece(o))) break;
      // A person must follow within the clause, after the titles (a chain of them: 华为常务董事、终端BG董事长、…BU董事长余承东).
      const clauseEnd = text.slice(end).search(/[，。；！？]/);
      const limit = clauseEnd < 0 ? text.length : end + clauseEnd;
      // Where the model read the word as a person, the other person stands right after the title.
      const readAsPerson = overlapping.some((o) => o.label === 'PER');
      const titleEnd = end + title[0].length;
      if (!out.some((o) => o.label === 'PER' && o.start > end && o.start < limit && (readAsPerson ? o.start === titleEnd : o.start - end <= 40))) break;
      out = replacedBy(out, overlapping, make({ start, end, label: 'ORG' }));
      break;
    }
  }
  return out;
}

/**
 * How an organisation's name ends: the dictionary's organisation entries also hold phrases (美国市场,
 * 中华文化, 中医药) that end in none of these.
 */
const DICTIONARY_ORG_HEADS = [...ORG_SUFFIXES, '汽车', '电信', '航空', '电器', '科技', '制药', '钢铁'];
const DICTIONARY_ORG_HEAD = new RegExp(`(?:${DICTIONARY_ORG_HEADS.sort((a, b) => b.length - a.length).join('|')})$`);
/** The last characters of those heads, by UTF-16 code: most ends are ruled out before a slice is made. */
const ENDS_ORG_HEAD = new Uint8Array(0x10000);
for (const h of DICTIONARY_ORG_HEADS) ENDS_ORG_HEAD[h.charCodeAt(h.length - 1)] = 1;

/**
 * A place or person the model found at the start of an organisation the dictionary knows whole (长安 of
 * 长安汽车, 长城 of 长城汽车): the organisation is the name. Only entries the dictionary knows as nothing
 * but an organisation, and only where no other name lies in the way.
 */
export function dictionaryOrganisations<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (!spans.some((s) => s.label !== 'ORG')) return spans;
  return spans.map((s, i) => {
    if (s.label === 'ORG') return s;
    const next = spans[i + 1]?.start ?? text.length;
    for (let end = Math.min(s.start + LEX_MAX_LEN, next, text.length); end >= s.end + 2; end--) {
      if (ENDS_ORG_HEAD[text.charCodeAt(end - 1)] === 0) continue;
      const word = text.slice(s.start, end);
      if (!DICTIONARY_ORG_HEAD.test(word)) continue;
      const cls = lex.lookup(word);
      if (cls & LEX.ORG && !(cls & (LEX.LOC | LEX.PER))) return { ...s, end, label: 'ORG' };
    }
    return s;
  });
}

/** Organisation heads (委, 局, 日报, 公司 …) by the last character: where a name can end. */
const ORG_HEADS_LONGEST_FIRST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);
const CONJUNCTIONS = new Set('与和及'.split(''));
const JOINT_VERB = /^(?:联合|会同|携手|协同)(?![国会体办大社])/;

/**
 * 重庆日报与市委宣传部 read as one organisation: where the part before 与/和/及 already ends in an
 * organisation head, the conjunction joins two organisations. A name holding 与 or 和 (机械与运载工程学院,
 * 中华人民共和国外交部) has no head before it. The part after is an organisation only if it ends in a head too.
 */
export function splitCoordinatedOrgs<T extends Scored>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let start = s.start;
    if (s.label === 'ORG') {
      for (let i = s.start + 2; i < s.end - 2; i++) {
        // 与, 和, 及; or a verb of joint action (街道办事处联合区市场监管局), not 联合国 or 联合会.
        const width = CONJUNCTIONS.has(text[i]) ? 1 : JOINT_VERB.test(text.slice(i, i + 3)) ? 2 : 0;
        if (width === 0) continue;
        const left = text.slice(start, i);
        if (!ORG_HEADS_LONGEST_FIRST.some((h) => left.endsWith(h) && left.length > h.length)) continue;
        out.push({ ...s, start, end: i });
        start = i + width;
        i += width - 1;
      }
    }
    if (start === s.start) out.push(s);
    else if (ORG_HEADS_LONGEST_FIRST.some((h) => text.slice(start, s.end).endsWith(h) && s.end - start > h.length)) out.push({ ...s, start });
  }
  return out;
}

/** End of the longest prefix of text[start, end) that ends in an organisation head, or -1. */
function lastHeadEnd(text: string, start: number, end: number): number {
  for (let k = end; k >= start + 2; k--) {
    const part = text.slice(start, k);
    if (ORG_HEADS_LONGEST_FIRST.some((h) => part.endsWith(h) && part.length > h.length)) return k;
  }
  return -1;
}

/**
 * 儿童医院专家团|队, 烧伤科团队: an organisation the model ends inside or with 团队 (a team, no organisation)
 * runs on past its name; it ends at its last organisation head before that word (儿童医院, 烧伤科). Other words across the end
 * (委员会|上, 研究所|长) leave the name as it is.
 */
export function orgsEndingInsideWords<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 4) return s;
    // Inside 团队 (专家团|队), or with all of it (烧伤科团队).
    const team = text[s.end - 1] === '团' && text[s.end] === '队' ? 1 : text.endsWith('团队', s.end) ? 2 : 0;
    if (team === 0) return s;
    const end = lastHeadEnd(text, s.start, s.end - team);
    return end > 0 ? { ...s, end } : s;
  });
}

/** The working bodies of a party committee or government, named after it (市委 + 办公厅, 市委 + 编办). */
// 区委办、区政府办: the office by its one-character short name, only where the name ends there.
const SUB_BODY = /^(?:办公厅|办公室|组织部|宣传部|统战部|政法委|编办|网信办|外办|政研室|研究室|党校|[\u4e00-\u9fff]{2,8}?委员会|办(?=[、，。；和与及等]|$))/;
/** Organs whose bodies are named that way: a party committee (市委, 涪陵区委) or a government (市政府). */
const OWNS_BODIES = /(?:[省市区县镇乡]委|政府|党委)$/;

/**
 * 市委 + 编办, 市委 + 办公厅, 市委 + 全面深化改革委员会: a body of an organ, named after it, is one
 * organisation with it (GUIDELINES: the longest proper name). The model knows the organ, not the body.
 */
export function organBodies<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  let grown = false;
  const out = spans.map((s) => {
    if (s.label !== 'ORG' || !OWNS_BODIES.test(text.slice(Math.max(s.start, s.end - 3), s.end))) return s;
    const m = SUB_BODY.exec(text.slice(s.end, s.end + 12));
    if (!m) return s;
    const end = s.end + m[0].length;
    // A name running on past the body's end keeps it out; names inside the body go into it.
    if (spans.some((o) => o.start < end && o.end > end && o.start >= s.end)) return s;
    grown = true;
    return { ...s, end };
  });
  return grown ? withoutSpansInside(out) : out;
}


/** Organs whose official names carry the places above them (重庆市江北区人民法院, 浙江省杭州市中级人民法院). */
const FORMAL_ORGAN = /(?:人民法院|人民检察院|人民政府|公安局|第[一二三四五六七八九十]+(?:人民)?医院|人民医院|中心医院|中医院)$/;

/**
 * 重庆市 | 江北区人民法院: a court, procuratorate, government, police bureau or public hospital (福建省 | 三明市第一医院) is officially named with the
 * province or city above it, so the place before it is part of its name (GUIDELINES: the longest proper
 * name). Only a place named with its suffix, and an organ that opens with a place of its own.
 */
export function formalOrganNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return joinAdjacent(spans, (place, organ) => {
    if (place.label !== 'LOC' || organ.label !== 'ORG' || !/(?:省|市|自治区)$/.test(text.slice(place.start, place.end))) return undefined;
    const name = text.slice(organ.start, organ.end);
    return /^[\u4e00-\u9fff]{2,8}?(?:市|区|县|自治州|自治县)/.test(name) && FORMAL_ORGAN.test(name) ? { ...organ, start: place.start } : undefined;
  });
}

/** A place named with its administrative suffix, at the start of a string. */
const LEADING_PLACE = /^[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|省|市|区|县|旗|盟)/;
/** Where a place names the area of a party organ: 仁和 + 街道, 金凤 + 镇. */
const ORGAN_AREA = /^[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|自治县|街道|省|市|区|县|镇|乡|旗)/;
const PARTY_ORGAN = /(?:党工委|党委|党组|纪委|工委|委)$/;

/**
 * 浙江省杭州市余杭区仁和街道党工委: a party organ is named by its own area (仁和街道党工委); the places
 * above it are places (GUIDELINES: a place is part of an organisation's name only where the name holds
 * it). Courts and governments keep theirs (formalOrganNames).
 */
export function partyOrgansWithoutUpperPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const t = text.slice(s.start, s.end);
    if (s.label !== 'ORG' || t.length < 7 || !PARTY_ORGAN.test(t) || FORMAL_ORGAN.test(t)) {
      out.push(s);
      continue;
    }
    let at = 0;
    const places: Array<[number, number]> = [];
    for (;;) {
      const m = LEADING_PLACE.exec(t.slice(at));
      if (!m) break;
      const rest = t.slice(at + m[0].length);
      // Peel a place only while what is left still names an area of its own before the organ.
      const area = ORGAN_AREA.exec(rest);
      if (!area || !PARTY_ORGAN.test(rest.slice(area[0].length)) || rest.length - area[0].length < 1) break;
      places.push([at, at + m[0].length]);
      at += m[0].length;
    }
    if (places.length === 0) {
      out.push(s);
      continue;
    }
    for (const [a, b] of places) out.push({ ...s, start: s.start + a, end: s.start + b, label: 'LOC' });
    out.push({ ...s, start: s.start + at });
  }
  return out;
}

/** A body under an institution, named right after it (水利部 + 长江水利委员会, 中国科学院 + 大连化学物理研究所). */
const SUBORDINATE_HEAD = /(?:委员会|常委会|研究所|研究院|研究中心|学院|附属医院|医院|分院|分公司|子公司|分行|支行|办事处|管委会)$/;
const INSTITUTION_HEAD = /(?:部|院|委|局|署|大学|公司|集团|银行|人大)$/;

/**
 * An organisation and a body under it, each read by the model, are one organisation (GUIDELINES: the
 * longest proper name): 人大 + 常委会, 水利部 + 长江水利委员会. Not a dateline's outlet and place
 * (新华社 + 联合国), nor two organs side by side (党中央 + 国务院: the second is no body of the first).
 */
export function subordinateBodies<T extends Scored>(text: string, spans: T[]): T[] {
  return joinAdjacent(spans, (a, b) => {
    if (a.label !== 'ORG' || b.label !== 'ORG') return undefined;
    const head = text.slice(a.start, a.end);
    const body = text.slice(b.start, b.end);
    if (!INSTITUTION_HEAD.test(head) || !(SUBORDINATE_HEAD.test(body) || body.startsWith('常委会'))) return undefined;
    return { ...a, end: b.end, confidence: Math.max(a.confidence, b.confidence) };
  });
}

/** Buildings that house an institution of that name: 大足石刻博物馆 is an organisation, not a place. */
const INSTITUTION_BUILDING = /(?:博物馆|博物院|纪念馆|图书馆|美术馆|档案馆|科技馆|文化馆|艺术馆|展览馆)$/;

/** A place the model read ending in a museum's or library's head is that institution (红岩革命纪念馆). */
export function institutionsNotPlaces<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/[馆院]/.test(text)) return spans;
  return spans.map((s) => (s.label === 'LOC' && s.end - s.start > 3 && INSTITUTION_BUILDING.test(text.slice(s.start, s.end)) ? { ...s, label: 'ORG' } : s));
}

/** A hospital's department or a kind of area alone names no organisation (骨科, 门诊部, 自治县). */
const GENERIC_UNIT = /^(?:[\u4e00-\u9fff]{1,2}科|门诊部|住院部|急诊部|体检中心|自治县|自治区|区县)$/;

export function genericUnitsNoNames<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.filter((s) => !(s.label === 'ORG' && s.end - s.start <= 4 && GENERIC_UNIT.test(text.slice(s.start, s.end))));
}

/**
 * An organisation named by its place and what it does, ending in a head only institutions have
 * (重庆交通开投轨道集团, 綦江区青少年体育运动学校): the model reads the place and leaves the rest. The
 * words between hold no function word, numeral, kind (公立, 各级, 三甲; 反动集团, 上市公司) or verb of
 * building or visiting (加快建设, 前往), and the head ends a word (政治协商会议 holds no 商会).
 */
const INSTITUTION_HEAD_AFTER =
  /^([\u4e00-\u9fff]{2,8}?)(?:集团有限公司|股份有限公司|有限公司|集团|公司|研究院|研究所|研究中心|研究会|学校|中学|小学|大学|学院|医院|领导小组|管委会|委员会|协会|商会|基金会)(?![议员长生])/;
const NOT_IN_INSTITUTION = /[的了是在和与及到对把被将从由为个这那各每等一二三四五六七八九十几多有向某两首家百千万些包留]/;
const KIND_OR_VERB =
  /公立|民营|私立|各级|相关|有关|三甲|大型|中小|重点|全市|全区|全国|部分|所有|各类|本地|当地|其他|主要|骨干|龙头|知名|优秀|现有|加快|建设|推进|打造|成立|组建|新建|筹建|引进|落户|入驻|支持|建成|设立|依托|联合|携手|举办|开展|前往|来到|走进|参观|考察|调研|看望|慰问|召开|组织|提升|实施|完善|创建|培育|壮大|进入|入选|成为|就读|毕业|新增|上市|反动|犯罪|利益|黑恶|走私|诈骗|恐怖|分裂|上层|建立|担任|资助|进城|过年|花园式|股份制|金融界|贫困|希望/;

/** A character every institution head holds: the paragraph is skipped without one. */
const ANY_INSTITUTION_HEAD = /[团司所院心会校学组]/;

export function placeLedInstitutions<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!ANY_INSTITUTION_HEAD.test(text)) return spans;
  let out: T[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOC') continue;
    // A chain of places (重庆市 + 九龙坡区) names the institution together.
    let j = i;
    while (j + 1 < spans.length && spans[j + 1].label === 'LOC' && spans[j + 1].start === spans[j].end) j++;
    const last = spans[j];
    const window = text.slice(last.end, last.end + 16);
    const m = ANY_INSTITUTION_HEAD.test(window) ? INSTITUTION_HEAD_AFTER.exec(window) : null;
    if (!m || NOT_IN_INSTITUTION.test(m[1]) || KIND_OR_VERB.test(m[1])) continue;
    const end = last.end + m[0].length;
    const next = spans[j + 1];
    if (next && next.start < end) continue;
    const current = out ?? spans;
    const chain = spans.slice(i, j + 1);
    out = replacedBy(current, chain, make({ start: s.start, end, label: 'ORG' }));
    i = j;
  }
  return out ?? spans;
}

/** Words only a company is the subject of: its results, its shares, what it owns. */
// Every position one starts at (a lookahead: 发布财报 and its 财报 are both tried, as ends of different names).
const COMPANY_WORD_AT = /(?=旗下|财报|股价(?!指数)|市值|营收|净利润|发布财报|发布公告|公告称|市占率|出货量)/g;
/** Subjects of those words that name no company: kinds, times, totals. */
const GENERIC_SUBJECT =
  /(?:公司|集团|企业|行业|平台|品牌|板块|市场|个股|大盘|产品|门店|业务|银行|车企|厂商)$|^(?:今年|去年|全年|同期|当年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|整体|总体|国内|全球|海外|全市|全省|全国|其中|目前|此前|截至|预计|短期|长期|近期|当期|本期|当前|同比|环比|总|平均)$/;
/** What starts a clause before a company's name, or joins it to another (比亚迪和宁德时代). */
const BEFORE_COMPANY = /[，。；：“（、\s据和与及而但的]/;

/**
 * 比亚迪股价, 小米旗下, 宁德时代财报: a word of 2–4 characters at the start of a clause, right before a word
 * only a company is the subject of, is the company (an ORG), replacing a person or place the model read
 * there. A plain word of the dictionary (公司, 行业) or a place the dictionary uses often names none.
 */
export function companiesBeforeBusinessWords<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  let out = spans;
  for (const m of text.matchAll(COMPANY_WORD_AT)) {
    const end = m.index!;
    for (let start = end - 2; start >= Math.max(0, end - 4); start--) {
      if (start > 0 && !BEFORE_COMPANY.test(text[start - 1])) continue;
      const word = text.slice(start, end);
      const overlapping = out.filter((o) => o.start < end && start < o.end);
      // 比 opens 比亚迪 where the model read the word as a name.
      const read = overlapping.some((o) => o.start === start && o.end === end);
      if (!/^[\u4e00-\u9fff]+$/.test(word) || NOT_COMPANY.test(word) || /^[使令让]/.test(word) || (LEADING_FUNCTION.has(word[0]) && !read)) break;
      // 公司股价, 今年营收 and a place the dictionary uses often (重庆市值) name no company.
      // A plain word of the dictionary (股票, 今日) only where the model read it as a name.
      if (GENERIC_SUBJECT.test(word) || (isPlainWord(lex, word) && !read) || (lex && lex.freq[lex.slotOf(Lexicon.hashWord(word))] >= 7 && lex.lookup(word) & LEX.LOC)) break;
      // The model's reading of the word itself, or of a place at its start, gives way; a longer name stays.
      if (overlapping.some((o) => o.start < start || o.end > end || (o.label === 'ORG' && o.confidence >= 0.6))) break;
      out = replacedBy(out, overlapping, make({ start, end, label: 'ORG' }));
      break;
    }
  }
  return out;
}

/** A title inside an organisation the model read: 小米集团 | CEO | 雷军. */
const TITLE_INSIDE = /副董事长|董事长|总裁|总经理|首席执行官|创始人|CEO|CTO|CFO|COO/;

/**
 * 小米集团CEO雷军: the model reads a company, a title and a person as one organisation. Cut at the title:
 * the company (when it ends in an organisation head) and the person (when the rest looks like a name).
 */
export function titlesInsideOrgs<T extends Scored>(text: string, spans: T[], looksLikeName: (s: string) => boolean): T[] {
  if (!TITLE_INSIDE.test(text)) return spans;
  const out: T[] = [];
  for (const s of spans) {
    const m = s.label === 'ORG' ? TITLE_INSIDE.exec(text.slice(s.start, s.end)) : null;
    if (!m || m.index < 2) {
      out.push(s);
      continue;
    }
    const titleStart = s.start + m.index;
    const titleEnd = titleStart + m[0].length;
    const company = text.slice(s.start, titleStart);
    if (ORG_HEADS_LONGEST_FIRST.some((h) => company.endsWith(h) && company.length > h.length)) out.push({ ...s, end: titleStart });
    if (titleEnd < s.end && looksLikeName(text.slice(titleEnd, s.end))) out.push({ ...s, start: titleEnd, label: 'PER' });
  }
  return out;
}

/** A company's division for a region (福特汽车公司 + 中国区, 普洛斯 + 中国区): one organisation, the region inside it. */
const DIVISION = /^(?:大中华区|中国区|亚太区)/;

export function regionalDivisions<T extends Scored>(text: string, spans: T[]): T[] {
  if (!text.includes('区')) return spans;
  let out: T[] | undefined;
  for (const s of spans) {
    if ((s.label !== 'ORG' && s.label !== 'PER') || s.end - s.start < 2) continue;
    const m = DIVISION.exec(text.slice(s.end, s.end + 4));
    if (!m) continue;
    const end = s.end + m[0].length;
    const current = out ?? spans;
    const inside = current.filter((o) => o.start < end && s.start < o.end);
    if (inside.some((o) => o.start < s.start || o.end > end)) continue;
    out = replacedBy(current, inside, { ...s, end, label: 'ORG' });
  }
  return out ?? spans;
}
