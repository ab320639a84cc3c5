import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, EXPORTERS, IMPORTERS, FormatName, SidecarAnnotation, AnnotationInput } from '../../../../src/core/sidecar';
import { GENERATOR, HARD_TEXT, hardAnnotations, NOW } from '../fixtures';

/** What each format can carry; a round trip must give these fields back unchanged. */
const CARRIED: Record<string, { main: string; fields: (keyof SidecarAnnotation)[]; onlyVisible?: boolean }> = {
  json: {
    main: '.annotations.json',
    fields: ['id', 'label', 'kind', 'value', 'roles', 'start', 'end', 'source', 'recogniser', 'status', 'confidence', 'glossaryId', 'note', 'created', 'modified'],
  },
  brat: { main: '.ann', fields: ['label', 'kind', 'start', 'end', 'source', 'status', 'glossaryId', 'note'] },
  w3c: {
    main: '.w3c.jsonld',
    fields: ['id', 'label', 'kind', 'value', 'roles', 'start', 'end', 'source', 'recogniser', 'status', 'confidence', 'glossaryId', 'note', 'created', 'modified'],
  },
  'label-studio': { main: '.label-studio.json', fields: ['id', 'label', 'kind', 'start', 'end', 'source', 'status', 'confidence', 'glossaryId', 'note'] },
  doccano: { main: '.doccano.jsonl', fields: ['label', 'start', 'end'], onlyVisible: true },
};

function pick(a: AnnotationInput | SidecarAnnotation, fields: (keyof SidecarAnnotation)[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of fields) if ((a as unknown as Record<string, unknown>)[f] !== undefined) o[f] = (a as unknown as Record<string, unknown>)[f];
  return o;
}

const order = (x: Record<string, unknown>, y: Record<string, unknown>) =>
  (x.start as number) - (y.start as number) || (x.end as number) - (y.end as number) || String(x.label).localeCompare(String(y.label));

for (const [format, spec] of Object.entries(CARRIED)) {
  test(`${format}: export → import gives the same annotations (𠮷, emoji, CRLF, BOM)`, () => {
    const sidecar = buildSidecar(HARD_TEXT, hardAnnotations(), { path: 'hard.txt', hadBom: true, generator: GENERATOR, now: NOW });
    const files = EXPORTERS[format as FormatName]({ text: HARD_TEXT, sidecar, stem: 'hard' });
    const main = files.find((f) => f.name === 'hard' + spec.main);
    assert.ok(main, `${format} writes hard${spec.main}`);
    const result = IMPORTERS[format as FormatName]!(main.content, main.name, HARD_TEXT);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.orphans ?? [], []);
    const source = spec.onlyVisible ? sidecar.annotations.filter((a) => a.status !== 'rejected') : sidecar.annotations;
    const expected = source.map((a) => pick(a, spec.fields)).sort(order);
    const actual = result.annotations.map((a) => pick(a, spec.fields)).sort(order);
    assert.equal(actual.length, expected.length);
    assert.deepEqual(actual, expected);
    // The fixture must exercise what makes offsets hard, or this test proves nothing.
    assert.ok(sidecar.annotations.some((a) => a.startCodePoint !== a.start));
  });
}

test('a label-studio or doccano file made from an older text is re-anchored to the article', () => {
  const old = HARD_TEXT;
  const edited = '新增一段导语。\r\n' + HARD_TEXT.replace('邱小雅', '邱晓');
  const sidecar = buildSidecar(old, hardAnnotations(), { path: 'hard.txt', generator: GENERATOR, now: NOW });
  for (const format of ['label-studio', 'doccano'] as const) {
    const main = EXPORTERS[format]({ text: old, sidecar, stem: 'hard' })[0];
    const r = IMPORTERS[format]!(main.content, main.name, edited);
    assert.deepEqual(r.errors, []);
    for (const a of r.annotations) assert.ok(edited.slice(a.start, a.end).length > 0);
    const names = r.annotations.filter((a) => a.label === 'PER').map((a) => edited.slice(a.start, a.end));
    assert.ok(names.includes('何春阳'), format);
    // 邱小雅 → 邱晓: a fuzzy match or an orphan, never a silent loss.
    const qiu = r.annotations.some((a) => edited.slice(a.start, a.end).startsWith('邱')) || (r.orphans ?? []).some((o) => o.quote.exact === '邱小雅');
    assert.ok(qiu, format);
  }
});

test('import errors are located', () => {
  const cases: [FormatName, string, RegExp][] = [
    ['brat', 'T1\tPER 3 1\t何春阳\n', /^x:1:8: offsets 3 1: each fragment's end must be after its start/],
    ['brat', 'T1\tPER 0 2\t𠮷野\nbroken\n', /^x:2:1: not a brat annotation line .*"broken"/],
    ['brat', 'T1\tPER 0 2\t𠮷野\nT2\tFOO 1 2\tx\n', /^x:2:4: unknown label "FOO"/],
    ['doccano', '{"text": "ab", "label": [[0, 1, "PER"]]}\n{"text": "ab", "label": [[0, 9, "PER"]]\n', /^x:2:\d+: invalid JSON/],
    ['doccano', '{"text": "ab", "label": []}\n{"text": "𠮷野家ab", "label": [[0, 9, "PER"]]}\n', /^x:2:\d+: offsets 0–9 do not fit the record's text \(6 UTF-16 units\); doccano keeps no quote/],
    ['doccano', '{"text": "𠮷野家ab", "entities": [{"id": 1, "start_offset": 0, "end_offset": 2, "label": "FOO"}]}\n', /^x:1:\d+: unknown label "FOO"/],
    ['doccano', '{"text": "𠮷野家ab"}\n', /^x:1:1: a doccano record with no spans: expected "label" or "entities"/],
    ['w3c', '{"@context": "http://www.w3.org/ns/anno.jsonld", "items": []}', /^x:1:1: not a W3C Web Annotation file/],
    ['label-studio', '{"data": {"text": "ab"}, "annotations": [{"result": [{"id": "r", "type": "labels", "value": {"start": 0, "end": 1, "labels": ["BAD"]}}]}]}', /^x:1:\d+: unknown label "BAD"/],
    ['w3c', '[{"type": "Annotation", "body": [], "target": {}}]', /^x:1:\d+: no classifying body/],
    ['json', '{"formatVersion": 1', /^x:1:\d+: invalid JSON/],
  ];
  for (const [format, content, expected] of cases) {
    const r = IMPORTERS[format]!(content, 'x', '𠮷野家ab');
    assert.ok(r.errors.length > 0, `${format}: ${content}`);
    const first = r.errors[0];
    assert.match(`${first.file}:${first.line}:${first.col}: ${first.message}`, expected);
  }
});
