import { LabelledSpan } from './tags';
import { concatInTextOrder } from '../../text/sorted-spans';
import { LEX, LEX_MAX_LEN, Lexicon } from './lexicon';
import { charTable, COMPANY_TRADE, GENERIC_COMPANY_WORD, isSurname, onlyTrades, ORG_HEAD_AT_END, ORG_SUFFIXES, startsWord, TEAM_KINDS } from './lists';
import { isPlainWord, LEADING_FUNCTION, Scored } from './list-rules';
import { joinAdjacent, replacedBy, withoutSpansInside, JOINT_ACTION } from './span-edges';
import { isCountryName } from './countries';

/**
 * Organisations the model, trained on 1998 text, misses or cuts short in modern news: a company
 * named before a title only companies give (华为常务董事…余承东), and an organisation the dictionary
 * knows whole of which the model found only the place (长安 of 长安汽车).
 */

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
      // 美国农业部 | 长: a ministry before 长 is a minister's title (ministersNotMinistries).
      if (text[end - 1] === '部' && text[end] === '长' && !(lex.lookup(text.slice(end, end + 2)) & LEX.WORD)) continue;
      const cls = lex.lookup(word);
      if (cls & LEX.ORG && !(cls & (LEX.LOC | LEX.PER))) return { ...s, end, label: 'ORG' };
    }
    return s;
  });
}

/** Characters that end the word before a name. */
const BEFORE_DICTIONARY_ORG = charTable('、，。；：“”（《和与及在是的据由对向从把被将为让使同跟到至');
/** Last characters of the heads of two characters or more (公司, 汽车, 大学): a name alone ends in one. */
const ENDS_LONG_ORG_HEAD = new Uint8Array(0x10000);
for (const h of DICTIONARY_ORG_HEADS) if (h.length >= 2) ENDS_LONG_ORG_HEAD[h.charCodeAt(h.length - 1)] = 1;

/**
 * An organisation the dictionary knows whole and as nothing else (长安汽车, 华中科技大学), where the model
 * marks nothing at all (根据长安汽车最新交付数据): four characters or more, starting a word.
 */
export function dictionaryOrganisationsAlone<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  const added: T[] = [];
  let covered = 0;
  let k = 0;
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const n = text.length;
  for (let i = 0; i + 4 <= n; i++) {
    while (k < sorted.length && sorted[k].start <= i) covered = Math.max(covered, sorted[k++].end);
    if (i < covered || !startsWord(text, i, BEFORE_DICTIONARY_ORG)) continue;
    const next = k < sorted.length ? sorted[k].start : n;
    for (let end = Math.min(i + LEX_MAX_LEN, next, n); end >= i + 4; end--) {
      if (ENDS_LONG_ORG_HEAD[text.charCodeAt(end - 1)] === 0) continue;
      const word = text.slice(i, end);
      const head = DICTIONARY_ORG_HEAD.exec(word);
      // The dictionary tags generic bodies nt too (中央政府, 上市公司, 高级人民法院, 党和政府): a name has a head
      // of two characters or more after words that are no common word (长安 + 汽车).
      if (!head || head[0].length < 2) continue;
      const cls = lex.lookup(word);
      if (!(cls & LEX.ORG) || cls & (LEX.LOC | LEX.PER) || /[和与及]/.test(word) || isPlainWord(lex, word.slice(0, 2)) || GENERIC_COMPANY_WORD.test(word)) continue;
      added.push(make({ start: i, end, label: 'ORG' }));
      covered = end;
      break;
    }
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** Organisation heads (委, 局, 日报, 公司 …) by the last character: where a name can end. */
export const ORG_HEADS_LONGEST_FIRST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);
// 被: a passive between two bodies (镇政府被区委表彰). Not 向, which opens names (三峡集团向家坝水电厂).
const CONJUNCTIONS = new Set('与和及被'.split(''));
const JOINT_VERB = JOINT_ACTION;

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

/** A field joined by 与 before the rest of a school's, faculty's, centre's or ministry's name: two to four characters of no function word. */
const FIELD_BEFORE_AND = /([\u4e00-\u9fff]{2,4})与$/;
const NOT_IN_FIELD_BEFORE_AND = /[的了是在和与及到对把被将从由为等这那各其该本我你他她它们]/;
/** Bodies named by fields: a school, a faculty, a department, a research centre or institute, a ministry (not a company or a society, which 与 joins to others). */
const FIELD_BODY_HEAD = /(?:学院|学部|学系|研究中心|研究所|研究院|实验室|部)$/;

/**
 * 物理与 + 电子工程学院, 信息与 + 电子工程学部, 数码发展与 + 新闻部, 华盛顿 + 战略与 + 国际研究中心: a body named by two fields joined by 与,
 * of which the model read only the second, is named by both, where the first follows a break or a place the model read. Not
 * where the first field is a name of its own or ends in a body's head (清华大学与 + 国际研究中心 is two bodies).
 */
