import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsAndChannelsOffNames, facilitiesAfterNames } from '../../../../src/core/recognise/names/facility-tails';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { at, show } from './spans';

test('a summit or home ground read into an organisation leaves the place and the company (factories: legal-names)', () => {
  const lex = Lexicon.build([['上海', LEX.LOC], ['天津', LEX.LOC], ['杭州', LEX.LOC]]);
  const table: Array<[string, string, string[]]> = [
    ['上海合作组织天津峰会', '天津峰会', ['LOC:天津']],
    ['，杭州主场作战', '杭州主场', ['LOC:杭州']],
    // Offices stay organisations.
    ['，国务院港澳事务办公室', '国务院港澳事务办公室', ['ORG:国务院港澳事务办公室']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, facilitiesAfterNames(text, [at(text, org, 'ORG')], lex)), want, text);
});

test("a congress of the Party, an outlet's channel or its dateline read into the name leave the organisation", () => {
  const table: Array<[string, string, string[]]> = [
    ['董云虎是中共二十大后首位', '中共二十大', ['ORG:中共']],
    ['，中国共产党第十五次全国代表大会胜利召开', '中国共产党第十五次全国代表大会', ['ORG:中国共产党']],
    ['据重庆日报微信公众号消息', '重庆日报微信公众号', ['ORG:重庆日报']],
    ['重庆日报北京电 （记者', '重庆日报北京电', ['ORG:重庆日报']],
    ['中华网四川消息(记者', '中华网四川消息', ['ORG:中华网']],
    // Names that go on with a body of their own stay whole.
    ['，中共中央政治局', '中共中央政治局', ['ORG:中共中央政治局']],
    ['，人民日报社', '人民日报社', ['ORG:人民日报社']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, eventsAndChannelsOffNames(text, [at(text, org, 'ORG')])), want, text);
});
