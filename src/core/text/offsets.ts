/**
 * Offsets inside the product are UTF-16 code units; some export formats count code points.
 * These helpers convert between the two and to line/column positions.
 */

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Of a span that starts or ends inside a character (spanCutsCharacter), what every reader says. */
export const CUTS_CHARACTER = 'cuts a character (a surrogate pair) in half';

/** True when the span starts or ends between the two halves of a surrogate pair (inside 𠮷). */
export function spanCutsCharacter(text: string, start: number, end: number): boolean {
  return splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end);
}

/** Maps UTF-16 offsets to code-point offsets and back for one text, in O(log n) per lookup. */
export class OffsetMap {
  /** UTF-16 offsets of the low halves of surrogate pairs, ascending. */
  private readonly lows: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.lows.push(i + 1);
        i++;
      }
    }
  }

  get codePointLength(): number {
    return this.text.length - this.lows.length;
  }

  /** Code-point offset of a UTF-16 offset (an offset inside a pair counts as after its high half). */
  toCodePoint(utf16: number): number {
    return utf16 - countBelowOrEqual(this.lows, utf16 - 1);
  }

  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number {
    // Each pair before the target adds one unit; find the smallest u with u - pairsBefore(u) == codePoint.
    let lo = codePoint;
    let hi = Math.min(this.text.length, codePoint + this.lows.length);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toCodePoint(mid) < codePoint) lo = mid + 1;
      else hi = mid;
    }
    // Inside a pair counts as after its high half, so the search can stop between the halves of the
    // pair just before the target: the code point starts after the low half.
    return splitsSurrogatePair(this.text, lo) ? lo + 1 : lo;
  }
}

function countBelowOrEqual(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start offsets of every line (after \n, \r\n or \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export interface LineCol {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in code points as an editor shows it. */
  col: number;
}

/** 0-based index of the line holding a UTF-16 offset. */
function lineIndexAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineColAt(text: string, starts: number[], offset: number): LineCol {
  const line = lineIndexAt(starts, offset);
  const lineText = text.slice(starts[line], offset);
  return { line: line + 1, col: [...lineText].length + 1 };
}

/** 0-based line and UTF-16 character of an offset: a position as LSP and VS Code count it. */
export function positionAt(starts: number[], offset: number): { line: number; character: number } {
  const line = lineIndexAt(starts, offset);
  return { line, character: offset - starts[line] };
}
