import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countriesBeforePlayers, delegationsOfPlaces, fixturesSplit, sportsTeams, teamAliases, teamsEndAtTheirKind } from '../../../../src/core/recognise/names/team-rules';
import { spansOf } from './spans';
import { latinTails } from '../../../../src/core/recognise/names/span-edges';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { consolidateNames } from '../../../../src/core/recognise/names/consolidate';
import { Annotation } from '../../../../src/core/types';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';

type S = LabelledSpan & { confidence: number };
const show = (text: string, spans: Array<{ start: number; end: number; label: string }>) => spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
const loc = (text: string, s: string, from = 0, confidence = 0.9): S => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, label: 'LOC', confidence };
};
const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.75 });

test('teams named after a place, and clubs a match shows as teams, are organisations', () => {
  const table: Array<[string, string[], string[]]> = [
    ['中国女排3比0战胜日本队', ['中国', '日本'], ['ORG:中国女排', 'ORG:日本队']],
    // A club: place + nickname before a score, VS or 对阵, or after a verb of a match result up to a break.
    ['终场哨响，重庆铜梁龙2-0战胜上海嘉定汇龙的比分', ['重庆', '上海'], ['ORG:重庆铜梁龙', 'ORG:上海嘉定汇龙']],
    ['第2轮：重庆铜梁龙VS辽宁铁人。', ['重庆', '辽宁'], ['ORG:重庆铜梁龙', 'ORG:辽宁铁人']],
    // The ground between the club and the score or the result.
    ['主场3:1战胜光州FC，上海海港客场0:4惨败', ['上海'], ['ORG:上海海港']],
    ['本轮上海海港客场击败北京国安', ['上海', '北京'], ['ORG:上海海港', 'ORG:北京国安']],
    ['上海市民客场观赛', ['上海'], ['LOC:上海']],
    ['以３∶０轻取福建女排。', ['福建'], ['ORG:福建女排']],
    ['首秀0-3不敌延边龙鼎，', ['延边'], ['ORG:延边龙鼎']],
    // No team: 队伍 and 队员, a time of day after a place, a place with no match in sight.
    ['中国队伍壮大，重庆队员说', ['中国', '重庆'], ['LOC:中国', 'LOC:重庆']],
    ['北京时间19:35开球', ['北京'], ['LOC:北京']],
    // A result or a rank after a side is no nickname (北京 | 获得第五).
    ['山东91:81战胜北京获得第五，上海85:53击败天津名列第七。', ['山东', '北京', '上海', '天津'], ['LOC:山东', 'LOC:北京', 'LOC:上海', 'LOC:天津']],
    ['广厦96:88击败南京头排苏酒，豪取三连胜', ['南京'], ['ORG:南京头排苏酒']],
    // A player from a country after a result is no club (美国 | 选手博耶).
    ['商竣程2:0战胜美国选手博耶，晋级正赛', ['美国'], ['LOC:美国']],
    ['男单决赛中，意大利选手辛纳3:0战胜对手', ['意大利'], ['LOC:意大利']],
    ['他在重庆铜梁工作', ['重庆'], ['LOC:重庆']],
    ['比分是2-0，重庆今年', ['重庆'], ['LOC:重庆']],
    // The match after a side's city is no nickname (常州VS南京比赛).
    ['举行的常州VS南京比赛，拟', ['常州', '南京'], ['LOC:常州', 'LOC:南京']],
    // A delegation is a team only where the paragraph is about sport.
    ['中国代表团在巴黎奥运会摘得40金', ['中国'], ['ORG:中国代表团']],
    ['在重庆代表团开放团组会议上', ['重庆'], ['LOC:重庆']],
    ['重庆代表团出席2024金融街论坛', ['重庆'], ['LOC:重庆']],
  ];
  for (const [text, places, want] of table) {
    const spans = places.map((p) => loc(text, p));
    assert.deepEqual(show(text, sportsTeams(text, spans, make)), want, text);
  }
  // The model's pieces inside the club go; a sure organisation already there stays.
  const t = '重庆铜梁龙2-0获胜';
  assert.deepEqual(show(t, sportsTeams(t, [loc(t, '重庆'), loc(t, '铜梁', 2, 0.5)], make)), ['ORG:重庆铜梁龙']);
  const sure: S = { start: 2, end: 5, label: 'ORG', confidence: 0.9 };
  assert.deepEqual(show(t, sportsTeams(t, [loc(t, '重庆'), sure], make)), ['LOC:重庆', 'ORG:铜梁龙']);
  // The model's weak reading of the club as an organisation is confirmed (and made surer) by the match.
  const weak: S = { start: 0, end: 5, label: 'ORG', confidence: 0.45 };
  assert.deepEqual(sportsTeams(t, [weak], make).map((s) => s.confidence), [0.75]);
  assert.deepEqual(sportsTeams('重庆铜梁龙今年', [weak], make).map((s) => s.confidence), [0.45]);
});

test('a club goes by its nickname without its place', () => {
  const lex = Lexicon.build([['重庆', LEX.LOC], ['辽宁', LEX.LOC], ['中国', LEX.LOC]]);
  const lookup = (s: string) => lex.lookup(s);
  assert.deepEqual(teamAliases('重庆铜梁龙', lookup), ['铜梁龙']);
  assert.deepEqual(teamAliases('辽宁铁人', lookup), ['铁人']);
  assert.deepEqual(teamAliases('中国女排', lookup), []);
  assert.deepEqual(teamAliases('中国队', lookup), []);
  // A delegation is such a team too: 代表团 alone names no organisation.
  assert.deepEqual(teamAliases('中国代表团', lookup), []);
  // In the document: the club lends its nickname, the delegation nothing.
  const text = '重庆铜梁龙2-0获胜，中国代表团入场。铜梁龙领跑，代表团一行到达。';
  const team = (name: string): Annotation => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, label: 'ORG', confidence: 0.75, source: 'auto', recogniser: 'rule:team' };
  };
  const out = consolidateNames(text, [team('重庆铜梁龙'), team('中国代表团')], lookup);
  assert.deepEqual(out.map((a) => text.slice(a.start, a.end)), ['重庆铜梁龙', '中国代表团', '铜梁龙']);
});

