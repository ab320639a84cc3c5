import { Annotation } from '../types';

/**
 * Chooses a set of non-overlapping PER/ORG/LOC/NUM spans (GUIDELINES.md: they never overlap).
 * Candidates are ranked by priority, then confidence, then length; a candidate that overlaps an
 * already chosen span is dropped. TERM annotations are a separate layer and pass through untouched.
 */
export function resolveOverlaps(candidates: Annotation[], priority: (a: Annotation) => number): Annotation[] {
  const terms = candidates.filter((a) => a.label === 'TERM');
  const entities = candidates
    .filter((a) => a.label !== 'TERM' && a.end > a.start)
    .sort(
      (a, b) =>
        priority(b) - priority(a) ||
        b.confidence - a.confidence ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start,
    );
  const chosen: Annotation[] = [];
  // Occupied ranges kept sorted by start, for a binary-search overlap test.
  const taken: Array<[number, number]> = [];
  for (const a of entities) {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid][0] < a.end) lo = mid + 1;
      else hi = mid;
    }
    // taken[lo-1] is the last range starting before a.end; it overlaps iff it ends after a.start.
    if (lo > 0 && taken[lo - 1][1] > a.start) continue;
    taken.splice(lo, 0, [a.start, a.end]);
    chosen.push(a);
  }
  return [...chosen, ...terms].sort((a, b) => a.start - b.start || a.end - b.end);
}
