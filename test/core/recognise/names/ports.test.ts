import { test } from 'node:test';
import assert from 'node:assert/strict';
import { portsInShippingNews, portsNotHongKong, riverPorts } from '../../../../src/core/recognise/names/ports';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { show, spansOf, S } from './spans';

// Part-of-speech ids as jieba's dictionary gives them: nouns (果园, 铁路, 国际, 物流) one id, verbs another.
const N = 1;
const V = 2;
const lex = Lexicon.build([
  ['果园', LEX.WORD, 100, N],
  ['国际', LEX.WORD, 150, N],
  ['铁路', LEX.WORD, 150, N],
  ['物流', LEX.WORD, 120, N],
  ['科技', LEX.WORD, 150, N],
  ['人治', LEX.WORD, 40, N],
  ['来到', LEX.WORD, 120, V],
  ['钦州', LEX.WORD | LEX.LOC, 80, 255],
]);

test('港 after a word is a port named with it, not Hong Kong', () => {
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    // One word names the port; more only where they lead back to a place.
    ['物流枢纽果园港为中心', [['港', 'LOC']], ['LOC:果园港']],
    ['推动重庆国际铁路港综保区封关', [['重庆', 'LOC'], ['港综保区', 'LOC']], ['LOC:重庆国际铁路港综保区']],
    ['钦州港是重要港口', [['钦州', 'LOC'], ['港', 'LOC']], ['LOC:钦州港']],
    // Hong Kong after a verb of place, beside another abbreviation, in 港人治港 or after no port's word.
    ['赴港上市', [['港', 'LOC']], ['LOC:港']],
    ['推动苏港交流', [['苏', 'LOC'], ['港', 'LOC']], ['LOC:苏', 'LOC:港']],
    ['实现港人治港', [['港', 'LOC'], ['港', 'LOC']], ['LOC:港', 'LOC:港']],
    ['来到港澳', [['港澳', 'LOC']], ['LOC:港澳']],
    ['科技兴港战略', [['港', 'LOC']], ['LOC:港']],
    // Not a port's word: a verb.
    ['刚刚来到港', [['港', 'LOC']], ['LOC:港']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, portsNotHongKong(text, spansOf(text, read), lex)), want, text);
});

test('a port keeps the model span it came from, with its confidence', () => {
  const text = '经果园港分拨';
  const [port] = portsNotHongKong(text, spansOf(text, [['港', 'LOC']], 0.77), lex);
  assert.deepEqual({ start: port.start, end: port.end, confidence: port.confidence }, { start: 1, end: 4, confidence: 0.77 });
});

test("a river's port named by its city is one port; a city before its port stays apart", () => {
  const lex = Lexicon.build([['舟山', LEX.LOC | LEX.WORD], ['咸宁', LEX.LOC | LEX.WORD], ['盐田', LEX.LOC | LEX.WORD], ['宜宾', LEX.LOC | LEX.WORD]]);
  const table: Array<[string, Array<[string, S['label']]>, string[]]> = [
    ['推进长江咸宁港建设', [['长江', 'LOC'], ['咸宁港', 'LOC']], ['LOC:长江咸宁港']],
    ['岷江宜宾港', [['岷江', 'LOC'], ['宜宾港', 'LOC']], ['LOC:岷江宜宾港']],
    ['深圳盐田港完成', [['深圳', 'LOC'], ['盐田港', 'LOC']], ['LOC:深圳', 'LOC:盐田港']],
    // A province or city ending in 江 is no river.
    ['浙江舟山港', [['浙江', 'LOC'], ['舟山港', 'LOC']], ['LOC:浙江', 'LOC:舟山港']],
    ['武汉阳逻港', [['武汉', 'LOC'], ['阳逻港', 'LOC']], ['LOC:武汉', 'LOC:阳逻港']],
  ];
  for (const [text, read, want] of table) assert.deepEqual(show(text, riverPorts(text, spansOf(text, read), lex)), want, text);
});

test('a lone 港 in a paragraph about ships and cargo that names Hong Kong nowhere is a port, no place', () => {
  const table: Array<[string, string[]]> = [
    ['集装箱码头，驳船集中到港，桥吊来回', []],
    ['长江中上游共有7个亿吨大港，湖北占了5席', ['LOC:湖北']],
    // Hong Kong named in the paragraph, or no ships in it: 港 as read.
    ['货船抵港后，香港海关登船检查', ['LOC:港', 'LOC:香港']],
    ['他赴港参加航运论坛', ['LOC:港']],
    ['两地游客来往港澳', ['LOC:港']],
    ['港媒报道，葵涌货柜码头吞吐量下降', ['LOC:港']],
    // Only after what makes it a port (大, 到, 开 …): 港 that opens a clause is Hong Kong.
    ['李家超表示，港在航运方面具有优势', ['LOC:港']],
  ];
  for (const [text, want] of table) {
    const read = [...text.matchAll(/香港|港|湖北/g)].filter((m) => !(m[0] === '港' && text[m.index! - 1] === '香')).map((m) => ({ start: m.index!, end: m.index! + m[0].length, label: 'LOC' as const, confidence: 0.8 }));
    assert.deepEqual(show(text, portsInShippingNews(text, read)), want, text);
  }
});

