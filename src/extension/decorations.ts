import * as vscode from 'vscode';
import { Annotation, EntityLabel, ENTITY_LABELS } from '../core/types';
import { AnnotationStore } from './annotation-store';

/** Theme colour ids contributed in package.json, one per label. */
export const LABEL_COLOR: Record<EntityLabel, string> = {
  PER: 'zhNews.perBackground',
  ORG: 'zhNews.orgBackground',
  LOC: 'zhNews.locBackground',
  NUM: 'zhNews.numBackground',
};

type Style = 'suggested' | 'accepted';

export interface DecorationOptions {
  enabled: boolean;
  labels: readonly EntityLabel[];
  /** Suggestions below this confidence are not shown. */
  minConfidence: number;
}

/** Whether an annotation is shown under the current options. */
export function isShown(a: Annotation, o: DecorationOptions): boolean {
  if (a.label === 'TERM') return true;
  if (!o.labels.includes(a.label)) return false;
  return a.status === 'accepted' || a.source === 'manual' || a.confidence >= o.minConfidence;
}

/**
 * Decoration types per label and style: suggestions have a dotted border, accepted and manual
 * spans a solid one. Only visible editors are decorated, and only with annotations of the document's
 * current version (stale offsets would land on the wrong characters).
 */
export class Decorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly termType: vscode.TextEditorDecorationType;
  private options: DecorationOptions = { enabled: true, labels: ENTITY_LABELS, minConfidence: 0 };

  constructor(private readonly store: AnnotationStore) {
    for (const l of ENTITY_LABELS) {
      for (const style of ['suggested', 'accepted'] as Style[]) {
        this.types.set(
          `${l}:${style}`,
          vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor(LABEL_COLOR[l]),
            borderRadius: '2px',
            border: style === 'accepted' ? '1px solid' : '1px dotted',
            borderColor: new vscode.ThemeColor(style === 'accepted' ? 'zhNews.acceptedBorder' : 'zhNews.suggestionBorder'),
          }),
        );
      }
    }
    this.termType = vscode.window.createTextEditorDecorationType({
      textDecoration: 'underline dotted',
      color: new vscode.ThemeColor('zhNews.termForeground'),
    });
  }

  configure(options: DecorationOptions): void {
    this.options = options;
    this.refreshAll();
  }

  get current(): DecorationOptions {
    return this.options;
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
    if (this.options.enabled && state) {
      const doc = editor.document;
      for (const a of state.annotations) {
        if (!isShown(a, this.options)) continue;
        const key = a.label === 'TERM' ? 'TERM' : `${a.label}:${a.status === 'accepted' || a.source === 'manual' ? 'accepted' : 'suggested'}`;
        const list = ranges.get(key) ?? [];
        list.push(new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
        ranges.set(key, list);
      }
    }
    for (const [key, type] of this.types) editor.setDecorations(type, ranges.get(key) ?? []);
    editor.setDecorations(this.termType, ranges.get('TERM') ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.termType.dispose();
  }
}
