import { LabelledSpan } from '../../../../src/core/recognise/names/tags';

/** What the rules' tests pass around: a labelled span with the confidence rules carry. */
export type S = LabelledSpan & { confidence: number };

/** Spans as `LABEL:text`, in the order given: what a table of expected outputs lists. */
export const show = (text: string, spans: ReadonlyArray<{ start: number; end: number; label: string }>): string[] =>
  spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);

/** The first occurrence of `s` in `text` as a span. */
export const at = (text: string, s: string, label: S['label'], confidence = 0.9): S => {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`${s} is not in ${text}`);
  return { start, end: start + s.length, label, confidence };
};

/** Spans for strings read in text order, each found after the one before (a string may recur). */
export const spansOf = (text: string, read: ReadonlyArray<[string, S['label']]>, confidence = 0.8): S[] => {
  let from = 0;
  return read.map(([s, label]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`${s} is not in ${text} after ${from}`);
    from = start + s.length;
    return { start, end: start + s.length, label, confidence };
  });
};
