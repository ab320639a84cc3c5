import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergersByAbsorption } from '../../../../src/core/recognise/names/mergers';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

const lex = Lexicon.build([['公司', LEX.WORD, 300], ['案例', LEX.WORD, 300]]);
const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });

test('a merger by absorption names a company on either side of the verb', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // Short names on the exchange, with a letter; the clause's opener stays outside.
    ['，海联讯吸收合并杭汽轮B，其中海联讯吸收合并杭汽轮B也是', [], ['ORG:海联讯', 'ORG:杭汽轮B', 'ORG:海联讯', 'ORG:杭汽轮B']],
    // A place the model read at the head of a company gives way; a verb of intent stays outside.
    ['中国船舶吸收合并中国重工，旨在', [['中国', 'LOC'], ['中国', 'LOC']], ['ORG:中国船舶', 'ORG:中国重工']],
    ['，华电国际拟吸收合并华电能源。', [], ['ORG:华电国际', 'ORG:华电能源']],
    // A name read already stays as read.
    ['，国泰君安吸收合并海通证券、', [['国泰君安', 'ORG'], ['海通证券', 'ORG']], ['ORG:国泰君安', 'ORG:海通证券']],
    // Kinds and parties name no company.
    ['公司拟吸收合并全资子公司。', [], []],
    ['本次吸收合并完成后，双方吸收合并后', [], []],
    ['，上市公司间的吸收合并案例不断增多', [], []],
    // Openers one after another; a share's class is the market's word; 可能 before the verb; a kind of firm.
    ['其中，拟由招商蛇口吸收合并招商地产。', [], ['ORG:招商蛇口', 'ORG:招商地产']],
    ['，城投控股将吸收合并阳晨B股。', [], ['ORG:城投控股', 'ORG:阳晨B']],
    ['，长城证券可能吸收合并其他券商。', [], ['ORG:长城证券']],
    ['国内首例A股吸收合并B股案例', [], []],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, mergersByAbsorption(text, spansOf(text, read), make, lex)), want, text);
});
