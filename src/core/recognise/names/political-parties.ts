import { LabelledSpan } from './tags';
import { Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { charTable, isHan } from './lists';
import { takeInside } from './span-edges';
import { NOT_SPREAD_CONFIDENCE } from './consolidate';

/**
 * Political parties named by what they stand for (共同民主党, 国民力量党, 立宪民主党, 保守党, 工党): the
 * model, trained on 1998 text, knows few of today's parties abroad. A party's name is one to three of
 * the words parties are named with, then 党 (not 共产党: the Party at home is 中国共产党, and a bare
 * 共产党 is as often its members' word for it as its name); the country before it is a place of its own (GUIDELINES:
 * 英国 | 工党), so the name starts after it.
 */
const PARTY_WORDS = [
  '民主', '共和', '人民', '自由', '社会', '保守', '国民', '力量', '公明', '自民', '维新', '立宪', '进步', '劳动', '工人',
  '复兴', '统一', '团结', '正义', '改革', '联合', '独立', '民族', '行动', '共同', '国家', '社民', '基民', '民进',
  '民众', '亲民', '国大', '致公', '农工', '台联', '基督教', '绿色', '未来', '希望', '公民', '和平', '革新',
  '劳工', '运动', '经济', '斗士', '奋斗', '觉醒',
];
/** One-character parties (工党, 绿党): only after a clear word break. */
const SHORT_PARTIES = '工绿';
const PARTY = new RegExp(`(?:(?:${PARTY_WORDS.join('|')}){1,3}|[${SHORT_PARTIES}])党`, 'g');
/**
 * What follows 党 in a word that is no party's name: its members (党员, 共产党人), its organs inside
 * Chinese units (党委, 党支部, 党组), 民主党派 (China's eight parties as a class), 党建, 党性 …
 */
const NOT_AFTER_PARTY = charTable('委员组支派建性风纪课校务费龄旗章徽内人史代');
/** 改革党和国家的领导制度: 党 of 党和国家 (the Party and the State), 党和政府, 党和人民. */
const PARTY_AND_STATE = /^[和与](?:国家|政府|人民|军队)/;
/** Party words that are also verbs. */
const VERB_WORDS = new Set(['统一', '团结', '改革', '革新', '联合', '独立', '行动', '复兴', '进步', '维新', '劳动', '运动', '奋斗', '觉醒']);
/** Words that may stand right before a party's name. */
const BEFORE_PARTY = charTable('的是与和及在于以从对被把向为由同跟、，。；：“”《（「党');

export function politicalParties<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('党') < 0) return spans;
  let out = spans;
  for (const m of text.matchAll(PARTY)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_AFTER_PARTY[text.charCodeAt(end)] === 1 || PARTY_AND_STATE.test(text.slice(end, end + 3))) continue;
    // 统一党的思想, 团结党的力量: a verb before 党的 (the Party's) names no party.
    if (text[end] === '的' && VERB_WORDS.has(m[0].slice(0, -1))) continue;
    if (!breaksBefore(text, start, out, lex)) continue;
    const party = make({ start, end, label: 'ORG' });
    // 工党 and 绿党 are also pieces of words (员工党支部): not sure enough to be spread to other mentions.
    if (end - start === 2) party.confidence = Math.min(party.confidence, NOT_SPREAD_CONFIDENCE);
    // A longer name the model read (新泽西州民主党, 中国共产党) is left as it is.
    out = takeInside(out, party, (o) => o.label === 'ORG') ?? out;
  }
  return out;
}

/** Whether a name may start at `i`: after no Chinese character, a function word, a name, or a word of the dictionary. */
function breaksBefore(text: string, i: number, spans: readonly Scored[], lex: Lexicon): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (!isHan(before) || BEFORE_PARTY[before] === 1) return true;
  if (spans.some((s) => s.end === i && s.label !== 'ORG')) return true;
  return i >= 2 && isPlainWord(lex, text.slice(i - 2, i));
}
