import { test } from 'node:test';
import assert from 'node:assert/strict';
import { longerDictionaryPlaces, meetingVenuesOffPlaces, placesBeforeLevels, placesReadOneLate, placesShortAtStart, placesTheDictionaryJoins, suffixesOfWordsOffPlaces, verbsOffPlaces } from '../../../../src/core/recognise/names/place-edges';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show, spansOf } from './spans';

test('a place before 级 or the 属 of an owner is named without its suffix', () => {
  const table: Array<[string, Array<[string, 'LOC' | 'ORG' | 'PER']>, string[]]> = [
    ['2024年重庆市级重点项目', [['重庆市', 'LOC']], ['LOC:重庆']],
    ['四川省级法人银行', [['四川省', 'LOC']], ['LOC:四川']],
    ['重庆市委', [['重庆市', 'LOC']], ['LOC:重庆市']],
    ['，重庆市属重点国企数量', [['重庆市', 'LOC']], ['LOC:重庆']],
    ['重庆市属于西部地区', [['重庆市', 'LOC']], ['LOC:重庆市']],
    ['情况是否重庆市属实', [['重庆市', 'LOC']], ['LOC:重庆市']],
    // 属 before a place: the county belongs to it.
    ['榕江县属贵州黔东南州', [['榕江县', 'LOC'], ['贵州', 'LOC'], ['黔东南州', 'LOC']], ['LOC:榕江县', 'LOC:贵州', 'LOC:黔东南州']],
    ['榕江县属国企', [['榕江县', 'LOC']], ['LOC:榕江']],
  ];
  for (const [text, read, expected] of table) assert.deepEqual(show(text, placesBeforeLevels(text, spansOf(text, read))), expected, text);
});

