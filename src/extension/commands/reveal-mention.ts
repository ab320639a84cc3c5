import * as vscode from 'vscode';

/** Internal: the Entities view's click on a mention. */
export const REVEAL_COMMAND = 'zhNews.revealMention';

/** Opens the article of a mention in the Entities view and selects the mention. */
export function registerReveal(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: string, start: number, end: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
