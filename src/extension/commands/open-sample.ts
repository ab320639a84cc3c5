import * as vscode from 'vscode';

export const OPEN_SAMPLE_COMMAND = 'zhNews.openSample';

/** Opens the walkthrough's sample article (shipped with the extension, read-only). */
export function registerOpenSample(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async () => {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'media', 'sample-article.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
  });
}
