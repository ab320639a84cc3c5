import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyDecisions, asShown, Decision, isInTextOrder, shiftDecisions } from '../../../src/core/annotations/decisions';
import { applyAnnotationDelta, deltaReach, mapDeltaInserts } from '../../../src/server/protocol';
import { Annotation } from '../../../src/core/types';

const auto = (start: number, end: number, label: Annotation['label'], confidence = 0.8): Annotation => ({
  start, end, label, confidence, source: 'auto',
});
const decision = (action: Decision['action'], start: number, end: number, label: Decision['label'], quote = ''): Decision => ({
  id: `${action}${start}`, action, start, end, label, quote, created: 't', modified: 't',
});

test('a rejected suggestion stays hidden when the recogniser proposes it again', () => {
  const merged = applyDecisions([auto(0, 2, 'PER'), auto(5, 8, 'LOC')], [decision('reject', 0, 2, 'PER')]);
  assert.deepEqual(merged.map((a) => [a.start, a.label]), [[5, 'LOC']]);
});

test('a rejection of one label does not hide another label on the same span', () => {
  const merged = applyDecisions([auto(0, 2, 'ORG')], [decision('reject', 0, 2, 'PER')]);
  assert.equal(merged.length, 1);
});

test('a manual span wins over overlapping suggestions and is accepted with confidence 1', () => {
  const merged = applyDecisions([auto(0, 3, 'LOC'), auto(4, 6, 'NUM')], [decision('mark', 0, 5, 'ORG')]);
  assert.deepEqual(merged.map((a) => [a.start, a.end, a.label, a.source, a.status, a.confidence]), [[0, 5, 'ORG', 'manual', 'accepted', 1]]);
});

test('an accepted suggestion keeps its kind and value and shows even if the recogniser drops it', () => {
  const withNum: Annotation = { ...auto(0, 4, 'NUM'), kind: 'MONEY', value: { value: 3.3e9, unit: '元' } };
  const acc = decision('accept', 0, 4, 'NUM');
  assert.equal(applyDecisions([withNum], [acc])[0].kind, 'MONEY');
  assert.equal(applyDecisions([withNum], [acc])[0].status, 'accepted');
  assert.equal(applyDecisions([], [acc]).length, 1);
});

test('suggestions are marked suggested; TERM annotations pass through untouched', () => {
  const term: Annotation = { start: 0, end: 4, label: 'TERM', confidence: 1, source: 'glossary', glossaryId: 'x' };
  const merged = applyDecisions([auto(0, 2, 'PER'), term], [decision('mark', 0, 3, 'ORG')]);
  assert.deepEqual(merged.map((a) => [a.label, a.status]), [['ORG', 'accepted'], ['TERM', undefined]]);
});

const text0 = '记者何春阳报道';
const cases: Array<{ name: string; edit: { offset: number; deleted: number; inserted: string }; expect: [number, number, boolean] }> = [
  { name: 'insertion before the span moves it', edit: { offset: 0, deleted: 0, inserted: '新华社' }, expect: [5, 8, false] },
  { name: 'insertion right at its start moves it', edit: { offset: 2, deleted: 0, inserted: '𠮷' }, expect: [4, 7, false] },
  { name: 'insertion right at its end leaves it', edit: { offset: 5, deleted: 0, inserted: '、' }, expect: [2, 5, false] },
  { name: 'deletion before the span moves it back', edit: { offset: 0, deleted: 2, inserted: '' }, expect: [0, 3, false] },
  { name: 'a typo fixed inside the span keeps it, resized', edit: { offset: 3, deleted: 2, inserted: '晓' }, expect: [2, 4, false] },
  { name: 'deleting the whole span makes it an orphan', edit: { offset: 1, deleted: 5, inserted: '' }, expect: [2, 5, true] },
  { name: 'an edit across its edge makes it an orphan', edit: { offset: 4, deleted: 2, inserted: 'x' }, expect: [2, 5, true] },
];
for (const c of cases) {
  test(`shiftDecisions: ${c.name}`, () => {
    const newText = text0.slice(0, c.edit.offset) + c.edit.inserted + text0.slice(c.edit.offset + c.edit.deleted);
    const [d] = shiftDecisions([decision('mark', 2, 5, 'PER', '何春阳')], c.edit, newText);
    assert.deepEqual([d.start, d.end, d.orphan === true], c.expect);
    if (!d.orphan) assert.equal(newText.slice(d.start, d.end), d.quote);
    else assert.equal(d.quote, '何春阳', 'an orphan keeps its old quote');
  });
}

test('without decisions every span is shown: entities as suggestions (copies), TERM spans as they are, in text order', () => {
  const term: Annotation = { start: 9, end: 11, label: 'TERM', confidence: 1, source: 'auto', glossaryId: 'g1' };
  const input = [auto(5, 8, 'LOC'), term, auto(0, 2, 'PER'), auto(0, 3, 'ORG')];
  const before = structuredClone(input);
  const merged = applyDecisions(input, []);
  assert.deepEqual(
    merged.map((a) => [a.start, a.end, a.label, a.status]),
    [[0, 2, 'PER', 'suggested'], [0, 3, 'ORG', 'suggested'], [5, 8, 'LOC', 'suggested'], [9, 11, 'TERM', undefined]],
  );
  assert.equal(merged[3], term);
  assert.deepEqual(input, before, 'the engine’s list is not changed');
  assert.equal(merged[2].confidence, 0.8);
});