export function fieldsJoinedByAnd<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('与') < 0) return spans;
  const out: T[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const prev = out[out.length - 1];
    // The field starts after the name before it at the earliest (华盛顿 | 战略与).
    const from = Math.max(0, s.start - 5, prev ? prev.end : 0);
    const m = s.label === 'ORG' && text[s.start - 1] === '与' && s.end - s.start >= 3 && FIELD_BODY_HEAD.test(text.slice(s.start, s.end))
      ? FIELD_BEFORE_AND.exec(text.slice(from, s.start))
      : null;
    const start = m ? s.start - 1 - m[1].length : -1;
    if (!m || NOT_IN_FIELD_BEFORE_AND.test(m[1]) || (prev && prev.end > start) || ORG_HEADS_LONGEST_FIRST.some((h) => m[1].endsWith(h))) {
      out.push(s);
      continue;
    }
    const before = text[start - 1];
    const afterPlace = prev !== undefined && prev.label === 'LOC' && prev.end === start;
    if (!(start === 0 || !/[\u4e00-\u9fff]/.test(before) || before === '、' || afterPlace)) {
      out.push(s);
      continue;
    }
    // A country's ministry is named with the country (柬埔寨公共工程与运输部), as its other organs are; a centre is not (华盛顿 | 战略与国际研究中心).
    if (afterPlace && text[s.end - 1] === '部' && isCountryName(text.slice(prev.start, prev.end))) out[out.length - 1] = { ...s, start: prev.start };
    else out.push({ ...s, start });
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

/** Chief officers' titles an organisation's name may run into (总会计师, 总经理, 总工程师). */
const CHIEF_TITLE = /总会计师|总经济师|总工程师|总经理|总裁|总监/;
/** A finance firm and the kind of its team (中信证券研究, 长江证券宏观); a bank or a research institute ends in a head, found before. */
const FINANCE_FIRM_TEAM = /^([\u4e00-\u9fff]{2,6}(?:证券|基金|期货|资管|信托))(?:研究|宏观|策略|投研|固收|行业)$/;
/** Groups a body sends to look into something (调研组, 考察团): no organisations (GENERIC_UNIT), nor part of the body's name. */
const AD_HOC_GROUP = /(?:调研组|考察组|督导组|督查组|检查组|调查组|考察团|调研团)$/;
/** A team named by the person who leads it and their title (孙锟教授团队). */
const LED_TEAM = /^([\u4e00-\u9fff]{2,3}?)(?:教授|院士|研究员|博士|医生|主任|老师|博导)团队$/;

/**
 * 儿童医院专家团|队, 烧伤科团队: an organisation the model ends inside or with 团队 (a team, no organisation)
 * runs on past its name; it ends at its last organisation head before that word (儿童医院, 烧伤科), or before 团队 where a trade
 * ends it (小米汽车团队 → 小米汽车). Other words across the end
 * (委员会|上, 研究所|长) leave the name as it is; a chief officer's title across the end (医院总会|计师) is cut off the same way.
 */
export function orgsEndingInsideWords<T extends Scored>(text: string, spans: T[], lex?: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 4) return s;
    // 重庆市中医院总会|计师: a chief officer's title the name runs into (总会 is a federation's head, too).
    const title = CHIEF_TITLE.exec(text.slice(s.end - 3, s.end + 4));
    if (title && title.index < 3 && title.index + title[0].length > 3) {
      const end = lastHeadEnd(text, s.start, s.end - 3 + title.index);
      if (end > 0) return { ...s, end };
    }
    // 省体育局重竞技中心调研组: a body's visiting group (调研组, 考察团) read with it ends at the body's head.
    // Only where a head ends what comes before the group (世界卫生组织 | 考察团; not 九三学社中央 | 调研组).
    const group = AD_HOC_GROUP.exec(text.slice(s.start, s.end));
    if (group && s.end - s.start - group[0].length >= 3 && ORG_HEAD_AT_END.test(text.slice(s.start, s.end - group[0].length))) {
      return { ...s, end: s.end - group[0].length };
    }
    // Inside 团队 (专家团|队), or with all of it (烧伤科团队).
    const team = text[s.end - 1] === '团' && text[s.end] === '队' ? 1 : text.endsWith('团队', s.end) ? 2 : 0;
    if (team === 0) return s;
    const end = lastHeadEnd(text, s.start, s.end - team);
    if (end > 0) return { ...s, end };
    // 孙锟教授团队: a scientist's or doctor's team is named by the person.
    const led = team === 2 ? LED_TEAM.exec(text.slice(s.start, s.end)) : null;
    // A word of the dictionary opening with a surname (江南, 海归, 明星, 武大) is no one's name.
    if (led && isSurname(text[s.start]) && !(lex && lex.lookup(led[1]) & (LEX.WORD | LEX.LOC | LEX.ORG | LEX.NAME_ORG | LEX.NAME_LOC))) return { ...s, end: s.start + led[1].length, label: 'PER' };
    const rest = text.slice(s.start, s.end - 2);
    // 中信证券研究团队: a finance firm's research or strategy team; the firm is the name.
    const firm = team === 2 ? FINANCE_FIRM_TEAM.exec(rest) : null;
    if (firm) return { ...s, end: s.start + firm[1].length };
    // 小米汽车 + 团队: a company named by its trade has no head of its own; it ends before the team.
    // Not a kind of team named by its field (新能源汽车团队, 智能汽车团队): a plain word before the trade, unless the
    // dictionary of proper nouns knows it as a company too (小米).
    const trade = COMPANY_TRADE.exec(rest);
    const field = trade ? rest.slice(0, trade.index) : '';
    const kind = isPlainWord(lex, field) && !(lex && lex.lookup(field) & LEX.NAME_ORG);
    return team === 2 && rest.length >= 4 && trade && !kind ? { ...s, end: s.end - 2 } : s;
  });
}

