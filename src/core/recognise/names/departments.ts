import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { takeInside } from './span-edges';
import { isHan } from './lists';
import { Lexicon } from './lexicon';

/** A department's head character and its head's title right after it: 司 + 司长, 处 + 副处长, 局 + 局长, 厅 + 厅长. */
const DEPARTMENT_THEN_HEAD = /([司处局厅])副?\1长/g;
/** Where a department's name cannot reach back past: breaks, function words, dates, a verb of holding a post. */
const NAME_STOP = /[^\u4e00-\u9fff]|[的了是在等各每该其这那对把被从向到于为将兼任曾原由据过赴至随有同陪请邀称说年月日名个位]/;
/**
 * 与, 和 and 及 join the fields of one department (应急减灾与公共服务司), but two bodies after a head (财政局和税务局)
 * or a name and a bracket before them (（CIA）和国家情报局).
 */
const CONJUNCTION_AFTER_HEAD = /(?:[^\u4e00-\u9fff]|[局司处厅部委办院会])[与和及]$/;
/** Titles a department's name follows in a chain of posts (副主任兼…, 发言人、…), not part of it. */
const TITLE_BEFORE = /(?:主任|书记|部长|局长|厅长|司长|处长|主席|委员|成员|发言人|经济师|会计师|工程师|组长|常委|院长|代表)$/;
/** Words that make the name a kind of office, not one (各省市气象局, 全市财政局). */
const NOT_ONE_OFFICE = /^(?:省市|市县|区县|省级|市级|县级|全省|全市|全区|全县|地方|相关|有关|上级|下级|主管)/;
/** Verbs a clause puts before the department it acts on (主席决定延长 | 政务司司长动议): no department's name holds them. */
const CLAUSE_VERB = /决定|宣布|同意|批准|任命|委任|提名|要求|建议|延长|授权|邀请|指派|通知|责成|聘任|聘请|会见|会晤|拜会|接见|感谢|表示|透露|指出/g;
const LONGEST = 20;
/** 处处长满, 处处长着: everywhere grows, no head of a 处. */
const GROWS_AFTER = /[满着出大成得起了遍]/;

/**
 * 国民经济综合统计司司长刘爱华, 外交部新闻司副司长, 北京市经信局数字产业处副处长: a department named right before its
 * head's title is an organisation, back to a clause break, a function word or the title before it (副主任兼省能源局局长),
 * taking in the ministry or place the model read at its start (GUIDELINES: the longest proper name).
 */
export function departmentsBeforeTheirHeads<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/[司处局厅]长/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(DEPARTMENT_THEN_HEAD)) {
    const end = m.index! + 1;
    if (m[0] === '处处长' && GROWS_AFTER.test(text[end + 2] ?? '')) continue;
    let start = end - 1;
    while (
      start > 0 &&
      end - start < LONGEST &&
      !NAME_STOP.test(text[start - 1]) &&
      !CONJUNCTION_AFTER_HEAD.test(text.slice(Math.max(0, start - 2), start)) &&
      !TITLE_BEFORE.test(text.slice(Math.max(0, start - 3), start))
    )
      start--;
    // No break, title or function word within reach: no name's start found.
    if (end - start >= LONGEST) continue;
    // A word cut in two at the start (新任|命国家外汇管理局): the name starts after it.
    while (start < end - 3 && isHan(text.charCodeAt(start - 1)) && lex.isWordAt(text, start - 1)) start++;
    // A clause's verb (主席决定延长 | 政务司, 省长会见 | 商务厅) ends what comes before the name.
    const verbs = [...text.slice(start, end).matchAll(CLAUSE_VERB)];
    if (verbs.length) start += verbs[verbs.length - 1].index! + verbs[verbs.length - 1][0].length;
    // The ministry or place already read inside is where the name starts (记者专访 | 国家统计局局长); without one, a
    // verb before a level's character is no part of it (感谢 | 市公安局局长).
    const inside = out.filter((o) => o.label !== 'PER' && o.start >= start && o.start < end && o.end <= end);
    if (inside.length) start = Math.min(...inside.map((o) => o.start));
    else if (lex.isVerb(text.slice(start, start + 2)) && /[省市区县州国]/.test(text[start + 2])) start += 2;
    // Two characters at least before the head (高技术司, not 局 of 当局).
    if (end - start < 3 || NOT_ONE_OFFICE.test(text.slice(start, end))) continue;
    // A name reaching past the department, a person inside it (张三与高技术司) or the same name already is left as it is.
    out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.label === 'PER' || (o.start === start && o.end === end && o.label === 'ORG')) ?? out;
  }
  return out;
}
