import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ANNOTATE_NOW_REQUEST } from '../../server/protocol';

export const ANNOTATE_NOW_COMMAND = 'zhNews.annotateNow';

/** Annotates the active file even when it is above the size limit. */
export function registerAnnotateNow(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(ANNOTATE_NOW_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    await client.sendRequest(ANNOTATE_NOW_REQUEST, { uri: editor.document.uri.toString() });
  });
}