/** Verbs an organisation is the subject of, which the model reads into its name (渝州海关 | 监管中欧班列). */
const ORG_VERB = /(?:监管|召开|发布|组织|开展|举办|印发|会同|负责|表示|指出|要求|推动|推进|加强|实施|启动|部署|查处|检查|审议|发出|下发|牵头|主办|承办|批准|通报|官宣|宣布|透露|回应|披露)/g;

/**
 * 渝州海关监管中欧: an organisation the model runs on into a verb of what it does ends before the verb,
 * where a head ends the name (渝州海关). A verb at the name's start, or after no head, leaves it.
 */
export function orgsRunningIntoVerbs<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 5) return s;
    const name = text.slice(s.start, s.end);
    // 运城地委组织部: a name that itself ends in a head holds the word as its own (组织部, 发布中心).
    if (ORG_HEAD_AT_END.test(name)) return s;
    for (const m of name.matchAll(ORG_VERB)) {
      if (m.index! >= 2 && ORG_HEAD_AT_END.test(name.slice(0, m.index!))) return { ...s, end: s.start + m.index! };
    }
    return s;
  });
}

/** Verbs of acting together that join two bodies in a clause (南苑社区 | 联合 | 辖区物业服务中心, 共青团兰州 | 联合 | 社会工作部). */
const JOINING_VERB = /联合|携手|会同/g;
const HOLDS_JOINING_VERB = new RegExp(JOINING_VERB.source);
/** What 联合 opens inside a name of its own (联合国, 全国工商联合会, 联合体, 北京草桥农工商联合公司, 联合早报, 联合党支部). */
const NAME_AFTER_JOINING = /^(?:国|会|体|党|社(?!会)|公司|总公司|集团|企业|银行|医院|早报|收割|舰队|航空|利华|重工|大学|学院|办公|工作组|调查|指挥|执法|检查|党支部|党委)/;
/** A place's suffix at the end of what is left: a community, subdistrict, village or town (南苑街道南苑社区). */
const COMMUNITY_END = /(?:社区|街道|村|镇|乡)$/;

/**
 * 南苑街道南苑社区联合辖区物业服务中心, 共青团兰州联合社会工作部: the model reads two bodies and the verb joining them as one
 * organisation; the name is the first body's, before the verb (a community's or subdistrict's is a place, each on its own:
 * 南苑街道 | 南苑社区). Not where 联合 opens a name's word (联合国, 工商联合会).
 */
export function bodiesJoinedByVerbsApart<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex?: Lexicon): T[] {
  if (!HOLDS_JOINING_VERB.test(text)) return spans;
  return spans.flatMap((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 6) return [s];
    const name = text.slice(s.start, s.end);
    for (const m of name.matchAll(JOINING_VERB)) {
      const at = m.index!;
      if (at < 3 || name.length - at - m[0].length < 2 || (m[0] === '联合' && NAME_AFTER_JOINING.test(name.slice(at + 2)))) continue;
      const first = name.slice(0, at);
      // 青岛海关联合 | 青岛港集团: the second body is a name of its own where it ends in a head and opens with no common word
      // (辖区物业服务中心, 社会工作部 are kinds).
      const second = name.slice(at + m[0].length);
      const secondToo = lex !== undefined && ORG_HEAD_AT_END.test(second) && !isPlainWord(lex, second.slice(0, 2));
      const rest = secondToo ? [{ ...s, start: s.start + at + m[0].length }] : [];
      if (!COMMUNITY_END.test(first)) return [{ ...s, end: s.start + at }, ...rest];
      const subdistrict = first.indexOf('街道');
      if (subdistrict >= 2 && subdistrict + 2 <= first.length - 3) {
        const cut = s.start + subdistrict + 2;
        return [{ ...s, end: cut, label: 'LOC' }, { ...s, start: cut, end: s.start + at, label: 'LOC' }, ...rest];
      }
      return [{ ...s, end: s.start + at, label: 'LOC' }, ...rest];
    }
    return [s];
  });
}

