import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compassRegions, countedAbbreviations } from '../../../../src/core/recognise/names/regions';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([
  ['加大', LEX.WORD, 300],
  ['长江', LEX.LOC | LEX.WORD, 300],
]);
const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });

test('compass regions are named whole: with their coast, as the greater region, with an economic belt, and where the model read none', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['、长江三角洲、东南沿海、珠江三角洲和西南沿海五大港口群', [['长江三角洲', 'LOC'], ['东南', 'LOC'], ['珠江三角洲', 'LOC'], ['西南', 'LOC']], ['LOC:长江三角洲', 'LOC:东南沿海', 'LOC:珠江三角洲', 'LOC:西南沿海']],
    ['经济发达的中国东部沿海地区，', [['中国', 'LOC'], ['东部', 'LOC']], ['LOC:中国', 'LOC:东部沿海地区']],
    ['背靠大西南，面向东南亚', [['西南', 'LOC'], ['东南亚', 'LOC']], ['LOC:大西南', 'LOC:东南亚']],
    // A span the model began inside the belt goes.
    ['进一步优化长江经济带铁路网布局', [['长江', 'LOC'], ['济带铁路', 'LOC']], ['LOC:长江经济带']],
    ['助力企业深耕中西部市场', [], ['LOC:中西部']],
    // 大 of a word before the region is no part of it; a place the model read over the bare region stays.
    ['加大西南地区投入', [['西南地区', 'LOC']], ['LOC:西南地区']],
    ['中西部地区发展', [['中西部地区', 'LOC']], ['LOC:中西部地区']],
    // 沿海 after no compass region (山东沿海) is the coast, no part of the name.
    ['山东沿海城市', [['山东', 'LOC']], ['LOC:山东']],
    // A compass part of a region or a place named right before: no region of China.
    ['华南西部沿海地区', [], []],
    ['福建惠安县东部沿海的妇女', [['福建', 'LOC'], ['惠安县', 'LOC']], ['LOC:福建', 'LOC:惠安县']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, compassRegions(text, spansOf(text, read), make, lex)), want, text);
});

test('two provinces\' abbreviations counted right after are two places; 港 after a count is no Hong Kong', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['战略枢纽。鲁鄂两港合作，', [['鲁鄂', 'PER'], ['港', 'LOC']], ['LOC:鲁', 'LOC:鄂']],
    ['湘鄂两省签署协议', [['湘鄂', 'ORG']], ['LOC:湘', 'LOC:鄂']],
    // Not counted, or a word of two abbreviations (辽宁), or a person of other characters: as read.
    ['鲁鄂合作', [['鲁鄂', 'PER']], ['PER:鲁鄂']],
    ['辽宁两市', [['辽宁', 'LOC']], ['LOC:辽宁']],
    ['王芳两地奔波', [['王芳', 'PER']], ['PER:王芳']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, countedAbbreviations(text, spansOf(text, read))), want, text);
});
