import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, reanchor, levenshtein, AnnotationInput } from '../../../src/core/sidecar';
import { GENERATOR, NOW } from './fixtures';

const BASE = '重庆市委书记何春阳在重庆调研。重庆日报记者邱小雅报道：2024年全市增长8.8%。';

function sidecarOf(text: string, spans: [string, AnnotationInput['label'], number?][]) {
  const annotations = spans.map(([needle, label, nth = 0]) => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(needle, start + 1);
    assert.ok(start >= 0, needle);
    return { start, end: start + needle.length, label, confidence: 1, source: 'manual' as const, status: 'accepted' as const };
  });
  return buildSidecar(text, annotations, { path: 'a.txt', generator: GENERATOR, now: NOW });
}

const SPANS: [string, AnnotationInput['label'], number?][] = [
  ['重庆', 'LOC', 0],
  ['何春阳', 'PER'],
  ['重庆', 'LOC', 1],
  ['重庆日报', 'ORG'],
  ['邱小雅', 'PER'],
  ['2024年', 'NUM'],
  ['8.8%', 'NUM'],
];

const outcomes = (edited: string) => {
  const s = sidecarOf(BASE, SPANS);
  const r = reanchor(edited, s.annotations, { now: NOW });
  return { r, by: new Map(r.report.map((x) => [x.oldQuote + '@' + x.from.start, x])) };
};

test('unchanged text: every annotation kept where it was', () => {
  const { r } = outcomes(BASE);
  assert.deepEqual(r.report.map((x) => x.outcome), SPANS.map(() => 'kept'));
  assert.equal(r.orphans.length, 0);
});

test('text inserted before: everything moves by the insertion, repeated words to their own places', () => {
  const edited = '（本报讯）' + BASE;
  const { r } = outcomes(edited);
  const s = sidecarOf(BASE, SPANS);
  for (const a of r.annotations) {
    const old = s.annotations.find((o) => o.id === a.id)!;
    assert.equal(a.start, old.start + 5, a.quote.exact);
    assert.equal(edited.slice(a.start, a.end), a.quote.exact);
  }
  assert.ok(r.report.every((x) => x.outcome === 'moved'));
});

test('an annotated word deleted: an orphan with its old quote, and no other span takes its place', () => {
  const edited = BASE.replace('在重庆调研', '在当地调研');
  const { r } = outcomes(edited);
  const orphan = r.orphans.find((o) => o.quote.exact === '重庆' && o.start === BASE.indexOf('重庆', 1));
  assert.ok(orphan, 'the deleted 重庆 is an orphan');
  assert.equal(orphan.orphaned, NOW);
  // The other two 重庆 (in 重庆市 and 重庆日报) keep their own annotations.
  assert.equal(r.annotations.filter((a) => a.quote.exact === '重庆').length, 1);
  assert.equal(r.annotations.length + r.orphans.length, SPANS.length);
});

test('a typo fixed inside a name: a fuzzy match, reported with old and new quote', () => {
  const edited = BASE.replace('邱小雅', '邱晓雅');
  const { r } = outcomes(edited);
  const rep = r.report.find((x) => x.oldQuote === '邱小雅')!;
  assert.equal(rep.outcome, 'fuzzy');
  assert.equal(rep.newQuote, '邱晓雅');
  const a = r.annotations.find((x) => x.id === rep.id)!;
  assert.equal(edited.slice(a.start, a.end), '邱晓雅');
  assert.equal(a.quote.exact, '邱晓雅');
  assert.equal(a.modified, NOW);
});

test('a rewritten sentence: what cannot be found is orphaned, not guessed', () => {
  const edited = BASE.replace('2024年全市增长8.8%', '今年情况良好');
  const { r } = outcomes(edited);
  assert.deepEqual(r.orphans.map((o) => o.quote.exact).sort(), ['2024年', '8.8%']);
});

test('levenshtein', () => {
  for (const [a, b, d] of [['', '', 0], ['abc', 'abc', 0], ['abc', 'abd', 1], ['重庆市', '重庆', 1], ['', '𠮷', 2], ['kitten', 'sitting', 3]] as const) {
    assert.equal(levenshtein(a, b), d, `${a}/${b}`);
  }
});

test('the same quote sliding under the old offsets does not fool it: surroundings decide', () => {
  // After inserting five characters, the old offsets of the second 百亿 hold the first one.
  const text = '共有2个千亿、3个5百亿、4个百亿级产业集群。';
  const s = buildSidecar(text, [{ start: text.lastIndexOf('百亿'), end: text.lastIndexOf('百亿') + 2, label: 'NUM', confidence: 1, source: 'manual', status: 'accepted' }], {
    path: 'a.txt', generator: GENERATOR, now: NOW,
  });
  const edited = '（本报讯）' + text;
  assert.equal(edited.slice(s.annotations[0].start, s.annotations[0].end), '百亿', 'the trap is set');
  const r = reanchor(edited, s.annotations, { now: NOW });
  assert.equal(r.annotations[0].start, s.annotations[0].start + 5);
  assert.equal(r.report[0].outcome, 'moved');
});

