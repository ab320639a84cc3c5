import { test } from 'node:test';
import assert from 'node:assert/strict';
import { residentOffices } from '../../../../src/core/recognise/names/resident-offices';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a body, 驻 and a place, and the office it keeps there, are one organisation', () => {
  const lex = Lexicon.build([['澳门', LEX.LOC], ['上海', LEX.LOC], ['塞拉利昂', LEX.LOC], ['港', LEX.LOC]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.75 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // The body and the office the model read after 驻.
    ['下午，中央政府驻澳门联络办公室主任出席', [['中央政府', 'ORG'], ['澳门联络办公室', 'ORG']], ['ORG:中央政府驻澳门联络办公室']],
    // The body and the place the model read, the office after it.
    ['出席外交部驻澳门特派员公署招待会', [['外交部', 'ORG'], ['澳门', 'LOC']], ['ORG:外交部驻澳门特派员公署']],
    // A place the model left out, from the dictionary.
    ['江苏省政府驻上海办事处党组书记', [['江苏省政府', 'ORG']], ['ORG:江苏省政府驻上海办事处']],
    // No body: 驻 after a break opens the name.
    ['（来源：驻塞拉利昂使馆）', [['塞拉利昂', 'LOC']], ['ORG:驻塞拉利昂使馆']],
    ['特区政府和驻港公署以坚定的态度', [['特区政府', 'ORG'], ['港', 'LOC']], ['ORG:特区政府', 'ORG:驻港公署']],
    // Not the embassies in China, no one body; not a garrison (no office); not a name the model already read whole; not 驻
    // inside a run of text (派驻), nor where a name crosses the office's edge.
    ['各国驻华使馆新闻官', [], []],
    ['，驻华使馆新闻官', [], []],
    ['特区政府船队、驻香港部队舰艇', [['特区政府船队', 'ORG'], ['香港', 'LOC']], ['ORG:特区政府船队', 'LOC:香港']],
    ['中国驻日本大使馆公使', [['中国驻日本大使馆', 'ORG']], ['ORG:中国驻日本大使馆']],
    ['选派干部派驻澳门办事处', [['澳门办事处', 'ORG']], ['ORG:澳门办事处']],
    ['外交部驻澳门特派员公署长', [['外交部', 'ORG'], ['澳门', 'LOC'], ['公署长', 'PER']], ['ORG:外交部', 'LOC:澳门', 'PER:公署长']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, residentOffices(text, spansOf(text, read), make, lex)), want, text);
});
