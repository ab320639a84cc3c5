import { Annotation } from '../../types';

/** Finds every numeric expression in `text` (GUIDELINES.md, NUM), with kind and normalised value. */
export function recogniseNumbers(text: string): Annotation[] {
  void text;
  return []; // placeholder until the number grammar lands
}
