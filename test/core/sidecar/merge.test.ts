import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionsLost, mergeDecisions } from '../../../src/core/sidecar/merge';
import { buildSidecar } from '../../../src/core/sidecar/model';
import { Annotation } from '../../../src/core/types';

const TEXT = '市发展改革委主任高健介绍，重庆投资33亿元。';
const span = (s: string, label: Annotation['label'], extra: Partial<Annotation> = {}): Annotation => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length, label, confidence: 0.8, source: 'auto', ...extra };
};
const stored = (anns: Annotation[]) =>
  buildSidecar(TEXT, anns, { path: 'a.txt', generator: { name: 't', version: '0' }, now: '2026-01-01T00:00:00Z' }).annotations;

test('a rejected span stays recorded and claims nothing; an undecided stored suggestion the engine no longer makes is dropped', () => {
  const auto = [span('重庆', 'LOC')];
  const merged = mergeDecisions(auto, stored([span('重庆', 'LOC', { status: 'rejected' }), span('高健', 'PER', { status: 'suggested' })]));
  assert.deepEqual(merged.map((a) => [TEXT.slice(a.start, a.end), a.status]), [['重庆', 'rejected']]);
});

test('an accepted suggestion keeps the kind the editor settled', () => {
  const merged = mergeDecisions([span('33亿元', 'NUM', { kind: 'QUANTITY' })], stored([span('33亿元', 'NUM', { kind: 'MONEY', status: 'accepted' })]));
  assert.equal(merged[0].kind, 'MONEY');
  assert.equal(merged[0].status, 'accepted');
});

test('a span the editor drew or accepted drops fresh suggestions overlapping it, as in the editor; terms and rejected spans claim nothing', () => {
  const auto = [span('市发展改革委主任', 'ORG'), span('高健', 'PER'), span('重庆', 'LOC'), span('发展改革委', 'TERM')];
  const merged = mergeDecisions(
    auto,
    stored([
      span('市发展改革委', 'ORG', { source: 'manual', status: 'accepted' }),
      span('高健介绍', 'PER', { status: 'rejected' }),
    ]),
  );
  assert.deepEqual(
    merged.map((a) => [TEXT.slice(a.start, a.end), a.label, a.status]),
    [
      ['市发展改革委', 'ORG', 'accepted'],
      ['发展改革委', 'TERM', 'suggested'],
      ['高健', 'PER', 'suggested'],
      ['高健介绍', 'PER', 'rejected'],
      ['重庆', 'LOC', 'suggested'],
    ],
  );
});

test('decisionsLost: the decisions and orphans of a sidecar that the one written over it does not hold as they are', () => {
  const before = buildSidecar(TEXT, [span('重庆', 'LOC', { status: 'accepted' }), span('高健', 'PER', { source: 'manual' }), span('33亿元', 'NUM')], {
    path: 'a.txt', generator: { name: 't', version: '0' }, now: '2026-01-01T00:00:00Z',
  });
  const orphan = { ...before.annotations[0], id: 'gone', quote: { exact: '成都', prefix: '', suffix: '' }, orphaned: '2026-01-02T00:00:00Z' };
  const previous = { annotations: before.annotations, orphans: [orphan] };
  const change = (quote: string, fields: object) => previous.annotations.map((a) => (a.quote.exact === quote ? { ...a, ...fields } : a));
  const cases: Array<[string, typeof previous, string[]]> = [
    ['the same', previous, []],
    // An undecided suggestion is the recogniser's: it may go or change.
    ['a suggestion gone', { ...previous, annotations: previous.annotations.filter((a) => a.quote.exact !== '33亿元') }, []],
    ['an accepted name rejected', { ...previous, annotations: change('重庆', { status: 'rejected' }) }, ['重庆']],
    ['a note added', { ...previous, annotations: change('重庆', { note: '市' }) }, ['重庆']],
    ['a hand-drawn name gone', { ...previous, annotations: previous.annotations.filter((a) => a.quote.exact !== '高健') }, ['高健']],
    ['an orphan gone', { ...previous, orphans: [] }, ['成都']],
  ];
  for (const [name, next, lost] of cases) assert.deepEqual(decisionsLost(previous, next).map((a) => a.quote.exact), lost, name);
});
