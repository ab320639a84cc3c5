import { Scored } from './list-rules';
import { LabelledSpan } from './tags';
import { Lexicon } from './lexicon';
import { takeInside } from './span-edges';

/**
 * Public institutions named 中心 by what they do, after the place, body or level they belong to
 * (青浦区城市更新事务中心, 广州市公安局反诈中心, 荣昌区生猪大数据中心, 区文明建设事务中心, 区党史地方志研究中心):
 * one organisation, as the sets of current news mark them (about 40 such names in the 72 sets); the model reads
 * the place alone or nothing. Only the kinds an institution has: a hall, a sports or logistics centre is a place
 * (venues.ts, place-heads.ts), and a city's centre (重庆市中心, 中心城区) is no institution.
 */
const KIND =
  '(?:政务服务|事务|服务|研究|发展|促进|指挥|监测|检测|检验|交易|调度|大数据|数据|反诈|办案|作战|矫正|评估|保障|救助|培训|' +
  '技术创新|信息|结算|应急|疾病预防控制|疾控|精神卫生|公共卫生|急救|血液|卫生服务|康养服务|融媒体)中心';
/** The institution's field between its owner and its kind: words, no break or function word (nor 国际: 北京国际科技创新中心 is a role). */
const FIELD = '(?:(?![的了是在和与及等为将把被从对向各])[\\u4e00-\\u9fff0-9]){0,8}?';
const AFTER_OWNER = new RegExp(`^${FIELD}${KIND}(?!城区|城市|地带|位置)`);
/** A community's service hall (观音桥街道渝北社区 | 党群服务中心, 便民服务中心): a facility, no institution (3 of 3 unmarked). */
const COMMUNITY_FACILITY = /(?:党群|便民)服务中心$/;
/** A level with no place before it (区文明建设事务中心, 国家生猪技术创新中心), where a clause or list item begins. */
const BY_LEVEL = new RegExp(`(?<=^|[^\\u4e00-\\u9fff]|[、和与及在向对由是为从到据经自了的])(?:[省市区县](?!委|政府|人大|政协)|国家(?!级))${FIELD}${KIND}(?!城区|城市|地带|位置)`, 'g');

export function centresOfInstitutions<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('中心') < 0) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' && s.label !== 'LOC') continue;
    const m = AFTER_OWNER.exec(text.slice(s.end, s.end + 16));
    if (!m || m[0].includes('国际') || COMMUNITY_FACILITY.test(m[0])) continue;
    // An owner already taken into a longer name is left as it is, and so is a name read across the centre's end.
    if (!out.includes(s)) continue;
    out = takeInside(out, { ...s, end: s.end + m[0].length, label: 'ORG' }) ?? out;
  }
  for (const m of text.matchAll(BY_LEVEL)) {
    const start = m.index!;
    // 市民服务中心, 市场监测中心, 县城: the level opens a word, not a name.
    // 上海是国家金融交易中心: after 是, 为 or 成 the state's centre is a role a city plays, as 国际 is.
    const statesRole = m[0].startsWith('国家') && /[是为成]/.test(text[start - 1] ?? '');
    if ((!m[0].startsWith('国家') && lex.isWordAt(text, start)) || statesRole || m[0].includes('国际') || COMMUNITY_FACILITY.test(m[0])) continue;
    out = takeInside(out, make({ start, end: start + m[0].length, label: 'ORG' })) ?? out;
  }
  return out;
}

/**
 * 重庆市中心 (80公里), 重庆中心城区: a city's centre, read by the model as an institution, is the city (the sets
 * mark 重庆 or 成都 alone there).
 */
export function cityCentresNoInstitutions<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('中心') < 0) return spans;
  return spans.map((s) => {
    if (s.label !== 'ORG' || text.slice(s.end - 2, s.end) !== '中心') return s;
    const city = text.slice(s.end - 3, s.end - 2) === '市' ? 3 : text.startsWith('城区', s.end) ? 2 : 0;
    return city && s.end - city - s.start >= 2 ? { ...s, end: s.end - city, label: 'LOC' } : s;
  });
}
