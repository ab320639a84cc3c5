/** Importers after the CLI audit: fragments, stale offsets, both doccano layouts, Label Studio origins. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORTERS, FormatName, IMPORTERS, importBrat, importDoccano, importLabelStudio, importW3c } from '../../../../src/core/sidecar/formats';
import { buildSidecar, mergeImported } from '../../../../src/core/sidecar';
import { GENERATOR, NOW } from '../fixtures';

// 今0 天1 我2 在3 北4 京5 。6 见7 面8
const TEXT = '今天我在北京。见面，张三说。';
const spans = (r: { annotations: { start: number; end: number; label: string }[] }) => r.annotations.map((a) => `${a.label} ${TEXT.slice(a.start, a.end)} ${a.start}-${a.end}`);

test('brat: a discontinuous entity becomes one span per fragment, never the characters between', () => {
  const r = importBrat('T5\tLOC 4 6;7 8\t北京 见\nA1\tStatus T5 accepted\n', 'x.ann', TEXT);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(spans(r), ['LOC 北京 4-6', 'LOC 见 7-8']);
  assert.ok(r.annotations.every((a) => a.status === 'accepted'));
});

test('brat: a line that is not a brat line is an error at its line', () => {
  const r = importBrat('T1\tLOC 4 6\t北京\nbroken\n', 'x.ann', TEXT);
  assert.equal(r.errors.length, 1);
  assert.equal(`${r.errors[0].file}:${r.errors[0].line}:${r.errors[0].col}`, 'x.ann:2:1');
  assert.match(r.errors[0].message, /not a brat annotation line.*"broken"/);
});

test('brat: offsets that no longer fit are re-anchored by the text column; text not in the article is an orphan', () => {
  const r = importBrat('T1\tLOC 100 102\t北京\nT2\tPER 50 52\t李四\nT3\tPER 10 12\t张三\n', 'x.ann', TEXT);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(spans(r), ['LOC 北京 4-6', 'PER 张三 10-12']);
  assert.deepEqual(r.orphans?.map((o) => o.quote.exact), ['李四']);
  assert.deepEqual(
    r.anchors?.map((a) => `${a.outcome} ${a.label} ${a.quote} ${a.from}`),
    ['moved LOC 北京 100–102 (code points)', 'orphan PER 李四 50–52 (code points)'],
  );
});

test('brat: offsets in a .txt with a byte-order mark count it as character 0', () => {
  const r = importBrat('T1\tLOC 5 7\t北京\n', 'x.ann', TEXT, { textHasBom: true });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(spans(r), ['LOC 北京 4-6']);
  assert.deepEqual(r.anchors, []);
});

test('doccano: the current layout, "entities" with start_offset/end_offset, is read', () => {
  const line = JSON.stringify({ text: TEXT, entities: [{ id: 1, start_offset: 4, end_offset: 6, label: 'LOC' }, { id: 2, start_offset: 10, end_offset: 12, label: 'PER' }], relations: [] });
  const r = importDoccano(line + '\n', 'x.jsonl', TEXT);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(spans(r), ['LOC 北京 4-6', 'PER 张三 10-12']);
});

test('doccano: of several records the one with the article text is used and the others are named; none matching is an error', () => {
  const other = JSON.stringify({ text: '别的文章。', label: [[0, 2, 'ORG']] });
  const mine = JSON.stringify({ text: TEXT, label: [[4, 6, 'LOC']] });
  const r = importDoccano(`${other}\n${mine}\n${other}\n`, 'x.jsonl', TEXT);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(spans(r), ['LOC 北京 4-6']);
  assert.deepEqual(r.notes, ['x.jsonl:2: imported this record, whose text is the article\'s; 2 other records (lines 1, 3) are other texts and were left out']);
  const none = importDoccano(`${other}\n${other}\n`, 'x.jsonl', TEXT);
  assert.match(`${none.errors[0]?.line}: ${none.errors[0]?.message}`, /^1: 2 records \(lines 1, 2\) and none has the article's text/);
});

test('doccano: offsets outside the text are refused, saying they do not fit (doccano has no quote)', () => {
  const r = importDoccano(JSON.stringify({ text: TEXT, label: [[100, 102, 'LOC']] }) + '\n', 'x.jsonl', TEXT);
  assert.match(`${r.errors[0]?.file}:${r.errors[0]?.line}: ${r.errors[0]?.message}`, /^x\.jsonl:1: offsets 100–102 do not fit the record's text/);
});

function lsTask(annotations: unknown[], predictions: unknown[] = []): string {
  return JSON.stringify({ data: { text: TEXT }, annotations, predictions });
}
const region = (id: string, start: number, end: number, text: string, label: string, extra: object = {}) => ({
  id, type: 'labels', from_name: 'label', to_name: 'text', value: { start, end, text, labels: [label] }, ...extra,
});

test('label-studio: a cancelled annotation is skipped and said so; no origin is the human\'s in annotations, auto in predictions', () => {
  const content = lsTask(
    [
      { was_cancelled: true, result: [region('c', 4, 6, '北京', 'LOC')] },
      { result: [region('h', 10, 12, '张三', 'PER')] },
    ],
    [{ result: [region('p', 4, 6, '北京', 'LOC')] }],
  );
  const r = importLabelStudio(content, 'x.json', TEXT);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.annotations.map((a) => `${a.id} ${a.source} ${a.status}`), ['h manual accepted', 'p auto suggested']);
  assert.equal(r.notes?.length, 1);
  assert.match(r.notes![0], /^x\.json:1:\d+: this annotation was cancelled in Label Studio \(was_cancelled: true\): its 1 spans were not imported/);
});

test('label-studio: offsets that do not give value.text are re-anchored by it, else orphaned', () => {
  const r = importLabelStudio(lsTask([{ result: [region('a', 100, 102, '北京', 'LOC'), region('b', 1, 3, '李四', 'PER')] }]), 'x.json', TEXT);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(spans(r), ['LOC 北京 4-6']);
  assert.deepEqual(r.orphans?.map((o) => o.quote.exact), ['李四']);
  assert.deepEqual(r.anchors?.map((a) => `${a.outcome} ${a.label} ${a.from}`), ['moved LOC 100–102 (code points)', 'orphan PER 1–3 (code points)']);
});

test('w3c: a file with no annotation, page or collection is an error, not an empty import', () => {
  const r = importW3c('{"text": "x", "label": []}', 'x.jsonld', TEXT);
  assert.match(r.errors[0]?.message ?? '', /not a W3C Web Annotation file/);
});

test('mergeImported: what the file cannot carry is kept from the sidecar; untouched suggestions stay suggestions', () => {
  const stored = buildSidecar(
    TEXT,
    [
      { start: 4, end: 6, label: 'LOC', confidence: 0.7, source: 'auto', status: 'suggested', note: '待查' },
      { start: 10, end: 12, label: 'PER', confidence: 0.8, source: 'auto', status: 'suggested', roles: [{ role: '记者' }] },
    ],
    { path: 'x.txt', generator: GENERATOR, now: NOW },
  ).annotations;
  // doccano: spans and labels only.
  const doccano = importDoccano(JSON.stringify({ text: TEXT, label: [[4, 6, 'LOC'], [10, 12, 'PER'], [0, 2, 'NUM']] }) + '\n', 'x.jsonl', TEXT);
  const merged = mergeImported(stored, doccano.annotations, TEXT).annotations.sort((x, y) => x.start - y.start);
  assert.deepEqual(
    merged.map((a) => [a.label, a.status, a.source, a.confidence, a.note, a.roles?.[0]?.role]),
    [
      ['NUM', 'accepted', 'manual', 1, undefined, undefined],
      ['LOC', 'suggested', 'auto', 0.7, '待查', undefined],
      ['PER', 'suggested', 'auto', 0.8, undefined, '记者'],
    ],
  );
  assert.equal(merged[1].id, stored[0].id);
  // brat that states a status: the status changes, the note and confidence stay.
  const brat = importBrat('T1\tLOC 4 6\t北京\nA1\tStatus T1 rejected\n', 'x.ann', TEXT);
  const m2 = mergeImported(stored, brat.annotations, TEXT).annotations.find((a) => a.label === 'LOC')!;
  assert.deepEqual([m2.status, m2.source, m2.note, m2.confidence], ['rejected', 'auto', '待查', 0.7]);
});

test('label-studio: of several tasks the one with the article text is used and the others are said to be left out', () => {
  const content = JSON.stringify([
    { data: { text: '别的文章。' }, annotations: [{ result: [region('o', 0, 2, '别的', 'ORG')] }] },
    { data: { text: TEXT }, annotations: [{ result: [region('h', 10, 12, '张三', 'PER')] }] },
  ]);
  const r = importLabelStudio(content, 'x.json', TEXT);
  assert.deepEqual(spans(r), ['PER 张三 10-12']);
  assert.match(r.notes?.[0] ?? '', /^x\.json:\d+:\d+: imported this task, whose data\.text is the article's; the 1 other tasks of the file are other texts and were left out/);
});

test('w3c from another tool (a label and a place only): an annotation already in the sidecar keeps its status, note and value', () => {
  const stored = buildSidecar(TEXT, [{ start: 4, end: 6, label: 'LOC', confidence: 0.7, source: 'auto', status: 'suggested', note: '待查' }], {
    path: 'x.txt', generator: GENERATOR, now: NOW,
  }).annotations;
  const w3c = JSON.stringify({
    type: 'Annotation',
    body: { type: 'TextualBody', purpose: 'classifying', value: 'LOC' },
    target: { source: 'x', selector: { type: 'TextPositionSelector', start: 4, end: 6 } },
  });
  const r = importW3c(w3c, 'x.jsonld', TEXT);
  assert.deepEqual(r.errors, []);
  const m = mergeImported(stored, r.annotations, TEXT).annotations;
  assert.deepEqual(m.map((a) => [a.status, a.source, a.note, a.confidence]), [['suggested', 'auto', '待查', 0.7]]);
});

test('doccano: a pretty-printed JSON file is said once not to be JSON Lines; many bad lines give a few messages', () => {
  const pretty = JSON.stringify({ data: { text: TEXT }, annotations: [] }, null, 2);
  const r = importDoccano(pretty, 'x.json', TEXT);
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0].message, /^not JSON Lines: the file is one JSON value over \d+ lines/);
  const junk = importDoccano(Array.from({ length: 20 }, (_, i) => `junk ${i}`).join('\n'), 'x.jsonl', TEXT);
  assert.equal(junk.errors.length, 6);
  assert.match(junk.errors[5].message, /^and 15 more lines that are not doccano records/);
});

test('mergeImported: a span in a doccano file that the sidecar holds as rejected is the annotator\'s again (accepted, by hand), note and id kept', () => {
  const stored = buildSidecar(
    TEXT,
    [{ start: 10, end: 12, label: 'PER', confidence: 0.8, source: 'auto', status: 'rejected', note: '核实过', roles: [{ role: '记者' }] }],
    { path: 'x.txt', generator: GENERATOR, now: NOW },
  ).annotations;
  const doccano = importDoccano(JSON.stringify({ text: TEXT, label: [[10, 12, 'PER']] }) + '\n', 'x.jsonl', TEXT);
  const merged = mergeImported(stored, doccano.annotations, TEXT).annotations;
  assert.deepEqual(
    merged.map((a) => [a.label, a.status, a.source, a.note, a.roles?.[0]?.role, a.id]),
    [['PER', 'accepted', 'manual', '核实过', '记者', stored[0].id]],
  );
  // A file that states the status keeps its word, rejected or not.
  const brat = importBrat('T1\tPER 10 12\t张三\nA1\tStatus T1 rejected\n', 'x.ann', TEXT);
  assert.deepEqual(mergeImported(stored, brat.annotations, TEXT).annotations.map((a) => a.status), ['rejected']);
});

test('mergeImported: a relabelled span replaces the old label (never PER and ORG on one span) and drops what belonged to it', () => {
  const stored = buildSidecar(
    TEXT,
    [
      { start: 10, end: 12, label: 'PER', confidence: 0.8, source: 'auto', status: 'suggested', note: '待查', roles: [{ role: '记者' }], glossaryId: 'zhang' },
      { start: 0, end: 2, label: 'NUM', kind: 'DATE', value: { value: 2024 }, confidence: 0.9, source: 'auto', status: 'accepted' },
      { start: 4, end: 6, label: 'TERM', confidence: 1, source: 'glossary', status: 'suggested', glossaryId: 'bj' },
    ] as never,
    { path: 'x.txt', generator: GENERATOR, now: NOW },
  ).annotations;
  // brat: T1 PER → ORG on the same span.
  const brat = importBrat('T1\tORG 10 12\t张三\nA1\tStatus T1 accepted\n', 'x.ann', TEXT);
  const m = mergeImported(stored, brat.annotations, TEXT).annotations.filter((a) => a.start === 10);
  assert.deepEqual(
    m.map((a) => [a.label, a.status, a.note, a.roles, a.glossaryId, a.kind, a.id]),
    [['ORG', 'accepted', '待查', undefined, undefined, undefined, stored.find((s) => s.label === 'PER')!.id]],
  );
  // doccano: NUM → ORG loses kind and value; a TERM on a span is never relabelled into a name.
  const doccano = importDoccano(JSON.stringify({ text: TEXT, label: [[0, 2, 'ORG'], [4, 6, 'LOC']] }) + '\n', 'x.jsonl', TEXT);
  const d = mergeImported(stored, doccano.annotations, TEXT).annotations.sort((x, y) => x.start - y.start || x.label.localeCompare(y.label));
  assert.deepEqual(
    d.map((a) => [a.label, a.start, a.kind, a.value, a.glossaryId]),
    [
      ['ORG', 0, undefined, undefined, undefined],
      ['LOC', 4, undefined, undefined, undefined],
      ['TERM', 4, undefined, undefined, 'bj'],
      ['PER', 10, undefined, undefined, 'zhang'],
    ],
  );
  // The stored suggestion and a new label at one span: the new label is a mark, the suggestion gives way
  // to it (as in the editor) and its note goes with it, said so.
  const both = importDoccano(JSON.stringify({ text: TEXT, label: [[10, 12, 'PER'], [10, 12, 'ORG']] }) + '\n', 'x.jsonl', TEXT);
  const b = mergeImported(stored, both.annotations, TEXT);
  assert.deepEqual(b.annotations.filter((a) => a.start === 10).map((a) => [a.label, a.status, a.note]), [['ORG', 'accepted', '待查']]);
  assert.deepEqual(b.notes, ['x.jsonl:1:49: ORG "张三" is marked over PER "张三", which was a suggestion with a note: the PER gave way, as under a mark made in the editor, and its note went to the ORG']);
});

test('mergeImported: a relabelling is a person\'s word; it never takes a rejection the file cannot state, nor an annotation of another id', () => {
  const stored = buildSidecar(
    TEXT,
    [
      { start: 10, end: 12, label: 'PER', confidence: 0.8, source: 'auto', status: 'suggested', recogniser: 'model' },
      { start: 4, end: 6, label: 'PER', confidence: 0.6, source: 'auto', status: 'rejected', note: '不是人名' },
    ],
    { path: 'x.txt', generator: GENERATOR, now: NOW },
  ).annotations;
  // doccano relabels the suggestion 张三 PER → ORG, and has 北京 as LOC beside the stored PER rejection.
  const doccano = importDoccano(JSON.stringify({ text: TEXT, label: [[10, 12, 'ORG'], [4, 6, 'LOC']] }) + '\n', 'x.jsonl', TEXT);
  const merged = mergeImported(stored, doccano.annotations, TEXT).annotations.sort((x, y) => x.start - y.start || x.label.localeCompare(y.label));
  assert.deepEqual(
    merged.map((a) => [a.label, TEXT.slice(a.start, a.end), a.status, a.source, a.recogniser, a.note]),
    [
      ['LOC', '北京', 'accepted', 'manual', undefined, undefined],
      ['PER', '北京', 'rejected', 'auto', undefined, '不是人名'],
      ['ORG', '张三', 'accepted', 'manual', undefined, undefined],
    ],
  );
  // A JSON sidecar from a colleague: an annotation of another id on the same span is another annotation.
  const colleague = { start: 4, end: 6, label: 'ORG' as const, confidence: 1, source: 'manual' as const, status: 'accepted' as const, id: 'colleague-1' };
  const m2 = mergeImported(stored, [colleague], TEXT).annotations;
  assert.ok(m2.some((a) => a.label === 'PER' && a.status === 'rejected' && a.note === '不是人名'));
  assert.ok(m2.some((a) => a.label === 'ORG' && a.id === 'colleague-1'));
});

test('every importer says where each annotation is in its file: two names over each other are errors at the later one', () => {
  const two = buildSidecar(
    TEXT,
    [
      { start: 4, end: 6, label: 'LOC', confidence: 1, source: 'manual', status: 'accepted' },
      { start: 5, end: 7, label: 'ORG', confidence: 1, source: 'manual', status: 'accepted' },
    ],
    { path: 'x.txt', generator: GENERATOR, now: NOW },
  );
  for (const format of ['json', 'w3c', 'label-studio', 'doccano', 'brat'] as FormatName[]) {
    const file = EXPORTERS[format]({ text: TEXT, sidecar: two, stem: 'x' }).find((f) => !/\.(txt|conf|xml)$/.test(f.name))!;
    const r = mergeImported([], IMPORTERS[format]!(file.content, file.name, TEXT).annotations, TEXT);
    assert.deepEqual(r.errors.map((e) => e.file), [file.name], format);
    assert.match(r.errors[0].message, /^ORG "京。" overlaps LOC "北京" \(at \d+:\d+\)/, format);
    // The place is where the ORG begins in the file: an object, a doccano triple or a brat line.
    const lines = file.content.split('\n');
    const from = lines.slice(0, r.errors[0].line - 1).join('\n').length + (r.errors[0].line > 1 ? 1 : 0) + r.errors[0].col - 1;
    assert.match(file.content.slice(from), /^(\{|\[|T\d+\t)[^]*?(ORG|LOC)/, format);
    assert.equal(/(ORG|LOC)/.exec(file.content.slice(from))?.[1], 'ORG', format);
  }
});
