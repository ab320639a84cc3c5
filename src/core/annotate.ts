import { Annotation, Label, movedAnnotation } from './types';
import { Segmenter } from './segment/segmenter';
import { DocumentPass, NameRecogniser, PassParagraph } from './recognise/names';
import { recogniseNumbers } from './recognise/numbers';
import { numbersInsideNames, resolveOverlaps } from './recognise/combine';
import { splitParagraphs } from './text/paragraphs';
import { concatInTextOrder } from './text/sorted-spans';

/** Finds glossary terms; implemented by the glossary matcher. */
export interface TermFinder {
  find(text: string): Annotation[];
  /** The name label an entry gives its term (a glossary entry's `label`), if any. */
  nameLabel?(glossaryId: string): 'PER' | 'ORG' | 'LOC' | undefined;
  /** Changes whenever the terms change (a glossary reloaded), so cached matches are dropped. */
  readonly version?: number;
}

/** `recogniser` of a name that comes from a glossary entry's `label`. */
export const GLOSSARY_NAME = 'glossary';

/** Numbers each result of every annotator, so a change can name the result it applies to. */
let lastSerial = 0;

/** A run of a previous result replaced: `remove` annotations from index `at` of it give way to `insert`. */
export interface AnnotationEdit {
  at: number;
  remove: number;
  insert: Annotation[];
}

/** One result of Annotator.annotateChanges. */
export interface AnnotationChanges {
  /** Every annotation of the text, in order (built on the first call). */
  annotations(): Annotation[];
  readonly serial: number;
  /**
   * When known, how this result follows from the annotator's result `base`: apply `edits` (in order,
   * indices of the base result) and move every kept annotation at or after index `shiftFrom` by `shift`.
   */
  readonly base?: number;
  readonly edits?: AnnotationEdit[];
  readonly shift: number;
  readonly shiftFrom: number;
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
  private lastTerms?: { text: string; found: Annotation[] };
  private static readonly CACHE_LIMIT = 20000;
  /** Characters of paragraph text the cache may hold: each edit of a long line would otherwise keep a copy of it. */
  private static readonly CACHE_CHARS = 4_000_000;
  private cachedChars = 0;

  constructor(private readonly options: AnnotatorOptions) {}

  /** PER/ORG/LOC/NUM (non-overlapping) of one paragraph, offsets relative to it. */
  annotateParagraph(text: string): Annotation[] {
    // A paragraph this long (a page pasted without line breaks) is read in pieces of whole sentences: the rules compare
    // spans with spans, so their time grows faster than the text (a 400,000-character line took 8.8 s, and each keystroke
    // in it as long); pieces are linear, and an edit redoes only its own piece (the others are cached).
    if (text.length > LONG_PARAGRAPH) return this.annotateInPieces(text);
    this.checkTermVersion(); // entities depend on the glossary too (entries with a `label`)
    // Without the cache, not even asked: a lookup hashes the whole paragraph.
    const cache = this.options.paragraphCache === false ? undefined : this.cache;
    const cached = cache?.get(text);
    if (cached) return cached;
    // A recogniser that ignores words (the trained model keeps its own dictionary) spares the
    // segmenter: nodejieba is then never loaded, which saves ~250 MB and its share of the time.
    const words = this.options.names.needsWords === false ? [] : this.options.segmenter.tag(text);
    const candidates = this.glossaryNames(text);
    pushAll(candidates, recogniseNumbers(text));
    pushAll(candidates, this.options.names.recognise(text, words));
    // A name the glossary states (an entry with `label`) is the editors' own knowledge: it wins.
    // A number inside a recognised name is part of the name (GUIDELINES): it gives way.
    // (Found only when some candidates overlap: resolveOverlaps ranks nothing otherwise.)
    let inNames: Set<Annotation> | undefined;
    const result = resolveOverlaps(candidates, (a) => (a.recogniser === GLOSSARY_NAME ? 1 : (inNames ??= numbersInsideNames(candidates)).has(a) ? -1 : 0));
    if (!cache) return result;
    if (cache.size >= Annotator.CACHE_LIMIT || this.cachedChars + text.length > Annotator.CACHE_CHARS) {
      cache.clear();
      this.cachedChars = 0;
    }
    cache.set(ownCopy(text), result);
    this.cachedChars += text.length;
    return result;
  }

  private annotateInPieces(text: string): Annotation[] {
    const out: Annotation[] = [];
    for (const [start, end] of sentencePieces(text, PIECE)) {
      for (const a of this.annotateParagraph(text.slice(start, end))) out.push({ ...a, start: a.start + start, end: a.end + start });
    }
    return out;
  }

  /** PER/ORG/LOC spans for the terms of entries that carry a `label`. */
  private glossaryNames(text: string): Annotation[] {
    const terms = this.options.terms;
    if (!terms?.nameLabel) return [];
    const out: Annotation[] = [];
    for (const t of this.paragraphTerms(text)) {
      const label = t.glossaryId === undefined ? undefined : terms.nameLabel(t.glossaryId);
      if (label) out.push({ start: t.start, end: t.end, label, confidence: 0.95, source: 'auto', recogniser: GLOSSARY_NAME });
    }
    return out;
  }

