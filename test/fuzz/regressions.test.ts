/**
 * One test per crash or broken invariant the fuzzers (test/fuzz/*.test.ts) found, named after its input.
 * The README's reliability section lists them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recogniseNumbers } from '../../src/core/recognise/numbers';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { GlossaryEntry } from '../../src/core/glossary/types';
import { buildSidecar, parseSidecar, serializeSidecar, Sidecar } from '../../src/core/sidecar';
import { EXPORTERS, importBrat, importDoccano, importJson, importLabelStudio, importW3c } from '../../src/core/sidecar/formats';
import { ImportResult } from '../../src/core/sidecar/formats/common';
import { openSidecarFor, readArticle } from '../../src/node/sidecar-file';
import { Annotation } from '../../src/core/types';
import { assertSpanInvariants } from './support';

const META = { path: 'a.txt', generator: { name: 'test', version: '0' }, now: '2026-01-01T00:00:00Z' };

/** The sidecar the CLI would write from these annotations reads back without errors. */
function assertSavable(text: string, annotations: readonly Annotation[]): Sidecar {
  const sidecar = buildSidecar(text, annotations, META);
  const back = parseSidecar(serializeSidecar(sidecar), 'a.annotations.json');
  assert.equal(back.errors, undefined, back.errors?.map((e) => e.message).join('; '));
  return sidecar;
}

for (const [name, text] of [
  ['"6" × 400 + 元 (a numeral past Number.MAX_VALUE)', '6'.repeat(400) + '元'],
  ['"６" × 309 + 元 (full-width)', '６'.repeat(309) + '元'],
  ['"1" × 400 + "—" + "2" × 400 + 元 (a range of overflowing ends)', '1'.repeat(400) + '—' + '2'.repeat(400) + '元'],
] as const) {
  // Since the numbers rules of e072cad, such runs of digits are codes, not numbers; the invariant stays.
  test(`numbers: ${name} gives no infinite NUM value, and its sidecar reads back`, () => {
    const found = recogniseNumbers(text);
    assertSpanInvariants(text, found);
    for (const a of found) for (const v of [a.value?.value, a.value?.low, a.value?.high]) assert.ok(v === undefined || Number.isFinite(v));
    assertSavable(text, found);
  });
}

test('matcher: alias "\\ud842" (a lone high surrogate) does not match half of 𠮷', () => {
  const entries: GlossaryEntry[] = [
    { id: 'e0', term: 'a', aliases: ['\ud842'], related: [], location: { file: 'g', line: 1, col: 1, offset: 0 } },
    { id: 'e1', term: '\udfb7野', aliases: [], related: [], location: { file: 'g', line: 1, col: 1, offset: 0 } },
  ];
  const text = '𠮷野家 \ud842 a';
  const found = new TermMatcher(entries).find(text);
  assertSpanInvariants(text, found);
  // The lone surrogate on its own is still a match: only halves of a pair are protected.
  assert.deepEqual(found.map((a) => [a.start, a.end, a.glossaryId]), [[5, 6, 'e0'], [7, 8, 'e0']]);
});

// ---- importers ----

const TEXT = '张伟在𠮷野家。';
const SIDECAR = buildSidecar(
  TEXT,
  [
    { start: 0, end: 2, label: 'PER', confidence: 0.9, source: 'auto' },
    { start: 3, end: 6, label: 'TERM', confidence: 1, source: 'glossary', glossaryId: 'x' },
  ],
  META,
);
const exported = (format: 'w3c' | 'label-studio' | 'brat' | 'doccano') =>
  EXPORTERS[format]({ text: TEXT, sidecar: SIDECAR, stem: 'a', documentIri: 'file:///a.txt' }).find((f) => /\.(jsonld|json|ann|jsonl)$/.test(f.name))!.content;

function assertImportSavable(r: ImportResult): void {
  assert.deepEqual(r.errors, []);
  assertSavable(TEXT, r.annotations);
}

test('w3c: "created": "yesterday", "zhnews:confidence": 5, "zhnews:value": {"value": "x"} import to a sidecar that reads back', () => {
  const doc = JSON.parse(exported('w3c'));
  const item = doc.first.items[0];
  item.created = 'yesterday';
  item.modified = 17;
  item['zhnews:confidence'] = 5;
  item['zhnews:value'] = { value: 'x', date: { month: 13 } };
  item['zhnews:roles'] = ['主任', { role: 3 }];
  const r = importW3c(JSON.stringify(doc), 'a.w3c.jsonld', TEXT);
  assertImportSavable(r);
  assert.equal(r.annotations[0].confidence, 1);
  assert.equal(r.annotations[0].created, undefined);
});

