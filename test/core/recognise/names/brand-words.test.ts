import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandsBeforeBusinessWords } from '../../../../src/core/recognise/names/brand-words';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { S, show, spansOf } from './spans';

test('a company whose name is also a common word, before a word only companies have', () => {
  const lex = Lexicon.build([
    ['苹果', LEX.NAME_ORG | LEX.WORD],
    ['百度', LEX.NAME_ORG | LEX.WORD],
    ['万科', LEX.NAME_ORG | LEX.WORD],
    ['时代', LEX.NAME_ORG | LEX.WORD, 3000000],
    ['现代', LEX.NAME_ORG | LEX.WORD, 3000000],
    ['新时代', LEX.WORD],
    ['茅台', LEX.NAME_LOC | LEX.WORD],
    ['伦敦', LEX.LOC | LEX.NAME_ORG | LEX.WORD],
  ]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // Anywhere in the clause: after a verb, in a date's run, read as a person.
    ['当日百度港股跌幅达4.2%', [], ['ORG:百度']],
    ['他担任万科董事', [], ['ORG:万科']],
    ['这是苹果在上海的第八家门店，也是第57家苹果门店', [], ['ORG:苹果']],
    ['曾师从苹果首席AI总监', [['苹果', 'PER']], ['ORG:苹果']],
    ['带领苹果 SU7 取得佳绩', [], ['ORG:苹果']],
    ['报告期内，百度归母净利润增长', [], ['ORG:百度']],
    // No business word after it, a longer word across its start, a place of the dictionary, a name read around it.
    ['他吃了一个苹果', [], []],
    ['新时代发布会召开', [], []],
    ['茅台门店开业', [], []],
    ['伦敦股价', [], []],
    ['苹果公司CEO库克', [['苹果公司', 'ORG']], ['ORG:苹果公司']],
    // A word news uses every day in its own sense, whatever follows it.
    ['建设现代供应链体系', [], []],
    ['互联网时代门店', [], []],
    // The company read with the business word by an older rule gives way to the company alone.
    ['百度港股股价上涨', [['百度港股', 'ORG']], ['ORG:百度']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, brandsBeforeBusinessWords(text, spansOf(text, read), make, lex)), want, text);
});
