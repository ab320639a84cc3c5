import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countriesAndTheirBodies } from '../../../../src/core/recognise/names/country-bodies';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([
  ['广西', LEX.LOC, 300],
  ['聊城', LEX.LOC, 300],
]);
const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });

test('medical teams are the places they name, countries alone are places, and 中国 before a company or society is part of it', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // A team sent abroad: the country helped and the country sending it, no organisation.
    ['第24批援尼日尔中国医疗队、第16批援科摩罗中国医疗队欢送会', [['援尼日尔中国医疗队', 'ORG'], ['科摩罗中国医疗队', 'ORG']], ['LOC:尼日尔', 'LOC:中国', 'LOC:科摩罗', 'LOC:中国']],
    ['广西医疗队出发', [['广西医疗队', 'ORG']], ['LOC:广西']],
    // A team named by a hospital or a unit is that organisation's, as read.
    ['北京军区２５１医院医疗队抵达', [['北京军区２５１医院医疗队', 'ORG']], ['ORG:北京军区２５１医院医疗队']],
    ['解放军援鄂医疗队', [['解放军援鄂医疗队', 'ORG']], ['ORG:解放军援鄂医疗队']],
    // A country read as an organisation is a place, unless a team's name follows or a name stands right before it.
    ['分赴尼日尔和科摩罗两个国家', [['尼日尔', 'LOC'], ['科摩罗', 'ORG']], ['LOC:尼日尔', 'LOC:科摩罗']],
    ['中国队3比0获胜', [['中国', 'ORG']], ['ORG:中国']],
    ['来自福特中国的代表', [['福特', 'LOC'], ['中国', 'ORG']], ['LOC:福特', 'ORG:中国']],
    // 中国 + a company's or society's name: one organisation; + a government organ or an outlet: two names.
    ['交付给了中国南方航空', [['中国', 'LOC'], ['南方航空', 'ORG']], ['ORG:中国南方航空']],
    ['中国卫星导航定位协会会长', [['中国', 'LOC'], ['卫星导航定位协会', 'ORG']], ['ORG:中国卫星导航定位协会']],
    ['中国国务院新闻办公室', [['中国', 'LOC'], ['国务院新闻办公室', 'ORG']], ['LOC:中国', 'ORG:国务院新闻办公室']],
    ['聊城中国运河文化博物馆', [['聊城', 'LOC'], ['中国', 'LOC'], ['运河文化博物馆', 'ORG']], ['LOC:聊城', 'LOC:中国', 'ORG:运河文化博物馆']],
    // A country and a kind of firm: the country; a bank or a company's own name a country opens stays.
    ['推动美国科技公司领先', [['美国科技公司', 'ORG']], ['LOC:美国']],
    ['日本车企纷纷降价', [['日本车企', 'ORG']], ['LOC:日本']],
    ['美国银行发布报告', [['美国银行', 'ORG']], ['ORG:美国银行']],
    ['第七的美国科技公司（Ameritech）', [['美国科技公司', 'ORG']], ['ORG:美国科技公司']],
    ['中国电信公司表示', [['中国电信公司', 'ORG']], ['ORG:中国电信公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countriesAndTheirBodies(text, spansOf(text, read), make, lex)), want, text);
});
