import * as vscode from 'vscode';
import { Annotation, EntityLabel, ENTITY_LABELS } from '../core/types';
import { firstStartingAt } from '../core/text/sorted-spans';
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
 * Above this many annotations in a document, an editor is decorated only around what it shows
 * (MARGIN_LINES, and at most MARGIN_CHARS, above and below), and again as it scrolls near the edge:
 * decorating every span of a 1 MB article (tens of thousands) on every update would hold the
 * extension host for hundreds of ms, and 300 lines of margin still cost 17–26 ms of CPU per update.
 */
export const WINDOWED_ABOVE = 2000;
const MARGIN_LINES = 100;
const MARGIN_CHARS = 8000;

/** The text an editor was last decorated for (offsets), and the visible offsets that trigger the next. */
interface DecoratedWindow {
  from: number;
  to: number;
  version: number;
  /** Scrolling the visible text above `low` or below `high` decorates the editor again. */
  low: number;
  high: number;
  /** Ranges set in the last decoration, all types together. */
  ranges: number;
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
  private readonly windows = new WeakMap<vscode.TextEditor, DecoratedWindow>();

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
    const reach = this.store.get(uri)?.reach;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== uri.toString()) continue;
      // A later piece of a long first list that lands outside the decorated window changes nothing shown.
      const w = this.windows.get(editor);
      if (reach && w && w.version === editor.document.version && (reach.to < w.from || reach.from > w.to)) continue;
      this.refresh(editor);
    }
  }

  /** After a scroll: a windowed editor is decorated again once it shows text near its window's edge. */
  visibleRangesChanged(editor: vscode.TextEditor): void {
    const w = this.windows.get(editor);
    if (!w) return;
    const v = visibleOffsets(editor);
    if (v.from < w.low || v.to > w.high) this.refresh(editor);
  }

  /** What an editor was last decorated with: the offsets covered (all when not windowed) and the ranges set. */
  decorated(editor: vscode.TextEditor): { from: number; to: number; ranges: number } | undefined {
    const w = this.windows.get(editor);
    return w && { from: w.from, to: w.to, ranges: w.ranges };
  }

  private refresh(editor: vscode.TextEditor): void {
    const state = this.store.get(editor.document.uri);
    if (state && state.version !== editor.document.version) return; // a newer result is on its way
    const ranges = new Map<string, vscode.Range[]>();
    const doc = editor.document;
    const end = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const w: DecoratedWindow = { from: 0, to: end, version: doc.version, low: -Infinity, high: Infinity, ranges: 0 };
    if (this.options.enabled && state) {
      if (state.annotations.length > WINDOWED_ABOVE) {
        const v = visibleOffsets(editor);
        const lines = visibleLines(editor);
        w.from = Math.max(doc.offsetAt(new vscode.Position(Math.max(0, lines.first - MARGIN_LINES), 0)), v.from - MARGIN_CHARS, 0);
        w.to = Math.min(doc.offsetAt(doc.lineAt(Math.min(doc.lineCount - 1, lines.last + MARGIN_LINES)).range.end), v.to + MARGIN_CHARS);
        // Half the margin left on a side: decorate again (the document's own edge needs no margin).
        if (w.from > 0) w.low = w.from + (v.from - w.from) / 2;
        if (w.to < end) w.high = w.to - (w.to - v.to) / 2;
      }
      const { from, to } = w;
      // In text order: the window's spans are one run (a span reaching in from before the window
      // starts outside the visible text, by the margin).
      const all = state.annotations;
      for (let i = firstStartingAt(all, from); i < all.length && all[i].start <= to; i++) {
        const a = all[i];
        if (!isShown(a, this.options)) continue;
        const key = a.label === 'TERM' ? 'TERM' : `${a.label}:${a.status === 'accepted' || a.source === 'manual' ? 'accepted' : 'suggested'}`;
        const list = ranges.get(key) ?? [];
        list.push(new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
        ranges.set(key, list);
        w.ranges++;
      }
    }
    this.windows.set(editor, w);
    for (const [key, type] of this.types) editor.setDecorations(type, ranges.get(key) ?? []);
    editor.setDecorations(this.termType, ranges.get('TERM') ?? []);
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.termType.dispose();
  }
}

function visibleOffsets(editor: vscode.TextEditor): { from: number; to: number } {
  const doc = editor.document;
  const v = editor.visibleRanges;
  if (v.length === 0) {
    const at = doc.offsetAt(editor.selection.active);
    return { from: at, to: at };
  }
  return { from: Math.min(...v.map((r) => doc.offsetAt(r.start))), to: Math.max(...v.map((r) => doc.offsetAt(r.end))) };
}

function visibleLines(editor: vscode.TextEditor): { first: number; last: number } {
  const v = editor.visibleRanges;
  if (v.length === 0) return { first: editor.selection.active.line, last: editor.selection.active.line };
  return { first: Math.min(...v.map((r) => r.start.line)), last: Math.max(...v.map((r) => r.end.line)) };
}
