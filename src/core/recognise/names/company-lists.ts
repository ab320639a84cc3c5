import { LEX, Lexicon } from './lexicon';
import { Scored } from './list-rules';
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
