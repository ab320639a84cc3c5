import { Scored } from './list-rules';
import { Lexicon } from './lexicon';
import { takeInside } from './span-edges';

/** A company's registered legal form, which ends its full name. */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|集团公司)$/;
/** What a registered name never holds: a break, a function word or 暨 (and, joining two events or bodies). */
const NOT_IN_LEGAL_NAME = /[^\u4e00-\u9fff]|[的了是在和与及等对把被将从由为向于到去来已其该这那各我某暨]/;
/**
 * Words of the clause before a company (根据, 走进, 会见, 一行, 本报讯) and nouns that describe it (企业, 业主, 旗下, 子公司, 制造商): the name
 * starts after them. Verbs the dictionary tags as verbs (成立, 收购, 推荐) are found by it. No single characters and no
 * word a company's own name holds (太原重工, 深圳市腾讯计算机, 中电联合建设, 公司).
 */
const CLAUSE_BEFORE =
  /根据(?!地)|依据|按照|走进|走访|前往|来到|调研|考察|会见|会晤|看望|参观|深入|携手|签约|入驻|落户|一行|先后|分别|莅临|所属|同意|随着|本报讯|企业|单位|业主|旗下|其中|还有|项目|经销商|供应商|运营商|开发商|承包商|制造商|生产商|服务商|提供商|厂商|行动人|股东|子公司|孙公司|母公司|历任|现任|曾任|办起|代表|巨头|委托/g;
/** Describing nouns the model reads into the front of a legal name (全资子公司 | 通号轨道交通控制技术有限公司). */
const DESCRIBED_AT_START = /^[\u4e00-\u9fff]{0,4}?(?:子公司|孙公司|母公司|巨头)/;
/** The longest run looked back over for the name's start. */
const MAX_RUN = 12;

/**
 * 走进 + 中元汇 + 吉生物技术股份有限公司, 会见 + 新 + 福兴玻璃工业集团有限公司, 重庆 | 九龙坡 | 城市更 + 新建设有限公司: a company
 * named in full with its legal form is one name from where the clause puts it to its legal form; the model, which
 * rarely saw such long names, starts it late and reads the places and people inside as their own. The name starts
 * after a break or a function word, after the clause's verbs and describing nouns (成立, 走进, 企业), and after a
 * district named before the company's own place (两江新区 | 重庆平伟汽车科技股份有限公司).
 */
export function legalNamesFromTheirStart<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('公司') < 0) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' || !LEGAL_FORM.test(text.slice(s.start, s.end)) || !out.includes(s)) continue;
    const described = DESCRIBED_AT_START.exec(text.slice(s.start, s.end - 6));
    if (described) {
      out = out.map((o) => (o === s ? { ...s, start: s.start + described[0].length } : o));
      continue;
    }
    let start = s.start;
    while (start > 0 && s.start - start < MAX_RUN && !NOT_IN_LEGAL_NAME.test(text[start - 1])) start--;
    const reachedBreak = start === 0 || NOT_IN_LEGAL_NAME.test(text[start - 1]);
    // 其 | 中安徽合力: the function word and the run's first character make a word (其中).
    const shifted = start > 0 && lex.isWordAt(text, start - 1) && !lex.isWordAt(text, start);
    if (shifted) start++;
    let cut = -1;
    // One character past the name's start, so that a word's lookahead sees what follows it (根据 | 地 is 根据地).
    for (const m of text.slice(start, s.start + 1).matchAll(CLAUSE_BEFORE)) {
      const end = start + m.index! + m[0].length;
      if (end <= s.start) cut = end;
    }
    for (let i = Math.max(start, cut); i + 2 <= s.start; i++) if (lex.isVerb(text.slice(i, i + 2))) cut = i + 2;
    for (const o of out) {
      // 何剑波因 | 中国五矿集团有限公司: a person and 因 (because of) before the name (广东因赛品牌营销集团 holds 因 in its own).
      if (o.label === 'PER' && o.start >= start && o.end < s.start && text[o.end] === '因') cut = Math.max(cut, o.end + 1);
      // 两江新区 | 重庆平伟…: a district, then the company's own place.
      if (o.label === 'LOC' && o.start >= start && o.end <= s.start && /[区县镇]$/.test(text.slice(o.start, o.end)) && lex.placeOnlyAt(text, o.end)) cut = Math.max(cut, o.end);
    }
    if (cut >= 0) start = cut;
    // One character alone is the name's only after such a word (其中 | 安 | 徽合力…), not after a break (，请 | 海尔集团…).
    else if (!reachedBreak || s.start - start < (shifted ? 1 : 2)) continue;
    if (start >= s.start) continue;
    out = takeInside(out, { ...s, start }) ?? out;
  }
  return out;
}
