/**
 * Finds annotations again after the article changed under its sidecar (the hash differs).
 *
 * Each annotation goes through, in order:
 *  1. kept   — its stored span still holds its quote;
 *  2. moved  — its exact quote elsewhere: the occurrence whose surroundings best match the stored
 *              prefix/suffix, ties going to the one nearest where it was expected;
 *  3. fuzzy  — an approximate match of the quote (Myers' bit-parallel search, as Hypothesis does),
 *              scored with its context and position and accepted above a threshold; the quote is then
 *              updated to the text found, and the old one is reported;
 *  4. orphan — kept with its old offsets and quote, for the editor to re-attach or delete.
 * Nothing is dropped: every input id comes out once, as an annotation or an orphan, with a report line.
 */
import search from 'approx-string-match';
import { splitsSurrogatePair } from '../text/offsets';
import { Anchorer, SidecarAnnotation } from './model';
import { numValueOf } from '../annotations/num-value';

export type AnchorOutcome = 'kept' | 'moved' | 'fuzzy' | 'orphan';

export interface AnchorReport {
  id: string;
  label: string;
  outcome: AnchorOutcome;
  /** Where it was (UTF-16, in the old text). */
  from: { start: number; end: number };
  /** Where it is now; absent for orphans. */
  to?: { start: number; end: number };
  oldQuote: string;
  /** For fuzzy matches: the text now covered. */
  newQuote?: string;
  /** For moved and fuzzy: how well it matched, in [0, 1]. */
  score?: number;
}

export interface ReanchorOptions {
  /** Minimum score of a fuzzy match (quote, context and position weighted 50:20:20:2). Default 0.75. */
  fuzzyThreshold?: number;
  /** Minimum context similarity for an exact quote away from its old place. Default 0.5. */
  minContext?: number;
  /** Length (UTF-16) of the text the annotations were made on, e.g. sidecar.document.length.utf16: it
   *  tells how far text after an edit moved, which makes the common case fast. */
  oldLength?: number;
  /** Timestamp for `modified` and `orphaned` (default: now). */
  now?: string;
}

export interface ReanchorResult {
  annotations: SidecarAnnotation[];
  orphans: SidecarAnnotation[];
  report: AnchorReport[];
}

const CANDIDATE_LIMIT = 64;
/** Context similarities closer than this count as equal, and the nearer candidate wins. */
const CONTEXT_TIE = 0.1;

