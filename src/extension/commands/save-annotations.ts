import * as vscode from 'vscode';
import { SidecarSync } from '../sidecar-sync';

export const SAVE_ANNOTATIONS_COMMAND = 'zhNews.saveAnnotations';

/** Writes the active article's sidecar now, whatever zhNews.sidecar.save says (an unreadable one only after asking). */
export function registerSaveAnnotations(sidecars: SidecarSync): vscode.Disposable {
  return vscode.commands.registerCommand(SAVE_ANNOTATIONS_COMMAND, async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc) await sidecars.save(doc, true);
  });
}
