import * as vscode from 'vscode';
import { Annotation, EntityLabel, ENTITY_LABELS } from '../../core/types';
import { AnnotationStore } from '../annotation-store';
import { DecisionService } from '../decision-service';
import { activeEditor, annotationsAtSelection, isSuggestion, nothingHere, whenCurrent } from './target';

export const ACCEPT_COMMAND = 'zhNews.acceptSuggestion';
export const REJECT_COMMAND = 'zhNews.rejectSuggestion';
export const REMOVE_COMMAND = 'zhNews.removeAnnotation';
export const CHANGE_LABEL_COMMAND = 'zhNews.changeLabel';

/**
 * Accept, reject, remove and relabel: at the cursor, or everything in the selection — of what is shown (`shown`): a
 * suggestion hidden by the confidence threshold or the labels setting is never decided on unseen.
 */
export function registerDecisionCommands(store: AnnotationStore, decisions: DecisionService, shown: (a: Annotation) => boolean): vscode.Disposable[] {
  const shownSuggestion = (a: Annotation) => isSuggestion(a) && shown(a);
  return [
    vscode.commands.registerCommand(ACCEPT_COMMAND, async () => {
      const editor = activeEditor();
      if (!editor || !(await whenCurrent(store, editor.document))) return;
      const hits = annotationsAtSelection(store, editor, shownSuggestion);
      if (hits.length === 0) return nothingHere(vscode.l10n.t('No suggestion here to accept.'));
      decisions.accept(editor.document, hits);
    }),
    vscode.commands.registerCommand(REJECT_COMMAND, async () => {
      const editor = activeEditor();
      if (!editor || !(await whenCurrent(store, editor.document))) return;
      const hits = annotationsAtSelection(store, editor, shownSuggestion);
      if (hits.length === 0) return nothingHere(vscode.l10n.t('No suggestion here to reject.'));
      decisions.reject(editor.document, hits);
    }),
    vscode.commands.registerCommand(REMOVE_COMMAND, async () => {
      const editor = activeEditor();
      if (!editor || !(await whenCurrent(store, editor.document))) return;
      const hits = annotationsAtSelection(store, editor, shown);
      if (hits.length === 0) return nothingHere(vscode.l10n.t('No annotation here to remove.'));
      decisions.remove(editor.document, hits);
    }),
    vscode.commands.registerCommand(CHANGE_LABEL_COMMAND, async () => {
      const editor = activeEditor();
      if (!editor || !(await whenCurrent(store, editor.document))) return;
      const doc = editor.document;
      const [hit] = annotationsAtSelection(store, editor, shown);
      if (!hit) return nothingHere(vscode.l10n.t('No annotation here to relabel.'));
      const version = doc.version;
      const pick = await vscode.window.showQuickPick(
        ENTITY_LABELS.filter((l) => l !== hit.label).map((l) => ({ label: l, description: labelName(l) })),
        { placeHolder: vscode.l10n.t('New label for “{0}”', doc.getText().slice(hit.start, hit.end)) },
      );
      if (!pick) return;
      // The text changed while the list was open: the span's offsets may no longer fit it.
      if (doc.version !== version || !store.isCurrent(doc)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The text changed while the label was being chosen; nothing was changed. Run Change label again.'));
        return;
      }
      if (hit.source === 'auto') decisions.reject(doc, [hit]);
      decisions.mark(doc, { start: hit.start, end: hit.end }, pick.label as EntityLabel);
    }),
  ];
}

export function labelName(l: EntityLabel): string {
  switch (l) {
    case 'PER':
      return vscode.l10n.t('Person');
    case 'ORG':
      return vscode.l10n.t('Organisation');
    case 'LOC':
      return vscode.l10n.t('Place');
    case 'NUM':
      return vscode.l10n.t('Number');
  }
}