export function reanchor(text: string, annotations: readonly SidecarAnnotation[], options: ReanchorOptions = {}): ReanchorResult {
  const now = options.now ?? new Date().toISOString();
  const fuzzyThreshold = options.fuzzyThreshold ?? 0.75;
  const minContext = options.minContext ?? 0.5;
  const anchorer = new Anchorer(text);
  const occupied = new Set<string>();
  const key = (label: string, s: number, e: number) => `${label}:${s}:${e}`;
  const placed = new Map<string, { start: number; end: number; outcome: AnchorOutcome; score?: number }>();

  // 1. Spans still in place, in the same surroundings. They claim their spots first so that nothing
  // else lands on them. (Same quote but other surroundings: another occurrence may have slid under
  // the old offsets; the search below decides, and may still keep it.)
  const order = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const a of order) {
    if (
      text.startsWith(a.quote.exact, a.start) &&
      !occupied.has(key(a.label, a.start, a.end)) &&
      contextSimilarity(text, a, a.start, a.end) === 1
    ) {
      occupied.add(key(a.label, a.start, a.end));
      placed.set(a.id, { start: a.start, end: a.end, outcome: 'kept' });
    }
  }

  // 2a. Spans that simply moved with the text: the same quote in the same surroundings where a shift
  // predicts — the last placed annotation's, none, or the text's change in length (given, or read off
  // the last annotation). They claim their places before any search, so an annotation whose text was
  // deleted cannot take the place of a repeated passage that merely moved.
  const kk = (a: SidecarAnnotation) => (s: number, e: number) => occupied.has(key(a.label, s, e));
  const last = order[order.length - 1];
  let delta = 0;
  if (options.oldLength !== undefined) delta = text.length - options.oldLength;
  else if (last && !placed.has(last.id)) {
    const f = findExact(text, last, last.start, 1, kk(last));
    if (f?.score === 1) delta = f.start - last.start;
  }
  const place = (a: SidecarAnnotation, p: Found) => {
    occupied.add(key(a.label, p.start, p.end));
    placed.set(a.id, p);
  };
  /** Walks the annotations in text order; each unplaced one is looked for where the nearest placed one before it predicts. */
  const placeInOrder = (find: (a: SidecarAnnotation, expected: number) => Found | undefined) => {
    let shift = 0;
    for (const a of order) {
      const done = placed.get(a.id);
      if (done) {
        shift = done.start - a.start;
        continue;
      }
      const found = find(a, a.start + shift);
      if (found) {
        place(a, found);
        shift = found.start - a.start;
      }
    }
  };
  placeInOrder((a, expected) => {
    for (const guess of new Set([expected - a.start, 0, delta])) {
      const s = a.start + guess;
      const e = s + a.quote.exact.length;
      if (s >= 0 && text.startsWith(a.quote.exact, s) && !kk(a)(s, e) && contextSimilarity(text, a, s, e) === 1) {
        return { start: s, end: e, outcome: guess === 0 ? 'kept' : 'moved', score: 1 };
      }
    }
    return undefined;
  });
  // 2a'. Perfect matches elsewhere (after several edits of unknown size), each teaching the shift of
  // those that follow.
  placeInOrder((a, expected) => {
    const perfect = findExact(text, a, expected, 1, kk(a));
    return perfect?.score === 1 ? perfect : undefined;
  });
  // 2b and 3. The rest, in text order, predicted by the nearest placed annotation before them.
  placeInOrder((a, expected) => findExact(text, a, expected, minContext, kk(a)) ?? findFuzzy(text, a, expected, fuzzyThreshold, kk(a)));

  const kept: SidecarAnnotation[] = [];
  const orphans: SidecarAnnotation[] = [];
  const report: AnchorReport[] = [];
  for (const a of annotations) {
    const p = placed.get(a.id);
    const base = { id: a.id, label: a.label, from: { start: a.start, end: a.end }, oldQuote: a.quote.exact };
    if (!p) {
      orphans.push({ ...a, orphaned: now });
      report.push({ ...base, outcome: 'orphan' });
      continue;
    }
    const moved = p.outcome !== 'kept';
    const next: SidecarAnnotation = { ...a, start: p.start, end: p.end, ...anchorer.anchor(p) };
    if (p.outcome === 'fuzzy') {
      next.modified = now;
      // A number found with other figures states what it says now, not what it said.
      if (a.label === 'NUM' && a.value !== undefined) next.value = numValueOf(next.quote.exact);
    }
    kept.push(next);
    report.push({
      ...base,
      outcome: p.outcome,
      to: { start: p.start, end: p.end },
      ...(p.outcome === 'fuzzy' ? { newQuote: next.quote.exact } : {}),
      ...(moved && p.score !== undefined ? { score: round(p.score) } : {}),
    });
  }
  return { annotations: kept, orphans, report };
}

type Found = { start: number; end: number; outcome: AnchorOutcome; score: number };

function findExact(text: string, a: SidecarAnnotation, expected: number, minContext: number, taken: (s: number, e: number) => boolean): Found | undefined {
  const exact = a.quote.exact;
  const starts: number[] = [];
  const repeats: number[] = [];
  const others = minContext < 1 ? neighbouringRepeats(a) : [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    if (others.some((o) => o(text, i))) repeats.push(i);
    else if (!taken(i, i + exact.length)) starts.push(i);
  }
  // The nearest first, so a perfect context near the expected place ends the search early.
  starts.sort((x, y) => Math.abs(x - expected) - Math.abs(y - expected));
  let best: Found | undefined;
  for (const s of starts.slice(0, CANDIDATE_LIMIT * 4)) {
    const ctx = contextSimilarity(text, a, s, s + exact.length);
    // Context decides, but a nearer place wins over a slightly better context far away: the
    // predicted position is evidence too (and repeated passages share their context).
    if (!best || ctx > best.score + CONTEXT_TIE) best = { start: s, end: s + exact.length, outcome: s === a.start ? 'kept' : 'moved', score: ctx };
    if (ctx === 1) break;
  }
  if (!best || best.score < minContext) return undefined;
  // Identical candidates and no context agreement: the best one looks like a repeat the context shows
  // beside the annotation (the same characters around it), and its surroundings are not the stored ones.
  // The annotation's own passage is most likely gone: orphan rather than guess.
  const b = best;
  if (b.score < 1 - CONTEXT_TIE && repeats.some((r) => sameSurroundings(text, r, b.start, exact.length))) return undefined;
  return best;
}

