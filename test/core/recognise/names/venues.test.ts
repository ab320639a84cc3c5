import { test } from 'node:test';
import assert from 'node:assert/strict';
import { venuesWithTheirPlaces } from '../../../../src/core/recognise/names/venues';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

/** A POS id the verbs share with 表示, the exemplar Lexicon.isVerb asks about. */
const VERB = 3;
const lex = Lexicon.build([['大连', LEX.LOC | LEX.WORD], ['滨湖', LEX.LOC | LEX.WORD], ['表示', LEX.WORD, 300, VERB], ['挤满', LEX.WORD, 10, VERB]]);

test('a hall for fairs or meetings is one place with the place that names it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // The place and the hall read apart, with words between; the hall read as an organisation.
    ['农交会在上海跨国采购会展中心开幕', [['上海', 'LOC'], ['会展中心', 'LOC']], ['LOC:上海跨国采购会展中心']],
    ['今日在合肥滨湖国际会展中心启幕', [['合肥', 'LOC'], ['滨湖国际会展中心', 'ORG']], ['LOC:合肥滨湖国际会展中心']],
    ['招商会在扬子江国际会议中心举行', [['扬子江', 'LOC']], ['LOC:扬子江国际会议中心']],
    // A district's hall takes its city too; a province before a hall named by its own city stays apart.
    ['大会在广州市黄埔区国际会议中心召开', [['广州市', 'LOC'], ['黄埔区', 'LOC'], ['国际会议中心', 'LOC']], ['LOC:广州市黄埔区国际会议中心']],
    ['在辽宁省大连国际会议中心开幕', [['辽宁省', 'LOC'], ['大连国际会议中心', 'LOC']], ['LOC:辽宁省', 'LOC:大连国际会议中心']],
    // A hall with no name of its own is none; a place far off or across a function word is not its name.
    ['签约仪式在县会议中心举行', [['会议中心', 'LOC']], []],
    ['重庆的会展中心', [['重庆', 'LOC'], ['会展中心', 'LOC']], ['LOC:重庆']],
    ['重庆召开会议中心', [['重庆', 'LOC']], ['LOC:重庆']],
    // A hall read as an organisation and opening with a place: a place, joined to a city before it, not a province.
    ['在辽宁省大连国际会议中心开幕', [['辽宁省', 'LOC'], ['大连国际会议中心', 'ORG']], ['LOC:辽宁省', 'LOC:大连国际会议中心']],
    ['今日在合肥滨湖国际会展中心启幕', [['合肥', 'LOC'], ['滨湖国际会展中心', 'ORG']], ['LOC:合肥滨湖国际会展中心']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, venuesWithTheirPlaces(text, spansOf(text, read), lex)), want, text);
});

test('a stadium, arena or sports centre is one place with the place that names it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['赛后的凤凰山球场再次变成演唱会现场', [['凤凰山', 'LOC']], ['LOC:凤凰山球场']],
    ['球迷来到凤凰山专业足球场', [['凤凰山', 'LOC']], ['LOC:凤凰山专业足球场']],
    ['比赛安排在大连梭鱼湾球场进行', [['大连', 'LOC']], ['LOC:大连梭鱼湾球场']],
    ['昨晚的济南奥体中心，山东泰山', [['济南奥体中心', 'ORG']], ['LOC:济南奥体中心']],
    ['到上海静安体育中心演出', [['上海静安体育中心', 'ORG']], ['LOC:上海静安体育中心']],
    // A court or a stadium with no name of its own is none; a basketball, volleyball … court does not name a place, nor a clause.
    ['新建社区体育馆', [['体育馆', 'ORG']], []],
    ['重庆篮球场', [['重庆', 'LOC']], ['LOC:重庆']],
    ['赛前，上海球迷挤满球场。', [['上海', 'LOC']], ['LOC:上海']],
    // A city's Olympic sports centre is named so alone; a sports centre with no name of its own is not.
    ['球迷表示将前往奥体中心为常州队加油', [['奥体中心', 'ORG']], ['LOC:奥体中心']],
    ['新建体育中心一座', [['体育中心', 'ORG']], []],
    ['各地纷纷兴建奥体中心', [['奥体中心', 'ORG']], []],
    ['计划建设一座现代化的奥体中心', [['奥体中心', 'LOC']], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, venuesWithTheirPlaces(text, spansOf(text, read), lex)), want, text);
});
