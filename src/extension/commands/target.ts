import * as vscode from 'vscode';
import { Annotation } from '../../core/types';
import { AnnotationStore } from '../annotation-store';

export interface Target {
  editor: vscode.TextEditor;
  annotations: Annotation[];
}

/**
 * The annotations a command acts on: those under the cursor, or every one overlapping a non-empty
 * selection. TERM spans come from the glossary and are not decided on here.
 */
export function annotationsAtSelection(store: AnnotationStore, editor: vscode.TextEditor, filter: (a: Annotation) => boolean): Annotation[] {
  const state = store.get(editor.document.uri);
  if (!state) return [];
  const doc = editor.document;
  const out: Annotation[] = [];
  for (const sel of editor.selections) {
    const s = doc.offsetAt(sel.start);
    const e = doc.offsetAt(sel.end);
    for (const a of state.annotations) {
      if (a.label === 'TERM' || !filter(a)) continue;
      const hit = s === e ? a.start <= s && s <= a.end : a.start < e && s < a.end;
      if (hit && !out.includes(a)) out.push(a);
    }
  }
  // Under a bare cursor between two adjacent spans, prefer the one the cursor is inside.
  if (out.length > 1 && editor.selections.length === 1 && editor.selection.isEmpty) {
    const o = doc.offsetAt(editor.selection.active);
    const inside = out.filter((a) => a.start <= o && o < a.end);
    if (inside.length) return inside.slice(0, 1);
  }
  return out;
}

/** How long a command waits for the engine to catch up with the last edit before it gives up. */
export const CATCH_UP_MS = 3000;

/**
 * Resolves true once the engine's annotations are of the document's current version (their offsets
 * then fit the text); false, after telling the user, when they are still behind after a few seconds.
 */
export async function whenCurrent(store: AnnotationStore, doc: vscode.TextDocument, timeoutMs = CATCH_UP_MS): Promise<boolean> {
  if (store.isCurrent(doc)) return true;
  await store.waitFor(doc.uri, timeoutMs).catch(() => undefined);
  if (store.isCurrent(doc)) return true;
  void vscode.window.showInformationMessage(
    vscode.l10n.t('The annotations of {0} are still being updated after your last edit; nothing was changed. Try again in a moment.', vscode.workspace.asRelativePath(doc.uri)),
  );
  return false;
}

export function isSuggestion(a: Annotation): boolean {
  return a.source === 'auto' && a.status !== 'accepted';
}

export function activeEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) void vscode.window.showInformationMessage(vscode.l10n.t('Open a text editor first.'));
  return editor;
}

export function nothingHere(what: string): void {
  void vscode.window.setStatusBarMessage(what, 3000);
}