/** The occurrences of a quote at `x` and `y` have the same character on each side (or the same text edge). */
function sameSurroundings(text: string, x: number, y: number, length: number): boolean {
  return text.slice(Math.max(0, x - 1), x) === text.slice(Math.max(0, y - 1), y) && text.slice(x + length, x + length + 1) === text.slice(y + length, y + length + 1);
}

function findFuzzy(text: string, a: SidecarAnnotation, expected: number, threshold: number, taken: (s: number, e: number) => boolean): Found | undefined {
  const exact = a.quote.exact;
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  if (maxErrors === 0) return undefined;
  // Exact occurrences were judged above (their context did not fit); hide them so the search
  // returns the near misses rather than only those zero-error matches.
  let haystack = text;
  if (text.includes(exact)) haystack = text.split(exact).join('\uFFFF'.repeat(exact.length));
  const matches = search(haystack, exact, maxErrors)
    .sort((x, y) => Math.abs(x.start - expected) - Math.abs(y.start - expected))
    .slice(0, CANDIDATE_LIMIT);
  let best: Found | undefined;
  for (const m of matches) {
    let { start, end } = m;
    // Never cut a character in half, and never begin or end on white space.
    if (splitsSurrogatePair(text, start)) start--;
    if (splitsSurrogatePair(text, end)) end++;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start || text.slice(start, end).includes('\uFFFF') || taken(start, end)) continue;
    const quoteSim = 1 - levenshtein(exact, text.slice(start, end)) / Math.max(exact.length, end - start);
    const prefixSim = similarity(a.quote.prefix, text.slice(Math.max(0, start - a.quote.prefix.length), start));
    const suffixSim = similarity(a.quote.suffix, text.slice(end, end + a.quote.suffix.length));
    const posSim = 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, text.length));
    const score = (50 * quoteSim + 20 * prefixSim + 20 * suffixSim + 2 * posSim) / 92;
    if (!best || score > best.score) best = { start, end, outcome: 'fuzzy', score };
  }
  return best && best.score >= threshold ? best : undefined;
}

/**
 * The repeats of the quote that the stored context shows beside the annotation in the old text (captions
 * “（记者 王伟 摄）” one after another, near-identical paragraphs), each as a test of whether a candidate
 * is that repeat: the candidate is followed (for a repeat in the prefix) or preceded (in the suffix) by
 * all that lay between the repeat and the annotation (or as much of it as the text still has). Such a candidate is another occurrence that was
 * already there, not where the annotation's text went: when the annotation's passage was deleted, its
 * decision must not move onto it.
 */
function neighbouringRepeats(a: SidecarAnnotation): Array<(text: string, start: number) => boolean> {
  const { exact, prefix, suffix } = a.quote;
  const tests: Array<(text: string, start: number) => boolean> = [];
  for (let k = prefix.indexOf(exact); k >= 0; k = prefix.indexOf(exact, k + 1)) {
    const between = prefix.slice(k + exact.length);
    if (between.length < 2) continue;
    tests.push((text, s) => {
      const from = s + exact.length;
      let n = 0;
      while (n < between.length && from + n < text.length && text.charCodeAt(from + n) === between.charCodeAt(n)) n++;
      return n === between.length || (n >= 2 && from + n === text.length);
    });
  }
  for (let k = suffix.indexOf(exact); k >= 0; k = suffix.indexOf(exact, k + 1)) {
    const between = suffix.slice(0, k);
    if (between.length < 2) continue;
    tests.push((text, s) => {
      let n = 0;
      while (n < between.length && s - 1 - n >= 0 && text.charCodeAt(s - 1 - n) === between.charCodeAt(between.length - 1 - n)) n++;
      return n === between.length || (n >= 2 && s - n === 0);
    });
  }
  return tests;
}

/** How well the text around a candidate matches the stored prefix and suffix, in [0, 1]. */
function contextSimilarity(text: string, a: SidecarAnnotation, start: number, end: number): number {
  const p = a.quote.prefix;
  const s = a.quote.suffix;
  return (similarity(p, text.slice(Math.max(0, start - p.length), start)) + similarity(s, text.slice(end, end + s.length))) / 2;
}

function similarity(stored: string, actual: string): number {
  if (stored === actual) return 1;
  // No stored context (the span was at an end of the text) tells nothing either way.
  if (!stored.length) return 0.5;
  return 1 - levenshtein(stored, actual) / Math.max(stored.length, actual.length);
}

/** Edit distance over UTF-16 units, two rows; inputs are at most a quote and its 32-character context. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
