/**
 * ≥ 1,000 random edit sequences on the seed article, starting from its gold annotations: after each
 * sequence every annotation is at a span whose text equals its quote, or listed as an orphan; none lost.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildSidecar, reanchor, Sidecar, SidecarAnnotation } from '../../../src/core/sidecar';
import { isHighSurrogate, isLowSurrogate } from '../../../src/core/text/offsets';
import { GENERATOR, NOW, seedArticle } from './fixtures';

const seed = seedArticle();
const START: Sidecar = buildSidecar(seed.text, seed.annotations, { path: 'seed-article.txt', generator: GENERATOR, now: NOW });

interface Edit {
  at: number; // fraction of the text length
  del: number;
  insert: string;
}

const piece = fc.oneof(
  fc.constantFrom('重庆', '𠮷', '😀', '👨‍👩‍👧', '\r\n', '\n', '，', '市人大', '何春阳', '2024年', ' '),
  fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4fff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 9, max: 200 })),
  insert: fc.array(piece, { maxLength: 4 }).map((xs) => xs.join('')),
});
/** Sometimes copy a stretch of the text elsewhere, so quotes occur twice. */
const copy = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 2, max: 60 }), to: fc.double({ min: 0, max: 1, noNaN: true }) });

function noSplit(text: string, i: number): number {
  return i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

function apply(text: string, e: Edit | { from: number; len: number; to: number }): string {
  if ('insert' in e) {
    const at = noSplit(text, Math.floor(e.at * text.length));
    const end = noSplit(text, Math.min(text.length, at + e.del));
    return text.slice(0, at) + e.insert + text.slice(end);
  }
  const from = noSplit(text, Math.floor(e.from * text.length));
  const end = noSplit(text, Math.min(text.length, from + e.len));
  const to = noSplit(text, Math.floor(e.to * text.length));
  return text.slice(0, to) + text.slice(from, end) + text.slice(to);
}

function checkInvariants(text: string, before: SidecarAnnotation[], annotations: SidecarAnnotation[], orphans: SidecarAnnotation[]): void {
  assert.equal(annotations.length + orphans.length, before.length, 'none lost, none added');
  assert.deepEqual([...annotations, ...orphans].map((a) => a.id).sort(), before.map((a) => a.id).sort());
  for (const a of annotations) {
    assert.equal(text.slice(a.start, a.end), a.quote.exact, `${a.id} sits on its quote`);
    assert.ok(a.end > a.start);
    assert.equal(a.endCodePoint - a.startCodePoint, [...a.quote.exact].length);
  }
  const old = new Map(before.map((a) => [a.id, a]));
  for (const o of orphans) assert.equal(o.quote.exact, old.get(o.id)!.quote.exact, 'an orphan keeps its old quote');
}

test('re-anchoring after 1,000 random edit sequences on the seed article loses nothing', (t) => {
  const totals = { kept: 0, moved: 0, fuzzy: 0, orphan: 0 };
  fc.assert(
    fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: edit }, { weight: 1, arbitrary: copy }), { minLength: 1, maxLength: 5 }), (edits) => {
      let text = seed.text;
      for (const e of edits) text = apply(text, e);
      const r = reanchor(text, START.annotations, { now: NOW });
      checkInvariants(text, START.annotations, r.annotations, r.orphans);
      assert.equal(r.report.length, START.annotations.length);
      for (const x of r.report) totals[x.outcome]++;
    }),
    { numRuns: 1000 },
  );
  t.diagnostic(`outcomes over 1,000 sequences × ${START.annotations.length} annotations: ${JSON.stringify(totals)}`);
});

test('re-anchoring after every edit of a sequence (as an editor saves) keeps the orphans and loses nothing', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      let text = seed.text;
      let live = START.annotations;
      let orphans: SidecarAnnotation[] = [];
      for (const e of edits) {
        text = apply(text, e);
        const r = reanchor(text, live, { now: NOW });
        checkInvariants(text, live, r.annotations, r.orphans);
        live = r.annotations;
        orphans = [...orphans, ...r.orphans];
      }
      assert.equal(live.length + orphans.length, START.annotations.length);
    }),
    { numRuns: 200 },
  );
});
