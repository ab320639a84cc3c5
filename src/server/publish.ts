import { AnnotationChanges, Annotator, sameAnnotation } from '../core/annotate';

export { sameAnnotation };
import { Annotation } from '../core/types';
import { AnnotationDelta, AnnotationsParams } from './protocol';

/** What the client holds for a document: the last annotations sent, and their version. */
interface Sent {
  version: number;
  textLength: number;
  changes: AnnotationChanges;
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
    const changes = this.engine().annotateChanges(text);
    const prev = this.sent.get(uri);
    this.sent.set(uri, { version, textLength: text.length, changes });
    const engineMs = performance.now() - t0;
    if (!prev) return { uri, version, annotations: changes.annotations(), engineMs };
    // The engine's own account of the change when it follows from what this client holds (the
    // engine is shared by all documents); else a comparison of the two lists.
    const delta: AnnotationDelta =
      changes.edits && changes.base === prev.changes.serial
        ? { baseVersion: prev.version, edits: changes.edits, shift: changes.shift, shiftFrom: changes.shiftFrom }
        : annotationDelta(prev.changes.annotations(), changes.annotations(), text.length - prev.textLength, prev.version);
    return { uri, version, annotations: [], delta, engineMs };
  }

  /** The full list next time (the client lost track, or the document was closed or skipped). */
  forget(uri: string): void {
    this.sent.delete(uri);
  }

  /** The last annotations sent for `uri` (full list, absolute offsets). */
  current(uri: string): Annotation[] | undefined {
    return this.sent.get(uri)?.changes.annotations();
  }

  /** The same list, built only when called (a hover needs it, a keystroke does not). */
  currentLater(uri: string): () => Annotation[] {
    const changes = this.sent.get(uri)?.changes;
    return () => changes?.annotations() ?? [];
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
  const remove = before.length - keep - tail;
  return { baseVersion, edits: [{ at: keep, remove, insert: after.slice(keep, after.length - tail) }], shift, shiftFrom: keep + remove };
}