test('a person or place never ends in Latin letters after its Chinese characters', () => {
  const t = '铜梁龙VS辽宁铁人，华为BG';
  const spans: LabelledSpan[] = [
    { start: 0, end: 5, label: 'LOC' },
    { start: 5, end: 9, label: 'LOC' },
    { start: 10, end: 14, label: 'ORG' },
  ];
  assert.deepEqual(show(t, latinTails(t, spans)), ['LOC:铜梁龙', 'LOC:辽宁铁人', 'ORG:华为BG']);
  assert.deepEqual(show('NBA', latinTails('NBA', [{ start: 0, end: 3, label: 'ORG' }])), ['ORG:NBA']);
  // An organisation ends before a code's letters that digits go on; what is left with an administrative suffix is a place.
  const code = '信箱：西安市A327号，江湾校区A2楼';
  assert.deepEqual(show(code, latinTails(code, [{ start: 3, end: 7, label: 'ORG' }, { start: 12, end: 17, label: 'ORG' }])), ['LOC:西安市', 'ORG:江湾校区']);
  // A Latin title run into a person's name goes too.
  assert.deepEqual(show('CEO雷军', latinTails('CEO雷军', [{ start: 0, end: 5, label: 'PER' }])), ['PER:雷军']);
});

test("a team read on into a verb and a word holding 队 ends at its kind", () => {
  const table: Array<[string, Array<[string, 'ORG' | 'LOC' | 'PER']>, string[]]> = [
    ['江苏女排勇夺队史第二冠', [['江苏女排勇夺队', 'ORG']], ['ORG:江苏女排']],
    ['中国女篮国家队', [['中国女篮国家队', 'ORG']], ['ORG:中国女篮']],
    // A team named with its 队 right after its kind, or no kind at all, stays as read.
    ['山东泰山队获胜', [['山东泰山队', 'ORG']], ['ORG:山东泰山队']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, teamsEndAtTheirKind(text, spansOf(text, read))), want, text);
});

test('a delegation to a congress or on a visit is the place that sends it', () => {
  const isPlace = (n: string) => ['重庆', '永川', '中国', '海珠区'].includes(n);
  const org = (text: string, name: string): S => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, label: 'ORG', confidence: 0.8 });
  const table: Array<[string, string, string[]]> = [
    ['袁家军在市人代会永川代表团参加审议', '永川代表团', ['LOC:永川']],
    ['重庆代表团举行开放团组会议', '重庆代表团', ['LOC:重庆']],
    // A party and government's delegation or visiting group, even in a paragraph about sport.
    ['率海珠区党政代表团赴', '海珠区党政代表团', ['LOC:海珠区']],
    ['海珠区党政考察团观看全运会比赛', '海珠区党政考察团', ['LOC:海珠区']],
    // Sport, or no place before it: as read.
    ['中国代表团获得201金111银', '中国代表团', ['ORG:中国代表团']],
    ['高校代表团赴山东', '高校代表团', ['ORG:高校代表团']],
  ];
  for (const [text, name, want] of table) assert.deepEqual(show(text, delegationsOfPlaces(text, [org(text, name)], isPlace)), want, text);
});

test("a fixture's two sides read as one name are two: a city alone is the place, else the club", () => {
  const places = new Set(['常州', '南京', '山东泰山']);
  const table: Array<[string, string, string[]]> = [
    ['举行的常州VS南京比赛', '常州VS南京', ['LOC:常州', 'LOC:南京']],
    ['第2轮：重庆铜梁龙vs辽宁铁人。', '重庆铜梁龙vs辽宁铁人', ['ORG:重庆铜梁龙', 'ORG:辽宁铁人']],
    // A side of four characters holds a club's nickname, whatever the dictionary says of it (山东泰山).
    ['，山东泰山VS上海海港', '山东泰山VS上海海港', ['ORG:山东泰山', 'ORG:上海海港']],
    // No VS inside: as read.
    ['，常州工学院', '常州工学院', ['ORG:常州工学院']],
  ];
  for (const [text, name, want] of table) {
    const start = text.indexOf(name);
    const read: S[] = [{ start, end: start + name.length, label: 'ORG', confidence: 0.6 }];
    assert.deepEqual(show(text, fixturesSplit(text, read, (n) => places.has(n))), want, text);
  }
});

test('a country read as a team before 选手 or 球员 names where the player comes from, a place', () => {
  const countries = new Set(['英格兰', '中国']);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['决赛中，英格兰选手特鲁姆普战胜对手', [['英格兰', 'ORG'], ['特鲁姆普', 'PER']], ['LOC:英格兰', 'PER:特鲁姆普']],
    ['中国球员表现出色', [['中国', 'ORG']], ['LOC:中国']],
    // A club before its player, or a team before a word that is not a player, stays.
    ['湖人球员詹姆斯', [['湖人', 'ORG'], ['詹姆斯', 'PER']], ['ORG:湖人', 'PER:詹姆斯']],
    ['英格兰队员表现出色', [['英格兰', 'ORG']], ['ORG:英格兰']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countriesBeforePlayers(text, spansOf(text, read), (n) => countries.has(n))), want, text);
});
