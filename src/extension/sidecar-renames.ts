import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { Decision } from '../core/annotations/decisions';
import { isFile } from '../node/sidecar-file';
import { fileHasBom, holdsText, moveSidecar, otherArticleOf, safeStamp } from '../node/sidecar-owner';

/** Decisions of a renamed article, waiting for the document under its new name. */
export interface CarriedDecisions {
  decisions: Decision[];
  /** They were not all written to the sidecar before the rename. */
  dirty: boolean;
  /** The key of the document under its old name. */
  from: string;
  /** The stamp of the sidecar under the new name once the rename was done (null: none). */
  stamp?: string | null;
  done?: boolean;
  /**
   * The old name's path, when the new name already had an annotations file of its own (left by an
   * earlier article of that name): that file holds someone's work, so it is not written over unasked.
   */
  clashFrom?: string;
}

/** What the rename bookkeeping needs of the sidecar sync. */
export interface RenameHost {
  decisionsOf(uri: vscode.Uri): Decision[] | undefined;
  /** The document has decisions its sidecar does not hold yet. */
  unsaved(key: string): boolean;
  sidecarPathOf(uri: vscode.Uri): string;
  /** Reads the sidecar of a document again; `keepDecisions` keeps those in memory. */
  reload(doc: vscode.TextDocument, keepDecisions: boolean): void;
}

/**
 * The renames of articles: their decisions go to the new name, and their sidecars move with them.
 * A rename that fails or is declined never reaches onDidRenameFiles, so what was started for it is
 * dropped when the article is seen under its old name again, or after a while.
 */
export class SidecarRenames implements vscode.Disposable {
  private readonly carried = new Map<string, CarriedDecisions>();
  /**
   * Documents being renamed, by key: where they go, and whether the rename was done. Their close
   * neither writes nor asks (their decisions go with them) — unless the article is still there under
   * its old name, so the rename failed or was declined.
   */
  private readonly renaming = new Map<string, { to: string; done: boolean }>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[];

  /** `waitMs`: how long a rename that never completes keeps its bookkeeping. */
  constructor(private readonly host: RenameHost, private readonly waitMs: number) {
    this.disposables = [
      vscode.workspace.onWillRenameFiles((e) => this.before(e.files)),
      vscode.workspace.onDidRenameFiles((e) => this.after(e.files)),
    ];
  }

  /** The document is being renamed: its close writes nothing. */
  isRenaming(key: string): boolean {
    return this.renaming.has(key);
  }

  /** The document closed: its rename, if any, is no longer waited for. */
  forget(key: string): void {
    this.renaming.delete(key);
  }

  /**
   * The decisions carried to the document at `key`, handed over once; 'not yet' while the article is
   * still there under its old name (the rename may yet happen, or it failed or was declined — say,
   * over an existing file of this name), when nothing comes over.
   */
  takeCarried(key: string): CarriedDecisions | 'not yet' | undefined {
    const carried = this.carried.get(key);
    if (carried && !carried.done && isFile(vscode.Uri.parse(carried.from).fsPath)) return 'not yet';
    this.carried.delete(key);
    return carried;
  }

  /** A rename that did not happen: its document is itself again, and nothing is carried to the new name. */
  abandon(key: string): void {
    const r = this.renaming.get(key);
    if (!r || r.done) return;
    this.renaming.delete(key);
    if (this.carried.get(r.to)?.from === key) this.carried.delete(r.to);
  }

  /** An article (or a folder of them) is about to be renamed: its decisions go to the new name. */
  private before(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): void {
    const started: string[] = [];
    for (const { oldUri, newUri } of files) {
      const from = oldUri.toString();
      for (const doc of vscode.workspace.textDocuments) {
        const key = doc.uri.toString();
        if (!isAtOrUnder(key, from)) continue;
        const decisions = this.host.decisionsOf(doc.uri);
        if (!decisions?.length) continue;
        const to = newUri.toString() + key.slice(from.length);
        // Looked at before anything moves (the editor under the new name may open before onDidRenameFiles): an annotations
        // file already at the new name that was not written for this text is someone's work (an earlier article's).
        const target = this.host.sidecarPathOf(vscode.Uri.parse(to));
        const clash =
          doc.uri.scheme === 'file' && target !== this.host.sidecarPathOf(doc.uri) && existsSync(target) && !holdsText(target, doc.getText(), fileHasBom(doc.uri.fsPath));
        this.carried.set(to, { decisions: decisions.map((d) => ({ ...d })), dirty: this.host.unsaved(key), from: key, clashFrom: clash ? doc.uri.fsPath : undefined });
        this.renaming.set(key, { to, done: false });
        started.push(key);
      }
    }
    if (!started.length) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      for (const key of started) this.abandon(key);
    }, this.waitMs);
    timer.unref?.();
    this.timers.add(timer);
  }

  /**
   * After a rename: an article's sidecar moves with it, unless the new name already has one, and names
   * the article by its new name. Both places are those the sync gives (a configured folder outside
   * the workspace keeps sidecars beside their articles), so nothing outside is moved.
   */
  private after(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>): void {
    for (const { oldUri, newUri } of files) {
      // Done: the old documents' close (if still to come) writes nothing; closed ones are forgotten.
      const prefix = oldUri.toString();
      for (const [key, r] of [...this.renaming]) {
        if (!isAtOrUnder(key, prefix)) continue;
        r.done = true;
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && !d.isClosed)) this.renaming.delete(key);
      }
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file' || !isFile(newUri.fsPath)) continue;
      this.moveSidecarOf(oldUri, newUri);
      // Decisions still waiting for the document under the new name: the sidecar there as it is now.
      for (const [to, c] of this.carried) {
        if (!isAtOrUnder(c.from, prefix)) continue;
        c.done = true;
        c.stamp = safeStamp(this.host.sidecarPathOf(vscode.Uri.parse(to)));
      }
      // The document under the new name may have opened before the file moved: read it now, with the
      // decisions carried to it if it opened before they could come.
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === newUri.toString() && !d.isClosed);
      if (doc) this.host.reload(doc, !this.carried.has(doc.uri.toString()) && !!this.host.decisionsOf(doc.uri)?.length);
    }
  }

  /** Moves the sidecar of a renamed article, unless the new name already has one. */
  private moveSidecarOf(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const from = this.host.sidecarPathOf(oldUri);
    const to = this.host.sidecarPathOf(newUri);
    if (from === to || !existsSync(from) || otherArticleOf(from, oldUri.fsPath, newUri.fsPath)) return;
    const rel = (path: string) => vscode.workspace.asRelativePath(vscode.Uri.file(path));
    if (existsSync(to)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('{0} was renamed to {1}, but {2} already exists: the annotations file {3} was not moved.', vscode.workspace.asRelativePath(oldUri), vscode.workspace.asRelativePath(newUri), rel(to), rel(from)),
      );
      return;
    }
    try {
      moveSidecar(from, to, newUri.fsPath);
    } catch (e) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The annotations file {0} could not be moved to {1} ({2}).', rel(from), rel(to), String((e as Error).message)));
    }
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether a document's key is `prefix` itself or lies in the folder it names (a renamed folder's files). */
function isAtOrUnder(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
