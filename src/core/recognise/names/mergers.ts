import { LabelledSpan } from './tags';
import { Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { takeAllInside } from './span-edges';

/**
 * 海联讯吸收合并杭汽轮B, 中国船舶吸收合并中国重工: a merger by absorption names a listed company on either side of the
 * verb, by its short name on the exchange (letters and digits too: 杭汽轮B). Only 吸收合并: its subject and object are
 * companies whatever they are called, where 收购 also takes grain, land or shares.
 */
const MERGER = /吸收合并/g;
/** A short name: Chinese characters, with Latin letters or digits (杭汽轮B, *ST元成); two to six. */
const SHORT_NAME = /^[\u4e00-\u9fffA-Za-z0-9*]{2,6}$/;
/** What opens the clause before the subject, or stands before it without being part of it. */
const OPENER = /^(?:其中|此外|同时|另外|随后|目前|今年|近日|日前|此前|最终|拟|将|由|而|并|如|即|是)/;
/** What stands between the subject and the verb: an adverb or a verb of intent (公司拟吸收合并). */
const BEFORE_VERB = /(?:拟|将|已|正|计划|决定|宣布|同意|筹划|公告|拟以|将以|可能|或将|或|有望)$/;
/** Kinds and parties, no company's name (全资子公司, 标的公司, 双方). */
const GENERIC_PARTY = /^(?:本|该|其|全资|控股|参股|上市|标的|目标|两家|双方|其他|其它|多家)?(?:子公司|公司|集团|企业|双方|主体|券商|银行|上市公司)$|子公司$|^(?:本次|此次|这次|此番|首次|再次)$|[A-Z]股/;
/** What ends the object: a break, a list's comma, a bracket, 的, 等, an adverb or verb after it, or a word of the deal. */
const OBJECT_END = /[，。；：、（）()“”"\s的等及和与后时也还则将是为已被于获并]|事项|交易|方案|重组|完成/;
/** What ends the subject looking back: a break or a bracket. */
const SUBJECT_START = /[，。；：、（）()“”"\s]/;

export function mergersByAbsorption<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  if (text.indexOf('吸收合并') < 0) return spans;
  const names: T[] = [];
  for (const m of text.matchAll(MERGER)) {
    const at = m.index!;
    // The subject: back to the clause's start, less what opens the clause.
    let start = at;
    while (start > 0 && at - start < 10 && !SUBJECT_START.test(text[start - 1])) start--;
    // 其中，拟由招商蛇口: openers one after another.
    for (let opener = OPENER.exec(text.slice(start, at)); opener; opener = OPENER.exec(text.slice(start, at))) start += opener[0].length;
    const intent = BEFORE_VERB.exec(text.slice(start, at));
    const subjectEnd = intent ? at - intent[0].length : at;
    // The object: on to what ends it.
    const after = at + m[0].length;
    const rest = text.slice(after, after + 10);
    const stop = rest.search(OBJECT_END);
    const end = after + (stop < 0 ? 0 : stop);
    // 阳晨B股: a share's class after a company's short name is the market's word (阳晨B).
    const objectEnd = /[A-Z]股$/.test(text.slice(after, end)) ? end - 1 : end;
    for (const [s, e] of [[start, subjectEnd], [after, objectEnd]] as const) {
      const name = text.slice(s, e);
      // 上市公司间的 | 吸收合并 | 案例不断增多: a phrase about mergers, no party to one.
      // A short name of more than four characters that opens with a plain word is a phrase (案例不断增多).
      if (!SHORT_NAME.test(name) || GENERIC_PARTY.test(name) || /[的了是在间之个这那些]/.test(name) || isPlainWord(lex, name) || (name.length > 4 && isPlainWord(lex, name.slice(0, 2)))) continue;
      names.push(make({ start: s, end: e, label: 'ORG' }));
    }
  }
  // A longer name read over one (the model's or a rule's) stays; so does the same name read already as an organisation.
  return names.length ? takeAllInside(spans, names, (o, name) => o.label === 'ORG' && o.start === name.start && o.end === name.end) : spans;
}