test("a meeting's venue after a place is no part of its name", () => {
  const lex = Lexicon.build([['济宁', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, Array<[string, 'LOC' | 'ORG' | 'PER']>, string[]]> = [
    ['陈孝等在金华分会场出席', [['金华分会场', 'LOC']], ['LOC:金华']],
    // 分会 read as a society's branch, before 场: the place, when the dictionary knows it.
    ['省现场推进会济宁分会场和主会场', [['济宁分会', 'ORG']], ['LOC:济宁']],
    ['在重庆国际博览中心主会场', [['重庆国际博览中心主会场', 'LOC']], ['LOC:重庆国际博览中心']],
    // A society's branch is a name; an organisation before the venue stays as read; no name left: as read.
    ['市医学会外科分会成立', [['市医学会外科分会', 'ORG']], ['ORG:市医学会外科分会']],
    ['在华峰集团分会场', [['华峰集团分会', 'ORG']], ['ORG:华峰集团分会']],
    ['各分会场', [['分会场', 'LOC']], ['LOC:分会场']],
  ];
  for (const [text, read, expected] of table) assert.deepEqual(show(text, meetingVenuesOffPlaces(text, spansOf(text, read), lex)), expected, text);
});

test('a place one character short of a place the dictionary knows takes it', () => {
  const dict = Lexicon.build([['长江', LEX.LOC | LEX.WORD], ['长江口', LEX.LOC | LEX.WORD], ['口岸', LEX.WORD]]);
  const table: Array<[string, string[]]> = [
    ['长江禁渔看长江口，', ['LOC:长江', 'LOC:长江口']],
    // The character opening a word with the next (口岸) stays out.
    ['，长江口岸', ['LOC:长江']],
  ];
  for (const [text, want] of table) {
    const spans: LabelledSpan[] = [];
    for (let i = text.indexOf('长江'); i >= 0; i = text.indexOf('长江', i + 1)) spans.push({ start: i, end: i + 2, label: 'LOC' });
    assert.deepEqual(show(text, longerDictionaryPlaces(text, spans, dict)), want, text);
  }
});

test('a place one character short at its start of a place the dictionary knows takes that character', () => {
  const dict = Lexicon.build([['驻马店市', LEX.LOC | LEX.WORD], ['马店市', LEX.LOC | LEX.WORD], ['和澳洲', LEX.LOC | LEX.WORD], ['进驻', LEX.WORD], ['大西南', LEX.LOC | LEX.WORD], ['回延安', LEX.LOC | LEX.WORD], ['临港', LEX.LOC | LEX.WORD], ['来京', LEX.LOC | LEX.WORD], ['成渝', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, string, string[]]> = [
    ['2022年驻马店市中小学生', '马店市', ['LOC:驻马店市']],
    // A function word before the place, or a character ending a word with the one before it, stays out.
    ['远销欧美和澳洲等市场', '澳洲', ['LOC:澳洲']],
    ['部队进驻马店市', '马店市', ['LOC:马店市']],
    ['席卷大西南', '西南', ['LOC:西南']],
    ['毕业后他回延安工作', '延安', ['LOC:延安']],
    // An abbreviation before an areal head takes the character it makes a place with; not alone, not a second abbreviation.
    ['以下简称临港新片区', '港新片区', ['LOC:临港新片区']],
    ['会见来京述职的', '京', ['LOC:京']],
    ['推动成渝新区建设', '渝新区', ['LOC:渝新区']],
  ];
  for (const [text, read, want] of table) {
    const start = text.indexOf(read);
    assert.deepEqual(show(text, placesShortAtStart(text, [{ start, end: start + read.length, label: 'LOC' }], dict)), want, text);
  }
});

test('a place ending in a suffix that opens a word with the character after it gives the suffix back', () => {
  const dict = Lexicon.build([['荣昌', LEX.LOC | LEX.PER | LEX.WORD], ['奉节', LEX.LOC | LEX.WORD], ['长三角', LEX.LOC | LEX.WORD], ['珠三角', LEX.NAME_LOC | LEX.WORD]]);
  const table: Array<[string, string, string[]]> = [
    ['荣昌区位优势明显', '荣昌区', ['LOC:荣昌']],
    // 城 that opens 城际 gives it back; before 城市 it stays as read.
    ['长三角城际快速交通网', '长三角城', ['LOC:长三角']],
    ['珠三角城际铁路', '珠三角城', ['LOC:珠三角']],
    ['长三角城市群', '长三角城', ['LOC:长三角城']],
    ['奉节县域经济', '奉节县', ['LOC:奉节']],
    // 位于, 位居 follow a whole place.
    ['奉节县位于长江三峡', '奉节县', ['LOC:奉节县']],
    ['奉节县位居第26位', '奉节县', ['LOC:奉节县']],
    ['荣昌区位次上升', '荣昌区', ['LOC:荣昌区']],
  ];
  for (const [text, read, want] of table) {
    const start = text.indexOf(read);
    assert.deepEqual(show(text, suffixesOfWordsOffPlaces(text, [{ start, end: start + read.length, label: 'LOC' }], dict)), want, text);
  }
});

test('two places the dictionary knows as one are one; a verb read into a place is cut off', () => {
  const dict = Lexicon.build([
    ['长江三峡', LEX.WORD | LEX.LOC, 665],
    ['英国伦敦', LEX.WORD | LEX.LOC, 3],
    ['上海浦东', LEX.WORD | LEX.LOC, 90],
    ['中美', LEX.WORD | LEX.LOC],
    ['巫山', LEX.WORD | LEX.LOC],
    ['走近', LEX.WORD, 100, 17],
    ['表示', LEX.WORD, 9000, 17],
    ['湖南', LEX.LOC],
    ['长沙', LEX.LOC],
  ]);
  const joins: Array<[string, Array<[string, 'LOC']>, string[]]> = [
    ['位于长江三峡第一峡', [['长江', 'LOC'], ['三峡', 'LOC']], ['LOC:长江三峡']],
    ['湖南长沙', [['湖南', 'LOC'], ['长沙', 'LOC']], ['LOC:湖南', 'LOC:长沙']],
    // A rarer entry of the dictionary is a country and its city, a city and its district: two places.
    ['官司一直打到英国伦敦。', [['英国', 'LOC'], ['伦敦', 'LOC']], ['LOC:英国', 'LOC:伦敦']],
    ['在上海浦东打工', [['上海', 'LOC'], ['浦东', 'LOC']], ['LOC:上海', 'LOC:浦东']],
    // One-character abbreviations stay apart (中 | 美), as GUIDELINES.md splits 成渝.
    ['推动中美关系', [['中', 'LOC'], ['美', 'LOC']], ['LOC:中', 'LOC:美']],
  ];
  for (const [text, read, want] of joins) assert.deepEqual(show(text, placesTheDictionaryJoins(text, spansOf(text, read), dict)), want, text);
  const t = '了解巫山、走近巫山';
  assert.deepEqual(show(t, verbsOffPlaces(t, spansOf(t, [['巫山', 'LOC'], ['走近巫山', 'LOC']]), dict)), ['LOC:巫山', 'LOC:巫山']);
  // A preposition of route before a place the dictionary knows; a place opening with the same character keeps it.
  const route = Lexicon.build([['霍尔果斯', LEX.LOC | LEX.WORD], ['从江县', LEX.LOC | LEX.WORD]]);
  const u = '今年经霍尔果斯铁路口岸通行，从江县';
  assert.deepEqual(show(u, verbsOffPlaces(u, spansOf(u, [['经霍尔果斯铁路口岸', 'LOC'], ['从江县', 'LOC']]), route)), ['LOC:霍尔果斯铁路口岸', 'LOC:从江县']);
});

test('a place read one character late or long into a word after it (非遗) is the place before', () => {
  const dict = Lexicon.build([['海南', LEX.LOC | LEX.WORD, 300], ['河南', LEX.LOC | LEX.WORD, 300], ['南非', LEX.LOC | LEX.WORD, 300], ['上海', LEX.LOC | LEX.WORD, 300], ['遗产', LEX.WORD, 300], ['京剧', LEX.WORD, 300], ['重庆', LEX.LOC | LEX.WORD, 300], ['市民', LEX.WORD, 300]]);
  const table: Array<[string, string, string[]]> = [
    ['了解海南非遗文化', '南非', ['LOC:海南']],
    ['河南非遗传承人', '河南非', ['LOC:河南']],
    // The character before ends a word with its own neighbour (上海 | 南非), or 南非 opens no word: as read.
    ['上海南非遗产', '南非', ['LOC:南非']],
    ['前往南非访问', '南非', ['LOC:南非']],
    // Any word of the dictionary after moves a place of two (海南 | 京剧团); a longer place is cut only before a newer word
    // (重庆市民 keeps 重庆市).
    ['海南京剧团', '南京', ['LOC:海南']],
    ['重庆市民', '重庆市', ['LOC:重庆市']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, placesReadOneLate(text, spansOf(text, [[read, 'LOC']]), dict)), want, text);
});

