import { Annotation } from '../../types';
import { TaggedWord } from '../../segment/segmenter';
import { NameRecogniser } from './index';

const TAG_LABEL: Record<string, 'PER' | 'ORG' | 'LOC'> = { nr: 'PER', ns: 'LOC', nt: 'ORG' };

/** Jieba's part-of-speech tags alone: the baseline the trained model is measured against. */
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
