import { recogniseNumbers } from '../core/recognise/numbers';
import { NumberReadingResult } from './protocol';

/** The kind and value of a span the editor marks as a number, when the number grammar reads all of it as one number. */
export function numberReading(text: string): NumberReadingResult {
  const found = recogniseNumbers(text);
  const whole = found.length === 1 && found[0].start === 0 && found[0].end === text.length ? found[0] : undefined;
  return whole?.kind ? { kind: whole.kind, value: whole.value } : null;
}
