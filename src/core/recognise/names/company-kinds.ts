import { LabelledSpan } from './tags';
import { Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { takeInside } from './span-edges';

/**
 * A company named right after the kind of company it is (珠宝品牌周六福, 香水渠道商颖通控股在港交所上市,
 * 铜箔供应商中一科技, 饮料公司 IFBH): business news introduces brands the corpora never saw this way, and
 * the model reads them as people (周六福) or not at all. After most words for a company, what follows is
 * a verb phrase (企业用好市场化机制, 企业家): so after 公司, 企业 or 集团 only a name in Latin letters or one
 * ending in a trade counts (饮料公司 IFBH, 管理公司颖通控股), and after a word for a trade's role (品牌,
 * 供应商, 渠道商 …) also three or four characters that the dictionary's words do not cover (周六福: 周六 + 福).
 * The name runs to a clause or list break, a conjunction, a count or a verb a company does.
 */
const KIND_THEN_NAME =
  /(品牌|供应商|制造商|渠道商|运营商|服务商|开发商|零售商|经销商|车企|券商|公司|企业|集团)(?![家品业务标会场铺户报官])\s?([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?=[、，。；：（）“”]|\s|[和与及等在于已将则也是]|同步|成功|正式|宣布|发布|表示|透露|此前|近日|目前|今年|去年|[0-9０-９]|[两三四五六七八九十]家|$)/g;
/** Words for a company in general: only a name that shows itself one (Latin letters, a trade at its end) counts after them. */
const GENERAL_KIND = /^(?:公司|企业|集团)$/;
const LATIN_NAME = /^(?:[A-Z][A-Za-z0-9]+|[A-Za-z]*[A-Z][A-Za-z0-9]*)$/;
const ENDS_IN_TRADE =
  /(?:新能源|半导体|机器人|药业|能源|电子|科技|实业|化工|电气|电器|通信|软件|光电|传媒|物流|置业|医药|汽车|控股|证券|基金|资本|投资|材料|股份|食品|饮料|咖啡|酒业|乳业|矿业|重工|智能|生物|医疗|集团)$/;
/** Words right after a kind of company that say something of it instead of naming one. */
const NOT_A_NAME_START = /^(?:[来赴到在向去业已将正曾也还均拟仍并]|财报|数据|交付|销量|销售|营收|产量|产能|份额|利润|业绩|订单|融资|估值|排名|(?:IPO|Top|TOP|CEO|CFO|CTO|COO|AI|IT|APP|App|PC|ETF|LOGO|Logo)$|相关|有关|负责|工作|员工|职工|内部|旗下|高管|总部|董事|股东|党委|党组|人士|方面|所属|独立|上市|股票|代表|出自|来自|属于|成为|包括|作为|通过|进入|推出|打造|收购|拥有|旗舰)/;
const KIND_INSIDE = /公司|企业|集团|品牌|[供制渠运服开零经]\S?商/;
/** Characters no such name holds: function words and dates. */
const NOT_IN_NAME = /[的了是在和与及到对把被将从由为个这那各每某该此其我你他她们年月日前后得就都也还很更最之]/;

export function companiesAfterKinds<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  let out = spans;
  KIND_THEN_NAME.lastIndex = 0;
  for (let m = KIND_THEN_NAME.exec(text); m; m = KIND_THEN_NAME.exec(text)) {
    // The next kind is looked for right after this one (品牌管理公司颖通控股: 公司 inside what followed 品牌).
    KIND_THEN_NAME.lastIndex = m.index + m[1].length;
    const kind = m[1];
    const name = m[2];
    const end = m.index! + m[0].length;
    const start = end - name.length;
    // 品牌管理公司颖通控股: the name starts after the last word for a company.
    if (NOT_A_NAME_START.test(name) || NOT_IN_NAME.test(name) || KIND_INSIDE.test(name.replace(/集团$/, '')) || isPlainWord(lex, name)) continue;
    const shown = LATIN_NAME.test(name) || (/^[\u4e00-\u9fff]{4,8}$/.test(name) && ENDS_IN_TRADE.test(name));
    // 品牌增幅大: a clause about the kind ends in an adjective, a name does not.
    const uncovered = !GENERAL_KIND.test(kind) && /^[\u4e00-\u9fff]{3,4}$/.test(name) && !/[大小多少高低好快慢]$/.test(name) && !coveredByWords(lex, name);
    if (!shown && !uncovered) continue;
    // Sweat Free Telecom: a Latin name goes on past a space; only its first word was matched.
    if (/[A-Za-z]$/.test(name) && /^ [A-Za-z]/.test(text.slice(end, end + 2))) continue;
    // A name read across the kind or past the end (a longer organisation) is left as it is; so is one read exactly.
    out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.label === 'ORG' && o.start === start) ?? out;
  }
  return out;
}

/** Whether the dictionary's common words of two to four characters, laid end to end from the left (longest first), cover `s`. */
export function coveredByWords(lex: Lexicon, s: string): boolean {
  for (let i = 0; i < s.length; ) {
    let len = Math.min(4, s.length - i);
    while (len >= 2 && !isPlainWord(lex, s.slice(i, i + len))) len--;
    if (len < 2) return false;
    i += len;
  }
  return true;
}