  private checkTermVersion(): void {
    const version = this.options.terms?.version;
    if (version !== this.termVersion) {
      this.termCache.clear();
      this.lastTerms = undefined;
      if (this.options.terms?.nameLabel) {
        this.cache.clear();
        this.cachedChars = 0;
      }
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
      if (this.options.paragraphCache === false) {
        // Without the cache, the terms of the paragraph just annotated (glossaryNames) are still asked
        // for once more by docParagraph: keep that one result rather than match the paragraph twice.
        if (this.lastTerms?.text !== text) this.lastTerms = { text, found: terms.find(text) };
        return this.lastTerms.found;
      }
      found = terms.find(text);
      if (this.termCache.size >= Annotator.CACHE_LIMIT) this.termCache.clear();
      this.termCache.set(ownCopy(text), found);
    }
    return found;
  }

  /**
   * The previous document, split into paragraphs, and the document-level pass that follows it: the
   * next call reuses every paragraph before and after the edited region (moved, not copied), so a
   * keystroke costs the changed paragraphs plus a walk over the list, not a re-split of the document.
   */
  private last?: { text: string; paras: DocParagraph[]; serial: number; pass?: DocumentPass };

  annotate(text: string): Annotation[] {
    return this.annotateChanges(text).annotations();
  }

  /**
   * Annotates `text` and says what changed since this annotator's previous result: the runs of
   * that result replaced and how far the rest moved. Costs the changed paragraphs plus a walk over
   * the paragraph list; the full list is built only when asked for.
   */
  annotateChanges(text: string): AnnotationChanges {
    const base = this.last?.serial;
    const serial = ++lastSerial;
    const { paras, removed, added, head, shift, reused } = this.paragraphs(text, serial);
    const names = this.options.names;
    if (names.consolidate && !(names.documentPass && this.last)) {
      const all = this.annotateWhole(text, paras);
      return { serial, annotations: () => all, shift, shiftFrom: 0 };
    }
    // Paragraph by paragraph: only paragraphs that are new, or whose entities the document pass
    // changed, are finished again; only those that moved get new absolute copies.
    const pass = this.last?.pass;
    const changed = (pass ? pass.update(text, paras, removed, added) : new Set(added)) as Set<DocParagraph>;
    for (const p of changed) {
      p.before = p.out;
      p.out = this.finish(pass ? pass.entities(p) : p.entities, p.terms);
      p.abs = undefined;
    }
    let edits: AnnotationEdit[] | undefined;
    let shiftFrom = 0;
    if (reused) {
      edits = [];
      let at = 0; // index in the previous result
      // A paragraph the document pass changed: only its annotations that differ (a name confirmed
      // elsewhere changes one or two spans of a long paragraph).
      const keep = (p: DocParagraph) => {
        if (changed.has(p)) {
          const before = p.before ?? [];
          const after = p.out!;
          let k = 0;
          while (k < before.length && k < after.length && sameAnnotation(before[k], after[k])) k++;
          let m = 0;
          while (m < before.length - k && m < after.length - k && sameAnnotation(before[before.length - 1 - m], after[after.length - 1 - m])) m++;
          if (k + m < before.length || k + m < after.length) edits!.push({ at: at + k, remove: before.length - k - m, insert: absolute(p).slice(k, after.length - m) });
        }
        at += p.count;
      };
      for (let i = 0; i < head; i++) keep(paras[i]);
      if (removed.length || added.length) {
        const run: AnnotationEdit = { at, remove: 0, insert: [] };
        edits.push(run);
        for (const p of removed) {
          run.remove += p.count;
          at += p.count;
        }
        for (const p of added) pushAll(run.insert, absolute(p));
      }
      shiftFrom = at;
      for (let i = head + added.length; i < paras.length; i++) keep(paras[i]);
    }
    for (const p of changed) {
      p.count = p.out!.length;
      p.before = undefined;
    }
    // The full list later, as it is now: paragraphs move and change with the next call.
    const starts = new Float64Array(paras.length);
    const outs = new Array<Annotation[]>(paras.length);
    for (let i = 0; i < paras.length; i++) {
      starts[i] = paras[i].start;
      outs[i] = paras[i].out!;
    }
    let all: Annotation[] | undefined;
    const annotations = () => {
      if (all) return all;
      all = [];
      for (let i = 0; i < paras.length; i++) {
        const p = paras[i];
        if (p.out === outs[i] && p.start === starts[i]) pushAll(all, absolute(p));
        else pushAll(all, moveAll(outs[i], starts[i]));
      }
      return all;
    };
    return { serial, base: reused ? base : undefined, edits, shift, shiftFrom, annotations };
  }

  /** The document-level pass run over the whole document (no paragraph cache, or no incremental form of it). */
  private annotateWhole(text: string, paras: readonly DocParagraph[]): Annotation[] {
    let all: Annotation[] = [];
    const termSpans: Annotation[] = [];
    for (const p of paras) {
      for (let k = 0; k < p.entities.length; k++) all.push(movedAnnotation(p.entities[k], p.start));
      for (let k = 0; k < p.terms.length; k++) termSpans.push(movedAnnotation(p.terms[k], p.start));
    }
    all = this.options.names.consolidate!(text, all);
    return this.finish(all, termSpans);
  }

