import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionsLost, mergeDecisions, mergeImported } from '../../../src/core/sidecar/merge';
import { AnnotationInput, buildSidecar, serializeSidecar } from '../../../src/core/sidecar/model';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { importBrat, importDoccano, importLabelStudio, importW3c } from '../../../src/core/sidecar/formats';
import { Annotation } from '../../../src/core/types';

const TEXT = '市发展改革委主任高健介绍，重庆投资33亿元。';
const span = (s: string, label: Annotation['label'], extra: Partial<AnnotationInput> = {}): AnnotationInput => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length, label, confidence: 0.8, source: 'auto', ...extra };
};
const stored = (anns: AnnotationInput[]) =>
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
  // An orphaned suggestion nobody decided on may go, as a suggestion may.
  const untouched = { ...before.annotations[2], id: 'gone-too', quote: { exact: '武汉', prefix: '', suffix: '' }, orphaned: '2026-01-02T00:00:00Z' };
  assert.deepEqual(decisionsLost({ ...previous, orphans: [orphan, untouched] }, previous).map((a) => a.quote.exact), []);
  assert.deepEqual(decisionsLost({ ...previous, orphans: [orphan, untouched] }, { ...previous, orphans: [] }).map((a) => a.quote.exact), ['成都']);
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
    const merged = mergeImported(before, imported.annotations, TEXT).annotations;
    const text = serializeSidecar(buildSidecar(TEXT, merged, { path: 'a.txt', generator: { name: 't', version: '0' }, now: '2026-01-02T00:00:00Z' }));
    const back = parseSidecar(text, 'a.annotations.json');
    assert.deepEqual(back.errors, undefined, format);
    const relabelled = back.sidecar!.annotations.filter((a) => a.start === 8);
    assert.deepEqual(relabelled.map((a) => [a.label, a.status, a.source, a.confidence, a.recogniser]), [['ORG', 'accepted', 'manual', 1, undefined]], format);
  }
});

test('an undecided stored suggestion under a span the editor drew or accepted gives way too (a sidecar an older import wrote)', () => {
  const merged = mergeDecisions([span('高健', 'PER'), span('重庆', 'LOC')], stored([span('高健', 'PER'), span('高健介绍', 'ORG', { source: 'manual', status: 'accepted' })]));
  assert.deepEqual(merged.map((a) => `${a.label} ${TEXT.slice(a.start, a.end)}`), ['ORG 高健介绍', 'LOC 重庆']);
});

