import { test } from 'node:test';
import assert from 'node:assert/strict';
import { peopleAfterOfficialTitles } from '../../../../src/core/recognise/names/person-titles';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test("a name after an official's title, before a break or a verb of attending or speaking, is a person", () => {
  const lex = Lexicon.build([['北京', LEX.LOC], ['文阁', LEX.WORD]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['市委副书记曾令举参加考察', [['市委', 'ORG']], ['ORG:市委', 'PER:曾令举']],
    ['市委副书记喻在岗参加。', [], ['PER:喻在岗']],
    ['二级巡视员向进出席。', [], ['PER:向进']],
    ['政府副县长成波，县政协副主席', [], ['PER:成波']],
    // A name the model found stays as it is.
    ['区委书记欧阳自远表示', [['欧阳自远', 'PER']], ['PER:欧阳自远']],
    // No name: a word, a place, a function word, a title going on into another word, a surname-like adverb and a verb.
    ['副市长文阁，', [], []],
    ['主任北京，', [], []],
    ['书记和市长，', [], []],
    ['在担任轮值主席国期间，', [], []],
    ['在海电力设计院院长任上，', [], []],
    ['美国财政部长曾表示，', [], []],
    ['主任医师王某说', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, peopleAfterOfficialTitles(text, spansOf(text, read), make, lex)), want, text);
});
