import * as vscode from 'vscode';
import { GLOSSARY_CHANGED_NOTIFICATION, GLOSSARY_FILES_NOTIFICATION, GlossaryFilesParams } from '../server/protocol';
import { Engine } from './engine';
import { ExtensionSettings } from './settings';

/**
 * Tells the server which glossary files exist (workspace globs and files named in settings) and when
 * one changes, so the glossary reloads live. Parsing happens in the server, off the extension host.
 */
export class GlossarySync implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private disposed = false;

  constructor(
    private readonly client: Engine,
    private readonly settings: () => ExtensionSettings,
  ) {}

  /**
   * Refreshes run at once (the engine ready, a restart, a file created): only the latest one installs its watchers and
   * sends its list; an older one still finding files drops what it made, so the server never ends on a stale list
   * and no watcher is doubled or left behind.
   */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const current = () => generation === this.generation && !this.disposed;
    const settings = this.settings();
    const watchers: vscode.Disposable[] = [];
    // Whatever ends this refresh early (a newer one, disposal, findFiles failing) disposes the watchers it made.
    let kept = false;
    try {
      const workspaceFiles = new Set<string>();
      for (const glob of settings.glossaryGlobs) {
        for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**', 500)) {
          if (uri.scheme === 'file') workspaceFiles.add(uri.fsPath);
        }
        if (!current()) return;
        const watcher = vscode.workspace.createFileSystemWatcher(glob);
        watcher.onDidChange((uri) => this.changed(uri.fsPath));
        watcher.onDidCreate(() => this.refreshSoon());
        watcher.onDidDelete(() => this.refreshSoon());
        watchers.push(watcher);
      }
      for (const file of settings.glossaryFiles) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(file), '*'));
        watcher.onDidChange(() => this.changed(file));
        watchers.push(watcher);
      }
      for (const w of this.watchers) w.dispose();
      this.watchers = watchers;
      kept = true;
      const params: GlossaryFilesParams = {
        files: [
          ...[...workspaceFiles].sort().map((path) => ({ path, origin: 'workspace' as const })),
          ...settings.glossaryFiles.filter((f) => !workspaceFiles.has(f)).map((path) => ({ path, origin: 'user' as const })),
        ],
      };
      this.client.sendNotification(GLOSSARY_FILES_NOTIFICATION, params);
    } finally {
      if (!kept) for (const w of watchers) w.dispose();
    }
  }

  private changed(path: string): void {
    this.client.sendNotification(GLOSSARY_CHANGED_NOTIFICATION, { path });
  }

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), 300);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
  }
}