test('mergeImported: a name the file marks claims its text as a mark in the editor does; two it marks over each other are errors at their lines', () => {
  // 市0 发1 展2 改3 革4 委5 主6 任7 高8 健9 介10 绍11 ，12 重13 庆14
  const cases: { stored: AnnotationInput[]; ann: string; names: string[]; errors?: string[]; notes?: string[] }[] = [
    // The recogniser's suggestion gives way to the span drawn over it.
    { stored: [span('高健', 'PER')], ann: 'T1\tORG 8 12\t高健介绍\n', names: ['ORG 高健介绍 accepted'] },
    // A span resized in brat: the decided one the file no longer has gives way, its note goes to the new span, and it is said.
    {
      stored: [span('市发展改革委', 'ORG', { source: 'manual', status: 'accepted', note: '全称' })],
      ann: 'T1\tORG 0 8\t市发展改革委主任\n',
      names: ['ORG 市发展改革委主任 accepted 全称'],
      notes: ['x.ann:1:1: ORG "市发展改革委主任" is marked over ORG "市发展改革委", which was marked by hand: the ORG gave way, as under a mark made in the editor, and its note went to the ORG'],
    },
    // Rejections claim nothing, and terms may overlap names: they stay (the term as the sidecar had it).
    {
      stored: [span('高健', 'PER', { status: 'rejected' }), span('发展改革委', 'TERM', { source: 'glossary' })],
      ann: 'T1\tORG 0 6\t市发展改革委\nT2\tTERM 1 6\t发展改革委\nT3\tLOC 8 12\t高健介绍\n',
      names: ['ORG 市发展改革委 accepted', 'TERM 发展改革委 suggested', 'LOC 高健介绍 accepted', 'PER 高健 rejected'],
    },
    // The file's own names over each other: an error at each line that overlaps an earlier one, nothing merged.
    {
      stored: [],
      ann: 'T1\tPER 8 10\t高健\nT2\tORG 8 9\t高\nT3\tLOC 9 11\t健介\nT4\tLOC 13 15\t重庆\n',
      names: [],
      errors: [
        'x.ann:2:1: ORG "高" overlaps PER "高健" (at 1:1): names (PER, ORG, LOC, NUM) may not overlap, only TERM may; keep one of the two, or make them one span',
        'x.ann:3:1: LOC "健介" overlaps PER "高健" (at 1:1): names (PER, ORG, LOC, NUM) may not overlap, only TERM may; keep one of the two, or make them one span',
      ],
    },
  ];
  for (const c of cases) {
    const r = mergeImported(stored(c.stored), importBrat(c.ann, 'x.ann', TEXT).annotations, TEXT);
    const names = r.annotations.map((a) => [a.label, TEXT.slice(a.start, a.end), a.status, a.note].filter(Boolean).join(' '));
    assert.deepEqual(names.sort(), [...c.names].sort(), c.ann);
    assert.deepEqual(r.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`), c.errors ?? [], c.ann);
    assert.deepEqual(r.notes, c.notes ?? [], c.ann);
  }
});

test('mergeImported: in a Label Studio task a prediction under the annotator\'s span gives way to it', () => {
  const region = (id: string, start: number, end: number, label: string) => ({ id, type: 'labels', from_name: 'label', to_name: 'text', value: { start, end, text: TEXT.slice(start, end), labels: [label] } });
  const task = { data: { text: TEXT }, annotations: [{ result: [region('h', 8, 12, 'ORG')] }], predictions: [{ result: [region('p', 8, 10, 'PER'), region('q', 13, 15, 'LOC')] }] };
  const r = mergeImported([], importLabelStudio(JSON.stringify(task), 'x.json', TEXT).annotations, TEXT);
  assert.deepEqual(r.annotations.map((a) => `${a.label} ${TEXT.slice(a.start, a.end)} ${a.status}`).sort(), ['LOC 重庆 suggested', 'ORG 高健介绍 accepted']);
});

test('a suggestion resized in the file (brat keeps its Status suggested and Source auto) is the annotator\'s span: accepted, manual, confidence 1', () => {
  // TEXT: 市发展改革委主任高健介绍，重庆投资33亿元。 The stored suggestion 高健 (8–10) widened to 主任高健 (6–10).
  const before = stored([span('高健', 'PER'), span('重庆', 'LOC')]);
  const id = before.find((a) => a.label === 'PER')!.id;
  const cases: Array<[string, Parameters<typeof mergeImported>[1]]> = [
    ['by id', [{ id, start: 6, end: 10, label: 'PER', confidence: 0.9, source: 'auto', status: 'suggested', stated: ['status', 'source'] }]],
    ['without id', [{ start: 6, end: 10, label: 'PER', confidence: 0.9, source: 'auto', status: 'suggested', stated: ['status', 'source'] }]],
  ];
  for (const [name, imported] of cases) {
    const merged = mergeImported(before, imported, TEXT).annotations.filter((a) => a.label === 'PER');
    assert.deepEqual(merged.map((a) => [TEXT.slice(a.start, a.end), a.status, a.source, a.confidence]), [['主任高健', 'accepted', 'manual', 1]], name);
  }
  // The same span with its suggestion kept as it was stays a suggestion.
  const same = mergeImported(before, [{ start: 8, end: 10, label: 'PER', confidence: 0.9, source: 'auto', status: 'suggested', stated: ['status', 'source'] }], TEXT);
  assert.deepEqual(same.annotations.filter((a) => a.label === 'PER').map((a) => a.status), ['suggested']);
});

test('a noted name resized in brat keeps its note once: brat wrote it on one line, and that is the same note', () => {
  const before = stored([span('高健', 'PER', { status: 'accepted', note: '主任\n待核实' })]);
  const imported: Parameters<typeof mergeImported>[1] = [
    { start: 6, end: 10, label: 'PER', confidence: 1, source: 'manual', status: 'accepted', note: '主任 待核实', stated: ['status', 'source', 'note'] },
  ];
  const merged = mergeImported(before, imported, TEXT).annotations;
  assert.deepEqual(merged.map((a) => [TEXT.slice(a.start, a.end), a.note]), [['主任高健', '主任\n待核实']]);
  // A note the annotator changed in brat is another note: both are kept.
  const changed = mergeImported(before, [{ ...imported[0], note: '主任，已核实' }], TEXT).annotations;
  assert.deepEqual(changed.map((a) => a.note), ['主任，已核实\n\n主任\n待核实']);
});
