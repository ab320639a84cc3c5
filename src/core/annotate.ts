import { Annotation, Label } from './types';
import { Segmenter } from './segment/segmenter';
import { NameRecogniser } from './recognise/names';
import { recogniseNumbers } from './recognise/numbers';
import { resolveOverlaps } from './recognise/combine';
import { splitParagraphs } from './text/paragraphs';

/** Finds glossary terms; implemented by the glossary matcher. */
export interface TermFinder {
  find(text: string): Annotation[];
}

export interface AnnotatorOptions {
  segmenter: Segmenter;
  names: NameRecogniser;
  terms?: TermFinder;
  /** Keep only these labels (default: all). */
  labels?: readonly Label[];
}

/**
 * text → segments → recognisers → annotations. Paragraphs are annotated independently (and cached
 * by their text, so re-annotating an edited document redoes only the paragraphs that changed);
 * a document-level pass then lets names found confidently in one paragraph mark their other mentions.
 */
export class Annotator {
  private cache = new Map<string, Annotation[]>();
  private static readonly CACHE_LIMIT = 20000;

  constructor(private readonly options: AnnotatorOptions) {}

  /** PER/ORG/LOC/NUM (non-overlapping) of one paragraph, offsets relative to it. */
  annotateParagraph(text: string): Annotation[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const words = this.options.segmenter.tag(text);
    const candidates = [...recogniseNumbers(text), ...this.options.names.recognise(text, words)];
    const result = resolveOverlaps(candidates, () => 0);
    if (this.cache.size >= Annotator.CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, result);
    return result;
  }

  annotate(text: string): Annotation[] {
    let all: Annotation[] = [];
    for (const p of splitParagraphs(text)) {
      for (const a of this.annotateParagraph(p.text)) {
        all.push({ ...a, start: a.start + p.start, end: a.end + p.start });
      }
    }
    if (this.options.names.consolidate) all = this.options.names.consolidate(text, all);
    if (this.options.terms) all = all.concat(this.options.terms.find(text));
    const labels = this.options.labels;
    if (labels) all = all.filter((a) => labels.includes(a.label));
    return all.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
