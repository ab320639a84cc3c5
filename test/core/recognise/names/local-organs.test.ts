import { test } from 'node:test';
import assert from 'node:assert/strict';
import { governmentsOfKnownPlaces, officesOfGovernments, tribunalsOfCourts } from '../../../../src/core/recognise/names/local-organs';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const make = (s: LabelledSpan): S => ({ ...s, confidence: 0.8 });

test("a place the gazetteer knows, its suffix and its people's government or court are one organisation", () => {
  const lex = Lexicon.build([['大渡口', LEX.LOC], ['驻马店', LEX.LOC], ['马店', LEX.LOC]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['今日，由大渡口区人民政府主办', [], ['ORG:大渡口区人民政府']],
    ['下午，驻马店市人民政府副市长', [['马店市', 'LOC']], ['ORG:驻马店市人民政府']],
    // A place the gazetteer does not know, or a longer name read over it: as read.
    ['由某某区人民政府主办', [], []],
    ['贵州省驻马店市人民政府', [['贵州省驻马店市人民政府', 'ORG']], ['ORG:贵州省驻马店市人民政府']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, governmentsOfKnownPlaces(text, spansOf(text, read), make, lex)), want, text);
});

test("a court's tribunal is named by its place, with the court named before it", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['一早，兴义市人民法院顶效人民法庭的法官', [['兴义市人民法院', 'ORG']], ['ORG:兴义市人民法院顶效人民法庭']],
    ['近日，灵台县法院什字法庭受理', [['灵台县法院', 'ORG']], ['ORG:灵台县法院什字法庭']],
    ['案件受理后，什字法庭工作人员', [], ['ORG:什字法庭']],
    // A kind of tribunal, or a name run into the words before it: none.
    ['设立巡回法庭，市中级人民法院巡回法庭', [['市中级人民法院', 'ORG']], ['ORG:市中级人民法院']],
    ['他走进法庭', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, tribunalsOfCourts(text, spansOf(text, read), make)), want, text);
});

test("a government's office in another city is one organisation with the government", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['市长周海兵在市政府驻上海联络处调研', [['周海兵', 'PER'], ['市政府', 'ORG'], ['上海', 'LOC'], ['联络处', 'ORG']], ['PER:周海兵', 'ORG:市政府驻上海联络处']],
    ['详细了解市政府驻沪联络处工作', [['驻沪联络处', 'ORG']], ['ORG:市政府驻沪联络处']],
    // Not a government's seat (驻地), nor an office with no government before it.
    ['市政府驻地', [['市政府', 'ORG']], ['ORG:市政府']],
    ['公司驻京办事处', [['驻京办事处', 'ORG']], ['ORG:驻京办事处']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, officesOfGovernments(text, spansOf(text, read))), want, text);
});
