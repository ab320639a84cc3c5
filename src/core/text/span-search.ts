/**
 * Binary searches over spans sorted by start: the annotation model, the recognisers and the
 * decorations all ask "which spans start from here on" or "which one starts last before here".
 */

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
