import { test } from 'node:test';
import assert from 'node:assert/strict';
import { centresOfInstitutions, cityCentresNoInstitutions } from '../../../../src/core/recognise/names/centres';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([['市民', LEX.WORD], ['市场', LEX.WORD]]);
const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });

test('a public institution named 中心 by what it does is one organisation with its owner', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // After the place or body it belongs to, which the model read alone.
    ['据青浦区城市更新事务中心工作人员介绍', [['青浦区', 'LOC']], ['ORG:青浦区城市更新事务中心']],
    ['走进广州市公安局反诈中心。', [['广州市公安局', 'ORG']], ['ORG:广州市公安局反诈中心']],
    ['走访了荣昌区生猪大数据中心、安陶小镇', [['荣昌区', 'LOC']], ['ORG:荣昌区生猪大数据中心']],
    // By its level alone, where a clause or list item begins.
    ['来自区文明建设事务中心、区城市管理局', [['区城市管理局', 'ORG']], ['ORG:区文明建设事务中心', 'ORG:区城市管理局']],
    ['区社科联、区党史地方志研究中心', [['区社科联', 'ORG']], ['ORG:区社科联', 'ORG:区党史地方志研究中心']],
    ['陈利众充分肯定了市疾控中心多年来的成效', [['陈利众', 'PER']], ['PER:陈利众', 'ORG:市疾控中心']],
    ['坚守一线的区精神卫生中心医生', [], ['ORG:区精神卫生中心']],
    ['在国家生猪技术创新中心，了解到', [], ['ORG:国家生猪技术创新中心']],
    ['在国家级大数据中心', [], []],
    // After 是, the state's centre is a role the city plays.
    ['上海是国家金融交易中心', [['上海', 'LOC']], ['LOC:上海']],
    // Not a city's role (国际), a hall, a word the level opens (市民), or across a function word.
    ['建设北京国际信息中心', [['北京', 'LOC']], ['LOC:北京']],
    ['在北京会展中心', [['北京', 'LOC']], ['LOC:北京']],
    ['在市民服务中心办理', [], []],
    ['重庆的数据中心', [['重庆', 'LOC']], ['LOC:重庆']],
    // A community's service hall is a facility.
    ['观音桥街道渝北社区党群服务中心是', [['观音桥街道', 'LOC'], ['渝北社区', 'LOC']], ['LOC:观音桥街道', 'LOC:渝北社区']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, centresOfInstitutions(text, spansOf(text, read), make, lex)), want, text);
});

test("a city's centre read as an institution is the city", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['距离重庆市中心80公里', [['重庆市中心', 'ORG']], ['LOC:重庆']],
    ['重庆中心城区解放碑', [['重庆中心', 'ORG']], ['LOC:重庆']],
    // A hospital or an institution named 中心 stays.
    ['娄底市中心医院', [['娄底市中心医院', 'ORG']], ['ORG:娄底市中心医院']],
    ['重庆信息中心发布', [['重庆信息中心', 'ORG']], ['ORG:重庆信息中心']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, cityCentresNoInstitutions(text, spansOf(text, read))), want, text);
});
