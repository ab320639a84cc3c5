import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placesBeforeDescriptions } from '../../../../src/core/recognise/names/place-descriptions';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { S, show, spansOf } from './spans';

test('a place and a description read as one organisation is the place alone', () => {
  const lex = Lexicon.build([
    ['上海', LEX.LOC | LEX.WORD],
    ['广东省', LEX.LOC | LEX.WORD],
    ['海珠区', LEX.LOC],
    ['重庆', LEX.LOC | LEX.WORD],
    ['重庆市', LEX.LOC],
  ]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['在苹果公司上海办公室举办', [['苹果公司', 'ORG'], ['上海办公室', 'ORG']], ['ORG:苹果公司', 'LOC:上海']],
    ['作为广东省高水平医院', [['广东省高水平医院', 'ORG']], ['LOC:广东省']],
    ['海珠区综合性龙头医院', [['海珠区综合性龙头医院', 'ORG']], ['LOC:海珠区']],
    ['重庆市政府代表团访问', [['重庆市政府代表团', 'ORG']], ['ORG:重庆市政府']],
    ['两国政府代表团会谈', [['两国政府代表团', 'ORG']], ['ORG:两国政府代表团']],
    // A name of its own after the place stays one organisation.
    ['重庆大学附属医院', [['重庆大学附属医院', 'ORG']], ['ORG:重庆大学附属医院']],
    ['上海交响乐团总部', [['上海交响乐团总部', 'ORG']], ['ORG:上海交响乐团总部']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, placesBeforeDescriptions(text, spansOf(text, read), lex)), want, text);
});
