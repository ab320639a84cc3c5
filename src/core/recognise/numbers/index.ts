import { Annotation, NumValue } from '../../types';
import { Expr } from './expression';
import { scan } from './scanner';
import { withoutSpacesInNumbers } from './spaced-digits';

/**
 * Finds every numeric expression in `text` (GUIDELINES.md, NUM), with kind and normalised value.
 * Pure, synchronous and dictionary-free: it runs on every edited paragraph.
 */
export function recogniseNumbers(text: string): Annotation[] {
  const unspaced = withoutSpacesInNumbers(text);
  if (!unspaced) return scan(text).map(toAnnotation);
  const at = unspaced.original;
  // A span ends one past its last character, which is where that character was in the text.
  return scan(unspaced.text).map((e) => toAnnotation({ ...e, start: at[e.start], end: at[e.end - 1] + 1 }));
}

function toAnnotation(e: Expr): Annotation {
  const value: NumValue = {};
  // A numeral of 309 or more digits overflows to Infinity, which JSON writes as null and the sidecar
  // schema then rejects: such a NUM keeps its span and kind but states no value.
  if (e.value !== undefined && e.low === undefined && Number.isFinite(e.value)) value.value = e.value;
  if (e.low !== undefined && e.high !== undefined && Number.isFinite(e.low) && Number.isFinite(e.high)) {
    value.low = e.low;
    value.high = e.high;
  }
  if (e.unit) value.unit = e.unit;
  if (e.approx) value.approx = true;
  if (e.date) value.date = e.date;
  if (e.dateEnd) value.dateEnd = e.dateEnd;
  return {
    start: e.start,
    end: e.end,
    label: 'NUM',
    kind: e.kind,
    value,
    confidence: e.confidence,
    source: 'auto',
    recogniser: 'numbers',
  };
}

export { describeValue, isoDate, scientific } from './describe';