/** An ordinal's start at a name's end: the ordinal belongs to what follows (京东方 | 第6代生产线, 京东方第 | 8.6代). */
const ORDINAL_AT_END = /第[0-9０-９一二三四五六七八九十百]*$/;

/** 京东方第6 | 代: an organisation or place the model runs on into an ordinal ends before it. */
export function ordinalsOffNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('第') < 0) return spans;
  return spans.map((s) => {
    if (s.label === 'PER') return s;
    const m = ORDINAL_AT_END.exec(text.slice(s.start, s.end));
    return m && m.index >= 2 ? { ...s, end: s.start + m.index } : s;
  });
}

/** A forum or organisation of cooperation named by two countries' abbreviations (中非合作论坛, 中阿合作论坛). */
const COOPERATION_BODY = /^(?:合作论坛|合作组织|合作委员会|合作理事会)/;
/** An organisation of cooperation named after a city (上海合作组织). */
const COOPERATION_ORGANISATION = /^合作组织(?![了过着])/;

/**
 * 中 | 非 + 合作论坛: the model reads the two abbreviations as places and leaves the body out; the three are
 * one organisation (FOCAC), the places inside it unmarked. So are a city and 合作组织 (上海合作组织).
 */
export function cooperationBodies<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('合作') < 0) return spans;
  // 上海 + 合作组织: the SCO, named after the city it was founded in.
  let out = spans.map((s) => (s.label === 'LOC' && s.end - s.start >= 2 && COOPERATION_ORGANISATION.test(text.slice(s.end, s.end + 5)) && !spans.some((o) => o.start === s.end) ? { ...s, end: s.end + 4, label: 'ORG' } : s));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.label !== 'LOC' || b.label !== 'LOC' || a.end - a.start !== 1 || b.end - b.start !== 1 || b.start !== a.end) continue;
    const m = COOPERATION_BODY.exec(text.slice(b.end, b.end + 5));
    if (!m || out.some((o) => o.start >= b.end && o.start < b.end + m[0].length)) continue;
    out = replacedBy(out, [a, b], { ...a, end: b.end + m[0].length, label: 'ORG' });
  }
  return out;
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


/** Organs whose official names carry the places above them (重庆市江北区人民法院, 浙江省杭州市中级人民法院, 重庆市南岸区政协). */
const FORMAL_ORGAN = /(?:人民法院|人民检察院|人民政府|公安局|政协|人大常委会|第[一二三四五六七八九十]+(?:人民)?医院|人民医院|中心医院|中医院)$/;

/**
 * 重庆市 | 江北区人民法院: a court, procuratorate, government, police bureau, CPPCC or public hospital (福建省 | 三明市第一医院) is officially named with the
 * province or city above it, so the place before it is part of its name (GUIDELINES: the longest proper
 * name). Only a place named with its suffix, and an organ that opens with a place of its own; and a
 * department named by its field alone (重庆市 | 住房城乡建委), which is that place's.
 */
export function formalOrganNames<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return joinAdjacent(spans, (place, organ) => {
    if (place.label !== 'LOC' || organ.label !== 'ORG' || !/(?:省|市|自治区)$/.test(text.slice(place.start, place.end))) return undefined;
    const name = text.slice(organ.start, organ.end);
    if (/^[\u4e00-\u9fff]{2,8}?(?:市|区|县|自治州|自治县)/.test(name) && FORMAL_ORGAN.test(name)) return { ...organ, start: place.start };
    // 重庆市 + 住房城乡建委: a department named by its field alone is the department of the place before it.
    const ownPlace = OPENS_WITH_PLACE.test(name) && !/^(?:城市|市场|市政|超市)/.test(name);
    return DEPARTMENT_BY_FIELD.test(name) && !ownPlace ? { ...organ, start: place.start } : undefined;
  });
}

/** A department's name without a place: a field of two to eight characters and a department's head. */
const DEPARTMENT_BY_FIELD = /^[\u4e00-\u9fff]{2,8}?(?:委员会|委|局|厅|办)$/;
/** Names that open with a place or a level of their own (梁平区委, 两江新区管委会, 市教委). */
const OPENS_WITH_PLACE = /^(?:[省市区县]|[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|新区|自治州))|[省市区县]委$/;

/** A place named with its administrative suffix, at the start of a string. */
const LEADING_PLACE = /^[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|省|市|区|县|旗|盟)/;
/** Where a place names the area of a party organ: 仁和 + 街道, 金凤 + 镇. */
const ORGAN_AREA = /^[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|自治县|街道|省|市|区|县|镇|乡|旗)/;
// A committee by its level (区委); a department ending in 委 (住房城乡建委) is none.
const PARTY_ORGAN = /(?:党工委|党委|党组|纪委|工委|[省市区县镇乡旗]委)$/;

/**
 * 浙江省杭州市余杭区仁和街道党工委: a party organ is named by its own area (仁和街道党工委); the places
 * above it are places (GUIDELINES: a place is part of an organisation's name only where the name holds
 * it). Courts and governments keep theirs (formalOrganNames).
 */
export function partyOrgansWithoutUpperPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const t = text.slice(s.start, s.end);
    // 中共北京市顺义区委: named after the party, the organ's formal name holds the places above it.
    if (s.label !== 'ORG' || t.length < 7 || !PARTY_ORGAN.test(t) || FORMAL_ORGAN.test(t) || t.startsWith('中共')) {
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
      if (!area || !PARTY_ORGAN.test(rest.slice(area[0].length - 1)) || rest.length - area[0].length < 1) break;
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

/**
 * A body under an institution, named right after it (水利部 + 长江水利委员会, 中国科学院 + 大连化学物理研究所, a regulator's
 * local office: 国家金融监督管理总局 + 上海监管局; a ministry's river authority: 交通运输部 + 长江航务管理局).
 */
const SUBORDINATE_HEAD = /(?:委员会|常委会|研究所|研究院|研究中心|学院|附属医院|医院|分院|分公司|子公司|分行|支行|办事处|管委会|监管局|分局|管理局)$/;
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
    // A ministry's authority (交通运输部 + 长江航务管理局), not a bureau's regional one, which the rules read apart (民航局 | 西南地区管理局).
    if (body.endsWith('管理局') && !head.endsWith('部')) return undefined;
    return { ...a, end: b.end, confidence: Math.max(a.confidence, b.confidence) };
  });
}

/** A congress or a CPPCC, whose standing committee is named right after it. */
const CONGRESS_END = /(?:人民代表大会|人大|政协|政治协商会议[\u4e00-\u9fff]{0,8}委员会)$/;
// Not a meeting of its members (常委会议), but the committee's agenda or motions (常委会议程, 常委会议案).
const STANDING_COMMITTEE = /^(?:常务委员会|常委会(?!议(?![程案事定题])))/;

/**
 * 海珠区第十七届人民代表大会 + 常务委员会: a congress read without the standing committee named right after it is
 * that committee (GUIDELINES: the longest proper name), where nothing else was read over the committee's words.
 */
export function standingCommittees<T extends Scored>(text: string, spans: T[]): T[] {
  if (!text.includes('常')) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' || text[s.end] !== '常' || !CONGRESS_END.test(text.slice(s.start, s.end))) continue;
    const m = STANDING_COMMITTEE.exec(text.slice(s.end, s.end + 5));
    if (!m) continue;
    const end = s.end + m[0].length;
    if (out.some((o) => o !== s && o.start < end && s.end < o.end)) continue;
    out = replacedBy(out, [s], { ...s, end });
  }
  return out;
}

/** Buildings that house an institution of that name: 大足石刻博物馆 is an organisation, not a place. */
const INSTITUTION_BUILDING = /(?:博物馆|博物院|纪念馆|图书馆|美术馆|档案馆|科技馆|文化馆|艺术馆|展览馆)$/;

/** A place the model read ending in a museum's or library's head is that institution (红岩革命纪念馆). */
export function institutionsNotPlaces<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/[馆院]/.test(text)) return spans;
  return spans.map((s) => (s.label === 'LOC' && s.end - s.start > 3 && INSTITUTION_BUILDING.test(text.slice(s.start, s.end)) ? { ...s, label: 'ORG' } : s));
}

/**
 * A hospital's department, a kind of area or of body alone names no organisation (骨科, 门诊部, 自治县, 公司, 代表团,
 * a village's 村党支部 without the village's name, an ad hoc group named by its kind alone: 事故调查组, 领导小组, 专班 — the
 * sets of current news leave 43 mentions of such groups unmarked and mark 5, each whole with its task's name; a party
 * committee, party group, Youth League committee or chamber named bare: 党委, 党组, 团委, 商会 — 94 unmarked there),
 * nor a team's kind without its country or province (女篮姑娘们; 中国女篮 is one), nor a port, a port group or a medical
 * university named by its kind alone (世界一流港口, 省级港口集团, 高水平医科大学: 64 mentions of 港口 unmarked), nor a
 * hospital's department of several characters (中医理疗科, 神经外科).
 * A company the dictionary of proper nouns knows is none of these (万科).
 */
const GENERIC_UNIT = new RegExp(`^(?:[\\u4e00-\\u9fff]{1,2}科|[\\u4e00-\\u9fff]{0,3}(?:内|外|理疗|康复|皮肤)科|港口|港口集团|港航集团|医科大学|村(?:党支部|党总支|党委|委会|民委员会|两委)|社区(?:党支部|党总支|党委|居委会)|门诊部|住院部|急诊部|体检中心|中心|实验室|央企|央企集团|自治县|自治区|区县|公司|集团|律师事务所|董事会|董事局|国家队|代表团|访问团|(?:事故)?调查组|领导小组|工作组|工作专班|专班|督导组|督查组|检查组|党委|党组|团委|商会|${TEAM_KINDS.join('|')})$`);

