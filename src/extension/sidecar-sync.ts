import * as path from 'node:path';
import * as vscode from 'vscode';
import { buildSidecar, serializeSidecar, sha256Hex, articleSha256, Sidecar } from '../core/sidecar/model';
import { parseSidecar } from '../core/sidecar/parse';
import { reanchor } from '../core/sidecar/reanchor';
import { decisionsFromSidecar, sidecarContent } from '../core/sidecar/decisions';
import { LocatedError } from '../core/sidecar/located';
import { AnnotationStore } from './annotation-store';
import { DecisionService } from './decision-service';
import { readSettings } from './settings';

export const SAVE_ANNOTATIONS_COMMAND = 'zhNews.saveAnnotations';

interface Loaded {
  /** The sidecar as last read from or written to disk, and the bytes' hash then. */
  sidecar?: Sidecar;
  diskHash?: string;
  /** Decisions changed since the last write. */
  dirty: boolean;
}

/**
 * Keeps each article's decisions in its sidecar, `<article>.annotations.json`: read when the article
 * opens (re-anchored if the article changed since), written atomically on save or on command. A
 * sidecar that changed on disk since it was read is never overwritten without asking; a broken one is
 * reported in the Problems panel and left as it is.
 */
export class SidecarSync implements vscode.Disposable {
  private readonly loaded = new Map<string, Loaded>();
  private readonly problems = vscode.languages.createDiagnosticCollection('zhNews.sidecar');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnnotationStore,
    decisions: DecisionService,
    private readonly version: string,
    private readonly write: (file: string, text: string) => Promise<void>,
  ) {
    this.disposables.push(
      this.problems,
      decisions.onDidChangeDecisions((uri) => {
        const l = this.loaded.get(uri.toString());
        if (l) l.dirty = true;
        else this.loaded.set(uri.toString(), { dirty: true });
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (readSettings().sidecarSave === 'onSave') void this.save(doc, false);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.loaded.delete(doc.uri.toString())),
      vscode.commands.registerCommand(SAVE_ANNOTATIONS_COMMAND, async () => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc) await this.save(doc, true);
      }),
    );
  }

  /** Where the sidecar of an article lives (beside it, or in the configured folder). */
  sidecarPath(doc: vscode.TextDocument): string {
    const folder = readSettings().sidecarFolder;
    const dir = path.dirname(doc.uri.fsPath);
    const base = `${path.basename(doc.uri.fsPath)}.annotations.json`;
    if (!folder) return path.join(dir, base);
    const resolved = path.resolve(dir, folder);
    // A configured folder may not lead outside the workspace folder that holds the article.
    const ws = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath ?? dir;
    if (path.relative(ws, resolved).startsWith('..') || path.isAbsolute(path.relative(ws, resolved))) {
      throw new Error(vscode.l10n.t('The sidecar folder “{0}” is outside the workspace; annotations are kept beside the article instead.', folder));
    }
    return path.join(resolved, base);
  }

  /** Reads the article's sidecar, if any, and hands its decisions to the store. */
  async load(doc: vscode.TextDocument): Promise<void> {
    if (doc.uri.scheme !== 'file') return;
    let file: string;
    try {
      file = this.sidecarPath(doc);
    } catch (e) {
      void vscode.window.showWarningMessage((e as Error).message);
      file = path.join(path.dirname(doc.uri.fsPath), `${path.basename(doc.uri.fsPath)}.annotations.json`);
    }
    const uri = vscode.Uri.file(file);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return; // no sidecar yet
    }
    const text = Buffer.from(bytes).toString('utf8');
    const parsed = parseSidecar(text, file);
    if (parsed.errors) {
      this.report(uri, parsed.errors);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The annotations file {0} could not be read ({1}); it was left unchanged. See the Problems panel.', vscode.workspace.asRelativePath(uri), parsed.errors[0].message),
      );
      this.loaded.set(doc.uri.toString(), { diskHash: sha256Hex(bytes), dirty: false, sidecar: undefined });
      return;
    }
    this.problems.delete(uri);
    const sidecar = parsed.sidecar;
    const articleText = doc.getText();
    const hadBom = await fileHasBom(doc.uri);
    const expectedPath = path.relative(path.dirname(file), doc.uri.fsPath).split(path.sep).join('/');
    const sameHash = sidecar.document.sha256 === articleSha256(articleText, hadBom);
    if (!sameHash && sidecar.document.path !== expectedPath) {
      const err = parsed.locate(['document', 'path'], `this sidecar belongs to "${sidecar.document.path}", not to "${expectedPath}" (and its hash differs)`);
      this.report(uri, [err]);
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} belongs to another article; it was left unchanged.', vscode.workspace.asRelativePath(uri)));
      this.loaded.set(doc.uri.toString(), { diskHash: sha256Hex(bytes), dirty: false });
      return;
    }
    let annotations = sidecar.annotations;
    let orphans = sidecar.orphans;
    if (!sameHash) {
      const result = reanchor(articleText, annotations);
      annotations = result.annotations;
      orphans = [...orphans, ...result.orphans];
      const moved = result.report.filter((r) => r.outcome === 'moved' || r.outcome === 'fuzzy').length;
      const lost = result.report.filter((r) => r.outcome === 'orphan').length;
      if (moved || lost) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('The article changed since its annotations were saved: {0} found at a new place, {1} orphaned (see the Entities view).', String(moved), String(lost)),
        );
      }
    }
    this.loaded.set(doc.uri.toString(), { sidecar: { ...sidecar, annotations, orphans }, diskHash: sha256Hex(bytes), dirty: !sameHash });
    this.store.setDecisions(doc.uri, decisionsFromSidecar(annotations, orphans));
  }

  /** Writes the sidecar; `explicit` when the user asked (then it is written even without decisions). */
  async save(doc: vscode.TextDocument, explicit: boolean): Promise<boolean> {
    const state = this.store.get(doc.uri);
    const loaded = this.loaded.get(doc.uri.toString());
    if (!state || doc.uri.scheme !== 'file') return false;
    if (!explicit && !loaded?.dirty && !loaded?.sidecar) return false;
    if (state.version !== doc.version) await this.store.waitFor(doc.uri, 30000).catch(() => undefined);
    const file = this.sidecarPath(doc);
    const uri = vscode.Uri.file(file);
    const onDisk = await vscode.workspace.fs.readFile(uri).then((b) => b, () => undefined);
    if (onDisk && loaded?.diskHash !== sha256Hex(onDisk)) {
      const choice = await this.askConflict(uri, onDisk);
      if (choice === 'theirs') {
        this.loaded.delete(doc.uri.toString());
        await this.load(doc);
        return false;
      }
      if (choice !== 'overwrite') return false;
    }
    const current = this.store.get(doc.uri)!;
    const text = doc.getText();
    const content = sidecarContent(text, current.annotations, current.decisions, loaded?.sidecar?.orphans ?? []);
    const sidecar = buildSidecar(text, content.annotations, {
      path: path.relative(path.dirname(file), doc.uri.fsPath).split(path.sep).join('/'),
      hadBom: await fileHasBom(doc.uri),
      generator: { name: 'zh-news-annotator', version: this.version },
      previous: loaded?.sidecar,
      orphans: content.orphans,
    });
    const json = serializeSidecar(sidecar);
    await this.write(file, json);
    this.loaded.set(doc.uri.toString(), { sidecar, diskHash: sha256Hex(json), dirty: false });
    return true;
  }

  private async askConflict(uri: vscode.Uri, onDisk: Uint8Array): Promise<'theirs' | 'overwrite' | undefined> {
    const theirs = vscode.l10n.t('Keep theirs');
    const overwrite = vscode.l10n.t('Overwrite');
    const compare = vscode.l10n.t('Compare');
    for (;;) {
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} changed on disk since it was read. Keep the version on disk, overwrite it with yours, or compare them?', vscode.workspace.asRelativePath(uri)),
        { modal: true },
        theirs,
        overwrite,
        compare,
      );
      if (choice === theirs) return 'theirs';
      if (choice === overwrite) return 'overwrite';
      if (choice !== compare) return undefined;
      const left = await vscode.workspace.openTextDocument({ language: 'json', content: Buffer.from(onDisk).toString('utf8') });
      await vscode.commands.executeCommand('vscode.diff', left.uri, uri, vscode.l10n.t('Annotations on disk ↔ file'));
    }
  }

  private report(uri: vscode.Uri, errors: LocatedError[]): void {
    this.problems.set(
      uri,
      errors.map((e) => {
        const pos = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.col - 1));
        const d = new vscode.Diagnostic(new vscode.Range(pos, pos), e.message, vscode.DiagnosticSeverity.Error);
        d.source = 'zh-news-annotator';
        return d;
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

async function fileHasBom(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme !== 'file') return false;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  } catch {
    return false;
  }
}
