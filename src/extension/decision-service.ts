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

  /**
   * Marks a span with a label; the editor's spans overlapping it give way (the newest word wins), and
   * so do suggestions overlapping it (the new mark claims their text). Nothing written is lost with
   * them: rejections, orphans and glossary-term decisions stay, and a note on a span that gives way —
   * mark, accepted or noted suggestion — goes to the new mark. The old span is not kept for its note:
   * it would be written as a suggestion overlapping the mark, which the editor never shows.
   */
  mark(doc: vscode.TextDocument, span: Pick<Annotation, 'start' | 'end' | 'kind' | 'value'>, label: EntityLabel): void {
    this.update(doc, (ds) => {
      const made = this.make(doc, 'mark', { ...span, confidence: 1 }, label);
      const kept: Decision[] = [];
      const notes: string[] = [];
      for (const d of ds) {
        const overlaps = d.start < span.end && span.start < d.end;
        // Marking again what was removed: the rejection kept only for its note gives the note back.
        const unremoved = !d.orphan && d.action === 'reject' && d.manual && d.label === label && d.start === span.start && d.end === span.end;
        if (unremoved) {
          if (d.note) notes.push(d.note);
        } else if (d.orphan || d.action === 'reject' || d.label === 'TERM' || !overlaps) kept.push(d);
        else if (d.note) notes.push(d.note);
      }
      return [...kept, withNotes(made, notes)];
    });
  }

  /**
   * Accept, reject and remove act on the engine's spans, whose offsets are those of the version it
   * read: while it has not caught up with an edit they would land on other characters, so these
   * refuse (return false) and the caller waits or tells the user.
   */
  accept(doc: vscode.TextDocument, suggestions: Annotation[]): boolean {
    if (!this.store.isCurrent(doc)) return false;
    this.update(doc, (ds) => suggestions.reduce((next, a) => withDecision(next, this.make(doc, 'accept', a, a.label as EntityLabel)), ds));
    return true;
  }

  reject(doc: vscode.TextDocument, suggestions: Annotation[]): boolean {
    if (!this.store.isCurrent(doc)) return false;
    this.update(doc, (ds) => suggestions.reduce((next, a) => withDecision(next, this.make(doc, 'reject', a, a.label as EntityLabel)), ds));
    return true;
  }

  /**
   * Removes shown spans: the editor's own decisions are withdrawn, suggestions are rejected. A note
   * on a removed span is kept on the rejection of that span and label, which hides it and claims
   * nothing — never as a suggestion of it (the recogniser never made the span of a mark, and an
   * export would offer it as one).
   */
  remove(doc: vscode.TextDocument, spans: Annotation[]): boolean {
    if (!this.store.isCurrent(doc)) return false;
    this.update(doc, (ds) => {
      const decided = (a: Annotation) => a.source === 'manual' || a.status === 'accepted';
      const withdrawn = (d: Decision) =>
        !d.orphan && (d.action === 'mark' || d.action === 'accept') && spans.some((a) => decided(a) && sameSpan(a, d) && a.label === d.label);
      const noted: Decision[] = [];
      let next = ds.filter((d) => {
        if (!withdrawn(d)) return true;
        if (d.note) noted.push(d);
        return false;
      });
      for (const a of spans) {
        // An accepted suggestion would come back as a suggestion: reject it too.
        if (a.source === 'auto') next = withDecision(next, this.make(doc, 'reject', a, a.label as EntityLabel));
      }
      for (const d of noted) {
        const rejection = next.find((r) => !r.orphan && r.action === 'reject' && sameSpan(r, d) && r.label === d.label);
        if (rejection) next = next.map((r) => (r === rejection ? withNotes(r, [d.note!]) : r));
        else next.push({ ...d, action: 'reject', manual: d.action === 'mark' || undefined, modified: new Date().toISOString() });
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

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start === b.start && a.end === b.end;

function withNotes(d: Decision, notes: readonly string[]): Decision {
  const all = [d.note, ...notes].filter((n): n is string => !!n);
  return all.length ? { ...d, note: [...new Set(all)].join('\n\n') } : d;
}

/**
 * Adds an accept or reject of a suggestion. A note written on that suggestion (a `note` decision of the
 * same span and label) is not lost: it moves onto the new decision, which replaces it.
 */
function withDecision(ds: Decision[], made: Decision): Decision[] {
  const notes: string[] = [];
  const kept = ds.filter((d) => {
    const noted = !d.orphan && d.action === 'note' && !!d.note && sameSpan(d, made) && d.label === made.label;
    if (noted && d.note) notes.push(d.note);
    return !noted;
  });
  return [...kept, withNotes(made, notes)];
}