/**
 * 中央纪委国家监委, 省纪委省监委: a discipline commission and the supervisory commission it shares its offices with,
 * written together, are one body, as 市纪委监委 is read whole.
 */
export function disciplineAndSupervisionJoined<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('纪委') < 0) return spans;
  return joinAdjacent(spans, (a, b) =>
    a.label === 'ORG' && b.label === 'ORG' && text.slice(a.end - 2, a.end) === '纪委' && text.slice(b.end - 2, b.end) === '监委' && b.end - b.start <= 4 ? { ...a, end: b.end } : undefined,
  );
}

/** 全国法院, 全省检察机关: all the courts or organs of an area together, no one body. */
const ALL_OF_A_KIND = /^全(?:国|省|市|区|县)(?:各级)?(?:法院|人民法院|检察院|人民检察院|检察机关|公安机关|政法机关|纪检监察机关|法院系统|检察系统)$/;

/** The universities' programme, which the dictionary of proper nouns lists as an organisation: a policy's name (7 of 7 unmarked in the sets of current news). */
const POLICY_NAME = '双一流';

/**
 * 政协委员, 政协工作, 人民政协: the CPPCC as an institution, no one body (48 of 52 such mentions unmarked in
 * the sets of current news; People's Daily marks them, dev ORG 78.0 → 77.8). Not after a level or place, whose
 * body the model reads with it (市政协委员). 人大代表 stays: People's Daily marks 人大 there too often (dev ORG → 77.3).
 */
const CPPCC_AS_INSTITUTION = /^(?:委员|工作|提案|履职|力量|智慧|担当|之力|之责|实践|协商|新要求|制度|事业|文史|机关|组织|各参加|各专门|集体提|个人|贯彻|作为|主动|职能|优势|故事|党的建设)/;
const LEVEL_OR_PLACE_BEFORE = /[市区县省国州盟镇乡届委大]/;

function isCppccInGeneral(text: string, s: { start: number; end: number }): boolean {
  return text.slice(s.start, s.end) === '政协' && CPPCC_AS_INSTITUTION.test(text.slice(s.end, s.end + 3)) && !LEVEL_OR_PLACE_BEFORE.test(text[s.start - 1] ?? '');
}

/** A board's own committees (董事会战略委员会, 审计与风险委员会, 薪酬与考核委员会): a company's organ, named by its task, no name of its own. */
const BOARD_COMMITTEE = /^(?:董事会)?(?:[\u4e00-\u9fff]{2,4}与)?(?:战略|战略发展|审计|提名|薪酬|风险|风险管理|可持续发展|ESG|ＥＳＧ)(?:与[\u4e00-\u9fff]{2,5})?委员会$/;
/** 二十届二中、三中全会: a Central Committee's plenary sessions, not the middle schools named by a number (二中). */
const PLENARY = /^[一二三四五六七八九十]中$/;

/** 归母 (attributable to the parent, 归母净利润) and an outlet's app (中国青年报 | 客户端) end no organisation's name (小米 | 归母); a board's committee the model starts inside its task's word (战 | 略发展委员会). */
const NO_ORG_END = /(?:归母|客户端)$/;
const BOARD_COMMITTEE_AROUND = /董事会[\u4e00-\u9fff]{1,4}$/;

function isBoardCommitteeTail(text: string, s: { start: number; end: number }): boolean {
  return text.endsWith('委员会', s.end) && BOARD_COMMITTEE_AROUND.test(text.slice(Math.max(0, s.start - 6), s.start + 1)) && BOARD_COMMITTEE.test('董事会' + text.slice(text.lastIndexOf('董事会', s.start) + 3, s.end));
}

function isPlenarySession(text: string, s: { start: number; end: number }): boolean {
  return PLENARY.test(text.slice(s.start, s.end)) && (text[s.start - 1] === '届' || /^(?:、[一二三四五六七八九十]中)*全会/.test(text.slice(s.end, s.end + 8)));
}

/** What follows China Unicom named short, and not the verb of connecting (联通公司, 联通5G, 联通用户). */
const UNICOM_AFTER = /^(?:公司|集团|5G|５Ｇ|用户|营业|宽带|手机|云|数科|董事|旗下|总经|、|和|与|及)/;

/** The armed services, and the ranks an officer holds in one (海军大校, 陆军少将). */
const ARMED_SERVICE = /^(?:海军|陆军|空军|火箭军)$/;
const MILITARY_RANK = /^(?:[大上中少]校|[上中少]将|[大上中少]尉)/;

/** A company's kind after its trades (科技公司, 能源集团, 汽车企业): what kind of firm, no firm's name. */
function tradesAndKind(name: string): boolean {
  const kind = /(?:公司|集团|企业)$/.exec(name);
  return kind !== null && kind.index > 0 && onlyTrades(name.slice(0, kind.index));
}

