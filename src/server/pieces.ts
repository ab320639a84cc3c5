import { AnnotationsParams } from './protocol';

/**
 * A document's first full list, cut into pieces the client takes one at a time: a 1 MB article has
 * ~25,000 annotations (2.6 MB of JSON), and decoding and applying them in one notification blocked the
 * extension host for 75 ms. The first piece is a full list; each next one appends its run with a delta
 * on the same version; all but the last say `more`, so nobody waits on a half list.
 */
export function firstListPieces(params: AnnotationsParams, size: number): AnnotationsParams[] {
  const all = params.annotations;
  if (params.delta || params.skipped || all.length <= size) return [params];
  const out: AnnotationsParams[] = [{ ...params, annotations: all.slice(0, size), more: true }];
  for (let at = size; at < all.length; at += size) {
    const insert = all.slice(at, at + size);
    out.push({
      uri: params.uri,
      version: params.version,
      annotations: [],
      delta: { baseVersion: params.version, edits: [{ at, remove: 0, insert }], shift: 0, shiftFrom: at },
      engineMs: 0,
      more: at + size < all.length ? true : undefined,
    });
  }
  return out;
}

/**
 * Sends the notifications of each document in order, waiting `gapMs` between the pieces of one list
 * (so they reach the client as separate messages): a later version of a document is sent only after
 * every piece of the earlier one, whose deltas it builds on.
 */
export class PieceSender {
  private readonly queues = new Map<string, Promise<void>>();
  /** Per document, how many times its queue was dropped: a run started before a drop sends nothing more. */
  private readonly drops = new Map<string, number>();

  constructor(
    private readonly send: (p: AnnotationsParams) => void,
    private readonly gapMs: number,
  ) {}

  enqueue(pieces: readonly AnnotationsParams[]): void {
    if (pieces.length === 0) return;
    const uri = pieces[0].uri;
    const before = this.queues.get(uri);
    let rest = pieces;
    if (!before) {
      // Nothing of this document in flight: the first message goes at once.
      this.send(pieces[0]);
      rest = pieces.slice(1);
      if (rest.length === 0) return;
    }
    const generation = this.drops.get(uri) ?? 0;
    const run = async () => {
      for (let i = 0; i < rest.length; i++) {
        // Pieces of one list are spaced; a message after a finished list is not.
        if (i > 0 || rest[i].delta?.baseVersion === rest[i].version) await new Promise((r) => setTimeout(r, this.gapMs));
        if ((this.drops.get(uri) ?? 0) !== generation) return;
        this.send(rest[i]);
      }
    };
    const done: Promise<void> = (before ?? Promise.resolve())
      .then(run)
      .catch(() => undefined)
      .finally(() => {
        if (this.queues.get(uri) === done) this.queues.delete(uri);
      });
    this.queues.set(uri, done);
  }

  /**
   * The document closed: what is still queued for it is not sent (the client dropped the document, so each piece would be
   * refused and asked for again, a whole list each time).
   */
  drop(uri: string): void {
    if (!this.queues.has(uri)) return;
    this.drops.set(uri, (this.drops.get(uri) ?? 0) + 1);
  }
}
