import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteerNames, shortPlaceName } from '../../../../src/core/recognise/names/gazetteer';

test('gazetteer short forms', () => {
  const table: Array<[string, string | undefined]> = [
    ['彭水苗族土家族自治县', '彭水'],
    ['延边朝鲜族自治州', '延边'],
    ['通州区', '通州'],
    ['忠县', undefined],
    ['北京市', '北京'],
  ];
  for (const [name, want] of table) assert.equal(shortPlaceName(name), want, name);
  const names = gazetteerNames({ '86': { '1': '北京市', '2': '城区' }, '1': { '3': '通州区' } });
  assert.deepEqual(names, ['北京', '北京市', '通州', '通州区']);
});