export function genericUnitsNoNames<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  // 小米归母: the company before 归母 is the name (two characters or more), 归母 alone none.
  const trimmed = spans.map((s) => {
    const tail = s.label === 'ORG' ? NO_ORG_END.exec(text.slice(s.start, s.end)) : null;
    return tail ? { ...s, end: s.end - tail[0].length } : s;
  });
  return trimmed.filter((s, k) => {
    if (s !== spans[k] && s.end - s.start < 2) return false;
    if (s.label === 'ORG' && (BOARD_COMMITTEE.test(text.slice(s.start, s.end)) || ALL_OF_A_KIND.test(text.slice(s.start, s.end)) || isBoardCommitteeTail(text, s) || isPlenarySession(text, s))) return false;
    if (s.label !== 'ORG' || s.end - s.start > 5) return true;
    const name = text.slice(s.start, s.end);
    if (name === POLICY_NAME || isCppccInGeneral(text, s)) return false;
    // 联通海外, 机制的联通: the verb or noun of connecting, not China Unicom, unless a word only the company has follows it (none
    // of 7 bare mentions marked in the sets and the dev split).
    if (name === '联通' && !UNICOM_AFTER.test(text.slice(s.end, s.end + 3))) return false;
    // 海军大校, 空军少将: the service before an officer's rank is part of the rank, no organisation.
    if (ARMED_SERVICE.test(name) && MILITARY_RANK.test(text.slice(s.end, s.end + 2))) return false;
    return !(GENERIC_UNIT.test(name) || tradesAndKind(name)) || (lex.lookup(name) & LEX.NAME_ORG) !== 0;
  });
}

/**
 * Whether an organisation the model starts after a place's description is only that institution's tail: no
 * verb or 之 between (在新加坡创办 + 南洋女子师范学校, 武汉东湖之滨 + 中国地质大学), and it opens with no place
 * or known name of its own.
 */
function isTail(text: string, from: number, o: { start: number; end: number }, lex?: Lexicon): boolean {
  if (!lex) return false;
  const gap = text.slice(from, o.start);
  if (gap.includes('之')) return false;
  if (lex.holdsVerb(gap)) return false;
  return (lex.lookup(text.slice(o.start, o.start + 2)) & (LEX.LOC | LEX.NAME_ORG | LEX.NAME_LOC)) === 0;
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
  /公立|民营|私立|各级|相关|有关|三甲|大型|中小|重点|全市|全区|全国|部分|所有|各类|本地|当地|其他|主要|骨干|龙头|知名|优秀|现有|加快|建设|推进|打造|成立|组建|新建|筹建|引进|落户|入驻|支持|建成|设立|依托|联合|携手|举办|开展|前往|来到|走进|参观|考察|调研|看望|慰问|召开|组织|提升|实施|完善|创建|培育|壮大|进入|入选|成为|就读|毕业|新增|上市|反动|犯罪|利益|黑恶|走私|诈骗|恐怖|分裂|上层|建立|担任|资助|进城|过年|花园式|股份制|金融界|贫困|希望|引入|引导|给予|长期|以来|一直|始终|正在|已经|通过|采取|吸引|带动|鼓励|帮助|协助|邀请|委托|授权|同意|批准|聘请|对接|洽谈|签约/;

/** A character every institution head holds: the paragraph is skipped without one. */
const ANY_INSTITUTION_HEAD = /[团司所院心会校学组]/;

export function placeLedInstitutions<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
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
    // An organisation the model starts inside the description (重庆市消费者权益 + 保护委员会, 人 + 民调解委员会)
    // is the institution's tail; one starting right after the place is the model's own reading (四川 | 华西医院).
    let k = j + 1;
    while (k < spans.length && spans[k].start < end && spans[k].label === 'ORG' && spans[k].start > last.end && spans[k].end <= end && isTail(text, last.end, spans[k], lex)) k++;
    const next = spans[k];
    if (next && next.start < end) continue;
    const current = out ?? spans;
    const chain = spans.slice(i, k);
    out = replacedBy(current, chain, make({ start: s.start, end, label: 'ORG' }));
    i = k - 1;
  }
  return out ?? spans;
}

/** Adverbs and conjunctions that open a clause, read by the model into the organisation after them (而 | 库迪咖啡). */
const CLAUSE_OPENER = /^[而此现并且亦即又暨]/;

/**
 * 而库迪咖啡, 为此 | 什字法庭, (现合肥工业大学), 经 | 评选委员会: a conjunction, an adverb or 此 the model reads into the start of an organisation
 * is cut off, where it makes no word with the name's next character (现代汽车 and 即墨 keep theirs).
 */
export function clauseOpenersOffOrganisations<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 4 || lex.isWordAt(text, s.start)) return s;
    if (CLAUSE_OPENER.test(text[s.start])) return { ...s, start: s.start + 1 };
    // 经 | 评选委员会全体会议评选: 经 (by way of) before a body whose name opens with a word (评选); 经开区, 经侦支队 and
    // 经信委 open with no word after 经.
    if (text[s.start] === '经' && lex.isWordAt(text, s.start + 1)) return { ...s, start: s.start + 1 };
    return s;
  });
}

