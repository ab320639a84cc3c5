import { LEX, Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { COMPANY_TRADE } from './lists';
import { replacedBy } from './span-edges';
import { isSurname } from './rules';
import { LabelledSpan } from './tags';
import { concatInTextOrder } from '../../text/sorted-spans';

/** A site's or place's head at an item's end (朝天门广场, 洪崖洞景区, 铜溪镇): a place among the organisations. */
const PLACE_END = /(?:广场|景区|公园|古镇|街道|社区|大道|[镇乡村区县市省州山江河湖路街桥站港寺岛湾])$/;
/** What no company's short name holds. */
const NOT_IN_COMPANY = /[的了是在和与及等把被将从由为这那个对]/;

/**
 * 宁德时代、天合光能、北京海博思创、大连融科储能、中国生物、三一集团、南京埃斯顿: in a list whose items are mostly
 * organisations the model read whole, an item it read as a place and more (大连 | 融科储能), as a place the
 * dictionary does not know (北京海博思创) or as a person is a company too, named whole. An item that is a place
 * the dictionary knows (北京) stays one.
 */
export function companiesInListsOfCompanies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  const comma = text.indexOf('、');
  if (comma < 0 || text.indexOf('、', comma + 1) < 0) return spans;
  let organisations = 0;
  for (const o of spans) if (o.label === 'ORG') organisations++;
  if (organisations < 2) return spans;
  let out = spans;
  for (const clause of text.matchAll(/[^，。；：！？“”（）《》\n]+/g)) {
    const first = clause[0].indexOf('、');
    if (first < 0 || clause[0].indexOf('、', first + 1) < 0) continue;
    const items: Array<{ start: number; end: number }> = [];
    let at = clause.index!;
    for (const piece of clause[0].split('、')) {
      items.push({ start: at, end: at + piece.length });
      at += piece.length + 1;
    }
    // The names read in this clause: the items are looked up among them only.
    const here = out.filter((o) => o.start < clause.index! + clause[0].length && clause.index! < o.end);
    if (here.filter((o) => o.label === 'ORG').length < 2) continue;
    // The first item may carry the clause's verb (形成中国一汽), the last what follows the list (徐工汉云等12家企业):
    // each is read from the span that starts it, or to the word that closes the list.
    const opening = here.find((o) => o.end === items[0].end && o.start >= items[0].start);
    items[0] = opening ? { start: opening.start, end: items[0].end } : { start: items[0].end, end: items[0].end };
    const last = items[items.length - 1];
    const listed = /^[\u4e00-\u9fff]{2,8}?(?=等|和|及)/.exec(text.slice(last.start, last.end));
    const close = listed ?? /^[\u4e00-\u9fff]{2,8}$/.exec(text.slice(last.start, last.end));
    items[items.length - 1] = close ? { start: last.start, end: last.start + close[0].length } : { start: last.start, end: last.start };
    const inside = (item: { start: number; end: number }) => here.filter((o) => o.start < item.end && item.start < o.end);
    const wholeOrgs = items.filter((item) => {
      const s = inside(item);
      return s.length === 1 && s[0].label === 'ORG' && s[0].start === item.start && s[0].end === item.end;
    }).length;
    if (wholeOrgs < 2 || wholeOrgs * 2 < items.length) continue;
    for (const item of items) {
      const name = text.slice(item.start, item.end);
      if (name.length < 2 || name.length > 8 || !/^[\u4e00-\u9fff]+$/.test(name) || NOT_IN_COMPANY.test(name) || PLACE_END.test(name)) continue;
      const read = inside(item);
      if (read.some((o) => o.start < item.start || o.end > item.end || o.label === 'ORG')) continue;
      // 永辉、物美: a two-character item is a company's short name only where no person's surname opens it and no
      // word of the dictionary is all it says.
      if (name.length === 2) {
        if (isSurname(name[0]) || lex.lookup(name) & (LEX.WORD | LEX.LOC)) continue;
        if (read.length === 0 && (item === items[0] || (item === items[items.length - 1] && !listed))) continue;
        const company = read.length ? { ...read[0], start: item.start, end: item.end, label: 'ORG' as const } : make({ start: item.start, end: item.end, label: 'ORG' });
        out = read.length ? replacedBy(out, read, company) : concatInTextOrder(out, [company]);
        continue;
      }
      if (read.length === 0) continue;
      if (read.some((o) => o.label === 'PER' && o.confidence >= 0.9) || lex.isPlaceOnly(name)) continue;
      if (!read.some((o) => o.start === item.start)) continue;
      // A last item no 等 closes ends where a name ends (铜溪镇 | 主办 is a place and a verb).
      if (item === items[items.length - 1] && !listed && !read.some((o) => o.end === item.end)) continue;
      const company = { ...read[0], start: item.start, end: item.end, label: 'ORG' as const };
      out = replacedBy(out, read, company);
      here.splice(here.indexOf(read[0]), read.length, company);
    }
  }
  return out;
}

