import { isPlainWord, Lexicon } from './lexicon';
import { Scored } from './list-rules';
import { isHan } from './lists';
import { takeInside } from './span-edges';
import { LabelledSpan } from './tags';

/**
 * Farmers' cooperatives and family farms with a name of their own (荥阳市新田地种植专业合作社, 莉英种植专业合作社,
 * 钟祥市春源农作物种植农民专业合作社联合社, 鸠江区诚信家庭农场): organisations, named whole with the place before them (the
 * sets of current news mark 13 of 13 so). The model reads the place alone, or a person in the name (逢秋荣).
 */
const COOPERATIVE = /合作社(?:联合社)?|家庭农场/g;
/** What ends the name read backwards: function words, counts and the pronouns of a bare 合作社 (该合作社, 多家合作社). */
const NOT_IN_NAME = /[的了是在和与及等为把被将从对向由这那该各每其此多家个到给于]/;
/**
 * Prepositions and verbs of joining that open a clause before a bare 合作社 (陆勇妹通过 | 合作社, 依托 | 合作社), and verbs of
 * visiting, which jieba tags as nouns (参观 | 春田家庭农场).
 */
const CLAUSE_WORD = /^(?:通过|依托|借助|依靠|组建|成立|加入|联合|带动|牵头|领办|入股|引导|扶持|鼓励|支持|组织|参观|考察|走访|调研|来到|前往|走进|探访|视察)$/;
/** Verbs of the dictionary a cooperative's name holds as its trade: no clause ends the name there. */
const TRADE_VERB = /^(?:种植|养殖|种养|加工|销售|经营|服务|生产|运输|流通|营销|开发|合作|发展|种苗|育苗)$/;
/** The kind of a cooperative: its trade and form, no name (农机合作社, 农民专业合作社, 农业合作社, 股份经济合作社). */
const KIND = /(?:种植|养殖|种养|专业|农民|农业|农机|农产品|农作物|林果|林业|果蔬|蔬菜|水果|药材|中药材|茶叶|畜牧|渔业|股份|经济|土地|劳务|边民|村级|现代|传统工艺|手工艺|旅游|服务|销售|加工|生产|供销|信用|消费)$/;
/** The longest name before the head (重庆市南川区逢秋荣高粱种植专业 is fifteen). */
const MAX_NAME = 24;

export function cooperatives<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('合作社') < 0 && text.indexOf('家庭农场') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(COOPERATIVE)) {
    const head = m.index!;
    let start = head;
    while (start > 0 && head - start < MAX_NAME && isHan(text.charCodeAt(start - 1)) && !NOT_IN_NAME.test(text[start - 1])) {
      // 陆勇妹创办 | 黎平侗品源…合作社: a verb of the clause before it ends the name, not the trade inside it (种植).
      const pair = text.slice(start - 2, start);
      if (start >= 2 && ((lex.isVerb(pair) && !TRADE_VERB.test(pair)) || CLAUSE_WORD.test(pair))) break;
      start--;
    }
    let rest = text.slice(start, head);
    while (KIND.test(rest)) rest = rest.replace(KIND, '');
    // Only the kind, or a common word (选购 | 合作社, 诚信 alone): no name.
    if (rest.length < 2 || isPlainWord(lex, rest)) continue;
    // 江苏省盐城市盐都区龙冈镇 | 九曲现代家庭农场: a chain of three places or more is the address, each place its own (a city
    // and a district or town before the name are the name's: 重庆市南川区逢秋荣高粱种植专业合作社).
    const places = out.filter((o) => o.label === 'LOC' && o.start >= start && o.end <= head);
    if (places.length >= 3) start = places[places.length - 1].end;
    if (head - start < 2) continue;
    out = takeInside(out, make({ start, end: head + m[0].length, label: 'ORG' })) ?? out;
  }
  return out;
}
