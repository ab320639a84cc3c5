import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { replacedBy } from './span-edges';
import { LEX } from './lexicon';
import { TEAM_KINDS } from './lists';
import type { LexiconLookup } from './consolidate';

/**
 * Sports teams, which the model (trained on 1998 text) reads as the place they are named after:
 * 中国女排, 日本队, and clubs named by a place and a nickname where a match shows them as teams
 * (重庆铜梁龙2-0战胜上海嘉定汇龙, 重庆铜梁龙VS辽宁铁人). Each is one ORG (GUIDELINES: the longest
 * proper name, the place inside it unmarked).
 */

/** National and city teams by their place: 中国队, 中国女排, 广州队, 中国代表团 — not 队伍, 队员, 队长 or 队友. */
const TEAM_SUFFIXES: readonly string[] = ['代表团', '国奥队', '国家队', ...TEAM_KINDS];
const TEAM_AFTER_PLACE = new RegExp(`^(?:${TEAM_SUFFIXES.join('|')}|队(?![伍员长友列形医旗服徽歌部]))`);

/** A verb of a match result before a club's name (战胜上海嘉定汇龙): its name runs to a break. */
const RESULT_VERBS = '战胜|击败|战平|逼平|不敌|负于|迎战|力克|小胜|大胜|完胜|完败|惜败|憾负';
/**
 * A score, a VS or 对阵 after a club's name: the name ends there; also with the ground between (上海海港客场0:4惨败,
 * 上海海港客场击败北京国安).
 */
const AFTER_CLUB = new RegExp(
  `^\\s?(?:(?:主场|客场)?\\s?[0-9０-９]{1,2}\\s?[-－:：∶比]\\s?[0-9０-９]{1,2}(?![0-9０-９年月日时点分秒%％])|[Vv][Ss]|对阵|(?:主场|客场)(?:${RESULT_VERBS}))`,
);
const MATCH_VERB = new RegExp(`(?:${RESULT_VERBS}|对阵|[Vv][Ss])\\s?$`);
/** The nickname after the place: two to four characters, none of them a function word; 时间 of 北京时间 is none. */
// Nor a result or a rank after the side (北京 | 获得第五, 天津 | 名列第七), nor a player from the country (美国选手博耶); clubs' names may hold 排 or 晋 (南京头排苏酒).
const NOT_NICKNAME = /[的了是在和与及对把被将从由为这那以于在将已也都又还就时获第夺]|名列|排名|取得|晋级|负于|战胜|胜出|再次|选手|球员|运动员|名将|小将|老将|组合/;
const NICKNAME_END = /^(?:[的，。、；：！？\s”）]|$)/;
/** The match itself after a side's city (常州VS南京比赛): no nickname. */
const MATCH_WORD = /^(?:比赛|赛事|决赛|半决|对决|之战|一战|交锋|赛)/;

/** Whether a match shows [start, end) as a team: a score, VS or 对阵 after it, or a result verb before it and a break after. */
function isClubAt(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + 8);
  return AFTER_CLUB.test(rest) || (MATCH_VERB.test(text.slice(Math.max(0, start - 3), start)) && NICKNAME_END.test(rest));
}

/** The end of the club named by the place span `s` (place + nickname), or -1. */
function clubEnd(text: string, s: { start: number; end: number }): number {
  for (let n = 2; n <= 4; n++) {
    const nick = text.slice(s.end, s.end + n);
    if (nick.length < n || !/^[\u4e00-\u9fff]+$/.test(nick) || NOT_NICKNAME.test(nick) || MATCH_WORD.test(nick)) break;
    if (isClubAt(text, s.start, s.end + n)) return s.end + n;
  }
  return -1;
}

/**
 * Teams named after a place the model found: the place and what follows it become one ORG, taking in
 * the spans the model read inside (铜梁 of 重庆铜梁龙).
 */
/** Whatever shows a match or a team somewhere in the paragraph: without it, no span is looked at. */
const ANY_TEAM_CUE = new RegExp(`[0-9０-９]\\s?[-－:：∶比]\\s?[0-9０-９]|[Vv][Ss]|对阵|${RESULT_VERBS}|队|${TEAM_SUFFIXES.join('|')}`);

export function sportsTeams<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!ANY_TEAM_CUE.test(text)) return spans;
  let out: T[] | undefined;
  for (const s of spans) {
    // The model's own weak reading of a club as an organisation, where a match shows it is one, is confirmed.
    if (s.label === 'ORG' && s.confidence < 0.6 && s.end - s.start >= 3 && isClubAt(text, s.start, s.end)) {
      const current = out ?? spans;
      out = current.map((o) => (o === s ? make({ start: s.start, end: s.end, label: 'ORG' }) : o));
      continue;
    }
    if (s.label !== 'LOC') continue;
    const team = TEAM_AFTER_PLACE.exec(text.slice(s.end, s.end + 3));
    // 重庆代表团 at a congress, 上海市代表团 on a visit: a delegation is a team only where the paragraph is about sport.
    if (team && team[0] === '代表团' && !SPORT_CUE.test(text)) continue;
    const end = team ? s.end + team[0].length : clubEnd(text, s);
    if (end < 0) continue;
    const current = out ?? spans;
    const inside = current.filter((o) => o.start < end && s.start < o.end);
    // A name already there that runs past the team's edges is the model's reading to keep; a sure
    // organisation is kept too (the model's weak reading of the club itself gives way).
    if (inside.some((o) => o.start < s.start || o.end > end || (o.label === 'ORG' && o.confidence >= 0.6))) continue;
    out = replacedBy(current, inside, make({ start: s.start, end, label: 'ORG' }));
  }
  return out ?? spans;
}

