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
  /**
   * The same pass kept up to date paragraph by paragraph, so that an edit costs the paragraphs it
   * touches: one per document, fed every version of it. Its results must equal `consolidate`'s.
   */
  documentPass?(): DocumentPass;
  /** False when `recognise` ignores `words`: the annotator may then skip segmentation. */
  readonly needsWords?: boolean;
}

/** A paragraph as the annotator holds it: where it starts now, its length, its own spans (relative to it). */
export interface PassParagraph {
  readonly start: number;
  readonly length: number;
  readonly entities: readonly Annotation[];
}

/** A document-level pass that follows the document's paragraphs as they are replaced. */
export interface DocumentPass {
  /**
   * The document is now `text`, split into `paragraphs` (in order, at their current starts);
   * `removed` left it and `added` came in since the last call. Returns the paragraphs whose
   * entities changed (the added ones among them).
   */
  update(text: string, paragraphs: readonly PassParagraph[], removed: Iterable<PassParagraph>, added: readonly PassParagraph[]): Set<PassParagraph>;
  /** A paragraph's entities after the pass, relative to it, sorted. */
  entities(p: PassParagraph): readonly Annotation[];
}

export { JiebaTagNameRecogniser } from './jieba-baseline';
export { ModelNameRecogniser } from './recogniser';
export { NameModel } from './model';
export { loadNameModel, defaultModelPath } from './load';
