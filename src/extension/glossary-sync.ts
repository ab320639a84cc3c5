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

  constructor(
    private readonly client: Engine,
    private readonly settings: () => ExtensionSettings,
  ) {}

  async refresh(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const settings = this.settings();
    const workspaceFiles = new Set<string>();
    for (const glob of settings.glossaryGlobs) {
      for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**', 500)) {
        if (uri.scheme === 'file') workspaceFiles.add(uri.fsPath);
      }
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidChange((uri) => this.changed(uri.fsPath));
      watcher.onDidCreate(() => this.refreshSoon());
      watcher.onDidDelete(() => this.refreshSoon());
      this.watchers.push(watcher);
    }
    for (const file of settings.glossaryFiles) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(file), '*'));
      watcher.onDidChange(() => this.changed(file));
      this.watchers.push(watcher);
    }
    const params: GlossaryFilesParams = {
      files: [
        ...[...workspaceFiles].sort().map((path) => ({ path, origin: 'workspace' as const })),
        ...settings.glossaryFiles.filter((f) => !workspaceFiles.has(f)).map((path) => ({ path, origin: 'user' as const })),
      ],
    };
    this.client.sendNotification(GLOSSARY_FILES_NOTIFICATION, params);
  }

  private changed(path: string): void {
    this.client.sendNotification(GLOSSARY_CHANGED_NOTIFICATION, { path });
  }

  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 300);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
  }
}
