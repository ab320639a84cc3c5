import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { Lexicon } from './lexicon';
import { concatInTextOrder } from '../../text/sorted-spans';
import { overlapsAny, replacedBy } from './span-edges';
import { NOT_SPREAD_CONFIDENCE } from './consolidate';

/**
 * Bodies news names by a bare word that is still one body's name: a country's parliament and its houses
 * (国会, 众议院, 参议院: the one of the country the story is about), the federation of industry and
 * commerce (工商联), the political-legal committee before its secretary (常委、政法委书记), a zone's party working committee
 * before its secretary or meeting (，党工委副书记; 召开党工委会议: the six such mentions in the sets of current news are marked), and the
 * Central Committee before the committees under it (贯彻中央、省委决策部署, 中央及市委: 6 of 6 marked in the
 * sets of current news; not 中央和地方, 中央和国家机关). The model, trained on corpora that leave most of them
 * out, marks none. Only where nothing else was read.
 */
const BARE_BODY = /国会|众议院|参议院|工商联|政法委(?=副?书记)|(?<=^|[^\u4e00-\u9fff]|召开)党工委(?=副?书记|会议|委员|成员)|(?<![党共])中央(?=[、及](?:省委|市委|区委|县委|州委))/g;
/** Words they begin (国会议员 is a member, 国会大厦 a building) or end (美国国会 is the model's to read whole). */
const NOT_AFTER = /^(?:议员|大厦|山庄|图书馆|选举|议长)/;

export function bareBodies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  const added: T[] = [];
  for (const m of text.matchAll(BARE_BODY)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_AFTER.test(text.slice(end, end + 3))) continue;
    // 我国会跳舞, 救国会, 工商联手: the edge characters make words with their neighbours (not 中央及市委: the
    // committee after it shows where 中央 ends, whatever the dictionary makes of 央及; so does 党工委's lookahead of 委会).
    if (lex.isWordAt(text, start - 1) || (m[0] !== '中央' && m[0] !== '党工委' && lex.isWordAt(text, end - 1))) continue;
    if (overlapsAny(spans, start, end)) continue;
    const body = make({ start, end, label: 'ORG' });
    // 中央 is a body only before the committees under it: not sure enough to be spread to its other mentions (中央企业).
    if (m[0] === '中央') body.confidence = Math.min(body.confidence, NOT_SPREAD_CONFIDENCE);
    added.push(body);
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/**
 * A country and its government's organs and forces (叙利亚政府, 叙利亚政府军, 南非总统府, 俄罗斯武装部队, 印度尼西亚国会,
 * 德国外交部): one organisation, as the current-news sets mark them; the model reads the country alone. 外交部长 is a
 * title. Not 军队 (叙利亚军队): the sets and People's Daily mark the country alone there.
 */
const COUNTRY_ORGAN =
  /^(?:政府军|政府|总统府|总理府|内阁|议会(?:上院|下院)?|国会(?:众议院|参议院)?|众议院|参议院|外交部|国防部|财政部|商务部|内政部|司法部|卫生部|武装部队|国防军|中央银行|央行|大使馆|总领事馆|领事馆|驻华大使馆|海警(?![局船舰])|海岸警卫队)(?!长|大厦|山庄|议员|选举)/;

export function countryOrgans<T extends Scored>(text: string, spans: T[], isCountry: (name: string) => boolean): T[] {
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'LOC' || !isCountry(text.slice(s.start, s.end))) continue;
    const m = COUNTRY_ORGAN.exec(text.slice(s.end, s.end + 9));
    if (!m) continue;
    const end = s.end + m[0].length;
    // What was read of the organ alone goes into the whole; a longer name is left as it is (bareBodies runs after, and skips it).
    const inside = out.filter((o) => o !== s && o.start < end && s.start < o.end);
    if (inside.some((o) => o.start < s.end || o.end > end)) continue;
    out = replacedBy(out, [s, ...inside], { ...s, end, label: 'ORG' });
  }
  return out;
}