test('a long article repeated twice: deleting a passage orphans its annotations instead of shifting every copy', () => {
  const text = BASE + BASE;
  const spans = ['何春阳', '邱小雅'].flatMap((n) => [0, 1].map((k) => {
    const start = k === 0 ? text.indexOf(n) : text.lastIndexOf(n);
    return { start, end: start + n.length, label: 'PER' as const, confidence: 1, source: 'manual' as const, status: 'accepted' as const };
  }));
  const s = buildSidecar(text, spans, { path: 'a.txt', generator: GENERATOR, now: NOW });
  const cut = text.indexOf('何春阳');
  const edited = text.slice(0, cut) + text.slice(cut + 3);
  for (const oldLength of [undefined, text.length]) {
    const r = reanchor(edited, s.annotations, { now: NOW, oldLength });
    assert.deepEqual(r.orphans.map((o) => [o.quote.exact, o.start]), [['何春阳', cut]], `oldLength ${oldLength}`);
    assert.equal(r.annotations.length, 3);
    for (const a of r.annotations) assert.equal(edited.slice(a.start, a.end), a.quote.exact);
  }
});

const NUM_TEXT = '重庆市今年完成固定资产投资2700亿元，同比增长8.8%，其中工业投资增长12%。';
const numEdits: Array<{ name: string; edited: string; quote: string; value: unknown }> = [
  { name: 'a figure changed', edited: NUM_TEXT.replace('2700亿元', '2800亿元'), quote: '2800亿元', value: { value: 280000000000, unit: '元' } },
  { name: 'the unit changed', edited: NUM_TEXT.replace('2700亿元', '2700万元'), quote: '2700万元', value: { value: 27000000, unit: '元' } },
];
for (const c of numEdits) {
  test(`a NUM found by a fuzzy match states the value of its new text: ${c.name}`, () => {
    const start = NUM_TEXT.indexOf('2700亿元');
    const s = buildSidecar(
      NUM_TEXT,
      [{ start, end: start + 6, label: 'NUM', kind: 'MONEY', value: { value: 270000000000, unit: '元' }, confidence: 1, source: 'auto', status: 'accepted' }],
      { path: 'a.txt', generator: GENERATOR, now: NOW },
    );
    const r = reanchor(c.edited, s.annotations, { now: NOW });
    assert.equal(r.report[0].outcome, 'fuzzy');
    assert.equal(r.annotations[0].quote.exact, c.quote);
    assert.deepEqual(r.annotations[0].value, c.value);
  });
}

// A deleted passage's decision never moves onto a neighbouring repeat of its text.
const cap = (t: string) => `${t}。（记者 王伟 摄）\n`;
const [CA, CB, CC] = ['施工现场', '物流园区', '产业园区'].map((w) => cap(`11月28日，重庆两江新区一处${w}`));
const ITEM = '张伟代表说：“要抓好落实。”\n';
const repeats: Array<{ name: string; old: string; edited: string; quote: string; nth: number; expect: number | 'orphan' }> = [
  { name: 'photo credits, the middle caption deleted', old: CA + CB + CC, edited: CA + CC, quote: '王伟', nth: 1, expect: 'orphan' },
  { name: 'photo credits, the last caption deleted', old: CA + CB + CC, edited: CA + CB, quote: '王伟', nth: 2, expect: 'orphan' },
  { name: 'a repeated list item deleted', old: '一、' + ITEM + '二、' + ITEM + '三、' + ITEM, edited: '一、' + ITEM + '三、' + ITEM, quote: '张伟', nth: 1, expect: 'orphan' },
  { name: 'a caption’s words edited: its credit stays', old: CA + CB + CC, edited: CA + CB.replace('物流园区', '物流基地') + CC, quote: '王伟', nth: 1, expect: (CA + CB).lastIndexOf('王伟') },
  { name: 'words put in before a repeat: the repeat after them is its own', old: '张伟说，张伟表示', edited: '张伟说，他与张伟表示', quote: '张伟', nth: 1, expect: 6 },
];
for (const c of repeats) {
  test(`re-anchoring beside repeats: ${c.name}`, () => {
    const s = sidecarOf(c.old, [[c.quote, 'PER', c.nth]]);
    for (const oldLength of [undefined, c.old.length]) {
      const r = reanchor(c.edited, s.annotations, { now: NOW, oldLength });
      assert.deepEqual(r.report.map((x) => x.to?.start ?? 'orphan'), [c.expect], `oldLength ${oldLength}`);
    }
  });
}

test('near-identical paragraphs, one deleted: its decisions are orphans and the next paragraph keeps its own', () => {
  const para = (i: number) => `${i}、𠮷林市😀张伟说，张伟表示要抓好落实；李娜在重庆。\n`;
  const old = Array.from({ length: 30 }, (_, i) => para(i)).join('');
  const spans: [string, AnnotationInput['label'], number][] = [];
  for (let i = 0; i < 30; i++) spans.push(['𠮷林市', 'LOC', i], ['张伟', 'PER', 2 * i], ['张伟', 'PER', 2 * i + 1], ['李娜', 'PER', i], ['重庆', 'LOC', i]);
  const s = sidecarOf(old, spans);
  const edited = old.replace(para(5), '');
  const r = reanchor(edited, s.annotations, { now: NOW, oldLength: old.length });
  const cut = old.indexOf(para(5));
  const expected = s.annotations.filter((a) => a.start < cut || a.start >= cut + para(5).length).map((a) => [a.id, a.start < cut ? a.start : a.start - para(5).length]);
  assert.deepEqual(r.annotations.map((a) => [a.id, a.start]), expected);
  assert.deepEqual(r.orphans.map((o) => o.start - cut), [2, 8, 12, 22, 25]);
});
