import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countriesApartFromPlaces, countriesNotPeople, countriesOffForeignPapers, foreignPapersAfterCountries, countriesWhole, countryNames, mainlandAlone } from '../../../../src/core/recognise/names/countries';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';

test('countries are read from the language table, names in Han characters only', () => {
  const table = { locale: 'zh', countries: { QA: '卡塔尔', TL: ['东帝汶', '东帝汶'], US: ['美国', 'USA'], XK: 'K' } };
  assert.deepEqual([...countryNames(table)].sort(), ['东帝汶', '卡塔尔', '美国']);
  assert.throws(() => countryNames({ locale: 'zh' }), /no "countries" object/);
  assert.throws(() => countryNames(null), /no "countries" object/);
});

test('a country read as a person is the place', () => {
  const table: Array<[string, Array<[string, 'PER' | 'LOC' | 'ORG']>, string[]]> = [
    ['卡塔尔首相兼外交大臣穆罕默德', [['卡塔尔', 'PER'], ['穆罕默德', 'PER']], ['LOC:卡塔尔', 'PER:穆罕默德']],
    ['东帝汶总统奥尔塔', [['东帝汶', 'PER'], ['奥尔塔', 'PER']], ['LOC:东帝汶', 'PER:奥尔塔']],
    // Only the whole span: a person whose name starts like a country stays a person.
    ['卡塔尔埃米尔塔米姆', [['卡塔尔埃米尔', 'PER']], ['PER:卡塔尔埃米尔']],
  ];
  for (const [text, read, expected] of table) assert.deepEqual(show(text, countriesNotPeople(text, spansOf(text, read))), expected, text);
});

test('the mainland alone is a place; a continent, a shelf or a bridge is not it', () => {
  const make = (x: { start: number; end: number; label: 'LOC' }): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['这是大陆第22个自贸区', [], ['LOC:大陆']],
    ['，大陆国务院总理', [], ['LOC:大陆']],
    ['横跨欧亚大陆', [['欧亚大陆', 'LOC']], ['LOC:欧亚大陆']],
    ['覆盖在四块大陆之上', [], []],
    ['大陆架和大陆桥', [], []],
    ['哥伦布发现新大陆', [], []],
    ['南极大陆冰盖', [['南极', 'LOC']], ['LOC:南极']],
    ['来祖国大陆投资', [], ['LOC:大陆']],
    // 大 ends the word before (扩大, 加大): no mainland.
    ['扩大陆海并进的内陆开放', [], []],
    ['加大陆上风电投入', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, mainlandAlone(text, spansOf(text, read), make)), want, text);
});

test("a country ended before the 国 of its full name takes it in, unless 国 begins a word", () => {
  const lex = Lexicon.build([['国家', LEX.WORD], ['国际', LEX.WORD]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['来美丽的蒙古国做客', [['蒙古', 'LOC']], ['LOC:蒙古国']],
    ['与孟加拉国签署协议', [['孟加拉', 'LOC']], ['LOC:孟加拉国']],
    ['蒙古国家队', [['蒙古', 'LOC']], ['LOC:蒙古']],
    ['与老挝国际商会', [['老挝', 'LOC']], ['LOC:老挝']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countriesWhole(text, spansOf(text, read), lex)), want, text);
});

test("a foreign paper named after its country is the country and the paper; China's keep their name", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['农民日报和新加坡海峡时报、意大利晚邮报', [['农民日报', 'ORG'], ['新加坡海峡时报', 'ORG'], ['意大利晚邮报', 'ORG']], ['ORG:农民日报', 'LOC:新加坡', 'ORG:海峡时报', 'LOC:意大利', 'ORG:晚邮报']],
    ['中国日报报道', [['中国日报', 'ORG']], ['ORG:中国日报']],
    ['老挝日报报道', [['老挝日报', 'ORG']], ['ORG:老挝日报']],
    ['美国商会表示', [['美国商会', 'ORG']], ['ORG:美国商会']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countriesOffForeignPapers(text, spansOf(text, read))), want, text);
  // A news agency the same way; a Japanese company (株式会社) keeps its country.
  const agencies: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['日本共同社报道说', [['日本共同社', 'ORG']], ['LOC:日本', 'ORG:共同社']],
    ['日本夏普株式会社', [['日本夏普株式会社', 'ORG']], ['ORG:日本夏普株式会社']],
  ];
  for (const [text, read, want] of agencies) assert.deepEqual(show(text, countriesOffForeignPapers(text, spansOf(text, read))), want, text);
});

test('a foreign paper or agency right after its country, before what a source does, is an organisation', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['据意大利晚邮报报道，', [['意大利', 'LOC']], ['LOC:意大利', 'ORG:晚邮报']],
    ['美国华尔街日报称，', [['美国', 'LOC']], ['LOC:美国', 'ORG:华尔街日报']],
    ['据日本共同社报道', [['日本', 'LOC']], ['LOC:日本', 'ORG:共同社']],
    // Nothing a source does after it, China's own papers, or a name read there already: as read.
    ['美国华尔街日报很多', [['美国', 'LOC']], ['LOC:美国']],
    ['中国经济时报报道', [['中国', 'LOC']], ['LOC:中国']],
    ['美国华尔街日报称', [['美国', 'LOC'], ['华尔街', 'LOC']], ['LOC:美国', 'LOC:华尔街']],
  ];
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  for (const [text, read, want] of table) assert.deepEqual(show(text, foreignPapersAfterCountries(text, spansOf(text, read), make)), want, text);
});

test('a country and a place in it read as one place are two places; China and its regions, full names and kinds stay whole', () => {
  const table: Array<[string, string, string[]]> = [
    ['与越南河江省清水口岸相连', '越南河江省', ['LOC:越南', 'LOC:河江省']],
    ['菲律宾宿务省省长', '菲律宾宿务省', ['LOC:菲律宾', 'LOC:宿务省']],
    ['从尼泊尔热索瓦口岸驶入', '尼泊尔热索瓦口岸', ['LOC:尼泊尔', 'LOC:热索瓦口岸']],
    ['抵达香港特别行政区', '香港特别行政区', ['LOC:香港特别行政区']],
    ['访问巴勒斯坦自治区', '巴勒斯坦自治区', ['LOC:巴勒斯坦自治区']],
    ['刚果民主共和国首都', '刚果民主共和国', ['LOC:刚果民主共和国']],
    ['印度尼西亚雅加达', '印度尼西亚', ['LOC:印度尼西亚']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countriesApartFromPlaces(text, spansOf(text, [[read, 'LOC']]))), want, text);
});
