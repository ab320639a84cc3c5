import { closeSync, openSync, readSync } from 'node:fs';
import * as vscode from 'vscode';
import { buildSidecar, serializeSidecar, Sidecar } from '../core/sidecar/model';
import { decisionsFromSidecar, sidecarContent } from '../core/sidecar/decisions';
import { LocatedError } from '../core/sidecar/located';
import {
  assertInside,
  currentStamp,
  openSidecarFor,
  PathSafetyError,
  relativeArticlePath,
  saveSidecarText,
  sidecarPathFor,
} from '../node/sidecar-file';
import { AnnotationStore } from './annotation-store';
import { DecisionService } from './decision-service';
import { ExtensionSettings } from './settings';

export const SAVE_ANNOTATIONS_COMMAND = 'zhNews.saveAnnotations';

interface Loaded {
  /** The sidecar as last read from or written to disk, and a stamp of its bytes then (null: no file). */
  sidecar?: Sidecar;
  stamp: string | null;
  /** Decisions changed since the last write. */
  dirty: boolean;
  /** The sidecar on disk is broken or another article's: never overwritten without asking. */
  unreadable?: boolean;
}

/**
 * Keeps each article's decisions in its sidecar (`news.txt` → `news.annotations.json`): read when the
 * article opens (re-anchored if the article changed since), written atomically on save or on command.
 * A sidecar changed on disk since it was read is never overwritten without asking; a broken one is
 * reported in the Problems panel at its line and column and left as it is.
 */