  /** Entities and terms together, of the wanted labels, in order. */
  private finish(entities: readonly Annotation[], terms: readonly Annotation[]): Annotation[] {
    const all = concatInTextOrder(entities, terms);
    const labels = this.options.labels;
    return labels ? all.filter((a) => labels.includes(a.label)) : all;
  }

  private paragraphs(text: string, serial: number): { paras: DocParagraph[]; removed: DocParagraph[]; added: DocParagraph[]; head: number; shift: number; reused: boolean } {
    const before = this.termVersion;
    this.checkTermVersion(); // a changed glossary drops cached terms, and so the previous document
    const last = this.options.paragraphCache === false || before !== this.termVersion ? undefined : this.last;
    let paras: DocParagraph[];
    let removed: DocParagraph[] = [];
    let added: DocParagraph[];
    let head = 0;
    let shift = text.length;
    if (!last) {
      paras = added = splitParagraphs(text).map((p) => this.docParagraph(p.start, p.text));
    } else {
      const old = last.text;
      const prefix = commonPrefix(old, text);
      const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
      shift = text.length - old.length;
      // Unchanged: a paragraph with its line break inside the common head, or with the break before
      // it inside the common tail.
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
    else this.last = { text, paras, serial, pass: last ? last.pass : this.options.names.documentPass?.() };
    return { paras, removed, added, head, shift, reused: last !== undefined };
  }

  private docParagraph(start: number, text: string): DocParagraph {
    return { start, length: text.length, entities: this.annotateParagraph(text), terms: this.paragraphTerms(text), absStart: start, count: 0 };
  }
}

/** Above this length a paragraph is annotated in pieces of whole sentences (news paragraphs run to a few hundred characters). */
const LONG_PARAGRAPH = 5000;
/** The length a piece grows to before it ends at the next sentence's end. */
const PIECE = 2000;
/** Where a sentence ends: a full stop, question or exclamation mark or semicolon, and a closing quotation mark after it. */
const SENTENCE_END = /[。！？；!?;][”’」』）)]?/g;

/**
 * Pieces of `text` of about `size` characters, each ending after a sentence's end (no name crosses one); a sentence longer than
 * twice `size` is cut at a comma, or at last at `size` characters (never inside a surrogate pair).
 */
export function sentencePieces(text: string, size: number): Array<[number, number]> {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index! + m[0].length);
  ends.push(text.length);
  const out: Array<[number, number]> = [];
  let start = 0;
  let k = 0;
  while (start < text.length) {
    while (k < ends.length && ends[k] <= start) k++;
    // The last sentence end within `size`, or the first after it.
    let end = ends[k];
    while (k + 1 < ends.length && ends[k + 1] - start <= size) end = ends[++k];
    if (end - start > 2 * size) {
      const comma = text.lastIndexOf('，', start + 2 * size - 1);
      end = comma > start ? comma + 1 : start + size;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
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
  /** How many annotations it had in the previous result, and which (relative), while it is being replaced. */
  count: number;
  before?: Annotation[];
}

/** Equal once `b` is moved back by `shift`: every field the client shows or exports. */
export function sameAnnotation(a: Annotation, b: Annotation, shift = 0): boolean {
  if (a === b) return shift === 0;
  return (
    a.start + shift === b.start &&
    a.end + shift === b.end &&
    a.label === b.label &&
    a.kind === b.kind &&
    a.confidence === b.confidence &&
    a.source === b.source &&
    a.recogniser === b.recogniser &&
    a.status === b.status &&
    a.glossaryId === b.glossaryId &&
    (a.value === b.value || JSON.stringify(a.value) === JSON.stringify(b.value)) &&
    (a.roles === b.roles || JSON.stringify(a.roles) === JSON.stringify(b.roles))
  );
}

/** Its annotations at absolute offsets, copied once per position. */
function absolute(p: DocParagraph): Annotation[] {
  if (!p.abs || p.absStart !== p.start) {
    p.abs = moveAll(p.out!, p.start);
    p.absStart = p.start;
  }
  return p.abs;
}

function pushAll<T>(into: T[], xs: readonly T[]): void {
  for (let i = 0; i < xs.length; i++) into.push(xs[i]);
}

function paragraphEnd(p: DocParagraph): number {
  return p.start + p.length;
}

/**
 * Copies moved by `by`; this runs for every annotation of a paragraph that moved, once per position.
 */
function moveAll(as: readonly Annotation[], by: number): Annotation[] {
  const out = new Array<Annotation>(as.length);
  for (let i = 0; i < as.length; i++) out[i] = movedAnnotation(as[i], by);
  return out;
}

/**
 * The same characters without a reference to the string `s` was cut from: V8 keeps a slice of 13
 * or more characters as a view of the whole document, so a cache keyed by paragraph slices would
 * hold one copy of the document per keystroke (2 MB each for a 1 MB article) until it is cleared.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
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
