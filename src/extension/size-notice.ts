import * as vscode from 'vscode';
import { ANNOTATE_NOW_COMMAND } from './commands/annotate-now';

const told = new Set<string>();

export function toldTooLarge(uri: vscode.Uri): boolean {
  return told.has(uri.toString());
}

/** Tells the user once per file that it was not annotated because of its size, and offers to do it. */
export function notifyTooLarge(uri: vscode.Uri): void {
  const key = uri.toString();
  if (told.has(key)) return;
  told.add(key);
  const action = vscode.l10n.t('Annotate now');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t('{0} is larger than the zhNews.maxFileSize setting and was not annotated.', vscode.workspace.asRelativePath(uri)),
      action,
    )
    .then((choice) => {
      if (choice === action) void vscode.commands.executeCommand(ANNOTATE_NOW_COMMAND);
    });
}