/**
 * 各级水利部门, 商务部门: whether an organisation ending at `end` ends in 部 of 部门 (the departments of a field, anywhere), a
 * ministry read there (水利部) being no name; not at a ministry's gate (教育部门口).
 */
export function ministryOfDepartments(text: string, end: number): boolean {
  return text[end - 1] === '部' && text[end] === '门' && text[end + 1] !== '口';
}

export function fieldDepartmentsNoMinistries<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('部门') < 0) return spans;
  return spans.filter((s) => !(s.label === 'ORG' && ministryOfDepartments(text, s.end)));
}

/** The fields that government departments join with 和 (文化和旅游部, 省工业和信息化厅, 人力资源和社会保障局). */
const JOINED_FIELDS = /(?:文化和旅游|工业和信息化|人力资源和社会保障|住房和城乡建设|发展和改革|粮食和物资储备|卫生和计划生育|教育和体育|科学技术和工业信息化)/g;

/**
 * 文化和旅游部产业发展司, 省工业和信息化厅: a department whose two fields are joined by 和, which the model starts after 和
 * (旅游部产业发展司); its name opens with the first field, and with a level right before it (省, 市).
 */
export function joinedFieldsWhole<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('和') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(JOINED_FIELDS)) {
    const and = m.index! + m[0].indexOf('和');
    const s = out.find((o) => o.label === 'ORG' && o.start > and && o.start < m.index! + m[0].length && o.end >= m.index! + m[0].length);
    // Nothing else read between the field's start and the department's.
    if (!s || out.some((o) => o !== s && o.end > m.index! && o.start < s.start)) continue;
    const start = /[省市区县]/.test(text[m.index! - 1] ?? '') && !out.some((o) => o.end === m.index!) ? m.index! - 1 : m.index!;
    out = out.map((o) => (o === s ? { ...s, start } : o));
  }
  return out;
}

/** What opens a kind of body entrusted with a task, no name (会计师事务所, 专业律师团队, 第三方机构). */
const ENTRUSTED_KIND = /^(?:专业|第三方|会计师|律师|物业|相关|有关|社会|中介|评估|咨询|检测|审计|机构|单位|公司|企业|多家|一家)/;

/**
 * 晋江市委托第三方, 大连市委托中国科学院大连化学物理研究所: 委托 (to entrust) after a city, read as the city's party committee
 * (市委), or with what is entrusted as one organisation. The place is what acts, 委 opens the verb, and what follows the verb is
 * an organisation of its own.
 */
export function entrustingPlacesNotCommittees<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('委托') < 0) return spans;
  return spans.flatMap((s) => {
    if (s.label !== 'ORG') return [s];
    const name = text.slice(s.start, s.end);
    const at = name.search(/[省市区县]委托/);
    // What is entrusted is a name of its own unless it opens with a kind.
    const rest = name.slice(at + 3);
    if (at >= 1 && rest.length >= 3 && !ENTRUSTED_KIND.test(rest)) return [{ ...s, end: s.start + at + 1, label: 'LOC' }, { ...s, start: s.start + at + 3 }];
    if (at >= 1) return [{ ...s, end: s.start + at + 1, label: 'LOC' }];
    if (s.end - s.start < 3 || !/[省市区县]委$/.test(name) || text[s.end] !== '托') return [s];
    return [{ ...s, end: s.end - 1, label: 'LOC' }];
  });
}

/** Companies whose short name is also a verb of joining (China Unicom's 联通: 联通世界, 机制联通). */
const COMPANIES_ALSO_VERBS = new Set(['联通']);
/** What such a verb joins, or what shows it is one: places, the world, the country, both ends, a break after a noun. */
const JOINED_AFTER = /^(?:世界|国内国际|国内外|全球|内外|亚洲|欧洲|非洲|拉美|东西|南北|城乡|两岸|[、，。；])/;

/**
 * 驶向远方，联通世界; 机制联通、渠道畅通: the model reads 联通 as China Unicom (People's Daily's 1998 sense). Where it joins a
 * place or the world, or stands in a list of such verbs after a noun, it is the verb; the company keeps its name elsewhere
 * (联通公司, 中国联通 are read whole).
 */
export function companiesReadAsVerbs<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  // Cheap pre-check: the one such company's name.
  if (text.indexOf('联通') < 0) return spans;
  return spans.filter((s, i) => {
    if (s.label !== 'ORG' || !COMPANIES_ALSO_VERBS.has(text.slice(s.start, s.end))) return true;
    const next = spans[i + 1];
    if (next && next.start === s.end && next.label === 'LOC') return false;
    // 机制联通、: after a noun of the dictionary and before a break; 联通世界: before what it joins.
    const after = text.slice(s.end, s.end + 4);
    return !(JOINED_AFTER.test(after) && (/^[^、，。；]/.test(after) || /[制道路网]$/.test(text.slice(0, s.start))));
  });
}
