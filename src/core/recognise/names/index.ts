import { Annotation } from '../../types';
import { TaggedWord } from '../../segment/segmenter';

/** Recognises PER, ORG and LOC in one paragraph. */
export interface NameRecogniser {
  recognise(text: string, words: TaggedWord[]): Annotation[];
  /**
   * Document-level pass over all annotations of the document (absolute offsets): e.g. a name found
   * confidently once is marked at its other mentions. Must keep PER/ORG/LOC/NUM free of overlaps.
   */
  consolidate?(text: string, annotations: Annotation[]): Annotation[];
}

const TAG_LABEL: Record<string, 'PER' | 'ORG' | 'LOC'> = { nr: 'PER', ns: 'LOC', nt: 'ORG' };

/** Jieba's part-of-speech tags alone: a baseline until the rules and the trained model land. */
export class JiebaTagNameRecogniser implements NameRecogniser {
  recognise(_text: string, words: TaggedWord[]): Annotation[] {
    const out: Annotation[] = [];
    for (const w of words) {
      const label = TAG_LABEL[w.tag];
      if (label && w.word.length > 1) {
        out.push({ start: w.start, end: w.end, label, confidence: 0.5, source: 'auto', recogniser: 'jieba' });
      }
    }
    return out;
  }
}
