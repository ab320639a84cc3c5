import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitsNamedByPeopleAndPlaces } from '../../../../src/core/recognise/names/named-units';
import { S, show, spansOf } from './spans';

test('a studio named after its person and a fire unit named after its place are organisations', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['成员校、曹悦名师工作室、程桂芳劳模创新工作室', [['曹悦', 'PER'], ['程桂芳', 'PER']], ['ORG:曹悦名师工作室', 'ORG:程桂芳劳模创新工作室']],
    ['辖区董家口消防救援站接警后', [['董家口', 'LOC']], ['ORG:董家口消防救援站']],
    // A person before work, a place before a fire, a name already read after it: as read.
    ['张三工作认真，重庆消防车', [['张三', 'PER'], ['重庆', 'LOC']], ['PER:张三', 'LOC:重庆']],
    ['李四工作室主任王五', [['李四', 'PER'], ['工作室主任王五', 'ORG']], ['PER:李四', 'ORG:工作室主任王五']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, unitsNamedByPeopleAndPlaces(text, spansOf(text, read))), want, text);
});