export class SidecarSync implements vscode.Disposable {
  private readonly loaded = new Map<string, Loaded>();
  private readonly problems = vscode.languages.createDiagnosticCollection('zhNews.sidecar');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly store: AnnotationStore,
    decisions: DecisionService,
    private readonly version: string,
    private readonly settings: () => ExtensionSettings,
  ) {
    this.disposables.push(
      this.problems,
      decisions.onDidChangeDecisions((uri) => {
        const l = this.loaded.get(uri.toString());
        if (l) l.dirty = true;
        else this.loaded.set(uri.toString(), { stamp: null, dirty: true });
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.settings().sidecarSave === 'onSave') void this.save(doc, false);
      }),
      vscode.commands.registerCommand(SAVE_ANNOTATIONS_COMMAND, async () => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc) await this.save(doc, true);
      }),
    );
  }

  /** Where the sidecar of an article lives; a configured folder may not lead outside the workspace. */
  sidecarPath(doc: vscode.TextDocument): string {
    const folder = this.settings().sidecarFolder;
    const beside = sidecarPathFor(doc.uri.fsPath);
    if (!folder) return beside;
    const root = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.fsPath;
    const path = sidecarPathFor(doc.uri.fsPath, folder);
    try {
      if (!root) throw new PathSafetyError(`${path} is not in a workspace folder`);
      return assertInside(root, path);
    } catch (e) {
      if (!(e instanceof PathSafetyError)) throw e;
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The sidecar folder “{0}” is outside the workspace; annotations are kept beside the article instead.', folder),
      );
      return beside;
    }
  }

  /** Reads the article's sidecar, if any, and hands its decisions to the store. */
  load(doc: vscode.TextDocument): void {
    if (doc.uri.scheme !== 'file') return;
    const file = this.sidecarPath(doc);
    const sidecarUri = vscode.Uri.file(file);
    const opened = openSidecarFor(doc.uri.fsPath, { text: doc.getText(), hadBom: fileHasBom(doc.uri.fsPath) }, { folder: this.settings().sidecarFolder || undefined });
    if (opened === undefined) {
      this.problems.delete(sidecarUri);
      return;
    }
    if ('errors' in opened) {
      this.report(sidecarUri, opened.errors);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The annotations file {0} could not be read ({1}); it was left unchanged. See the Problems panel.', vscode.workspace.asRelativePath(sidecarUri), opened.errors[0].message),
      );
      this.loaded.set(doc.uri.toString(), { stamp: safeStamp(file), dirty: false, unreadable: true });
      return;
    }
    this.problems.delete(sidecarUri);
    const moved = opened.report.filter((r) => r.outcome === 'moved' || r.outcome === 'fuzzy').length;
    const lost = opened.report.filter((r) => r.outcome === 'orphan').length;
    if (moved || lost) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The article changed since its annotations were saved: {0} found at a new place, {1} orphaned (see the Entities view).', String(moved), String(lost)),
      );
    }
    this.loaded.set(doc.uri.toString(), { sidecar: opened.sidecar, stamp: opened.stamp, dirty: opened.belonging !== 'same' });
    this.store.setDecisions(doc.uri, decisionsFromSidecar(opened.sidecar.annotations, opened.sidecar.orphans));
  }

  /** Writes the sidecar; `explicit` when the user asked (then it is written even without decisions). */
  async save(doc: vscode.TextDocument, explicit: boolean): Promise<boolean> {
    const loaded = this.loaded.get(doc.uri.toString());
    if (doc.uri.scheme !== 'file' || !this.store.get(doc.uri)) return false;
    if (!explicit && !loaded?.dirty) return false;
    const file = this.sidecarPath(doc);
    const sidecar = await this.build(doc, file);
    const json = serializeSidecar(sidecar);
    let result = saveSidecarText(file, json, { expectedStamp: loaded ? loaded.stamp : null });
    if (!result.written) {
      const choice = await this.askConflict(vscode.Uri.file(file), json);
      if (choice === 'theirs') {
        this.loaded.delete(doc.uri.toString());
        this.load(doc);
        return false;
      }
      if (choice !== 'overwrite') return false;
      result = saveSidecarText(file, json, { force: true });
    }
    if (!result.written) return false;
    this.loaded.set(doc.uri.toString(), { sidecar, stamp: result.stamp, dirty: false });
    this.problems.delete(vscode.Uri.file(file));
    return true;
  }

  /** The sidecar of the document as it stands now (annotations of its current version). */
  async build(doc: vscode.TextDocument, file = this.sidecarPath(doc)): Promise<Sidecar> {
    await this.store.waitFor(doc.uri, 30000).catch(() => undefined);
    const state = this.store.get(doc.uri);
    const loaded = this.loaded.get(doc.uri.toString());
    const text = doc.getText();
    // If the engine has not caught up with the last edit, write the decisions alone rather than stale spans.
    const shown = state && state.version === doc.version ? state.annotations : [];
    const content = sidecarContent(text, shown, state?.decisions ?? [], loaded?.sidecar?.orphans ?? []);
    return buildSidecar(text, content.annotations, {
      path: relativeArticlePath(file, doc.uri.fsPath),
      hadBom: fileHasBom(doc.uri.fsPath),
      generator: { name: 'zh-news-annotator', version: this.version },
      previous: loaded?.sidecar,
      orphans: content.orphans,
    });
  }

  /**
   * Called when an article closes or the window goes away: decisions not yet written are the
   * editor's work, so they are written whatever the save setting says.
   */
  async flush(doc: vscode.TextDocument): Promise<void> {
    try {
      if (this.loaded.get(doc.uri.toString())?.dirty) await this.save(doc, false);
    } finally {
      this.loaded.delete(doc.uri.toString());
    }
  }

  async flushAll(): Promise<void> {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.loaded.get(doc.uri.toString())?.dirty) await this.save(doc, false).catch(() => false);
    }
  }

  private async askConflict(uri: vscode.Uri, ours: string): Promise<'theirs' | 'overwrite' | undefined> {
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
      const mine = await vscode.workspace.openTextDocument({ language: 'json', content: ours });
      await vscode.commands.executeCommand('vscode.diff', uri, mine.uri, vscode.l10n.t('Annotations on disk ↔ file'));
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

function safeStamp(file: string): string | null {
  try {
    return currentStamp(file);
  } catch {
    return null;
  }
}

/** VS Code drops a BOM from the document text; the sidecar's hash is of the file's bytes, BOM included. */
function fileHasBom(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(3);
      readSync(fd, buf, 0, 3, 0);
      return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
