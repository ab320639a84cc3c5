import { Annotation } from '../types';
import { lastStartingAtOrBefore, mergeInTextOrder, overlapsDisjoint } from '../text/sorted-spans';

/**
 * Chooses a set of non-overlapping PER/ORG/LOC/NUM spans (GUIDELINES.md: they never overlap).
 * Candidates are ranked by priority, then confidence, then length; a candidate that overlaps an
 * already chosen span is dropped. TERM annotations are a separate layer and pass through untouched.
 */
export function resolveOverlaps(candidates: Annotation[], priority: (a: Annotation) => number): Annotation[] {
  const terms = candidates.filter((a) => a.label === 'TERM');
  const spans = candidates.filter((a) => a.label !== 'TERM' && a.end > a.start);
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of spans) {
    if (a.start < lo) lo = a.start;
    if (a.end > hi) hi = a.end;
  }
  const size = spans.length ? hi - lo : 0;
  const tree = new Int32Array(size + 1);
  // Most paragraphs' candidates overlap nowhere (each recogniser's spans are disjoint): all are then
  // chosen whatever their rank, and neither the ranking nor the tree is needed.
  if (noOverlap(spans, tree, lo)) return inOrder(spans, tree, lo, terms);
  tree.fill(0);
  const entities = byRank(spans, priority);
  const chosen: Annotation[] = [];
  // Occupied UTF-16 units counted in a Fenwick tree: an overlap test is two prefix sums, and marking
  // costs the span's length, which over disjoint chosen spans adds up to at most the text's length.
  // (A sorted list of ranges with splice was quadratic: 8 MB of news, 600,000 candidates, 3 minutes.)
  const prefix = (i: number) => {
    let sum = 0;
    for (; i > 0; i -= i & -i) sum += tree[i];
    return sum;
  };
  for (const a of entities) {
    if (prefix(a.end - lo) - prefix(a.start - lo) > 0) continue;
    for (let p = a.start - lo + 1; p <= a.end - lo; p++) for (let i = p; i <= size; i += i & -i) tree[i]++;
    chosen.push(a);
  }
  return inOrder(chosen, tree, lo, terms);
}

/** Marks the units of each span in `at` (all zero, from `lo`); false at the first unit marked twice. */
function noOverlap(spans: readonly Annotation[], at: Int32Array, lo: number): boolean {
  for (let k = 0; k < spans.length; k++) {
    const end = spans[k].end - lo;
    for (let p = spans[k].start - lo; p < end; p++) {
      if (at[p] !== 0) return false;
      at[p] = 1;
    }
  }
  return true;
}

/**
 * resolveOverlaps([...kept, ...added], (x) => (kept includes x ? 1 : 0)), faster when `kept` is
 * sorted, disjoint, non-empty and holds no TERM (a document's spans, 100,000 for 5 MB of news):
 * all of them are then chosen whatever their rank, so only the added spans that overlap none of
 * them are ranked; the two sorted lists are merged.
 */
export function addWhereFree(kept: readonly Annotation[], added: readonly Annotation[]): Annotation[] {
  if (!allKept(kept)) {
    const set = new Set(kept);
    return resolveOverlaps([...kept, ...added], (x) => (set.has(x) ? 1 : 0));
  }
  // TERM spans pass through resolveOverlaps whatever they overlap.
  const free = added.filter((x) => x.label === 'TERM' || !overlapsDisjoint(kept, x.start, x.end));
  // Disjoint from each other and from kept (TERM spans of the new ones are ordered among themselves).
  return mergeInTextOrder(kept, resolveOverlaps(free, () => 0));
}

/**
 * Whether addWhereFree keeps every span of `kept` (sorted, disjoint, non-empty, no TERM): an added
 * span that overlaps one of them is then never chosen.
 */
export function allKept(kept: readonly Annotation[]): boolean {
  for (let k = 0; k < kept.length; k++) {
    const a = kept[k];
    if (a.label === 'TERM' || !(a.end > a.start) || (k > 0 && a.start < kept[k - 1].end)) return false;
  }
  return true;
}

/**
 * The chosen spans and the terms by start, then end; a chosen span before a term with the same
 * edges, terms in their given order. Chosen spans are disjoint and non-empty, so at most one starts
 * at each unit: they come in order by one walk over `at` (the tree, no longer needed; one entry per
 * unit of the range) instead of a comparison sort, which took a tenth of the document pass.
 */
function inOrder(chosen: readonly Annotation[], at: Int32Array, lo: number, terms: Annotation[]): Annotation[] {
  let sorted: Annotation[];
  if (chosen.length < 2) sorted = chosen.slice();
  else {
    at.fill(0);
    for (let k = 0; k < chosen.length; k++) at[chosen[k].start - lo] = k + 1;
    sorted = new Array<Annotation>(chosen.length);
    for (let p = 0, k = 0; k < chosen.length; p++) if (at[p] !== 0) sorted[k++] = chosen[at[p] - 1];
  }
  if (terms.length === 0) return sorted;
  terms.sort((a, b) => a.start - b.start || a.end - b.end);
  return mergeInTextOrder(sorted, terms);
}

/**
 * The spans by priority, then confidence, then length (longest first), then start; equal ones keep
 * their order. The keys are read once per span into arrays and the sort compares those: the
 * document pass ranks every span of a document (100,000 for 5 MB of news), and a comparator calling
 * `priority` twice per comparison spent most of the time there.
 */
function byRank(spans: Annotation[], priority: (a: Annotation) => number): Annotation[] {
  const n = spans.length;
  const prio = new Float64Array(n);
  const conf = new Float64Array(n);
  const len = new Float64Array(n);
  const start = new Float64Array(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const a = spans[i];
    prio[i] = priority(a);
    conf[i] = a.confidence;
    len[i] = a.end - a.start;
    start[i] = a.start;
    order[i] = i;
  }
  // The same comparisons as on the spans themselves; the index last keeps equal spans in order.
  order.sort((i, j) => prio[j] - prio[i] || conf[j] - conf[i] || len[j] - len[i] || start[i] - start[j] || i - j);
  const out = new Array<Annotation>(n);
  for (let k = 0; k < n; k++) out[k] = spans[order[k]];
  return out;
}

/**
 * NUM candidates lying wholly inside a PER/ORG/LOC candidate: numerals inside names are no numbers
 * (GUIDELINES: 广东公安边防六支队, 鑫诺1号卫星, 三元朱村团支部), so such a number ranks below the name.
 * One sort and a binary search per number: paragraphs may hold thousands of candidates.
 */
export function numbersInsideNames(candidates: readonly Annotation[]): Set<Annotation> {
  const inside = new Set<Annotation>();
  const names = candidates.filter((a) => a.label === 'PER' || a.label === 'ORG' || a.label === 'LOC').sort((a, b) => a.start - b.start);
  if (names.length === 0) return inside;
  // maxEnd[k]: the furthest end among names[0..k], all starting at or before names[k].start.
  const maxEnd = new Int32Array(names.length);
  for (let k = 0, m = -1; k < names.length; k++) maxEnd[k] = m = Math.max(m, names[k].end);
  for (const a of candidates) {
    if (a.label !== 'NUM') continue;
    const k = lastStartingAtOrBefore(names, a.start);
    if (k >= 0 && maxEnd[k] >= a.end) inside.add(a);
  }
  return inside;
}
