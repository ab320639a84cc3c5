import { test } from 'node:test';
import assert from 'node:assert/strict';
import { photoAgencies, titledOutlets, webOutletsWhole } from '../../../../src/core/recognise/names/web-outlets';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';
import { show, spansOf, S } from './spans';

test("a name read without its site's 网 takes it where a source's words follow", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['【财新网】获上交所受理', [['财新', 'ORG'], ['上交所', 'ORG']], ['ORG:财新网', 'ORG:上交所']],
    ['齐鲁网·闪电新闻10月24日讯', [['齐鲁', 'LOC']], ['ORG:齐鲁网']],
    ['华龙网记者 张三', [['华龙', 'PER']], ['ORG:华龙网']],
    // 网 of a net or a grid, not a site.
    ['重庆网络安全', [['重庆', 'LOC']], ['LOC:重庆']],
    ['国家电网公司', [['国家电', 'ORG']], ['ORG:国家电']],
    ['重庆网民', [['重庆', 'LOC']], ['LOC:重庆']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, webOutletsWhole(text, spansOf(text, read))), want, text);
});

test("a photo agency named 视觉 + a place after a credit's slash is an organisation", () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['记者 崔力 摄/视觉重庆', [['崔力', 'PER'], ['重庆', 'LOC']], ['PER:崔力', 'ORG:视觉重庆']],
    ['图／视觉中国', [['中国', 'LOC']], ['ORG:视觉中国']],
    // Not after a credit: 视觉 is a word of its own.
    ['打造视觉重庆的新名片', [['重庆', 'LOC']], ['LOC:重庆']],
    ['记者 沈舟华 摄/', [['沈舟华', 'PER']], ['PER:沈舟华']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, photoAgencies(text, spansOf(text, read))), want, text);
});

test('a title in 《》 the dictionary knows as an organisation is the paper', () => {
  const lex = Lexicon.build([['读卖新闻', LEX.NAME_ORG | LEX.WORD], ['三国演义', LEX.WORD], ['华盛顿', LEX.NAME_LOC | LEX.NAME_ORG]]);
  const make = (x: LabelledSpan): S => ({ ...x, confidence: 0.7 });
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['据日本《读卖新闻》报道', [['日本', 'LOC']], ['LOC:日本', 'ORG:读卖新闻']],
    // A book, a place, or a title with a name read in it: as read.
    ['他读《三国演义》', [], []],
    ['《华盛顿》一书', [], []],
    ['《读卖新闻》', [['读卖', 'ORG']], ['ORG:读卖']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, titledOutlets(text, spansOf(text, read), make, lex)), want, text);
});
