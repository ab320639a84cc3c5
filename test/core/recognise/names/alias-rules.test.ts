import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bracketedAliases, inOrderWithin } from '../../../../src/core/recognise/names/alias-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test("a name's short form in brackets right after it is the same kind of name", () => {
  const lex = Lexicon.build([['中国', LEX.LOC], ['重庆', LEX.LOC]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.75 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['南非非洲人国民大会（非国大）获得', [['南非非洲人国民大会', 'ORG']], ['ORG:南非非洲人国民大会', 'ORG:非国大']],
    ['上海证券交易所（以下简称“上交所”）发布', [['上海证券交易所', 'ORG']], ['ORG:上海证券交易所', 'ORG:上交所']],
    ['重庆长安汽车股份有限公司（简称长安汽车）', [['重庆长安汽车股份有限公司', 'ORG']], ['ORG:重庆长安汽车股份有限公司', 'ORG:长安汽车']],
    ['香港特别行政区（香港特区）政府', [['香港特别行政区', 'LOC']], ['LOC:香港特别行政区', 'LOC:香港特区']],
    // A body's other name, a chamber of commerce, though it shares no characters with the name.
    ['重庆市工商联（市总商会）六届四次执委会议', [['重庆市工商联', 'ORG']], ['ORG:重庆市工商联', 'ORG:市总商会']],
    ['州工商联（总商会）主席', [['州工商联', 'ORG']], ['ORG:州工商联', 'ORG:总商会']],
    // Not a short form: characters the name does not hold in order, a place where the company is, a generic word, a person.
    ['阿维塔科技（重庆）有限公司', [['阿维塔科技', 'ORG']], ['ORG:阿维塔科技']],
    ['西卡中国有限公司（中国）', [['西卡中国有限公司', 'ORG']], ['ORG:西卡中国有限公司']],
    ['某某股份有限公司（以下简称“公司”）', [['某某股份有限公司', 'ORG']], ['ORG:某某股份有限公司']],
    ['王小明（小明）说', [['王小明', 'PER']], ['PER:王小明']],
    ['两江新区（新区）', [['两江新区', 'LOC']], ['LOC:两江新区']],
    // A name the model read inside the short form gives way to it; one that reaches outside it does not.
    ['井谷元食品科技有限公司（下称井谷元食品）生产', [['井谷元食品科技有限公司', 'ORG'], ['井谷元', 'PER']], ['ORG:井谷元食品科技有限公司', 'ORG:井谷元食品']],
    ['井谷元食品科技有限公司（下称井谷元食品）生产', [['井谷元食品科技有限公司', 'ORG'], ['食品）生产', 'ORG']], ['ORG:井谷元食品科技有限公司', 'ORG:食品）生产']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, bracketedAliases(text, spansOf(text, read), make, lex)), want, text);
});

test('a short form takes its characters from the name in their order', () => {
  const table: Array<[string, string, boolean]> = [
    ['非国大', '南非非洲人国民大会', true],
    ['国台办', '国务院台湾事务办公室', true],
    ['大国非', '南非非洲人国民大会', false],
    ['𠮷野', '𠮷野家控股', true],
    ['', '重庆', true],
  ];
  for (const [short, long, want] of table) assert.equal(inOrderWithin(short, long), want, `${short} in ${long}`);
});
