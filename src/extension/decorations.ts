import * as vscode from 'vscode';
import { EntityLabel, ENTITY_LABELS } from '../core/types';
import { AnnotationStore } from './annotation-store';

/** Theme colour ids contributed in package.json, one per label. */
export const LABEL_COLOR: Record<EntityLabel, string> = {
  PER: 'zhNews.perBackground',
  ORG: 'zhNews.orgBackground',
  LOC: 'zhNews.locBackground',
  NUM: 'zhNews.numBackground',
};

/**
 * One decoration type per label; only visible editors are decorated, and only with annotations
 * of the document's current version (stale ranges would land on the wrong characters).
 */
export class Decorations implements vscode.Disposable {
  private readonly types: Record<EntityLabel, vscode.TextEditorDecorationType>;
  private readonly termType: vscode.TextEditorDecorationType;
  private enabled = true;
  private labels: readonly EntityLabel[] = ENTITY_LABELS;

  constructor(private readonly store: AnnotationStore) {
    this.types = Object.fromEntries(
      ENTITY_LABELS.map((l) => [
        l,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(LABEL_COLOR[l]),
          borderRadius: '2px',
        }),
      ]),
    ) as Record<EntityLabel, vscode.TextEditorDecorationType>;
    this.termType = vscode.window.createTextEditorDecorationType({
      textDecoration: 'underline dotted',
      color: new vscode.ThemeColor('zhNews.termForeground'),
    });
  }

  setEnabled(enabled: boolean, labels: readonly EntityLabel[]): void {
    this.enabled = enabled;
    this.labels = labels;
    this.refreshAll();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  refreshUri(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri.toString()) this.refresh(editor);
    }
  }

  private refresh(editor: vscode.TextEditor): void {
    const state = this.store.get(editor.document.uri);
    if (state && state.version !== editor.document.version) return; // a newer result is on its way
    const ranges = new Map<string, vscode.Range[]>();
    if (this.enabled && state) {
      const doc = editor.document;
      for (const a of state.annotations) {
        if (a.label !== 'TERM' && !this.labels.includes(a.label)) continue;
        const list = ranges.get(a.label) ?? [];
        list.push(new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
        ranges.set(a.label, list);
      }
    }
    for (const l of ENTITY_LABELS) editor.setDecorations(this.types[l], ranges.get(l) ?? []);
    editor.setDecorations(this.termType, ranges.get('TERM') ?? []);
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    this.termType.dispose();
  }
}
