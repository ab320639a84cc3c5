import { test } from 'node:test';
import { createCliAnnotator } from '../../src/cli/engine';
import { buildSidecar, parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { assertSpanInvariants, check, hostileText, longLine } from './support';

// The real pipeline the CLI uses (nodejieba, the name model, the built-in glossary); loaded once.
const annotator = createCliAnnotator();

test('annotate on hostile text: never throws, sorted spans inside bounds, whole characters, no entity overlap', () => {
  check('annotate.hostile', hostileText(40), (text) => {
    assertSpanInvariants(text, annotator.annotate(text));
  });
});

test('annotate on long lines (up to 20,000 units) keeps the invariants', () => {
  check('annotate.long-line', longLine(2_000, 20_000), (text) => {
    assertSpanInvariants(text, annotator.annotate(text));
  });
});

test('every annotation of a hostile text survives the sidecar: build, serialise, parse back', () => {
  check('annotate.sidecar-roundtrip', hostileText(30), (text) => {
    const annotations = annotator.annotate(text);
    const sidecar = buildSidecar(text, annotations, { path: 'a.txt', generator: { name: 'fuzz', version: '0' }, now: '2026-01-01T00:00:00Z' });
    const parsed = parseSidecar(serializeSidecar(sidecar), 'a.annotations.json');
    if (parsed.errors) throw new Error(`sidecar of the annotations does not parse back: ${parsed.errors.map((e) => `${e.line}:${e.col} ${e.message}`).join('; ')}`);
    if (parsed.sidecar.annotations.length !== annotations.length) {
      throw new Error(`${annotations.length} annotations written, ${parsed.sidecar.annotations.length} read back`);
    }
    const key = (a: { label: string; start: number; end: number; kind?: string }) => `${a.label}/${a.kind ?? ''} ${a.start}–${a.end}`;
    const written = annotations.map(key).sort().join(', ');
    const read = parsed.sidecar.annotations.map(key).sort().join(', ');
    if (written !== read) throw new Error(`annotations changed on the way: wrote ${written}; read ${read}`);
  });
});