/** The rule applyDecisions keeps, written the plain quadratic way: the reference it is checked against. */
function plainReference(autoList: readonly Annotation[], decisions: readonly Decision[]): Array<[number, number, string, string | undefined, string]> {
  const live = decisions.filter((d) => !d.orphan);
  const kept = live.filter((d) => d.action !== 'reject');
  const rejected = live.filter((d) => d.action === 'reject');
  const shown: Array<[number, number, string, string | undefined, string]> = kept.map((d) => [d.start, d.end, d.label, 'accepted', d.action === 'mark' ? 'manual' : 'auto']);
  for (const a of autoList) {
    const hidden =
      a.label !== 'TERM' &&
      (rejected.some((d) => d.start === a.start && d.end === a.end && d.label === a.label) || kept.some((d) => d.start < a.end && a.start < d.end));
    if (!hidden) shown.push([a.start, a.end, a.label, a.label === 'TERM' ? undefined : 'suggested', a.source]);
  }
  // Stable: a decided span before a suggestion over the same offsets.
  return shown.map((x, i) => [x, i] as const).sort((p, q) => p[0][0] - q[0][0] || p[0][1] - q[0][1] || p[1] - q[1]).map((p) => p[0]);
}

test('applyDecisions agrees with the plain rule on random spans and decisions (hides, keeps, orders)', () => {
  const labels = ['PER', 'ORG', 'LOC', 'NUM', 'TERM'] as const;
  const span = fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 8 }), fc.constantFrom(...labels));
  const actions = ['mark', 'accept', 'reject'] as const;
  fc.assert(
    fc.property(
      fc.array(span, { maxLength: 40 }),
      fc.array(fc.tuple(span, fc.constantFrom(...actions), fc.boolean()), { maxLength: 8 }),
      (spans, ds) => {
        const autoList = spans.map(([s, n, l]) => (l === 'TERM' ? { start: s, end: s + n, label: l, confidence: 1, source: 'glossary' as const } : auto(s, s + n, l)));
        const decisions = ds.map(([[s, n, l], action, orphan], i) => ({ ...decision(action, s, s + n, l === 'TERM' ? 'ORG' : l), id: `d${i}`, orphan }));
        const got = applyDecisions(autoList, decisions).map((a) => [a.start, a.end, a.label, a.status, a.source]);
        assert.deepEqual(got, plainReference(autoList, decisions));
      },
    ),
    { seed: 20261129, numRuns: 400 },
  );
});

test('without decisions, applying the engine delta to the shown list equals applying decisions afresh', () => {
  const sortedSpans = fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }).map((xs) =>
    xs.map(([s, n]) => auto(s, s + n, 'PER')).sort((a, b) => a.start - b.start || a.end - b.end),
  );
  fc.assert(
    fc.property(sortedSpans, sortedSpans, fc.nat(), fc.integer({ min: -3, max: 3 }), (before, insert, cut, shift) => {
      const at = before.length ? cut % (before.length + 1) : 0;
      const remove = Math.min(2, before.length - at);
      // Inserted spans sit between their neighbours, as the engine's do.
      const lo = at > 0 ? before[at - 1].end : 0;
      const ins = insert.map((a) => ({ ...a, start: a.start + lo, end: a.end + lo }));
      const shiftFrom = at + remove;
      const delta = { baseVersion: 1, edits: [{ at, remove, insert: ins }], shift, shiftFrom };
      const next = applyAnnotationDelta(before, delta);
      fc.pre(isInTextOrder(next)); // the engine's lists are in text order, before and after
      const fresh = applyDecisions(next, []);
      const stepped = applyAnnotationDelta(applyDecisions(before, []), mapDeltaInserts(delta, asShown));
      assert.deepEqual(stepped, fresh);
    }),
    { seed: 20261129, numRuns: 300 },
  );
});

test('deltaReach: a later piece of the same version reaches only its own spans; a shift or a new version reaches everything', () => {
  const before = [auto(0, 2, 'PER'), auto(10, 12, 'LOC')];
  const piece = { baseVersion: 3, edits: [{ at: 2, remove: 0, insert: [auto(20, 23, 'ORG'), auto(30, 31, 'NUM')] }], shift: 0, shiftFrom: 2 };
  assert.deepEqual(deltaReach(piece, before, 3), { from: 20, to: 31 });
  assert.deepEqual(deltaReach({ ...piece, edits: [{ at: 1, remove: 1, insert: [] }] }, before, 3), { from: 10, to: 12 });
  assert.equal(deltaReach(piece, before, 4), undefined);
  assert.equal(deltaReach({ ...piece, shift: 1 }, before, 3), undefined);
});

