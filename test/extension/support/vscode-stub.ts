/*
 * A small stand-in for the `vscode` module, enough to run the extension's store, decision service,
 * sidecar writer and decision commands in plain node. Importing this file makes `require('vscode')`
 * return it in this process only: import it before anything from src/extension. (node --test runs
 * each test file in a process of its own.)
 */
import Module from 'node:module';
import { basename } from 'node:path';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  readonly event = (f: Listener<T>) => {
    this.listeners.push(f);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== f)) };
  };
  fire(e: T): void {
    for (const f of [...this.listeners]) f(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  readonly scheme = 'file';
  private constructor(readonly fsPath: string) {}
  get path(): string {
    return this.fsPath;
  }
  toString(): string {
    return `file://${this.fsPath}`;
  }
  static file(p: string): Uri {
    return new Uri(p);
  }
  static parse(s: string): Uri {
    return new Uri(s.replace(/^file:\/\//, ''));
  }
}

/** A text document whose positions are plain offsets (offsetAt is the identity). */
export interface StubDocument {
  uri: Uri;
  languageId: string;
  version: number;
  isClosed: boolean;
  isDirty: boolean;
  text: string;
  getText(): string;
  offsetAt(p: number): number;
}

export function makeDoc(fsPath: string, text: string, languageId = 'plaintext'): StubDocument {
  return {
    uri: Uri.file(fsPath),
    languageId,
    version: 1,
    isClosed: false,
    isDirty: false,
    text,
    getText() {
      return this.text;
    },
    offsetAt: (p: number) => p,
  };
}

export const events = {
  open: new EventEmitter<StubDocument>(),
  close: new EventEmitter<StubDocument>(),
  change: new EventEmitter<{ document: StubDocument; contentChanges: Array<{ rangeOffset: number; rangeLength: number; text: string }> }>(),
  save: new EventEmitter<StubDocument>(),
  willRename: new EventEmitter<{ files: Array<{ oldUri: Uri; newUri: Uri }>; waitUntil(p: Thenable<unknown>): void }>(),
  didRename: new EventEmitter<{ files: Array<{ oldUri: Uri; newUri: Uri }> }>(),
};

/** Every message shown, in order, as `KIND text`. */
export const shown: string[] = [];
/** How the user answers a message with buttons: the button to press, or undefined to dismiss it. */
export const answers: { next: (message: string, items: string[]) => string | undefined } = { next: () => undefined };

const commands = new Map<string, (...args: unknown[]) => unknown>();

const message =
  (kind: string) =>
  async (m: string, ...rest: unknown[]): Promise<string | undefined> => {
    shown.push(`${kind} ${m}`);
    const items = rest.filter((x): x is string => typeof x === 'string');
    return items.length ? answers.next(m, items) : undefined;
  };

export const vscode = {
  Uri,
  EventEmitter,
  Position: class {
    constructor(
      readonly line: number,
      readonly character: number,
    ) {}
  },
  Range: class {
    constructor(
      readonly start: unknown,
      readonly end: unknown,
    ) {}
  },
  Diagnostic: class {
    source?: string;
    constructor(
      readonly range: unknown,
      readonly message: string,
      readonly severity: number,
    ) {}
  },
  DiagnosticSeverity: { Error: 0, Warning: 1 },
  Disposable: class {
    constructor(readonly dispose: () => void) {}
  },
  l10n: { t: (s: string, ...a: unknown[]) => s.replace(/\{(\d+)\}/g, (_, i: string) => String(a[Number(i)])) },
  languages: {
    createDiagnosticCollection: () => ({
      set: (_u: Uri, d: Array<{ message: string }>) => shown.push(`PROBLEMS ${d.map((x) => x.message).join('; ')}`),
      delete: () => undefined,
      dispose: () => undefined,
    }),
  },
  window: {
    activeTextEditor: undefined as unknown,
    showWarningMessage: message('WARN'),
    showInformationMessage: message('INFO'),
    showErrorMessage: message('ERROR'),
    setStatusBarMessage: (m: string) => {
      shown.push(`STATUS ${m}`);
      return { dispose: () => undefined };
    },
    showQuickPick: async <T>(items: T[]) => items[0],
  },
  workspace: {
    textDocuments: [] as StubDocument[],
    onDidOpenTextDocument: events.open.event,
    onDidCloseTextDocument: events.close.event,
    onDidChangeTextDocument: events.change.event,
    onDidSaveTextDocument: events.save.event,
    onWillRenameFiles: events.willRename.event,
    onDidRenameFiles: events.didRename.event,
    getWorkspaceFolder: () => undefined,
    asRelativePath: (u: Uri | string) => basename(typeof u === 'string' ? u : u.fsPath),
    openTextDocument: async () => ({ uri: Uri.file('/untitled') }),
  },
  commands: {
    registerCommand: (name: string, f: (...args: unknown[]) => unknown) => {
      commands.set(name, f);
      return { dispose: () => commands.delete(name) };
    },
    executeCommand: async (name: string, ...args: unknown[]) => commands.get(name)?.(...args),
  },
};

const M = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = M._resolveFilename;
M._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode } as unknown as NodeJS.Module;

/** Opens a document the way VS Code does: it joins workspace.textDocuments, then the open event fires. */
export function open(doc: StubDocument): StubDocument {
  doc.isClosed = false;
  if (!vscode.workspace.textDocuments.includes(doc)) vscode.workspace.textDocuments.push(doc);
  events.open.fire(doc);
  return doc;
}

/** Closes a document: it leaves workspace.textDocuments, then the close event fires. */
export function close(doc: StubDocument): void {
  vscode.workspace.textDocuments = vscode.workspace.textDocuments.filter((d) => d !== doc);
  doc.isClosed = true;
  events.close.fire(doc);
}

/** Replaces `deleted` code units at `offset` by `inserted`, as one change event of a new version. */
export function edit(doc: StubDocument, offset: number, deleted: number, inserted: string): void {
  doc.text = doc.text.slice(0, offset) + inserted + doc.text.slice(offset + deleted);
  doc.version++;
  doc.isDirty = true;
  events.change.fire({ document: doc, contentChanges: [{ rangeOffset: offset, rangeLength: deleted, text: inserted }] });
}

/** Lets pending promise callbacks and timers of 0 ms run. */
export function settle(ms = 10): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
