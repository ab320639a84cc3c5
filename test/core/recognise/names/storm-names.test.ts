import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stormNamesNoNames } from '../../../../src/core/recognise/names/storm-names';
import { S, show, spansOf } from './spans';

test("a typhoon's name is no person or place, in its quotes, after 台风 or named again in the paragraph", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['第6号台风“韦帕”于20日在广东台山登陆', [['韦帕', 'PER'], ['广东', 'LOC'], ['台山', 'LOC']], ['LOC:广东', 'LOC:台山']],
    ['受台风“桦加沙”影响', [['加沙', 'LOC']], []],
    ['台风韦帕过境', [['韦帕', 'PER']], []],
    ['台风“韦帕”登陆。“韦帕”带来强降雨', [['韦帕', 'PER'], ['韦帕', 'PER']], []],
    // People and places around it stay; a place after 台风 without quotes is where it goes.
    ['台风“山竹”过后，张伟说', [['山竹', 'PER'], ['张伟', 'PER']], ['PER:张伟']],
    ['台风广东登陆', [['广东', 'LOC']], ['LOC:广东']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, stormNamesNoNames(text, spansOf(text, read))), want, text);
});
