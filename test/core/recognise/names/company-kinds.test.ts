import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companiesAfterKinds, coveredByWords } from '../../../../src/core/recognise/names/company-kinds';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([
  ['周六', LEX.WORD], ['用好', LEX.WORD], ['市场化', LEX.WORD], ['机制', LEX.WORD], ['财报', LEX.WORD], ['数据', LEX.WORD],
  ['增幅', LEX.WORD], ['出自', LEX.WORD],
]);

test('a company named right after the kind of company it is', () => {
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['，珠宝品牌周六福、高端月子中心', [['周六福', 'PER']], ['ORG:周六福']],
    ['香水渠道商颖通控股在港交所同步挂牌', [], ['ORG:颖通控股']],
    ['品牌管理公司颖通控股三家消费企业', [], ['ORG:颖通控股']],
    // An adverb after the kind starts a predicate, not a name (有限公司已发行全部股份).
    ['智能科技有限公司已发行全部股份', [], []],
    ['饮料公司 IFBH、浙江泰德', [], ['ORG:IFBH']],
    ['电解液供应商天赐材料、铜箔供应商中一科技，在9月', [], ['ORG:天赐材料', 'ORG:中一科技']],
    // After a word for any company, a verb phrase; after a kind, words the dictionary covers, an adjective's clause,
    // a Latin name going on past a space, a title, a longer word the kind opens (零售商品).
    ['，希望企业用好市场化机制，发挥', [], []],
    ['三家车企财报数据发布后', [], []],
    ['，畅销的品牌增幅大，滞销', [], []],
    ['该品牌出自深圳赛格集团。', [], []],
    ['电信公司Sweat Free Telecom创始人', [], []],
    ['，公司CEO表示', [], []],
    // 品牌官 is a title, and the person after it no company.
    ['优必选首席品牌官谭旻说，截至', [['谭旻', 'PER']], ['PER:谭旻']],
    ['批发、零售商品市场', [], []],
    // A name read longer stays.
    ['，供应商天赐材料股份有限公司发布', [['天赐材料股份有限公司', 'ORG']], ['ORG:天赐材料股份有限公司']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, companiesAfterKinds(text, spansOf(text, read), make, lex)), want, text);
});

test("the dictionary's common words laid end to end cover a phrase but not a name", () => {
  const table: Array<[string, boolean]> = [
    ['用好市场化机制', true],
    ['财报数据', true],
    ['周六福', false],
    ['颖通控', false],
  ];
  for (const [s, want] of table) assert.equal(coveredByWords(lex, s), want, s);
});
