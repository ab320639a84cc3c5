import * as vscode from 'vscode';
import { Annotation, EntityLabel } from '../core/types';
import { Decision, newDecisionId } from '../core/annotations/decisions';
import { AnnotationStore } from './annotation-store';

/**
 * Turns commands into decisions on a document. Every change goes through here, so there is one
 * place that updates the store and tells the sidecar writer that the document's decisions changed.
 */
export class DecisionService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChangeDecisions = this.changed.event;

  constructor(private readonly store: AnnotationStore) {}

  private update(doc: vscode.TextDocument, fn: (ds: Decision[]) => Decision[]): void {
    const current = this.store.get(doc.uri)?.decisions ?? [];
    this.store.setDecisions(doc.uri, fn([...current]));
    this.changed.fire(doc.uri);
  }

  private make(doc: vscode.TextDocument, action: Decision['action'], a: Pick<Annotation, 'start' | 'end' | 'kind' | 'value' | 'roles' | 'confidence'>, label: EntityLabel): Decision {
    const now = new Date().toISOString();
    return {
      id: newDecisionId(),
      action,
      start: a.start,
      end: a.end,
      label,
      kind: label === 'NUM' ? a.kind : undefined,
      value: label === 'NUM' ? a.value : undefined,
      roles: label === 'PER' ? a.roles : undefined,
      confidence: action === 'mark' ? 1 : a.confidence,
      quote: doc.getText().slice(a.start, a.end),
      created: now,
      modified: now,
    };
  }

  /** Marks a span with a label; decisions overlapping it give way (the newest word wins). */
  mark(doc: vscode.TextDocument, span: Pick<Annotation, 'start' | 'end' | 'kind' | 'value'>, label: EntityLabel): void {
    this.update(doc, (ds) => [
      ...ds.filter((d) => d.orphan || d.action === 'reject' || d.end <= span.start || span.end <= d.start),
      this.make(doc, 'mark', { ...span, confidence: 1 }, label),
    ]);
  }

  /**
   * Accept, reject and remove act on the engine's spans, whose offsets are those of the version it
   * read: while it has not caught up with an edit they would land on other characters, so these
   * refuse (return false) and the caller waits or tells the user.
   */
  accept(doc: vscode.TextDocument, suggestions: Annotation[]): boolean {
    if (!this.store.isCurrent(doc)) return false;
    this.update(doc, (ds) => [...ds, ...suggestions.map((a) => this.make(doc, 'accept', a, a.label as EntityLabel))]);
    return true;
  }

  reject(doc: vscode.TextDocument, suggestions: Annotation[]): boolean {
    if (!this.store.isCurrent(doc)) return false;
    this.update(doc, (ds) => [...ds, ...suggestions.map((a) => this.make(doc, 'reject', a, a.label as EntityLabel))]);
    return true;
  }

  /** Removes shown spans: the editor's own decisions are withdrawn, suggestions are rejected. */
  remove(doc: vscode.TextDocument, spans: Annotation[]): boolean {
    if (!this.store.isCurrent(doc)) return false;
    this.update(doc, (ds) => {
      const decided = (a: Annotation) => a.source === 'manual' || a.status === 'accepted';
      let next = ds.filter(
        (d) => d.orphan || d.action === 'reject' || !spans.some((a) => decided(a) && a.start === d.start && a.end === d.end && a.label === d.label),
      );
      for (const a of spans) {
        // An accepted suggestion would come back as a suggestion: reject it too.
        if (a.source === 'auto') next = [...next, this.make(doc, 'reject', a, a.label as EntityLabel)];
      }
      return next;
    });
    return true;
  }

  /** Deletes orphaned decisions or re-attaches one to a new span. */
  dropOrphan(doc: vscode.TextDocument, id: string): void {
    this.update(doc, (ds) => ds.filter((d) => d.id !== id));
  }

  reattach(doc: vscode.TextDocument, id: string, start: number, end: number): void {
    const text = doc.getText();
    this.update(doc, (ds) =>
      ds.map((d) => (d.id === id ? { ...d, start, end, orphan: false, quote: text.slice(start, end), modified: new Date().toISOString() } : d)),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }
}
