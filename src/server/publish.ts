import { Annotator } from '../core/annotate';
import { Annotation } from '../core/types';
import { AnnotationDelta, AnnotationsParams } from './protocol';

/** What the client holds for a document: the last annotations sent, and their version. */
interface Sent {
  version: number;
  textLength: number;
  annotations: Annotation[];
}

/**
 * Turns a document version into the notification the server sends: the whole list the first time,
 * then only what changed since the version the client already has (a one-character edit in a 1 MB
 * article changes a few annotations; sending all of them again costs tens of milliseconds to
 * serialise and parse on both sides).
 */
export class DocumentPublisher {
  private readonly sent = new Map<string, Sent>();

  constructor(private readonly annotator: Annotator | (() => Annotator)) {}

  private engine(): Annotator {
    return typeof this.annotator === 'function' ? this.annotator() : this.annotator;
  }

  publish(uri: string, version: number, text: string): AnnotationsParams {
    const t0 = performance.now();
    const annotations = this.engine().annotate(text);
    const prev = this.sent.get(uri);
    this.sent.set(uri, { version, textLength: text.length, annotations });
    const engineMs = performance.now() - t0;
    if (!prev) return { uri, version, annotations, engineMs };
    return { uri, version, annotations: [], delta: annotationDelta(prev.annotations, annotations, text.length - prev.textLength, prev.version), engineMs };
  }

  /** The full list next time (the client lost track, or the document was closed or skipped). */
  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** The last annotations sent for `uri` (full list, absolute offsets). */
  current(uri: string): Annotation[] | undefined {
    return this.sent.get(uri)?.annotations;
  }
}

/**
 * Longest unchanged head, then the longest tail unchanged up to the shift of the text's length: an
 * edit moves every annotation after it by the same amount.
 */
export function annotationDelta(before: readonly Annotation[], after: readonly Annotation[], shift: number, baseVersion: number): AnnotationDelta {
  let keep = 0;
  const max = Math.min(before.length, after.length);
  while (keep < max && sameAnnotation(before[keep], after[keep], 0)) keep++;
  let tail = 0;
  while (tail < max - keep && sameAnnotation(before[before.length - 1 - tail], after[after.length - 1 - tail], shift)) tail++;
  return { baseVersion, keep, remove: before.length - keep - tail, insert: after.slice(keep, after.length - tail), shift };
}

/** Equal once `b` is moved back by `shift`: every field the client shows or exports. */
export function sameAnnotation(a: Annotation, b: Annotation, shift: number): boolean {
  if (a === b) return shift === 0; // the annotator hands back the same objects for untouched paragraphs
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
