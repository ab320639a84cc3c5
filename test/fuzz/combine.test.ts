import { test } from 'node:test';
import fc from 'fast-check';
import { addWhereFree, numbersInsideNames, resolveOverlaps } from '../../src/core/recognise/combine';
import { Annotation } from '../../src/core/types';
import { check } from './support';

/** The plain greedy choice resolveOverlaps must agree with: same ranking, quadratic overlap test. */
function naive(candidates: Annotation[], priority: (a: Annotation) => number): Annotation[] {
  const ranked = candidates
    .filter((a) => a.label !== 'TERM' && a.end > a.start)
    .sort((a, b) => priority(b) - priority(a) || b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Annotation[] = [];
  for (const a of ranked) if (!chosen.some((c) => c.start < a.end && a.start < c.end)) chosen.push(a);
  return [...chosen, ...candidates.filter((a) => a.label === 'TERM')].sort((a, b) => a.start - b.start || a.end - b.end);
}

const candidate = fc
  .record({
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: -1, max: 12 }),
    label: fc.constantFrom<Annotation['label']>('PER', 'ORG', 'LOC', 'NUM', 'TERM'),
    confidence: fc.constantFrom(0.2, 0.5, 0.9, 1),
    first: fc.boolean(),
  })
  .map(({ start, length, label, confidence, first }): Annotation => ({ start, end: start + length, label, confidence, source: first ? 'manual' : 'auto' }));

test('resolveOverlaps chooses what the plain greedy choice chooses', () => {
  check('combine.resolve', fc.array(candidate, { maxLength: 40 }), (cands) => {
    const priority = (a: Annotation) => (a.source === 'manual' ? 1 : 0);
    const key = (xs: Annotation[]) => xs.map((a) => `${a.label}:${a.start}-${a.end}:${a.confidence}:${a.source}`).join(' ');
    const got = key(resolveOverlaps(cands, priority));
    const want = key(naive(cands, priority));
    if (got !== want) throw new Error(`got ${got}\nwant ${want}`);
  });
});

test('resolveOverlaps chooses what the plain greedy choice chooses when few or no candidates overlap', () => {
  // A paragraph's candidates mostly overlap nowhere (all are chosen without ranking); an overlap late
  // in the list must still rank them all.
  const spread = fc.array(candidate, { maxLength: 30 }).map((cs) => cs.map((c, k) => ({ ...c, start: c.start + 80 * k, end: c.end + 80 * k })));
  check('combine.resolve-disjoint', fc.tuple(spread, fc.array(candidate, { maxLength: 2 }), fc.nat()), ([cands, extra, at]) => {
    const all = [...cands];
    all.splice(at % (all.length + 1), 0, ...extra.map((c) => ({ ...c, start: c.start * 20, end: c.end * 20 })));
    const priority = (a: Annotation) => (a.source === 'manual' ? 1 : 0);
    const key = (xs: Annotation[]) => xs.map((a) => `${a.label}:${a.start}-${a.end}:${a.confidence}:${a.source}`).join(' ');
    const got = key(resolveOverlaps(all, priority));
    const want = key(naive(all, priority));
    if (got !== want) throw new Error(`got ${got}\nwant ${want}`);
  });
});

test('numbersInsideNames finds exactly the numbers some name contains', () => {
  check('combine.inside', fc.array(candidate, { maxLength: 40 }), (cands) => {
    const isName = (a: Annotation) => a.label === 'PER' || a.label === 'ORG' || a.label === 'LOC';
    const want = cands.filter((n) => n.label === 'NUM' && cands.some((a) => isName(a) && a.start <= n.start && n.end <= a.end));
    const got = numbersInsideNames(cands);
    if (got.size !== want.length || want.some((n) => !got.has(n))) throw new Error(`got ${got.size}, want ${want.length}`);
  });
});

test('addWhereFree gives what resolveOverlaps gives with the kept spans first', () => {
  // Kept: mostly a document's disjoint sorted spans (the fast path), sometimes anything (the fallback).
  const disjoint = fc.array(candidate, { maxLength: 30 }).map((cs) => {
    const out: Annotation[] = [];
    for (const c of cs.sort((a, b) => a.start - b.start)) if (c.label !== 'TERM' && c.end > c.start && (!out.length || c.start >= out[out.length - 1].end)) out.push(c);
    return out;
  });
  const kept = fc.oneof({ arbitrary: disjoint, weight: 4 }, { arbitrary: fc.array(candidate, { maxLength: 20 }), weight: 1 });
  check('combine.addWhereFree', fc.tuple(kept, fc.array(candidate, { maxLength: 30 })), ([k, added]) => {
    const set = new Set(k);
    const want = resolveOverlaps([...k, ...added], (x) => (set.has(x) ? 1 : 0));
    const got = addWhereFree(k, added);
    if (got.length !== want.length || got.some((a, i) => a !== want[i])) throw new Error(`got ${got.map((a) => `${a.label}:${a.start}-${a.end}`)}\nwant ${want.map((a) => `${a.label}:${a.start}-${a.end}`)}`);
  });
});
