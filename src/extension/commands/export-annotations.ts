import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vscode from 'vscode';
import { EXPORT_FORMATS, FormatName } from '../../core/sidecar/formats/common';
import type { EXPORTERS as Exporters } from '../../core/sidecar/formats';
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
    const { EXPORTERS } = require('../../core/sidecar/formats') as { EXPORTERS: typeof Exporters };
    const files = EXPORTERS[format]({ text: doc.getText(), sidecar, stem, documentIri: pathToFileURL(doc.uri.fsPath).href });
    const written: string[] = [];
    for (const f of files) {
      const target = path.join(dir, f.name);
      if (path.resolve(target) === path.resolve(doc.uri.fsPath)) continue; // brat's .txt is the article itself
      writeFileAtomic(target, f.content);
      written.push(vscode.workspace.asRelativePath(target));
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} annotations: {1}', String(sidecar.annotations.length), written.join(', ')));
  });
}
