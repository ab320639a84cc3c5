import { NumValue } from '../types';
import type { recogniseNumbers as RecogniseNumbers } from '../recognise/numbers';

/**
 * The normalised value of a number's text as the number recogniser reads it now, or undefined when it
 * does not read the whole text as one number. A NUM decision's value follows its text with this when the
 * text changes (a figure edited, a fuzzy re-anchor), so a hover or a sidecar never states a stale value.
 */
export function numValueOf(text: string): NumValue | undefined {
  // Required here, not imported: the number grammar's word lists cost ~100 ms to load, which the
  // extension host should not pay at activation (the same as the Mark as Number command).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { recogniseNumbers } = require('../recognise/numbers') as { recogniseNumbers: typeof RecogniseNumbers };
  const found = recogniseNumbers(text);
  return found.length === 1 && found[0].start === 0 && found[0].end === text.length ? found[0].value : undefined;
}
