import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLACE_POS } from '../../../../src/core/recognise/names/build-lexicon';
import { gazetteerDivisionsWhole, gazetteerPlacesAlone } from '../../../../src/core/recognise/names/gazetteer-places';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show, spansOf } from './spans';

test("a county of the gazetteer, rare in jieba's dictionary, after a verb of place where the model read nothing", () => {
  const lex = Lexicon.build([
    ['自贡', LEX.LOC | LEX.WORD, 200, PLACE_POS],
    ['宜宾', LEX.LOC | LEX.WORD, 200, PLACE_POS],
    ['山城', LEX.LOC | LEX.WORD, 200, PLACE_POS],
    ['宾馆', LEX.WORD, 5000, 2],
    ['长寿', LEX.LOC | LEX.WORD, 5000, 19],
  ]);
  const make = (x: LabelledSpan) => ({ ...x, confidence: 0.6 });
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['邀请游客前往自贡观灯', [], ['LOC:自贡']],
    ['2020年落子宜宾，计划建设', [], ['LOC:宜宾']],
    ['与内江、自贡同处', [['内江', 'LOC']], ['LOC:内江', 'LOC:自贡']],
    // A county that is also a word, not after a verb of place; a word across its edge; a common word; a name read.
    ['这座山城的夜景', [], []],
    ['来到宜宾馆住下', [], []],
    ['前往长寿湖', [], []],
    ['在自贡市', [['自贡市', 'LOC']], ['LOC:自贡市']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, gazetteerPlacesAlone(text, spansOf(text, read), make, lex)), want, text);
});

test("a division's full name the gazetteer holds is a place wherever the model read nothing", () => {
  const lex = Lexicon.build([
    ['大渡口区', LEX.LOC, 200, PLACE_POS],
    ['滁州市', LEX.LOC, 200, PLACE_POS],
    ['老城区', LEX.LOC, 200, PLACE_POS],
    ['奉节县', LEX.LOC, 200, PLACE_POS],
    ['市场', LEX.WORD, 5000, 2],
  ]);
  const make = (x: LabelledSpan) => ({ ...x, confidence: 0.65 });
  const table: Array<[string, Array<[string, 'PER' | 'ORG' | 'LOC']>, string[]]> = [
    ['日常工作中真切地感受到了大渡口区“爱企”的氛围', [], ['LOC:大渡口区']],
    // A word across its end (滁州 | 市场监管局), a kind of district, a company's seat in brackets, a name read around it.
    ['滁州市场监管局', [], []],
    ['是典型的老城区，群众需求多元', [], []],
    ['京东（奉节县）科技有限公司', [], []],
    ['在大渡口区委', [['大渡口区委', 'ORG']], ['ORG:大渡口区委']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, gazetteerDivisionsWhole(text, spansOf(text, read), make, lex)), want, text);
});
