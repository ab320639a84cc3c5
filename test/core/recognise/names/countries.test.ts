import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countriesNotPeople, countryNames, mainlandAlone } from '../../../../src/core/recognise/names/countries';
import { S, show, spansOf } from './spans';

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
