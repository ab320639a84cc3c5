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
  /** False when `recognise` ignores `words`: the annotator may then skip segmentation. */
  readonly needsWords?: boolean;
}

export { JiebaTagNameRecogniser } from './jieba-baseline';
export { ModelNameRecogniser } from './recogniser';
export { NameModel } from './model';
export { loadNameModel, defaultModelPath } from './load';
