import * as vscode from 'vscode';
import { ANNOTATE_NOW_REQUEST } from '../../server/protocol';
import { Engine } from '../engine';

export const ANNOTATE_NOW_COMMAND = 'zhNews.annotateNow';

/** Annotates the active file even when it is above the size limit. */
export function registerAnnotateNow(client: Engine): vscode.Disposable {
  return vscode.commands.registerCommand(ANNOTATE_NOW_COMMAND, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    await client.sendRequest(ANNOTATE_NOW_REQUEST, { uri: editor.document.uri.toString() });
  });
}
