import { Annotation, Label } from './types';
import { Segmenter } from './segment/segmenter';
import { NameRecogniser } from './recognise/names';
import { recogniseNumbers } from './recognise/numbers';
import { resolveOverlaps } from './recognise/combine';
import { splitParagraphs } from './text/paragraphs';

/** Finds glossary terms; implemented by the glossary matcher. */
export interface TermFinder {
  find(text: string): Annotation[];
  /** Changes whenever the terms change (a glossary reloaded), so cached matches are dropped. */
  readonly version?: number;
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
  private termCache = new Map<string, Annotation[]>();
  private termVersion: number | undefined;
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

  /** TERM spans of one paragraph (terms never cross a line break), cached like the rest. */
  private paragraphTerms(text: string): Annotation[] {
    const terms = this.options.terms;
    if (!terms) return [];
    if (terms.version !== this.termVersion) {
      this.termCache.clear();
      this.termVersion = terms.version;
    }
    let found = this.termCache.get(text);
    if (!found) {
      found = terms.find(text);
      if (this.termCache.size >= Annotator.CACHE_LIMIT) this.termCache.clear();
      this.termCache.set(text, found);
    }
    return found;
  }

  annotate(text: string): Annotation[] {
    let all: Annotation[] = [];
    const termSpans: Annotation[] = [];
    for (const p of splitParagraphs(text)) {
      for (const a of this.annotateParagraph(p.text)) {
        all.push({ ...a, start: a.start + p.start, end: a.end + p.start });
      }
      for (const a of this.paragraphTerms(p.text)) {
        termSpans.push({ ...a, start: a.start + p.start, end: a.end + p.start });
      }
    }
    if (this.options.names.consolidate) all = this.options.names.consolidate(text, all);
    all = all.concat(termSpans);
    const labels = this.options.labels;
    if (labels) all = all.filter((a) => labels.includes(a.label));
    return all.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
