import { existsSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { buildSidecar, serializeSidecar, Sidecar } from '../core/sidecar/model';
import { decisionsFromSidecar, sidecarContent } from '../core/sidecar/decisions';
import { applyDecisions } from '../core/annotations/decisions';
import { LocatedError } from '../core/sidecar/located';
import {
  assertInside,
  isFile,
  openSidecarFor,
  PathSafetyError,
  relativeArticlePath,
  saveSidecarText,
  sidecarPathFor,
} from '../node/sidecar-file';
import { fileHasBom, otherArticleOf, safeStamp } from '../node/sidecar-owner';
import { AnnotationStore } from './annotation-store';
import { DecisionService } from './decision-service';
import { ExtensionSettings } from './settings';
import { SidecarRenames } from './sidecar-renames';

interface Loaded {
  /** The sidecar as last read from or written to disk, and a stamp of its bytes then (null: no file). */
  sidecar?: Sidecar;
  stamp: string | null;
  /** The file `stamp` is of; another path (the sidecar folder setting changed since) was never read. */
  path?: string;
  /** The editor's decisions changed since the last complete write. */
  dirty: boolean;
  /**
   * Edits moved decisions or changed their text since the last complete write: written with the
   * article's next save, not when it closes (unsaved edits may be discarded then).
   */
  moved?: boolean;
  /** Counts changes, so that a write that raced with a change does not count that change as saved. */
  seq: number;
  /** The sidecar on disk is broken or another article's: never overwritten without asking. */
  unreadable?: Unreadable;
}

interface Unreadable {
  /** What is wrong with it, as the Problems panel says. */
  reason: string;
  /** The article it belongs to, when it is another article's (same name, another extension). */
  other?: string;
  /** The user was told that their annotations are not being saved. */
  told: boolean;
  /** The old name of the article, when the file was there before the article was renamed to its name. */
  renamedFrom?: string;
}

/**
 * Keeps each article's decisions in its sidecar (`news.txt` → `news.annotations.json`): read when the
 * article opens (re-anchored if the article changed since), written atomically on save or on command.
 * A sidecar changed on disk since it was read is never overwritten without asking; a broken one, or
 * another article's, is reported in the Problems panel at its line and column and left as it is: the
 * decisions stay in memory and are written only when the user agrees to back the old file up.
 * Writes of one sidecar go one after another, so two saves at once never take each other for a
 * change on disk.
 */
export class SidecarSync implements vscode.Disposable {
  /** The reason of the last failed write of each article's sidecar, already told to the user. */
  private readonly failedWrites = new Map<string, string>();
  private readonly loaded = new Map<string, Loaded>();
  private readonly problems = vscode.languages.createDiagnosticCollection('zhNews.sidecar');
  private readonly disposables: vscode.Disposable[] = [];
  /** Per sidecar file, the end of the last write queued for it. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Per document, which opening it is in: a close handled after a reopen leaves the new state alone. */
  private readonly openings = new Map<string, number>();
  private openCount = 0;
  private readonly renames: SidecarRenames;
  /** The "sidecar folder is outside the workspace" warning was shown (once a session). */
  private warnedOutside = false;

  constructor(
    private readonly store: AnnotationStore,
    decisions: DecisionService,
    private readonly version: string,
    private readonly settings: () => ExtensionSettings,
    options: { renameWaitMs?: number } = {},
  ) {
    this.renames = new SidecarRenames(
      {
        decisionsOf: (uri) => this.store.get(uri)?.decisions,
        unsaved: (key) => {
          const l = this.loaded.get(key);
          return !!(l?.dirty || l?.moved || l?.unreadable);
        },
        sidecarPathOf: (uri) => this.sidecarOf(uri).path,
        reload: (doc, keepDecisions) => this.load(doc, { keepDecisions }),
      },
      // Longer than VS Code waits for rename participants (files.participants.timeout, 60 s).
      options.renameWaitMs ?? 120_000,
    );
    this.disposables.push(
      this.renames,
      this.problems,
      decisions.onDidChangeDecisions((uri) => this.touch(uri, 'dirty')),
      store.onDidMoveDecisions((uri) => this.touch(uri, 'moved')),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.settings().sidecarSave === 'onSave') void this.save(doc, false);
      }),
    );
  }

  private touch(uri: vscode.Uri, what: 'dirty' | 'moved'): void {
    const key = uri.toString();
    let l = this.loaded.get(key);
    if (!l) {
      l = { stamp: null, dirty: false, seq: 0 };
      this.loaded.set(key, l);
    }
    l[what] = true;
    l.seq++;
  }

  /** Where the sidecar of an article lives; a configured folder may not lead outside the workspace. */
  sidecarPath(doc: vscode.TextDocument): string {
    return this.sidecarOf(doc.uri).path;
  }

  /**
   * Where the sidecar of the article at `uri` lives, and the folder setting that leads there (undefined:
   * beside the article). A configured folder outside the article's workspace folder, or an article in
   * no workspace folder, keeps it beside the article (said once a session).
   */
  private sidecarOf(uri: vscode.Uri): { path: string; folder?: string } {
    const folder = this.settings().sidecarFolder;
    const beside = sidecarPathFor(uri.fsPath);
    if (!folder) return { path: beside };
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath;
    const path = sidecarPathFor(uri.fsPath, folder);
    try {
      if (!root) throw new PathSafetyError(`${path} is not in a workspace folder`);
      return { path: assertInside(root, path), folder };
    } catch (e) {
      if (!(e instanceof PathSafetyError)) throw e;
      if (!this.warnedOutside) {
        this.warnedOutside = true;
        void vscode.window.showWarningMessage(
          vscode.l10n.t('The sidecar folder “{0}” is outside the workspace; annotations are kept beside the article instead.', folder),
        );
      }
      return { path: beside };
    }
  }

  /** Reads the article's sidecar, if any, and hands its decisions to the store. */
  load(doc: vscode.TextDocument, options: { keepDecisions?: boolean } = {}): void {
    if (doc.uri.scheme !== 'file') return;
    const key = doc.uri.toString();
    this.openings.set(key, ++this.openCount);
    const held = this.loaded.get(key);
    // Opened again before its close was handled (a change of language mode closes and opens a
    // document at once): the decisions in memory are newer than the file's, and are kept.
    if (!options.keepDecisions && held && (held.dirty || held.moved)) return;
    const { path: file, folder } = this.sidecarOf(doc.uri);
    const sidecarUri = vscode.Uri.file(file);
    const other = otherArticleOf(file, doc.uri.fsPath);
    const opened = other
      ? {
          errors: [
            { file, line: 1, col: 1, message: vscode.l10n.t('it belongs to {0}, which has the same name', vscode.workspace.asRelativePath(vscode.Uri.file(other))) },
          ],
        }
      : openSidecarFor(doc.uri.fsPath, { text: doc.getText(), hadBom: fileHasBom(doc.uri.fsPath) }, { folder });
    // A file found at the name a rename gave (renamedFrom) stays guarded when the sidecar is read again after the rename.
    const keep = options.keepDecisions
      ? { dirty: true, moved: held?.moved, seq: (held?.seq ?? 0) + 1, unreadable: held?.unreadable?.renamedFrom ? held.unreadable : undefined }
      : { dirty: false, seq: 0 };
    if (opened === undefined) {
      this.problems.delete(sidecarUri);
      if (options.keepDecisions) this.loaded.set(key, { stamp: null, path: file, ...keep });
      else this.adoptCopied(doc);
      return;
    }
    if ('errors' in opened) {
      this.report(sidecarUri, opened.errors);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The annotations file {0} could not be read ({1}); it was left unchanged. See the Problems panel.', vscode.workspace.asRelativePath(sidecarUri), opened.errors[0].message),
      );
      this.loaded.set(key, { stamp: safeStamp(file), path: file, ...keep, unreadable: { reason: opened.errors[0].message, other, told: false } });
      if (!options.keepDecisions) this.adoptCopied(doc);
      return;
    }
    this.problems.delete(sidecarUri);
    if (options.keepDecisions) {
      this.loaded.set(key, { sidecar: opened.sidecar, stamp: opened.stamp, path: file, ...keep });
      return;
    }
    const moved = opened.report.filter((r) => r.outcome === 'moved' || r.outcome === 'fuzzy').length;
    const lost = opened.report.filter((r) => r.outcome === 'orphan').length;
    if (moved || lost) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The article changed since its annotations were saved: {0} found at a new place, {1} orphaned (see the Entities view).', String(moved), String(lost)),
      );
    }
    if (opened.returned.length) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} orphaned annotations were found again in the text and are annotations once more; they are saved with the article.', String(opened.returned.length)),
      );
    }
    // Re-anchored or found again: the file on disk does not say so yet, and is written at the next save.
    this.loaded.set(key, { sidecar: opened.sidecar, stamp: opened.stamp, path: file, dirty: opened.belonging !== 'same' || opened.returned.length > 0, seq: 0 });
    this.store.setDecisions(doc.uri, decisionsFromSidecar(opened.sidecar.annotations, opened.sidecar.orphans));
    this.adoptCopied(doc);
  }

  /**
   * Decisions that belong to this document but are not in its sidecar: those of an article renamed
   * to this name, or — when it has no sidecar — those of an open article with the very same text
   * (Save As makes such a copy). They are the user's work, so they come along, to be saved here.
   */
  private adoptCopied(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const carried = this.renames.takeCarried(key);
    if (carried === 'not yet') return;
    let decisions = carried?.decisions;
    const held = this.loaded.get(key);
    if (carried && carried.stamp !== undefined && held && held.stamp !== carried.stamp) {
      // The sidecar changed since the rename moved it (another tool, another window): what was saved
      // is the file's; unsaved decisions are written only after asking (the file is not the one moved).
      if (!carried.dirty) return;
      held.stamp = carried.stamp;
    }
    let from: vscode.TextDocument | undefined;
    if (!decisions && !this.loaded.has(key)) {
      const text = doc.getText();
      from = text
        ? vscode.workspace.textDocuments.find(
            (d) => d.uri.scheme === 'file' && d.uri.toString() !== key && !d.isClosed && (this.store.get(d.uri)?.decisions.length ?? 0) > 0 && d.getText() === text,
          )
        : undefined;
      decisions = from && this.store.get(from.uri)?.decisions.map((d) => ({ ...d }));
    }
    if (!decisions) return;
    this.store.setDecisions(doc.uri, decisions);
    if (carried?.clashFrom && held && !held.unreadable) {
      held.unreadable = { reason: '', renamedFrom: carried.clashFrom, told: false };
    }
    if (carried && !carried.dirty) return;
    this.touch(doc.uri, 'dirty');
    if (from) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} has the same text as {1}: its {2} annotation decisions were copied, and are saved with {0}.', vscode.workspace.asRelativePath(doc.uri), vscode.workspace.asRelativePath(from.uri), String(decisions.length)),
      );
    }
  }

  /**
   * Writes the sidecar; `explicit` when the user asked (then it is written even without decisions).
   * Never rejects: a write that fails (permission denied, disk full) is told to the user, naming the
   * file and the reason, and the decisions stay unsaved, to be written by the next save.
   */
  async save(doc: vscode.TextDocument, explicit: boolean): Promise<boolean> {
    return (await this.trySave(doc, explicit, 'open')) === 'written';
  }

  private async trySave(doc: vscode.TextDocument, explicit: boolean, when: 'open' | 'closing'): Promise<'written' | 'not written' | 'failed'> {
    let file: string | undefined;
    const key = doc.uri.toString();
    try {
      file = this.sidecarPath(doc);
      const written = await this.saveTo(doc, file, explicit);
      if (written) this.failedWrites.delete(key);
      return written ? 'written' : 'not written';
    } catch (e) {
      const article = vscode.workspace.asRelativePath(doc.uri);
      const sidecar = file ? vscode.workspace.asRelativePath(vscode.Uri.file(file)) : article;
      const reason = String((e as Error)?.message ?? e);
      // Said once per reason until a write succeeds (auto-save would repeat it at every save); a
      // Save annotations command and a close always say it.
      const said = this.failedWrites.get(key) === reason;
      this.failedWrites.set(key, reason);
      if (said && !explicit && when === 'open') return 'failed';
      void vscode.window.showErrorMessage(
        when === 'closing'
          ? vscode.l10n.t('{0} was closed, but its annotations could not be written to {1} ({2}). They are kept until VS Code closes: open {0} again and save it to write them.', article, sidecar, reason)
          : vscode.l10n.t('The annotations of {0} could not be written to {1} ({2}). They are kept while {0} is open, and written at the next save.', article, sidecar, reason),
      );
      return 'failed';
    }
  }

  private async saveTo(doc: vscode.TextDocument, file: string, explicit: boolean): Promise<boolean> {
    if (doc.uri.scheme !== 'file' || !this.store.get(doc.uri)) return false;
    const loaded = this.loaded.get(doc.uri.toString());
    if (!explicit && !loaded?.dirty && !loaded?.moved) return false;
    if (loaded?.unreadable) {
      // Said once per reading of the file; again whenever the user asks to save.
      if (explicit || !loaded.unreadable.told) {
        loaded.unreadable.told = true;
        const offer = this.offerFresh(doc, file, loaded.unreadable, 'open');
        if (explicit) return offer;
        void offer;
      }
      return false;
    }
    return this.serially(file, () => this.write(doc, file));
  }

  /** One write of the sidecar, in the queue of its file. */
  private async write(doc: vscode.TextDocument, file: string): Promise<boolean> {
    const key = doc.uri.toString();
    const other = otherArticleOf(file, doc.uri.fsPath);
    if (other) {
      // Another article's sidecar has appeared under this one's name since it was read.
      const l = this.loaded.get(key) ?? { stamp: safeStamp(file), dirty: true, seq: 1 };
      l.unreadable = { reason: vscode.l10n.t('it belongs to {0}, which has the same name', vscode.workspace.asRelativePath(vscode.Uri.file(other))), other, told: true };
      this.loaded.set(key, l);
      void this.offerFresh(doc, file, l.unreadable, 'open');
      return false;
    }
    const seq = this.loaded.get(key)?.seq ?? 0;
    const { sidecar, complete } = await this.compose(doc, file);
    const json = serializeSidecar(sidecar);
    // Read after the wait: a write queued before this one has updated it. A stamp of another file (the sidecar folder
    // setting changed since it was read) says nothing of this one: here no file was read, and one found is asked about.
    const held = this.loaded.get(key);
    const expectedStamp = held && (held.path === undefined || held.path === file) ? held.stamp : null;
    let result = saveSidecarText(file, json, { expectedStamp });
    if (!result.written) {
      const choice = await this.askConflict(vscode.Uri.file(file), json);
      if (choice === 'theirs') {
        this.loaded.delete(key);
        this.load(doc);
        return false;
      }
      if (choice !== 'overwrite') return false;
      result = saveSidecarText(file, json, { force: true });
    }
    if (!result.written) return false;
    const l = this.loaded.get(key) ?? { stamp: null, dirty: false, seq };
    l.sidecar = sidecar;
    l.stamp = result.stamp;
    l.path = file;
    // Only a write of the engine's current list and of every change made until it was composed
    // counts as saved; otherwise the next save writes again.
    if (complete && l.seq === seq) {
      l.dirty = false;
      l.moved = false;
    }
    this.loaded.set(key, l);
    this.problems.delete(vscode.Uri.file(file));
    return true;
  }

  private serially<T>(file: string, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => undefined);
    this.queues.set(file, tail);
    void tail.then(() => {
      if (this.queues.get(file) === tail) this.queues.delete(file);
    });
    return next;
  }

  /** The sidecar of the document as it stands now (annotations of its current version). */
  async build(doc: vscode.TextDocument, file = this.sidecarPath(doc)): Promise<Sidecar> {
    return (await this.compose(doc, file)).sidecar;
  }

  /** The sidecar as it stands now; `complete` when it holds the engine's list of the current version. */
  private async compose(doc: vscode.TextDocument, file: string): Promise<{ sidecar: Sidecar; complete: boolean }> {
    await this.store.waitFor(doc.uri, 30000).catch(() => undefined);
    const state = this.store.get(doc.uri);
    const loaded = this.loaded.get(doc.uri.toString());
    const text = doc.getText();
    const decisions = state?.decisions ?? [];
    // If the engine has not caught up with the last edit (the article was closed first, or it timed
    // out), its spans are of an older text: the decisions, kept in step with every edit, are written
    // alone — accepted and marked spans as well as rejections.
    const complete = !!state && state.version === doc.version && !state.partial;
    const shown = complete ? state.annotations : applyDecisions([], decisions);
    const content = sidecarContent(text, shown, decisions, loaded?.sidecar?.orphans ?? []);
    const sidecar = buildSidecar(text, content.annotations, {
      path: relativeArticlePath(file, doc.uri.fsPath),
      hadBom: fileHasBom(doc.uri.fsPath),
      generator: { name: 'zh-news-annotator', version: this.version },
      previous: loaded?.sidecar,
      orphans: content.orphans,
    });
    return { sidecar, complete };
  }

  /**
   * The sidecar cannot be written: it is unreadable (the user's decisions stay in memory) or another
   * article's. Says so, naming the file and the reason; for an unreadable one offers to move it aside
   * to `….bak-<time>` and write a new one, and does that only when the user agrees.
   */
  private async offerFresh(doc: vscode.TextDocument, file: string, u: Unreadable, when: 'open' | 'closing'): Promise<boolean> {
    const article = vscode.workspace.asRelativePath(doc.uri);
    const sidecar = vscode.workspace.asRelativePath(vscode.Uri.file(file));
    if (u.other) {
      void vscode.window.showWarningMessage(
        when === 'closing'
          ? vscode.l10n.t('The annotations of {0} were not saved: its annotations file {1} belongs to {2}, which has the same name, and is not overwritten. Rename {0} so that it has an annotations file of its own.', article, sidecar, vscode.workspace.asRelativePath(vscode.Uri.file(u.other)))
          : vscode.l10n.t('The annotations of {0} are not saved: its annotations file {1} belongs to {2}, which has the same name, and is not overwritten. They are kept while {0} is open; rename it (Explorer ▸ Rename) and they are saved under its new name.', article, sidecar, vscode.workspace.asRelativePath(vscode.Uri.file(u.other))),
      );
      return false;
    }
    const backup = `${file}.bak-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const yes = vscode.l10n.t('Move aside and write a new file');
    const choice = await vscode.window.showWarningMessage(freshQuestion(u, when, article, sidecar, basename(backup)), yes);
    if (choice !== yes) return false;
    const key = doc.uri.toString();
    const moved = await this.serially(file, async () => {
      try {
        if (existsSync(file)) renameSync(file, backup);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be moved aside ({1}); nothing was written.', sidecar, String((e as Error).message)));
        return false;
      }
      const l = this.loaded.get(key) ?? { dirty: true, seq: 1, stamp: null };
      l.unreadable = undefined;
      l.sidecar = undefined;
      l.stamp = null;
      l.dirty = true;
      this.loaded.set(key, l);
      this.problems.delete(vscode.Uri.file(file));
      return true;
    });
    if (!moved) return false;
    const written = await this.save(doc, true);
    if (written) void vscode.window.showInformationMessage(vscode.l10n.t('{0} was moved aside as {1}, and a new one written.', sidecar, basename(backup)));
    return written;
  }

  /**
   * Called when an article closes: decisions not yet written are the editor's work, so they are
   * written whatever the save setting says. Its state is dropped after, unless it was opened again
   * meanwhile.
   */
  async close(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const opening = this.openings.get(key);
    let failed = false;
    try {
      // The article still there under its old name: a rename of it failed or was declined.
      if (this.renames.isRenaming(key) && doc.uri.scheme === 'file' && isFile(doc.uri.fsPath)) this.renames.abandon(key);
      const l = this.loaded.get(key);
      if (l?.dirty && !this.renames.isRenaming(key)) {
        if (l.unreadable) await this.offerFresh(doc, this.sidecarPath(doc), l.unreadable, 'closing');
        else failed = (await this.trySave(doc, false, 'closing')) === 'failed';
      }
    } finally {
      if (this.openings.get(key) === opening) {
        this.openings.delete(key);
        this.renames.forget(key);
        // Not written: the decisions stay in memory, and come back if the article is opened again.
        if (!failed) {
          this.loaded.delete(key);
          this.store.delete(doc.uri);
        }
      }
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

/** The question offerFresh asks before moving an annotations file aside to write a new one. */
function freshQuestion(u: Unreadable, when: 'open' | 'closing', article: string, sidecar: string, backup: string): string {
  if (u.renamedFrom) {
    const from = vscode.workspace.asRelativePath(vscode.Uri.file(u.renamedFrom));
    return when === 'closing'
      ? vscode.l10n.t('{0} was closed, but its annotations of this session were not saved: {1} was already there when {2} was renamed to {0}, and is not overwritten unasked. Move that file aside as {3} and write a new one with this session\'s annotations? Otherwise they are lost.', article, sidecar, from, backup)
      : vscode.l10n.t('The annotations of {0} are not saved: {1} was already there when {2} was renamed to {0}, and is not overwritten unasked. They are kept while {0} is open. Move that file aside as {3} and write a new one with this session\'s annotations?', article, sidecar, from, backup);
  }
  return when === 'closing'
    ? vscode.l10n.t('{0} was closed, but its annotations of this session were not saved: its annotations file {1} could not be read ({2}), and a file that cannot be read is never overwritten. Move that file aside as {3} and write a new one with this session\'s annotations? Otherwise they are lost.', article, sidecar, u.reason, backup)
    : vscode.l10n.t('The annotations of {0} are not saved: its annotations file {1} could not be read ({2}), and a file that cannot be read is never overwritten. They are kept while {0} is open. Move that file aside as {3} and write a new one with this session\'s annotations?', article, sidecar, u.reason, backup);
}
