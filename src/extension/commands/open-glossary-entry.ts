import * as vscode from 'vscode';
import { GLOSSARY_ENTRY_REQUEST, GlossaryEntryResult } from '../../server/protocol';
import { OPEN_GLOSSARY_ENTRY_COMMAND } from '../../server/server-commands';
import { Engine } from '../engine';

/**
 * Opens a glossary entry in its YAML file. The hover link passes only an entry id; where the entry
 * is comes from the server's loaded glossaries, so a crafted link cannot open an arbitrary file.
 */
export function registerOpenGlossaryEntry(client: Engine): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_GLOSSARY_ENTRY_COMMAND, async (args?: { id?: unknown }) => {
    if (!args || typeof args.id !== 'string' || args.id.length > 500) return;
    const where = await client.sendRequest<GlossaryEntryResult | null>(GLOSSARY_ENTRY_REQUEST, { id: args.id });
    if (!where) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The glossary entry “{0}” is no longer loaded.', args.id));
      return;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(where.file));
    const pos = new vscode.Position(Math.max(0, where.line - 1), Math.max(0, where.col - 1));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
  });
}
