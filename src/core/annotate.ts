import { Annotation, Label } from './types';
import { Segmenter } from './segment/segmenter';
import { DocumentPass, NameRecogniser, PassParagraph } from './recognise/names';
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
  /** Cache paragraph results by text (default true); the benchmark turns it off to time cold work. */
  paragraphCache?: boolean;
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
    // A recogniser that ignores words (the trained model keeps its own dictionary) spares the
    // segmenter: nodejieba is then never loaded, which saves ~250 MB and its share of the time.
    const words = this.options.names.needsWords === false ? [] : this.options.segmenter.tag(text);
    const candidates = [...recogniseNumbers(text), ...this.options.names.recognise(text, words)];
    const result = resolveOverlaps(candidates, () => 0);
    if (this.options.paragraphCache === false) return result;
    if (this.cache.size >= Annotator.CACHE_LIMIT) this.cache.clear();
    this.cache.set(text, result);
    return result;
  }

  private checkTermVersion(): void {
    const version = this.options.terms?.version;
    if (version !== this.termVersion) {
      this.termCache.clear();
      this.termVersion = version;
    }
  }

  /** TERM spans of one paragraph (terms never cross a line break), cached like the rest. */
  private paragraphTerms(text: string): Annotation[] {
    const terms = this.options.terms;
    if (!terms) return [];
    this.checkTermVersion();
    let found = this.termCache.get(text);
    if (!found) {
      found = terms.find(text);
      if (this.options.paragraphCache === false) return found;
      if (this.termCache.size >= Annotator.CACHE_LIMIT) this.termCache.clear();
      this.termCache.set(text, found);
    }
    return found;
  }

  /**
   * The previous document, split into paragraphs, and the document-level pass that follows it: the
   * next call reuses every paragraph before and after the edited region (moved, not copied), so a
   * keystroke costs the changed paragraphs plus a walk over the list, not a re-split of the document.
   */
  private last?: { text: string; paras: DocParagraph[]; pass?: DocumentPass };

  annotate(text: string): Annotation[] {
    const { paras, removed, added } = this.paragraphs(text);
    const names = this.options.names;
    if (names.consolidate && !(names.documentPass && this.last)) return this.annotateWhole(text, paras);
    // Paragraph by paragraph: only paragraphs that are new, or whose entities the document pass
    // changed, are finished again; only those that moved get new absolute copies.
    const pass = this.last?.pass;
    const changed = pass ? pass.update(text, paras, removed, added) : added;
    for (const p of changed as Iterable<DocParagraph>) {
      p.out = this.finish(pass ? pass.entities(p) : p.entities, p.terms);
      p.abs = undefined;
    }
    const all: Annotation[] = [];
    for (const p of paras) {
      if (!p.abs || p.absStart !== p.start) {
        p.abs = moveAll(p.out!, p.start);
        p.absStart = p.start;
      }
      for (const a of p.abs) all.push(a);
    }
    return all;
  }

  /** The document-level pass run over the whole document (no paragraph cache, or no incremental form of it). */
  private annotateWhole(text: string, paras: readonly DocParagraph[]): Annotation[] {
    let all: Annotation[] = [];
    const termSpans: Annotation[] = [];
    for (const p of paras) {
      for (const a of moveAll(p.entities, p.start)) all.push(a);
      for (const a of moveAll(p.terms, p.start)) termSpans.push(a);
    }
    all = this.options.names.consolidate!(text, all);
    return this.finish(all, termSpans);
  }

  /** Entities and terms together, of the wanted labels, in order. */
  private finish(entities: readonly Annotation[], terms: readonly Annotation[]): Annotation[] {
    let all = entities.concat(terms);
    const labels = this.options.labels;
    if (labels) all = all.filter((a) => labels.includes(a.label));
    return all.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private paragraphs(text: string): { paras: DocParagraph[]; removed: DocParagraph[]; added: DocParagraph[] } {
    const before = this.termVersion;
    this.checkTermVersion(); // a changed glossary drops cached terms, and so the previous document
    const last = this.options.paragraphCache === false || before !== this.termVersion ? undefined : this.last;
    let paras: DocParagraph[];
    let removed: DocParagraph[] = [];
    let added: DocParagraph[];
    if (!last) {
      paras = added = splitParagraphs(text).map((p) => this.docParagraph(p.start, p.text));
    } else {
      const old = last.text;
      const prefix = commonPrefix(old, text);
      const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
      const shift = text.length - old.length;
      // Unchanged: a paragraph with its line break inside the common head, or with the break before
      // it inside the common tail.
      let head = 0;
      while (head < last.paras.length && paragraphEnd(last.paras[head]) < prefix) head++;
      let tail = last.paras.length;
      while (tail > head && last.paras[tail - 1].start - 1 >= old.length - suffix) tail--;
      const from = head > 0 ? paragraphEnd(last.paras[head - 1]) + 1 : 0;
      const to = tail < last.paras.length ? last.paras[tail].start - 1 + shift : text.length;
      paras = last.paras.slice(0, head);
      removed = last.paras.slice(head, tail);
      added = splitParagraphs(text.slice(from, to)).map((p) => this.docParagraph(from + p.start, p.text));
      for (const p of added) paras.push(p);
      for (let i = tail; i < last.paras.length; i++) {
        const p = last.paras[i];
        p.start += shift;
        paras.push(p);
      }
    }
    if (this.options.paragraphCache === false) this.last = undefined;
    else this.last = { text, paras, pass: last ? last.pass : this.options.names.documentPass?.() };
    return { paras, removed, added };
  }

  private docParagraph(start: number, text: string): DocParagraph {
    return { start, length: text.length, entities: this.annotateParagraph(text), terms: this.paragraphTerms(text), absStart: start };
  }
}

/** A paragraph of the last document: its own spans relative to it, and what it contributed to the last result. */
interface DocParagraph extends PassParagraph {
  /** Where it starts now: moved in place when an edit before it changes the length. */
  start: number;
  length: number;
  entities: Annotation[];
  terms: Annotation[];
  /** Its annotations in the result, relative to it, and the same at absolute offsets from `absStart`. */
  out?: Annotation[];
  abs?: Annotation[];
  absStart: number;
}

function paragraphEnd(p: DocParagraph): number {
  return p.start + p.length;
}

/** Every field of Annotation; the check below fails to compile when a field is added and not listed. */
const OPTIONAL_FIELDS = ['kind', 'value', 'recogniser', 'status', 'glossaryId', 'roles'] as const;
type Unlisted = Exclude<keyof Annotation, (typeof OPTIONAL_FIELDS)[number] | 'start' | 'end' | 'label' | 'confidence' | 'source'>;
const allFieldsListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allFieldsListed;

/**
 * Copies moved by `by`. Built field by field: `{ ...a, start, end }` over annotations of many
 * shapes takes V8's slow path, five times slower, and this runs for half a document per keystroke.
 */
function moveAll(as: readonly Annotation[], by: number): Annotation[] {
  const out = new Array<Annotation>(as.length);
  for (let i = 0; i < as.length; i++) {
    const a = as[i];
    const b: Annotation = { start: a.start + by, end: a.end + by, label: a.label, confidence: a.confidence, source: a.source };
    for (const f of OPTIONAL_FIELDS) if (a[f] !== undefined) (b as unknown as Record<string, unknown>)[f] = a[f];
    out[i] = b;
  }
  return out;
}

const CHUNK = 32_768;

/** Length of the common head of a and b; compares in chunks, which the engine does natively. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common tail of a and b, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
