import { isPlainWord, Scored } from './list-rules';
import { Lexicon } from './lexicon';
import { grownIntoOrganisations } from './span-edges';

/**
 * 曹悦名师工作室, 程桂芳劳模创新工作室, 李文燕名班主任工作室: a studio named after the person who leads it is
 * an organisation, the person's name inside it (the model reads the person alone).
 */
const STUDIO = /^(?:名师|名班主任|劳模创新|劳模|技能大师|大师|职工创新|创新|专家|书记|名医|名校长|非遗传承)?工作室/;
/**
 * 董家口消防救援站, 昆山消防救援大队: a fire and rescue unit named by its place is an organisation.
 */
const FIRE_UNIT = /^(?:消防救援|消防)(?:总队|支队|大队|中队|站|队)/;

export function unitsNamedByPeopleAndPlaces<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('工作室') < 0 && text.indexOf('消防') < 0) return spans;
  return grownIntoOrganisations(spans, (s) => {
    const after = text.slice(s.end, s.end + 8);
    const m = s.label === 'PER' ? STUDIO.exec(after) : s.label === 'LOC' ? FIRE_UNIT.exec(after) : null;
    return m ? m[0].length : 0;
  });
}

/** Heads of an institution named by a place and its field (监测站, 交易所, 休养院, 博物院, 台网中心, 联盟, 综合执法大队). */
const INSTITUTION_HEAD = /(?:执法大队|执法支队|执法总队|研究所|研究院|研究中心|实验室|监测站|监测中心|检测中心|交易所|博物院|休养院|疗养院|联盟|学会|协会|基金会|台网中心|保护站|管护站|服务站|设计院|出版社|活动中心|教育中心|促进中心|指挥中心|调解中心|救助中心)(?![长员])/;
/** Characters no field of a name holds: function words, a clause's verbs of being and doing. */
const NOT_IN_FIELD = /[^\u4e00-\u9fff]|[的了是在将把被对向从等为给到有这那各每该其个]/;

/**
 * 巫山县生态环境监测站, 武汉农村综合产权交易所, 四川省革命伤残军人休养院, 中国地震台网中心: an institution named by a place
 * and its field is an organisation, the place in it (the model reads the place alone). The field is words of no verb
 * (亚洲文化遗产联盟; not 湖北举办研究所…), two to ten characters.
 */
export function institutionsOfPlaces<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (!INSTITUTION_HEAD.test(text)) return spans;
  return grownIntoOrganisations(spans, (s) => {
    if (s.label !== 'LOC' || s.end - s.start < 2) return 0;
    const after = text.slice(s.end, s.end + 14);
    const m = INSTITUTION_HEAD.exec(after);
    if (!m || m.index < 2 || m.index > 10) return 0;
    const field = after.slice(0, m.index);
    // A field the dictionary knows whole as a common word is no clause, whatever verb it holds (退役军人 of 退役军人服务站).
    const oneWord = isPlainWord(lex, field) && !lex.isVerb(field);
    if (NOT_IN_FIELD.test(field) || (lex.holdsVerb(field) && !oneWord)) return 0;
    return m.index + m[0].length;
  });
}
