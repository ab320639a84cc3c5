import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Annotation } from '../core/types';
import { ANNOTATIONS_NOTIFICATION, AnnotationsParams, SETTINGS_NOTIFICATION } from '../server/protocol';
import { AnnotationStore } from './annotation-store';
import { createClient } from './client';
import { registerAnnotateNow } from './commands/annotate-now';
import { registerToggleHighlights } from './commands/toggle-highlights';
import { Decorations } from './decorations';
import { readSettings, SECTION } from './settings';
import { StatusBar } from './status-bar';
import { notifyTooLarge } from './size-notice';

/** What the extension exports to other extensions and to its integration tests. */
export interface ZhNewsApi {
  getAnnotations(uri: vscode.Uri): Annotation[] | undefined;
  waitForAnnotations(uri: vscode.Uri, timeoutMs?: number): Promise<Annotation[]>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ZhNewsApi> {
  const settings = readSettings();
  const store = new AnnotationStore();
  const decorations = new Decorations(store);
  decorations.setEnabled(settings.highlight, settings.enabledLabels);
  const status = new StatusBar(store, () => decorations.isEnabled);
  client = createClient(context, settings);
  const lc = client;
  context.subscriptions.push(
    store,
    decorations,
    status,
    lc,
    registerAnnotateNow(lc),
    registerToggleHighlights(decorations, () => status.update()),
    store.onDidChange((uri) => {
      decorations.refreshUri(uri);
      status.update();
      const state = store.get(uri);
      if (state?.skipped === 'tooLarge') notifyTooLarge(uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refreshAll()),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    vscode.workspace.onDidCloseTextDocument((d) => store.delete(d.uri)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const next = readSettings();
      decorations.setEnabled(next.highlight, next.enabledLabels);
      void lc.sendNotification(SETTINGS_NOTIFICATION, { debounceMs: next.debounceMs, maxFileSize: next.maxFileSize });
    }),
  );
  lc.onNotification(ANNOTATIONS_NOTIFICATION, (p: AnnotationsParams) => store.update(p));
  // Starting the client returns at once; the server loads its dictionary in its own process.
  void lc.start().catch((e: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Chinese News Annotator could not start its engine: {0}', String(e)));
  });
  return {
    getAnnotations: (uri) => store.get(uri)?.annotations,
    waitForAnnotations: (uri, timeoutMs) => store.waitFor(uri, timeoutMs),
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
