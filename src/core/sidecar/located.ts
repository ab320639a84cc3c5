import { lineColAt, lineStarts } from '../text/offsets';

/** A problem in a file, at 1-based line and column (columns in code points, as editors show them). */
export interface LocatedError {
  file: string;
  line: number;
  col: number;
  message: string;
  /** UTF-16 offset in the file's text, for editors that want a range. */
  offset?: number;
}

/** Where something is in a file, without a message: kept with what was read there, for later problems. */
export type Place = Pick<LocatedError, 'file' | 'line' | 'col'>;

export function placeOf(e: LocatedError): Place {
  return { file: e.file, line: e.line, col: e.col };
}

export function formatLocated(e: LocatedError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}

/** Turns offsets of one text into located errors without rescanning the text for each. */
export class Locator {
  private starts: number[] | undefined;
  constructor(readonly file: string, readonly text: string) {}
  at(offset: number, message: string): LocatedError {
    this.starts ??= lineStarts(this.text);
    const { line, col } = lineColAt(this.text, this.starts, Math.max(0, Math.min(offset, this.text.length)));
    return { file: this.file, line, col, message, offset };
  }
}
