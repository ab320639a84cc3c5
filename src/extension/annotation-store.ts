import * as vscode from 'vscode';
import { Annotation } from '../core/types';
import { applyDecisions, asShown, Decision, isInTextOrder, shiftDecisions } from '../core/annotations/decisions';
import { AnnotationsParams, applyAnnotationDelta, deltaReach, mapDeltaInserts } from '../server/protocol';

export interface DocumentAnnotations {
  /** The document version the automatic annotations belong to. */
  version: number;
  /** Automatic annotations from the engine. */
  auto: Annotation[];
  /** The editor's decisions, kept in step with every edit. */
  decisions: Decision[];
  /** Automatic annotations with the decisions applied: what is shown. */
  annotations: Annotation[];
  skipped?: AnnotationsParams['skipped'];
  engineMs: number;
  /** More pieces of this version's first list are on their way. */
  partial?: boolean;
  /**
   * The text range whose shown annotations the last update changed, when it kept the version and
   * moved nothing (a later piece of a first list); undefined when anything may have changed.
   */
  reach?: { from: number; to: number };
  /** `annotations` was computed without a live decision, so a delta can be applied to it directly. */
  plain?: boolean;
}

/**
 * Per document: the engine's latest annotations and the editor's decisions. Decisions live here, in
 * the extension host, beside the sidecar files they are saved to; every edit moves them at once, so
 * a decision never waits for the engine and is never applied to a stale version.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly byUri = new Map<string, DocumentAnnotations>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly moved = new vscode.EventEmitter<vscode.Uri>();
  /** An edit moved a decision, changed the text it covers, or orphaned it: its sidecar no longer says where it is. */
  readonly onDidMoveDecisions = this.moved.event;

  private entry(uri: vscode.Uri): DocumentAnnotations {
    const key = uri.toString();
    let e = this.byUri.get(key);
    if (!e) {
      e = { version: -1, auto: [], decisions: [], annotations: [], engineMs: 0 };
      this.byUri.set(key, e);
    }
    return e;
  }

  /**
   * Takes the engine's annotations of a version: the full list, or a delta on the version held.
   * Returns false when a delta does not fit the version held; the caller then asks for the full list.
   */
  updateAuto(p: AnnotationsParams): boolean {
    const uri = vscode.Uri.parse(p.uri);
    // A piece of a list for a document closed meanwhile: nothing to apply it to, and nothing to ask for again.
    if (p.delta && !this.byUri.has(uri.toString())) return true;
    const e = this.entry(uri);
    if (p.delta && p.delta.baseVersion !== e.version) return false;
    const plain = !e.decisions.some((d) => !d.orphan);
    e.reach = p.delta ? deltaReach(p.delta, e.auto, p.version) : undefined;
    // Without decisions the shown list follows the engine's delta like the automatic one: a piece
    // of a 25,000-span first list then costs its own 3,000 spans, not the whole list again.
    if (p.delta && plain && e.plain) e.annotations = applyAnnotationDelta(e.annotations, mapDeltaInserts(p.delta, asShown));
    e.auto = p.delta ? applyAnnotationDelta(e.auto, p.delta) : p.annotations;
    if (!(p.delta && plain && e.plain)) e.annotations = applyDecisions(e.auto, e.decisions);
    // Index for index beside the automatic list only when that one is in text order (the engine's is).
    e.plain = plain && isInTextOrder(e.auto);
    e.version = p.version;
    e.partial = p.more === true;
    e.skipped = p.skipped;
    e.engineMs = p.engineMs;
    this.changed.fire(uri);
    return true;
  }

  setDecisions(uri: vscode.Uri, decisions: Decision[]): void {
    const e = this.entry(uri);
    e.decisions = decisions;
    e.annotations = applyDecisions(e.auto, e.decisions);
    e.plain = !decisions.some((d) => !d.orphan) && isInTextOrder(e.auto);
    e.reach = undefined;
    this.changed.fire(uri);
  }

  /** Moves the decisions of a document through the changes of one edit event. */
  applyEdit(event: vscode.TextDocumentChangeEvent): void {
    const e = this.byUri.get(event.document.uri.toString());
    if (!e || e.decisions.length === 0 || event.contentChanges.length === 0) return;
    // Changes of one event refer to the text before it; applied last-first, earlier offsets stay valid.
    const changes = [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    let decisions = e.decisions;
    for (const c of changes) decisions = shiftDecisions(decisions, { offset: c.rangeOffset, deleted: c.rangeLength, inserted: c.text });
    const text = event.document.getText();
    const before = e.decisions;
    e.decisions = decisions.map((d) => (d.orphan ? d : { ...d, quote: text.slice(d.start, d.end) }));
    const changed = e.decisions.length !== before.length || e.decisions.some((d, i) => {
      const b = before[i];
      return d.orphan !== b.orphan || d.start !== b.start || d.end !== b.end || d.quote !== b.quote;
    });
    if (changed) this.moved.fire(event.document.uri);
  }

  /** Whether the engine's annotations are of the document's current version: their offsets then fit the text. */
  isCurrent(doc: vscode.TextDocument): boolean {
    const state = this.get(doc.uri);
    return !!state && state.version === doc.version;
  }

  get(uri: vscode.Uri): DocumentAnnotations | undefined {
    return this.byUri.get(uri.toString());
  }

  delete(uri: vscode.Uri): void {
    this.byUri.delete(uri.toString());
  }

  /** Resolves with the shown annotations of the document's current version once they arrive. */
  waitFor(uri: vscode.Uri, timeoutMs = 30000): Promise<Annotation[]> {
    const current = () => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const state = this.get(uri);
      return state && state.version >= 0 && !state.partial && (!doc || state.version === doc.version) ? state.annotations : undefined;
    };
    const now = current();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        sub.dispose();
        closed.dispose();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no annotations for ${uri.toString()} within ${timeoutMs} ms`));
      }, timeoutMs);
      const sub = this.onDidChange((u) => {
        if (u.toString() !== uri.toString()) return;
        const a = current();
        if (a) {
          done();
          resolve(a);
        }
      });
      // The engine annotates no closed document: waiting longer would only delay the caller.
      const closed = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() !== uri.toString()) return;
        done();
        reject(new Error(`${uri.toString()} was closed before its annotations arrived`));
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
    this.moved.dispose();
  }
}
