import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { Lexicon } from './lexicon';
import { isCountryName } from './countries';

/** A medical team sent abroad (援尼日尔中国医疗队): a team, no organisation (32 of 32 unmarked in the sets of current news). */
const AID_TEAM = /(?:医疗队|医疗分队)$/;
/** The longest place a team's name begins with. */
const LONGEST_PLACE = 6;

/**
 * 援尼日尔中国医疗队, 中国医疗队: the model's organisation is a team; the places it names (the country helped, the
 * country sending it) are places, as the sets of current news mark them — when places are all its name holds.
 */
function placesOfTeam(text: string, start: number, end: number, lex: Lexicon): LabelledSpan[] | undefined {
  const out: LabelledSpan[] = [];
  let at = text[start] === '援' ? start + 1 : start;
  while (at < end) {
    let len = Math.min(LONGEST_PLACE, end - at);
    while (len >= 2 && !isCountryName(text.slice(at, at + len)) && !lex.isPlaceOnly(text.slice(at, at + len))) len--;
    // 北京军区251医院医疗队, 解放军援鄂医疗队: a team named by a hospital or a unit is that organisation's; left as read.
    if (len < 2) return undefined;
    out.push({ start: at, end: at + len, label: 'LOC' });
    at += len;
  }
  return out;
}

/**
 * What makes a country's name a team's (中国队, 美国女篮). A country alone is a place even in sport: the sets of current news
 * mark country names LOC 2,589 times and ORG never (MSRA marks a country playing a match ORG).
 */
const TEAM_AFTER = /^(?:队|国家队|男|女|U\d|国奥)/;

/** Kinds of firm after a country (科技公司, 芯片公司, 企业, 车企): not a bank or an airline, whose names a country opens (美国银行). */
const KIND_OF_FIRM = /(?:科技|芯片|半导体|汽车|能源|互联网|制造|医药|游戏|软件|科技巨头|跨国)?(?:公司|企业|车企|厂商|巨头|企)$/;

/**
 * A country's or a Chinese body's name after 中国 that is a company's or society's (中国南方航空, 中国大运河博物馆,
 * 中国卫星导航定位协会): one organisation with it. Not a government organ or an outlet, which the sets of current news
 * keep apart from the country (中国 | 国务院, 中国 | 新华社).
 */
const WHOLE_AFTER_CHINA = /(?:航空|航运|海运|银行|保险|人寿|石油|石化|电信|移动|联通|集团|公司|协会|总会|学会|促进会|商会|博物馆|代表团)$/;

/**
 * Countries and teams the model reads as organisations: a medical team becomes the places it names, a country alone is a
 * place (科摩罗, unless a team: 中国队), and 中国 before a company's or society's name is part of it (中国 + 南方航空).
 */
export function countriesAndTheirBodies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  const out: T[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const name = text.slice(s.start, s.end);
    const team = s.label === 'ORG' ? AID_TEAM.exec(name) : null;
    const places = team ? placesOfTeam(text, s.start, s.end - team[0].length, lex) : undefined;
    if (places) {
      out.push(...places.map((p) => ({ ...make(p), confidence: s.confidence })));
      continue;
    }
    // A name right before it makes it a division's (福特 | 中国) or an institution's (聊城 | 中国运河文化博物馆): left to the rules for those.
    const after = k > 0 && spans[k - 1].end === s.start;
    if (s.label === 'ORG' && isCountryName(name) && !after && !TEAM_AFTER.test(text.slice(s.end, s.end + 3))) {
      out.push({ ...s, label: 'LOC' });
      continue;
    }
    // 美国科技公司, 日本车企: a country and a kind of firm name no firm; the country is the name.
    const kind = s.label === 'ORG' ? KIND_OF_FIRM.exec(name) : null;
    // Not before its Latin name in brackets: 美国科技公司（Ameritech） is a company's Chinese name.
    if (kind && kind.index >= 2 && isCountryName(name.slice(0, kind.index)) && !/^[（(]\s*[A-Za-z]/.test(text.slice(s.end, s.end + 3))) {
      out.push({ ...s, end: s.start + kind.index, label: 'LOC' });
      continue;
    }
    const next = spans[k + 1];
    if (s.label === 'LOC' && name === '中国' && !after && next && next.start === s.end && next.label === 'ORG' && WHOLE_AFTER_CHINA.test(text.slice(next.start, next.end))) {
      out.push({ ...next, start: s.start });
      k++;
      continue;
    }
    out.push(s);
  }
  return out;
}
