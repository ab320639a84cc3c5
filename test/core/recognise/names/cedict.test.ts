import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CedictEntry, cedictClasses, cedictNames, parseCedictData } from '../../../../src/core/recognise/names/cedict';
import { buildLexicon } from '../../../../src/core/recognise/names/build-lexicon';
import { LEX } from '../../../../src/core/recognise/names/lexicon';

test('a proper noun is sorted into people, organisations and places by its senses', () => {
  const table: Array<[string[], string[]]> = [
    [['Vladimir Putin (1952-), president of Russia'], ['PER']],
    [['Huawei (brand)'], ['ORG']],
    [['Baidu, Internet portal and search engine, www.baidu.com'], ['ORG']],
    [['BRICS (economic bloc)'], ['ORG']],
    [['Kyiv or Kiev, capital of Ukraine'], ['LOC']],
    [['see 嘉峪關市|嘉峪关市[Jia1 yu4 guan1 Shi4]'], ['LOC']],
    [['ASEAN (abbr. for 東南亞國家聯盟|东南亚国家联盟[Dong1 nan2 ya4 Guo2 jia1 Lian2 meng2])'], ['ORG']],
    // Several senses: a person and a company.
    [['Nikola Tesla (1856–1943), Serbian inventor', 'Tesla, an American electric vehicle company'], ['PER', 'ORG']],
    // Works, eras, wars and peoples are none; a place only by the first sense.
    [['Star Wars (film)'], []],
    [['World War I (1914-1918)'], []],
    [['Tang dynasty (618-907)'], []],
    [['the Miao ethnic group'], []],
    [['Belt and Road Initiative', 'a road in Beijing'], []],
  ];
  for (const [senses, expected] of table) assert.deepEqual([...cedictClasses(senses)].sort(), expected.sort(), senses[0]);
});

test('only capitalised proper nouns of two to ten Han characters, sorted, classes merged per word', () => {
  const entries: CedictEntry[] = [
    ['華為', '华为', 'Hua2 wei2', 'Huawei (brand)'],
    ['小米', '小米', 'xiao3 mi3', 'millet'],
    ['小米', '小米', 'Xiao3 mi3', 'Xiaomi, Chinese electronics company founded in 2010'],
    ['A', 'A', 'A', 'the letter A'],
    ['普京', '普京', 'Pu3 jing1', ['Vladimir Putin (1952-), president of Russia']],
  ];
  assert.deepEqual(cedictNames(entries), [['华为', 'ORG'], ['小米', 'ORG'], ['普京', 'PER']]);
});

test('the package data file is read; anything else is refused with a reason', () => {
  const src = 'export default {"all":[["華為","华为","Hua2 wei2","Huawei (brand)",[],[]]]}';
  assert.equal(parseCedictData(src).length, 1);
  assert.throws(() => parseCedictData('module.exports = 1'), /no object/);
  assert.throws(() => parseCedictData('export default {"x":[]}'), /no "all" array/);
});

test('the lexicon takes a dictionary proper noun only where jieba and the gazetteer do not say it already', () => {
  const lex = buildLexicon('华为 10 nr\n北京 10 ns\n', ['彭水'], [['华为', 'ORG'], ['北京', 'LOC'], ['彭水', 'LOC'], ['普京', 'PER']]);
  assert.ok(lex.lookup('华为') & LEX.NAME_ORG, '华为: an organisation jieba does not know');
  assert.ok(lex.lookup('华为') & LEX.PER, 'jieba’s own class stays');
  assert.equal(lex.lookup('北京') & LEX.NAME_LOC, 0, '北京: jieba says place already');
  assert.equal(lex.lookup('彭水') & LEX.NAME_LOC, 0, '彭水: the gazetteer says place already');
  assert.ok(lex.lookup('普京') & LEX.NAME_PER);
  // Not a word: segmentation does not change.
  assert.equal(lex.lookup('普京') & LEX.WORD, 0);
});
