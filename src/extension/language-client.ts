import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { ExtensionSettings } from './settings';

/**
 * Starts the language server in its own Node process: nodejieba's load time, memory and any native
 * abort stay out of the extension host, and the client restarts a crashed server. This module and
 * vscode-languageclient are parts of their own (scripts/build.mjs), loaded after activation by
 * engine.ts: only types of them may be imported elsewhere.
 */
export function createClient(context: vscode.ExtensionContext, current: () => ExtensionSettings): LanguageClient {
  const settings = current();
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: settings.languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    // Read at each start: a server the client restarts after a crash gets the settings of that moment, not of activation.
    initializationOptions: () => {
      const s = current();
      return { debounceMs: s.debounceMs, maxFileSize: s.maxFileSize, locale: s.locale, modelPath: s.modelPath };
    },
    outputChannelName: vscode.l10n.t('Chinese News Annotator'),
    // Hovers are composed in the extension, which knows the editor's decisions; the server's own
    // hover serves other editors.
    middleware: { provideHover: () => undefined },
  };
  return new LanguageClient('zhNews', vscode.l10n.t('Chinese News Annotator'), serverOptions, clientOptions);
}
