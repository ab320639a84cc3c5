import * as vscode from 'vscode';
import { Annotation, ENTITY_LABELS } from '../core/types';
import { AnnotationStore } from './annotation-store';
import { countByLabel } from '../core/annotations/counts';

export const TOGGLE_COMMAND = 'zhNews.toggleHighlights';

/** Counts per label for the active editor; a click toggles highlighting. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zhNews.counts', vscode.StatusBarAlignment.Right, 100);

  /** `shown`: what the editor shows (labels, confidence threshold); only that is counted. */
  constructor(
    private readonly store: AnnotationStore,
    private readonly isEnabled: () => boolean,
    private readonly shown: (a: Annotation) => boolean,
  ) {
    this.item.name = vscode.l10n.t('Chinese news annotations');
    this.item.command = TOGGLE_COMMAND;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.store.get(editor.document.uri);
    if (!editor || !state) {
      this.item.hide();
      return;
    }
    if (state.skipped === 'tooLarge') {
      this.item.text = `$(warning) ${vscode.l10n.t('Not annotated: file too large')}`;
      this.item.tooltip = vscode.l10n.t('Run “Annotate this file now” to annotate it anyway.');
      this.item.command = 'zhNews.annotateNow';
      this.item.show();
      return;
    }
    const n = countByLabel(state.annotations.filter(this.shown));
    const counts = ENTITY_LABELS.map((l) => `${l} ${n.get(l) ?? 0}`);
    const icon = this.isEnabled() ? '$(eye)' : '$(eye-closed)';
    this.item.text = `${icon} ${counts.join(' · ')}`;
    this.item.tooltip = this.isEnabled()
      ? vscode.l10n.t('Annotations in this file. Click to hide highlights.')
      : vscode.l10n.t('Annotations in this file. Click to show highlights.');
    this.item.command = TOGGLE_COMMAND;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