// A change that covers a decision's span: its quote is looked up again in what the change put there.
const para = '市长张三说。\n李四在重庆。\n张三又说。\n';
const mk = (q: string, nth = 0): Decision => {
  let s = -1;
  for (let k = 0; k <= nth; k++) s = para.indexOf(q, s + 1);
  return { ...decision('mark', s, s + q.length, 'PER', q), id: `${q}${nth}` };
};
const wide: Array<{ name: string; edit: (t: string) => { offset: number; deleted: number; inserted: string }; expect: Array<[string, number | 'orphan']> }> = [
  {
    name: 'line endings switched to CRLF (the whole document replaced)',
    edit: (t) => ({ offset: 0, deleted: t.length, inserted: t.replace(/\n/g, '\r\n') }),
    expect: [['张三0', 2], ['李四0', 8], ['张三1', 16]],
  },
  {
    name: 'a paragraph rewritten around its name',
    edit: (t) => ({ offset: t.indexOf('李四'), deleted: 6, inserted: '昨天李四在重庆。' }),
    expect: [['张三0', 2], ['李四0', 9], ['张三1', 16]],
  },
  {
    name: 'a paragraph replaced by a long one naming him far from his old place: an orphan, not a guess',
    edit: (t) => ({ offset: t.indexOf('李四'), deleted: 6, inserted: '他在重庆。' + '这是一段很长的新闻稿件内容。'.repeat(4) + '李四说。' }),
    expect: [['张三0', 2], ['李四0', 'orphan'], ['张三1', 73]],
  },
  {
    name: 'a paragraph replaced by other words: the name is gone, an orphan',
    edit: (t) => ({ offset: t.indexOf('李四'), deleted: 6, inserted: '他在重庆。' }),
    expect: [['张三0', 2], ['李四0', 'orphan'], ['张三1', 13]],
  },
];
for (const c of wide) {
  test(`shiftDecisions: ${c.name}`, () => {
    const e = c.edit(para);
    const after = para.slice(0, e.offset) + e.inserted + para.slice(e.offset + e.deleted);
    const ds = shiftDecisions([mk('张三'), mk('李四'), mk('张三', 1)], e);
    assert.deepEqual(ds.map((d) => [d.id, d.orphan ? 'orphan' : d.start]), c.expect);
    for (const d of ds) {
      assert.equal(d.end - d.start, d.quote.length);
      if (!d.orphan) assert.equal(after.slice(d.start, d.end), d.quote);
    }
  });
}

// An undo puts a deleted name back: its orphan is attached again; the same name typed elsewhere is not it.
const undo: Array<{ name: string; redo: { offset: number; deleted: number; inserted: string }; expect: [number, boolean] }> = [
  { name: 'undo of the deletion', redo: { offset: 6, deleted: 0, inserted: '\n李四在重庆。' }, expect: [7, false] },
  { name: 'undo of a replacement', redo: { offset: 6, deleted: 0, inserted: '\n李四在重庆。' }, expect: [7, false] },
  { name: 'the name typed at another place', redo: { offset: 0, deleted: 0, inserted: '李四' }, expect: [9, true] },
];
for (const [i, c] of undo.entries()) {
  test(`shiftDecisions: an orphan comes back on ${c.name}`, () => {
    const first = i === 1 ? { offset: 6, deleted: 7, inserted: '。' } : { offset: 6, deleted: 7, inserted: '' };
    let ds = shiftDecisions([mk('李四')], first);
    assert.equal(ds[0].orphan, true);
    let text = para.slice(0, 6) + first.inserted + para.slice(13);
    const back = i === 1 ? { ...c.redo, deleted: 1 } : c.redo;
    ds = shiftDecisions(ds, back);
    text = text.slice(0, back.offset) + back.inserted + text.slice(back.offset + back.deleted);
    assert.deepEqual([ds[0].start, ds[0].orphan === true], c.expect);
    if (!ds[0].orphan) assert.equal(text.slice(ds[0].start, ds[0].end), '李四');
  });
}

// An accepted number's value follows its figures.
const nums: Array<{ name: string; edit: { offset: number; deleted: number; inserted: string }; quote: string; value: unknown }> = [
  { name: 'a figure changed', edit: { offset: 7, deleted: 1, inserted: '8' }, quote: '2800亿元', value: { value: 280000000000, unit: '元' } },
  { name: 'a unit changed', edit: { offset: 10, deleted: 1, inserted: '万' }, quote: '2700万元', value: { value: 27000000, unit: '元' } },
  { name: 'no longer one number: no stale value', edit: { offset: 8, deleted: 0, inserted: '和' }, quote: '27和00亿元', value: undefined },
];
for (const c of nums) {
  test(`shiftDecisions: an accepted NUM’s value follows its text: ${c.name}`, () => {
    const text = '全年完成投资2700亿元，同比增长8.8%。';
    const d: Decision = { ...decision('accept', 6, 12, 'NUM', '2700亿元'), kind: 'MONEY', value: { value: 270000000000, unit: '元' } };
    const [n] = shiftDecisions([d], c.edit);
    assert.equal(n.quote, c.quote);
    assert.deepEqual(n.value, c.value);
    assert.equal(text.length, 22);
  });
}