test('w3c: glossary source "urn:…:%E0" (broken %-encoding) does not throw URIError', () => {
  const doc = JSON.parse(exported('w3c'));
  const bodies = doc.first.items[1].body as { purpose: string; source?: string }[];
  const identifying = bodies.find((b) => b.purpose === 'identifying')!;
  identifying.source = identifying.source!.replace(/x$/, '%E0');
  const r = importW3c(JSON.stringify(doc), 'a.w3c.jsonld', TEXT);
  assertImportSavable(r);
  assert.equal(r.annotations[1].glossaryId, '%E0');
});

test('w3c: TextQuoteSelector "exact": "" without a position is an error, not an empty span', () => {
  const doc = JSON.parse(exported('w3c'));
  doc.first.items[0].target.selector = [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }];
  const r = importW3c(JSON.stringify(doc), 'a.w3c.jsonld', TEXT);
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0].message, /no TextQuoteSelector or TextPositionSelector/);
});

test('w3c: TextPositionSelector "start": -1 is not taken as a position', () => {
  const doc = JSON.parse(exported('w3c'));
  const sel = (doc.first.items[0].target.selector as { type: string; start?: number }[]).find((s) => s.type === 'TextPositionSelector')!;
  sel.start = -1;
  const r = importW3c(JSON.stringify(doc), 'a.w3c.jsonld', TEXT);
  // The quote still finds 张伟.
  assertImportSavable(r);
  assert.deepEqual(r.annotations.map((a) => [a.start, a.end]), [[0, 2], [3, 6]]);
});

test('brat: "N1\\tReference T2 Glossary:%E0" does not throw URIError', () => {
  const ann = exported('brat').replace('Glossary:x', 'Glossary:%E0');
  const r = importBrat(ann, 'a.ann', TEXT);
  assertImportSavable(r);
  assert.equal(r.annotations[1].glossaryId, '%E0');
});

test('label-studio: "score": 5 becomes confidence 1 and the sidecar reads back', () => {
  const tasks = JSON.parse(exported('label-studio'));
  tasks[0].predictions[0].result[0].score = 5;
  const r = importLabelStudio(JSON.stringify(tasks), 'a.label-studio.json', TEXT);
  assertImportSavable(r);
  assert.equal(r.annotations[0].confidence, 1);
});

test('doccano: [-1, 5, "NUM"] and [4, 5, "ORG"] (half of 𠮷) are located errors', () => {
  for (const span of [[-1, 5, 'NUM'], [4, 5, 'ORG']]) {
    const r = importDoccano(JSON.stringify({ text: TEXT, label: [span] }) + '\n', 'a.jsonl', TEXT);
    assert.equal(r.errors.length, 1, JSON.stringify(span));
    assert.equal(r.errors[0].line, 1);
  }
});

// ---- a sidecar whose hash matches but whose spans do not fit ----

/** The article's own sidecar, with annotation 0 edited by hand. */
function handEdited(edit: (a: Record<string, unknown> & { quote: { exact: string } }) => void): string {
  const j = JSON.parse(serializeSidecar(buildSidecar('𠮷a张伟', [{ start: 3, end: 5, label: 'PER', confidence: 1, source: 'manual' }], META)));
  edit(j.annotations[0]);
  return JSON.stringify(j, null, 2);
}
const HALF_PAIR = handEdited((a) => Object.assign(a, { start: 1, end: 3, startCodePoint: 1, endCodePoint: 3, quote: { ...a.quote, exact: '\udfb7a' } }));
const WRONG_QUOTE = handEdited((a) => Object.assign(a, { quote: { ...a.quote, exact: '李四' } }));

for (const [name, content] of [
  ['start 1, end 3 in "𠮷a张伟" (half of 𠮷)', HALF_PAIR],
  ['quote "李四" where the text says 张伟', WRONG_QUOTE],
] as const) {
  test(`openSidecarFor: same-hash sidecar with ${name} loads it as an orphan and can be saved again`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-regress-'));
    try {
      const articlePath = join(dir, 'a.txt');
      writeFileSync(articlePath, '𠮷a张伟');
      writeFileSync(join(dir, 'a.annotations.json'), content);
      const article = readArticle(articlePath);
      assert.ok(!('errors' in article));
      const r = openSidecarFor(articlePath, article, { root: dir, now: META.now });
      assert.ok(r && !('errors' in r));
      assert.equal(r.sidecar.annotations.length, 0);
      assert.equal(r.sidecar.orphans.length, 1);
      assertSavable(article.text, r.sidecar.annotations);
      assert.equal(readFileSync(articlePath, 'utf8'), '𠮷a张伟');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`importJson: same-hash sidecar with ${name} imports it as an orphan`, () => {
    const r = importJson(content, 'a.annotations.json', '𠮷a张伟');
    assert.deepEqual(r.errors, []);
    assert.equal(r.annotations.length, 0);
    assert.equal(r.orphans?.length, 1);
  });
}
