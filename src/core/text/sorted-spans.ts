/**
 * Spans sorted by start: the annotation model, the recognisers and the decorations all ask "which
 * spans start from here on", "which one starts last before here", "does this range overlap one of
 * them", and merge two such lists.
 */

interface Range {
  start: number;
  end: number;
}

/** The first index whose span starts at or after `offset` (`list.length` if none). */
export function firstStartingAt(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last index whose span starts at or before `offset` (−1 if none). */
export function lastStartingAtOrBefore(list: readonly { start: number }[], offset: number): number {
  return firstStartingAt(list, offset + 1) - 1;
}

/** Whether start..end overlaps a span of `disjoint` (sorted by start, disjoint). */
export function overlapsDisjoint(disjoint: readonly Range[], start: number, end: number): boolean {
  // The last span starting before `end` is the only one that can reach past `start`.
  const i = firstStartingAt(disjoint, end) - 1;
  return i >= 0 && disjoint[i].end > start;
}

/** Two lists in text order (start, then end) merged into a new one; on equal edges `a`'s span goes first. */
export function mergeInTextOrder<T extends Range>(a: readonly T[], b: readonly T[]): T[] {
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) {
    const x = a[i];
    const y = b[j];
    out[k] = j === b.length || (i < a.length && (x.start < y.start || (x.start === y.start && x.end <= y.end))) ? a[i++] : b[j++];
  }
  return out;
}

/** Whether `list` is in text order (start, then end). */
export function inTextOrder(list: readonly Range[]): boolean {
  for (let k = 1; k < list.length; k++) {
    const x = list[k - 1];
    const y = list[k];
    if (y.start < x.start || (y.start === x.start && y.end < x.end)) return false;
  }
  return true;
}

/**
 * `a.concat(b)` sorted by start, then end, equal ones in their given order (as a stable sort gives):
 * a merge when both lists are in text order already, as the document's spans and its terms are, so
 * 100,000 spans cost one walk instead of a comparison sort.
 */
export function concatInTextOrder<T extends Range>(a: readonly T[], b: readonly T[]): T[] {
  if (inTextOrder(a) && inTextOrder(b)) return b.length === 0 ? a.slice() : a.length === 0 ? b.slice() : mergeInTextOrder(a, b);
  return a.concat(b).sort((x, y) => x.start - y.start || x.end - y.end);
}