/** A count of organisations closing a list: 5家, 两家, 十所 (with 等 before it or not). */
const COUNT_OF_BODIES = /(等)?([0-9０-９]{1,2}|[两二三四五六七八九十]{1,2})([家所])/g;
/** What the counted organisations are, after up to ten characters of description (5家千亿级制造业企业, 两家会计师事务所, 5家千亿级制造业“航母”). */
const COUNTED_HEAD = /^[\u4e00-\u9fff“]{0,10}?(?:企业|公司|集团|车企|药企|房企|民企|国企|央企|银行|券商|机构|高校|大学|医院|事务所|龙头|巨头|航母)/;
/** The clause's words before the list's first name (包含, 入选的有): the name starts after the last of them. */
const BEFORE_FIRST_ITEM = /^.+[的了是有在和与及把被将从由为对括含如像]/;
/** A trade or kind of business rather than a firm's name (铝业, 新材料, 化工): ending so with at most one character before. */
const TRADE_WORD = /(?:业|材料|化工|能源|科技|电子|制造|服务|物流|医药|金融|地产|机械|装备)$/;
/** Characters no organisation's name in such a list holds, and words of description that are not names. */
const NOT_IN_COUNTED = /[的了是在和与及等把被将从由为这那个对其各每]/;
const CHINESE_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function countOf(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (s.length === 1) return CHINESE_COUNT[s] ?? 0;
  // 十一, 十二; 二十 is beyond any list written out.
  return s[0] === '十' ? 10 + (CHINESE_COUNT[s[1]] ?? 0) : 0;
}

/**
 * 包含荣盛、吉利、恒逸、万向、富冶5家千亿级制造业企业: a list of short names counted after it as so many companies,
 * banks or institutions names one organisation an item. The count must be the list's length (or, after 等, at least
 * it), so a list of places or products before a count of firms (北京、上海3家企业) is not read so; an item that is a
 * place the dictionary knows, ends in a place's head, or is cut across by a name read over its edge stays as read.
 */
export function companiesCountedInLists<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('、') < 0 || !/[家所]/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(COUNT_OF_BODIES)) {
    const after = m.index! + m[0].length;
    if (!COUNTED_HEAD.test(text.slice(after, after + 14))) continue;
    // A list is read back at most 200 characters, so a long run without clause punctuation costs no more than that.
    const from0 = Math.max(0, m.index! - 200);
    const clauseStart = from0 + Math.max(...['，', '。', '；', '：', '！', '？', '“', '”', '（', '）', '\n'].map((c) => text.lastIndexOf(c, m.index! - 1) - from0 + 1), 0);
    const pieces = text.slice(clauseStart, m.index!).split('、');
    if (pieces.length > 30) continue;
    const n = countOf(m[2]);
    if (pieces.length < 2 || (m[1] ? n < pieces.length : n !== pieces.length)) continue;
    let at = clauseStart;
    const items = pieces.map((p) => {
      const item = { start: at, end: at + p.length };
      at += p.length + 1;
      return item;
    });
    // The first item may carry the clause's verb (包含荣盛): it starts where a name read at its end starts, or, much
    // longer than the others, keeps only their length; as long as they are, it is whole (，德勤、安永).
    const opening = out.find((o) => o.end === items[0].end && o.start >= items[0].start);
    const words = BEFORE_FIRST_ITEM.exec(text.slice(items[0].start, items[0].end));
    if (words) items[0] = { start: items[0].start + words[0].length, end: items[0].end };
    const longest = Math.max(...items.slice(1).map((item) => item.end - item.start));
    const first = items[0].end - items[0].start;
    const from = opening ? opening.start : words || first <= longest ? items[0].start : first >= longest + 2 ? items[0].end - longest : items[0].end;
    items[0] = { start: Math.max(from, items[0].start), end: items[0].end };
    // A list mostly of places the dictionary knows counts firms from them (北京、上海、广州3家企业); one such word
    // among firms' names is a firm's (荣盛、吉利、恒逸).
    const places = items.filter((item) => lex.isPlaceOnly(text.slice(item.start, item.end))).length;
    if (places * 2 > items.length) continue;
    // Every item must look like an organisation's name (not 各地企业), or the list is not one of names.
    const looksLikeName = (name: string) => name.length >= 2 && name.length <= 8 && /^[\u4e00-\u9fffA-Za-z]+$/.test(name) && !NOT_IN_COUNTED.test(name) && !PLACE_END.test(name);
    if (!items.slice(1).every((item) => looksLikeName(text.slice(item.start, item.end)))) continue;
    const plainItems = items.filter((item) => isPlainWord(lex, text.slice(item.start, item.end))).length;
    for (const item of items) {
      const name = text.slice(item.start, item.end);
      if (!looksLikeName(name)) continue;
      const read = out.filter((o) => o.start < item.end && item.start < o.end);
      // 华峰化工、铝业、新材料等12家公司: a trade or other common word nothing was read in names a kind of business.
      // A common word the model read nothing in is a firm's name only among names (万向 beside 荣盛, 恒逸), not a trade.
      const trade = COMPANY_TRADE.exec(name) ?? TRADE_WORD.exec(name);
      if (read.length === 0 && ((trade && name.length - trade[0].length <= 1) || (isPlainWord(lex, name) && plainItems * 2 >= items.length))) continue;
      if (read.some((o) => o.start < item.start || o.end > item.end)) continue;
      if (read.length === 1 && read[0].label === 'ORG' && read[0].start === item.start && read[0].end === item.end) continue;
      const company = read.length ? { ...read[0], start: item.start, end: item.end, label: 'ORG' as const, confidence: Math.max(read[0].confidence, 0.7) } : make({ ...item, label: 'ORG' });
      out = read.length ? replacedBy(out, read, company) : concatInTextOrder(out, [company]);
    }
  }
  return out;
}
