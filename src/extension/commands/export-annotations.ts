import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, ExportedFile, FormatName, replacementProblem } from '../../core/sidecar/formats/common';
import type { annReplaceable as AnnReplaceable, EXPORTERS as Exporters } from '../../core/sidecar/formats';
import { recordExport, writtenByExport } from '../../node/export-record';
import { writeFileAtomic } from '../../node/sidecar-file';
import { SidecarSync } from '../sidecar-sync';
import { activeEditor } from './target';

export const EXPORT_COMMAND = 'zhNews.exportAnnotations';

const DESCRIPTIONS: Record<FormatName, () => string> = {
  json: () => vscode.l10n.t('the annotations file beside the article (UTF-16 and code-point offsets)'),
  brat: () => vscode.l10n.t('brat standoff: .ann with annotation.conf and visual.conf (code points)'),
  w3c: () => vscode.l10n.t('W3C Web Annotation collection, JSON-LD (code points)'),
  'label-studio': () => vscode.l10n.t('Label Studio task with predictions and annotations (code points)'),
  doccano: () => vscode.l10n.t('doccano JSONL (UTF-16 units)'),
  conll: () => vscode.l10n.t('CoNLL: one character per line with BIO tags'),
};

/** “Export annotations as…”: writes the active article's annotations in a format other tools read. */
export function registerExport(sidecars: SidecarSync): vscode.Disposable {
  return vscode.commands.registerCommand(EXPORT_COMMAND, async (formatArg?: string) => {
    const editor = activeEditor();
    if (!editor) return;
    const doc = editor.document;
    if (doc.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Save the article to a file first; exports are written beside it.'));
      return;
    }
    let format = EXPORT_FORMATS.find((f) => f === formatArg);
    if (!format) {
      const pick = await vscode.window.showQuickPick(
        EXPORT_FORMATS.map((f) => ({ label: f, description: DESCRIPTIONS[f]() })),
        { placeHolder: vscode.l10n.t('Export annotations as…') },
      );
      if (!pick) return;
      format = pick.label as FormatName;
    }
    if (format === 'json') {
      await sidecars.save(doc, true);
      return;
    }
    const sidecar = await sidecars.build(doc);
    const dir = path.dirname(doc.uri.fsPath);
    const stem = path.basename(doc.uri.fsPath, path.extname(doc.uri.fsPath));
    // Loaded on first export, not at activation (the formats and their dependencies are large).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { EXPORTERS, annReplaceable } = require('../../core/sidecar/formats') as { EXPORTERS: typeof Exporters; annReplaceable: typeof AnnReplaceable };
    const files = EXPORTERS[format]({ text: doc.getText(), sidecar, stem, documentIri: pathToFileURL(doc.uri.fsPath).href });
    // brat wants <name>.txt beside the .ann: when that is the article itself, it is already there.
    const targets = files.map((f) => ({ f, target: path.join(dir, f.name) })).filter(({ target }) => path.resolve(target) !== path.resolve(doc.uri.fsPath));
    // A file that may be someone else's (another article's text, a collection's brat configuration) is
    // never replaced: where one holds other content, nothing of this article is written (as the CLI does).
    for (const { f, target } of targets) {
      if (!f.ownedByOthers || !existsSync(target)) continue;
      const existing = readExisting(target);
      if (!existing) return;
      const problem = replacementProblem(f, target, existing.toString('utf8'));
      if (problem) {
        void refuse(f, target, problem.line, problem.col, problem.offset ?? 0);
        return;
      }
    }
    // brat rewrites its .ann as one annotates: one changed since the last export and marking other things than this
    // export would may hold work done in brat, replaced only when the user says so (as zhnews export asks for --overwrite).
    for (const { f, target } of targets) {
      if (!f.editedInPlace || !existsSync(target)) continue;
      const bytes = readExisting(target);
      if (!bytes) return;
      if (annReplaceable(bytes, f.content, doc.getText(), (sha256) => writtenByExport(dir, f.name, sha256))) continue;
      const replace = vscode.l10n.t('Replace it');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} changed since it was last exported (in brat?) and marks other things than this export would: replacing it loses that work. To keep it, import it first: zhnews import {0} --from brat.',
          vscode.workspace.asRelativePath(target),
        ),
        { modal: true },
        replace,
      );
      if (choice !== replace) return;
    }
    const written: string[] = [];
    for (const { f, target } of targets) {
      if (f.ownedByOthers && existsSync(target)) continue; // already holds exactly this content
      writeFileAtomic(target, f.content);
      written.push(vscode.workspace.asRelativePath(target));
    }
    recordExport(dir, targets.filter(({ f }) => f.editedInPlace).map(({ f }) => f));
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} annotations: {1}', String(sidecar.annotations.length), written.join(', ')));
  });
}

/** The bytes of a file already where the export writes, or undefined after telling the user it could not be read (nothing is exported then). */
function readExisting(target: string): Buffer | undefined {
  try {
    return readFileSync(target);
  } catch (e) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Nothing was exported: {0} already exists and could not be read ({1}); it was left unchanged.', vscode.workspace.asRelativePath(target), String((e as Error).message)),
    );
    return undefined;
  }
}

/**
 * Says, at its line and column, that an existing file would be replaced by the export and that nothing
 * was written; offers to show the place where the two differ.
 */
async function refuse(f: ExportedFile, target: string, line: number, col: number, offset: number): Promise<void> {
  const where = `${vscode.workspace.asRelativePath(target)}:${line}:${col}`;
  const show = vscode.l10n.t('Show');
  const choice = await vscode.window.showErrorMessage(
    f.name.endsWith('.txt')
      ? vscode.l10n.t("Nothing was exported: {0} already exists and is not this article's text, which brat needs beside the .ann (they differ at {1}). It was left unchanged; move it away to export as brat.", f.name, where)
      : vscode.l10n.t('Nothing was exported: {0} already exists and is not the {0} this export would write (they differ at {1}). It was left unchanged; move it away to export as brat.', f.name, where),
    show,
  );
  if (choice !== show) return;
  // The column counts code points; the editor's positions count UTF-16 units, as the offset does.
  const existing = await vscode.workspace.openTextDocument(vscode.Uri.file(target));
  const pos = existing.positionAt(offset);
  await vscode.window.showTextDocument(existing, { selection: new vscode.Range(pos, pos) });
}
