import * as vscode from 'vscode';
import { Decision } from '../../core/annotations/decisions';
import { DecisionService } from '../decision-service';
import { activeEditor } from './target';

export const REATTACH_COMMAND = 'zhNews.reattachOrphan';
export const DELETE_ORPHAN_COMMAND = 'zhNews.deleteOrphan';

/** Orphaned decisions: re-attach to the current selection, or delete after confirmation. */
export function registerOrphanCommands(decisions: DecisionService): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(REATTACH_COMMAND, (node?: { decision?: Decision }) => {
      const editor = activeEditor();
      if (!editor || !node?.decision) return;
      if (editor.selection.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to attach “{0}” to, then run this again.', node.decision.quote));
        return;
      }
      const doc = editor.document;
      decisions.reattach(doc, node.decision.id, doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end));
    }),
    vscode.commands.registerCommand(DELETE_ORPHAN_COMMAND, async (node?: { decision?: Decision }) => {
      const editor = activeEditor();
      if (!editor || !node?.decision) return;
      const yes = vscode.l10n.t('Delete');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Delete the orphaned annotation {0} “{1}”?', node.decision.label, node.decision.quote),
        { modal: true },
        yes,
      );
      if (answer === yes) decisions.dropOrphan(editor.document, node.decision.id);
    }),
  ];
}
