import { concatInTextOrder } from '../../text/sorted-spans';
import { LEX, Lexicon } from './lexicon';
import { Scored } from './list-rules';
import { LabelledSpan } from './tags';
import { overlapsAny } from './span-edges';

/**
 * A name's short form given in brackets right after it: 南非非洲人国民大会（非国大）, 上海证券交易所（以下简称
 * “上交所”）, 重庆长安汽车股份有限公司（简称长安汽车）. News then uses the short form alone, which the model,
 * trained on 1998 text, does not know (非国大在国民议会…); marked here with a confidence the document pass
 * spreads, it is found at its other mentions. A short form takes its characters from the name in their
 * order; a bracket that does not (阿维塔科技（重庆）, 两江新区（自贸区）) is no short form of it.
 */
const ALIAS = /^（(?:以下简称|以下称|下称|简称)?[：:]?[“"「]?([\u4e00-\u9fff]{2,10})[”"」]?）/;
/** Generic words a bracket may give as a short form (以下简称“公司”): they name nothing alone. */
const GENERIC_ALIAS = /^(?:本?公司|集团|本行|该行|大会|政府|委员会|协会|学会|中心|我们|我国|本院|银行|新区|园区|开发区|高新区|本市|全市)$/;

/** The other name a body goes by, which need not share its characters (工商联（总商会）). */
const OTHER_NAME = /(?:总商会|商会|联合会|协会)$/;

export function bracketedAliases<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!text.includes('（')) return spans;
  const added: T[] = [];
  for (const s of spans) {
    if ((s.label !== 'ORG' && s.label !== 'LOC') || text[s.end] !== '（') continue;
    const m = ALIAS.exec(text.slice(s.end, s.end + 24));
    if (!m) continue;
    const alias = m[1];
    const name = text.slice(s.start, s.end);
    // 市工商联（总商会）: a body's other name, a chamber or association, in brackets after it.
    const otherName = s.label === 'ORG' && alias.length >= 3 && OTHER_NAME.test(alias);
    if (GENERIC_ALIAS.test(alias) || (!otherName && (alias.length >= name.length || !inOrderWithin(alias, name)))) continue;
    // A place in brackets after an organisation is where it is (西卡（中国）有限公司), not its short form.
    if (s.label === 'ORG' && lex.lookup(alias) & LEX.LOC) continue;
    const start = s.end + m[0].indexOf(alias);
    const end = start + alias.length;
    // 下称井谷元食品: a name the model read inside the short form (井谷元 as a person) gives way to it.
    if (!overlapsAny(spans.filter((o) => o.start < start || o.end > end), start, end)) added.push(make({ start, end, label: s.label as LabelledSpan['label'] }));
  }
  return added.length ? concatInTextOrder(spans.filter((o) => !added.some((a) => a.start <= o.start && o.end <= a.end)), added) : spans;
}

/** Whether every character of `short` stands in `long`, in the same order. */
export function inOrderWithin(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
