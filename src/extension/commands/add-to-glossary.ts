import * as path from 'node:path';
import * as vscode from 'vscode';
import type { appendTermToGlossary as AppendTerm } from '../../core/glossary/append';
import { GlossarySync } from '../glossary-sync';
import { readSettings } from '../settings';
import { activeEditor } from './target';

export const ADD_TO_GLOSSARY_COMMAND = 'zhNews.addToGlossary';
const DEFAULT_FILE = 'terms.glossary.yaml';

/**
 * Appends the selected text as a new entry to a workspace glossary file (created if needed), keeping
 * the file's comments and formatting, and opens the new entry for the editor to fill in.
 */
export function registerAddToGlossary(sync: GlossarySync): vscode.Disposable {
  return vscode.commands.registerCommand(ADD_TO_GLOSSARY_COMMAND, async () => {
    const editor = activeEditor();
    if (!editor) return;
    const term = editor.document.getText(editor.selection).trim();
    if (!term || term.includes('\n')) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the term (one line) to add to the glossary.'));
      return;
    }
    const target = await pickGlossaryFile();
    if (!target) return;
    let existing = '';
    try {
      existing = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    } catch {
      existing = ''; // a new file
    }
    // The YAML library loads on first use, not at activation.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { appendTermToGlossary } = require('../../core/glossary/append') as { appendTermToGlossary: typeof AppendTerm };
    const result = appendTermToGlossary(existing, { term, summary: '', updated: new Date().toISOString().slice(0, 10) });
    if (!result.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('{0}:{1}:{2}: {3}', vscode.workspace.asRelativePath(target), String(result.line), String(result.col), result.message),
      );
      return;
    }
    await vscode.workspace.fs.writeFile(target, Buffer.from(result.text, 'utf8'));
    const doc = await vscode.workspace.openTextDocument(target);
    const pos = new vscode.Position(Math.max(0, result.line - 1), 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos) });
    sync.refreshSoon();
    if (!loadedAsGlossary(doc)) void offerToLoad(doc.uri);
  });
}

async function pickGlossaryFile(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: glossary entries are added to a file in the workspace.'));
    return undefined;
  }
  const found: vscode.Uri[] = [];
  for (const glob of readSettings().glossaryGlobs) found.push(...(await vscode.workspace.findFiles(glob, '**/node_modules/**', 200)));
  const fresh = vscode.Uri.joinPath(folder.uri, DEFAULT_FILE);
  if (found.length === 0) return fresh;
  if (found.length === 1) return found[0];
  const pick = await vscode.window.showQuickPick(
    found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), description: path.dirname(uri.fsPath), uri })),
    { placeHolder: vscode.l10n.t('Glossary file to add the term to') },
  );
  return pick?.uri;
}

/** Whether the settings make the file a glossary that loads: a glob of zhNews.glossary.globs matches it, or zhNews.glossary.files names it. */
function loadedAsGlossary(doc: vscode.TextDocument): boolean {
  const settings = readSettings();
  if (settings.glossaryFiles.some((f) => path.resolve(f) === doc.uri.fsPath)) return true;
  return settings.glossaryGlobs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}

/** A file made where no glob of the settings finds it (custom globs) would never load: say so, and offer to name it in the settings. */
async function offerToLoad(uri: vscode.Uri): Promise<void> {
  const name = vscode.workspace.asRelativePath(uri);
  const add = vscode.l10n.t('Add to zhNews.glossary.files');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} is not matched by zhNews.glossary.globs, so its terms are not loaded.', name),
    add,
  );
  if (choice !== add) return;
  const config = vscode.workspace.getConfiguration('zhNews');
  const files = config.get<string[]>('glossary.files', []);
  await config.update('glossary.files', [...files, name], vscode.ConfigurationTarget.Workspace);
}
