import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listHeads, mediaOutlets, placesNotPeople, splitJuxtaposed } from '../../../../src/core/recognise/names/list-rules';
import { LEX, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { LabelledSpan } from '../../../../src/core/recognise/names/tags';

type S = LabelledSpan & { confidence: number };
const show = (text: string, spans: Array<{ start: number; end: number; label: string }>) =>
  spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
const at = (text: string, s: string, label: S['label'], confidence = 0.9): S => ({
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
  label,
  confidence,
});
const lex = Lexicon.build([
  ['湖南', LEX.LOC],
  ['长沙', LEX.LOC],
  ['湘江', LEX.LOC],
  ['新区', LEX.LOC],
  ['张家', LEX.PER | LEX.LOC],
]);

test('lists closed by an organisation or place head', () => {
  const table: Array<[string, S[], string[]]> = [
    ['引进了华为、小米、蔚来等龙头企业', [], ['ORG:华为', 'ORG:小米', 'ORG:蔚来']],
    ['涌现出大疆、极飞等一批企业', [{ start: 3, end: 5, label: 'LOC', confidence: 0.5 }], ['ORG:大疆', 'ORG:极飞']],
    ['覆盖株洲、湘潭等城市', [], ['LOC:株洲', 'LOC:湘潭']],
    ['苹果、香蕉等水果', [], []],
  ];
  for (const [text, spans, want] of table) assert.deepEqual(show(text, listHeads(text, spans, (s) => ({ ...s, confidence: 0.7 }))), want, text);
});

test('juxtaposed places are split, compound names are not', () => {
  const table: Array<[string, string[]]> = [
    ['湖南长沙', ['LOC:湖南', 'LOC:长沙']],
    ['湖南长沙市', ['LOC:湖南', 'LOC:长沙市']],
    ['长沙新区', ['LOC:长沙新区']],
    ['长沙县', ['LOC:长沙县']],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, splitJuxtaposed(text, [at(text, text, 'LOC')], lex)), want, text);
});

test('a weak person known only as a place is a place', () => {
  const text = '湘江和张家';
  const out = placesNotPeople(text, [at(text, '湘江', 'PER', 0.4), at(text, '张家', 'PER', 0.4)], lex);
  assert.deepEqual(show(text, out), ['LOC:湘江', 'PER:张家']);
  assert.deepEqual(show(text, placesNotPeople(text, [at(text, '湘江', 'PER', 0.9)], lex)), ['PER:湘江']);
});

test('media outlets with their brand', () => {
  const table: Array<[string, string[]]> = [
    ['■新湖南-湖南日报记者 张三', ['ORG:新湖南-湖南日报']],
    ['据长沙晚报报道', ['ORG:长沙晚报']],
    ['日报很好', []],
  ];
  for (const [text, want] of table) assert.deepEqual(show(text, mediaOutlets(text)), want, text);
});
