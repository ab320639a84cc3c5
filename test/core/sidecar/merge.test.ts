import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionsLost, mergeDecisions, mergeImported } from '../../../src/core/sidecar/merge';
import { buildSidecar, serializeSidecar } from '../../../src/core/sidecar/model';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { importBrat, importDoccano, importLabelStudio, importW3c } from '../../../src/core/sidecar/formats';
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

test('mergeImported: a relabelling from any format is a person\'s decision (accepted, manual, confidence 1) in a sidecar that reads back', () => {
  const before = stored([span('高健', 'PER', { recogniser: 'model' }), span('重庆', 'LOC')]);
  const id = before.find((a) => a.label === 'PER')!.id;
  const region = { id, type: 'labels', from_name: 'label', to_name: 'text', origin: 'prediction-changed', value: { start: 8, end: 10, text: '高健', labels: ['ORG'] } };
  const w3c = (extra: object) =>
    JSON.stringify({ type: 'Annotation', body: { type: 'TextualBody', purpose: 'classifying', value: 'ORG' }, target: { source: 'x', selector: { type: 'TextPositionSelector', start: 8, end: 10 } }, ...extra });
  const cases: [string, { annotations: Parameters<typeof mergeImported>[1] }][] = [
    // As brat keeps them when the type is changed: the attributes our export wrote for the suggestion.
    ['brat', importBrat('T1\tORG 8 10\t高健\nA1\tStatus T1 suggested\nA2\tSource T1 auto\n', 'x.ann', TEXT)],
    ['doccano', importDoccano(JSON.stringify({ text: TEXT, label: [[8, 10, 'ORG'], [13, 15, 'LOC']] }) + '\n', 'x.jsonl', TEXT)],
    ['label-studio, no score, the prediction\'s id', importLabelStudio(JSON.stringify({ data: { text: TEXT }, annotations: [{ result: [region] }] }), 'x.json', TEXT)],
    ['w3c of another tool, no zhnews:confidence', importW3c(w3c({}), 'x.jsonld', TEXT)],
    ['w3c of ours, body changed', importW3c(w3c({ 'zhnews:id': id, 'zhnews:status': 'suggested', 'zhnews:source': 'auto', 'zhnews:confidence': 0.8 }), 'x.jsonld', TEXT)],
  ];
  for (const [format, imported] of cases) {
    const merged = mergeImported(before, imported.annotations);
    const text = serializeSidecar(buildSidecar(TEXT, merged, { path: 'a.txt', generator: { name: 't', version: '0' }, now: '2026-01-02T00:00:00Z' }));
    const back = parseSidecar(text, 'a.annotations.json');
    assert.deepEqual(back.errors, undefined, format);
    const relabelled = back.sidecar!.annotations.filter((a) => a.start === 8);
    assert.deepEqual(relabelled.map((a) => [a.label, a.status, a.source, a.confidence, a.recogniser]), [['ORG', 'accepted', 'manual', 1, undefined]], format);
  }
});
