import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { createClient as CreateClient } from './language-client';
import { measure } from './block-monitor';
import { ExtensionSettings } from './settings';
import { nextTurn } from './turns';

/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The language client's modules, one step per turn of the event loop. Each is a part of its own
 * (scripts/build.mjs); compiled and run in one go they held the extension host for 60–90 ms, and
 * the host must never be blocked for more than 50 ms (issue 5).
 */
const LOAD_STEPS: Array<[string, () => unknown]> = [
  ['lsp-base', () => require('vscode-jsonrpc/node')],
  ['lsp-types', () => require('vscode-languageserver-types')],
  ['lsp-protocol', () => require('vscode-languageserver-protocol/node')],
  ['lsp-converters', () => require('vscode-languageclient/lib/common/protocolConverter')],
  ['lsp-features', () => require('vscode-languageclient/lib/common/diagnostic')],
  ['lsp-semver', () => require('semver/functions/satisfies')],
  ['lsp-client-core', () => require('vscode-languageclient/lib/common/client')],
  ['lsp-client', () => require('./language-client')],
];
/* eslint-enable @typescript-eslint/no-require-imports */


/**
 * The connection to the language server, which does the annotating in its own process. activate()
 * only schedules it: the client's code loads step by step after activation, then the client starts.
 * Until then requests wait for it, and notifications are sent once it is there.
 */
export class Engine implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private disposed = false;
  private readonly started: Promise<LanguageClient>;

  private readonly restartListeners = new Set<() => void>();
  /** Listeners on the client (its notifications, its restarts): disposed when the engine stops. */
  private readonly clientListeners: vscode.Disposable[] = [];

  constructor(context: vscode.ExtensionContext, settings: () => ExtensionSettings, onStart: (client: LanguageClient) => vscode.Disposable | void) {
    this.started = this.load(context, settings, onStart);
    this.started.catch((e: unknown) => {
      if (this.disposed) return; // deactivated while loading: nothing failed
      void vscode.window.showErrorMessage(vscode.l10n.t('Chinese News Annotator could not start its engine: {0}', String(e)));
    });
  }

  private async load(context: vscode.ExtensionContext, settings: () => ExtensionSettings, onStart: (client: LanguageClient) => vscode.Disposable | void): Promise<LanguageClient> {
    let createClient: typeof CreateClient | undefined;
    for (const [name, step] of LOAD_STEPS) {
      await nextTurn();
      if (this.disposed) throw new Error('the extension was deactivated');
      const loaded = measure(`load ${name}`, step);
      if (name === 'lsp-client') createClient = (loaded as { createClient: typeof CreateClient }).createClient;
    }
    await nextTurn();
    if (this.disposed || !createClient) throw new Error('the extension was deactivated');
    const client = measure('create client', () => createClient(context, settings));
    this.client = client;
    const listening = onStart(client);
    if (listening) this.clientListeners.push(listening);
    await nextTurn();
    // start() returns after the server answered; the server loads its dictionary in its own process.
    await measure('start client', () => client.start());
    this.clientListeners.push(
      whenRestarted(client, () => {
        for (const listener of this.restartListeners) listener();
      }),
    );
    return client;
  }

  /**
   * Called each time the client has restarted a crashed server: the new server knows only what its start told it (the
   * settings), not the glossaries or the files annotated on request since.
   */
  onDidRestart(listener: () => void): vscode.Disposable {
    this.restartListeners.add(listener);
    return new vscode.Disposable(() => this.restartListeners.delete(listener));
  }

  /** The client once it runs. */
  ready(): Promise<LanguageClient> {
    return this.started;
  }

  sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    return this.started.then((c) => c.sendRequest<R>(method, params, token));
  }

  sendNotification(method: string, params: unknown): void {
    void this.started.then((c) => c.sendNotification(method, params)).catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.disposed = true;
    for (const d of this.clientListeners.splice(0)) d.dispose();
    await this.client?.stop();
    this.client = undefined;
  }

  dispose(): void {
    void this.stop().catch(() => undefined);
  }
}

/** vscode-languageclient's State.Running (only its types may be imported here: the module loads after activation). */
const RUNNING = 2;

/** Calls `listener` whenever the client is running again after it was not (a restart after a crash; not the first start, which is over). */
export function whenRestarted(client: Pick<LanguageClient, 'onDidChangeState'>, listener: () => void): vscode.Disposable {
  return client.onDidChangeState((e) => {
    if (e.newState === RUNNING && e.oldState !== RUNNING) listener();
  });
}
