import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facilitiesAfterNames } from '../../../../src/core/recognise/names/facility-tails';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { at, show } from './spans';

test('a factory, summit or home ground read into an organisation leaves the place and the company', () => {
  const lex = Lexicon.build([['上海', LEX.LOC], ['天津', LEX.LOC], ['德国', LEX.LOC], ['图林根', LEX.LOC], ['渝北', LEX.LOC]]);
  const table: Array<[string, string, string[]]> = [
    ['月13日，上海超级工厂第100万辆', '上海超级工厂', ['LOC:上海']],
    ['上海合作组织天津峰会', '天津峰会', ['LOC:天津']],
    ['，特斯拉上海超级工厂', '特斯拉上海超级工厂', ['ORG:特斯拉', 'LOC:上海']],
    ['，长安汽车渝北新工厂', '长安汽车渝北新工厂', ['ORG:长安汽车', 'LOC:渝北']],
    ['，德国图林根工厂正在', '德国图林根工厂', ['LOC:德国', 'LOC:图林根']],
    // A factory with a name of its own, and offices, stay organisations.
    ['，张家口铁路工厂', '张家口铁路工厂', ['ORG:张家口铁路工厂']],
    ['，国务院港澳事务办公室', '国务院港澳事务办公室', ['ORG:国务院港澳事务办公室']],
  ];
  for (const [text, org, want] of table) assert.deepEqual(show(text, facilitiesAfterNames(text, [at(text, org, 'ORG')], lex)), want, text);
});
