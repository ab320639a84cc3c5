import { test } from 'node:test';
import assert from 'node:assert/strict';
import { levelsBeforeBodies, organisationsFromItemStart } from '../../../../src/core/recognise/names/list-items';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

test('an organisation read from inside a list item begins where the item does', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['区发改委、经信局、统计局以及开发区', [['区发改委', 'ORG'], ['信局', 'ORG'], ['统计局', 'ORG']], ['ORG:区发改委', 'ORG:经信局', 'ORG:统计局']],
    ['公安局、县卫健局等', [['公安局', 'ORG'], ['卫健局', 'ORG']], ['ORG:公安局', 'ORG:县卫健局']],
    // A preposition or verb opens a clause, not the item; a name that runs on is no item's end.
    ['引荐、由中国工程院院士', [['中国工程院', 'ORG']], ['ORG:中国工程院']],
    ['五百元、资助宜昌市第一技工学校学生', [['宜昌市第一技工学校', 'ORG']], ['ORG:宜昌市第一技工学校']],
    // Not across a name read before it.
    ['重庆、渝北信局、', [['重庆', 'LOC'], ['渝北', 'LOC'], ['信局', 'ORG']], ['LOC:重庆', 'LOC:渝北', 'ORG:信局']],
    // A verb opening the item makes it a clause.
    ['施工招标、成立福建礼乐文化发展有限公司等', [['福建礼乐文化发展有限公司', 'ORG']], ['ORG:福建礼乐文化发展有限公司']],
  ];
  const lex = Lexicon.build([['表示', LEX.WORD, 1000, 17], ['成立', LEX.WORD, 1000, 17]]);
  for (const [text, read, want] of table) assert.deepEqual(show(text, organisationsFromItemStart(text, spansOf(text, read), lex)), want, text);
});

test("a level's character right before a body read without it is the body's, unless it ends a word", () => {
  const lex = Lexicon.build([['城市', LEX.WORD], ['全市', LEX.WORD]]);
  const table: Array<[string, string, string[]]> = [
    ['优化完善市安全生产委员会运行', '安全生产委员会', ['ORG:市安全生产委员会']],
    ['推动城市安全生产委员会', '安全生产委员会', ['ORG:安全生产委员会']],
    ['全市安全生产委员会', '安全生产委员会', ['ORG:安全生产委员会']],
    ['完善市中国银行', '中国银行', ['ORG:中国银行']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, levelsBeforeBodies(text, spansOf(text, [[read, 'ORG']]), lex)), want, text);
});
