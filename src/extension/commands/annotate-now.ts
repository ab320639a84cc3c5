import * as vscode from 'vscode';
import { ANNOTATE_NOW_REQUEST } from '../../server/protocol';
import { Engine } from '../engine';

export const ANNOTATE_NOW_COMMAND = 'zhNews.annotateNow';

/** Documents annotated on request above the size limit: asked again of a server restarted after a crash. */
const forced = new Set<string>();

/** Annotates the active file even when it is above the size limit. */
export function registerAnnotateNow(client: Engine): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(ANNOTATE_NOW_COMMAND, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      forced.add(editor.document.uri.toString());
      await client.sendRequest(ANNOTATE_NOW_REQUEST, { uri: editor.document.uri.toString() });
    }),
    vscode.workspace.onDidCloseTextDocument((d) => forced.delete(d.uri.toString())),
    client.onDidRestart(() => {
      for (const uri of forced) void client.sendRequest(ANNOTATE_NOW_REQUEST, { uri }).catch(() => undefined);
    }),
  );
}