/**
 * 常州VS南京, 重庆铜梁龙vs辽宁铁人: the model reads the two sides of a fixture as one name; they are two, each a place
 * where the side is named by its city alone (the city standing for its team), else the club it names.
 */
export function fixturesSplit<T extends Scored>(text: string, spans: T[], isPlace: (name: string) => boolean): T[] {
  if (!/[Vv][Ss]/.test(text)) return spans;
  return spans.flatMap((s) => {
    const m = /\s?[Vv][Ss]\s?/.exec(text.slice(s.start, s.end));
    if (!m || m.index < 2 || s.end - s.start - m.index - m[0].length < 2) return [s];
    const sides = [
      { start: s.start, end: s.start + m.index },
      { start: s.start + m.index + m[0].length, end: s.end },
    ];
    // A city alone is two or three characters; a longer side holds a club's nickname (上海申花, 山东泰山).
    return sides.map((x) => ({ ...s, ...x, label: x.end - x.start <= 3 && isPlace(text.slice(x.start, x.end)) ? 'LOC' : 'ORG' }) as T);
  });
}

/** Words of sport: a delegation in such a paragraph is a team (中国代表团获得201金). */
const SPORT_CUE = /金牌|银牌|铜牌|奖牌|奥运|亚运|全运|运动会|大运会|冬奥|运动员|参赛|赛事|比赛|冠军|[0-9０-９]+金[0-9０-９]+银/;

/** A delegation a place sends: its party and government's (党政代表团, 党政考察团), or one to a congress or on a visit. */
const DELEGATION = /(?:党政(?:代表团|考察团)|代表团)$/;

/**
 * 巴南区党政代表团, 在重庆代表团开放团组会议上, 永川代表团参加审议, 上海市代表团赴福建考察: a delegation a place sends
 * is no organisation; the place is the name (the sets of current news mark the place: 27 of 27 before 党政代表团, 16 of
 * 16 before a bare 代表团). A sports delegation (中国代表团在巴黎奥运会) is a team, and stays whole; a party and
 * government's delegation is none, whatever the paragraph.
 */
export function delegationsOfPlaces<T extends Scored>(text: string, spans: T[], isPlace: (name: string) => boolean): T[] {
  if (text.indexOf('团') < 0) return spans;
  const sport = SPORT_CUE.test(text);
  return spans.map((s) => {
    const m = s.label === 'ORG' ? DELEGATION.exec(text.slice(s.start, s.end)) : null;
    if (!m || (sport && !m[0].startsWith('党政'))) return s;
    const place = text.slice(s.start, s.end - m[0].length);
    return place.length >= 2 && isPlace(place) ? { ...s, end: s.end - m[0].length, label: 'LOC' } : s;
  });
}

/** A national or city team's suffix at the end of a name (中国女排, 中国代表团, 日本队). */
const TEAM_NAME_END = new RegExp(`(?:${TEAM_SUFFIXES.join('|')}|队)$`);

/**
 * A club named by its place goes by its nickname alone (重庆铜梁龙 → 铜梁龙), when two characters or more
 * are left; a national or city team (中国女排, 日本队, 中国代表团) has no name without its place.
 */
export function teamAliases(name: string, lookup?: LexiconLookup): string[] {
  if (!lookup || TEAM_NAME_END.test(name)) return [];
  for (let k = Math.min(4, name.length - 2); k >= 2; k--) if (lookup(name.slice(0, k)) & LEX.LOC) return [name.slice(k)];
  return [];
}

/** A team's kind inside a longer "name" the model reads on to a 队 further on (江苏女排 + 勇夺队史). */
const TEAM_KIND_INSIDE = new RegExp(`^(.{2,6}?(?:${TEAM_KINDS.join('|')}))[\\u4e00-\\u9fff]{2,}队$`);

/** 江苏女排勇夺队史: a team the model runs on into a verb and a word holding 队 ends at its kind. */
export function teamsEndAtTheirKind<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    const m = s.label === 'ORG' ? TEAM_KIND_INSIDE.exec(text.slice(s.start, s.end)) : null;
    return m ? { ...s, end: s.start + m[1].length } : s;
  });
}

/** A player named by the country they play for: 英格兰选手特鲁姆普, 中国球员. */
const PLAYER_WORDS = '选手|球员|运动员|名将|小将|老将|棋手|车手';
const PLAYER_AFTER = new RegExp(`^(?:${PLAYER_WORDS})`);
const ANY_PLAYER = new RegExp(PLAYER_WORDS);

/**
 * 英格兰选手特鲁姆普: a country before 选手 names where the player comes from, a place, where the model read it as a team
 * (the England side of football news). Only a country (or one of the United Kingdom's four): a club before its player
 * (北京国安球员, 曼城球员) stays.
 */
export function countriesBeforePlayers<T extends Scored>(text: string, spans: T[], isCountry: (name: string) => boolean): T[] {
  if (!ANY_PLAYER.test(text)) return spans;
  return spans.map((s) => (s.label === 'ORG' && PLAYER_AFTER.test(text.slice(s.end, s.end + 3)) && isCountry(text.slice(s.start, s.end)) ? { ...s, label: 'LOC' } : s));
}
