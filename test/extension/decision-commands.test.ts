// The stand-in for `vscode` must load before anything from src/extension.
import { edit, makeDoc, StubDocument, vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as VSCode from 'vscode';
import { Annotation } from '../../src/core/types';
import { AnnotationStore } from '../../src/extension/annotation-store';
import { DecisionService } from '../../src/extension/decision-service';
import { ACCEPT_COMMAND, REJECT_COMMAND, registerDecisionCommands } from '../../src/extension/commands/decide';

/* Decisions on the engine's spans, run for real against a small stand-in for VS Code. */

const asDoc = (d: StubDocument) => d as unknown as VSCode.TextDocument;
const auto = (start: number, end: number, label: Annotation['label']): Annotation => ({ start, end, label, source: 'auto', confidence: 0.9 });

function setup() {
  vscode.workspace.textDocuments = [];
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const change = vscode.workspace.onDidChangeTextDocument((e) => store.applyEdit(e as unknown as VSCode.TextDocumentChangeEvent));
  const engine = (doc: StubDocument, annotations: Annotation[]) =>
    store.updateAuto({ uri: doc.uri.toString(), version: doc.version, annotations, engineMs: 0 });
  const commands = registerDecisionCommands(store, decisions);
  const dispose = () => {
    vscode.window.activeTextEditor = undefined;
    for (const d of [...commands, change, decisions, store]) d.dispose();
  };
  return { store, decisions, engine, dispose };
}

test('#5 accept waits for the engine to catch up with an edit instead of using stale offsets; the service refuses stale ones', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const text = '记者张三报道，李四出席。';
    const doc = makeDoc('/nowhere/news.txt', text);
    vscode.workspace.textDocuments.push(doc);
    engine(doc, [auto(2, 4, 'PER'), auto(7, 9, 'PER')]);
    const stale = store.get(asDoc(doc).uri)!.annotations;
    edit(doc, 0, 0, '本报讯 ');
    const accepted = decisions.accept(asDoc(doc), stale);
    assert.deepEqual(store.get(asDoc(doc).uri)!.decisions, [], 'stale offsets were stored');
    assert.equal(accepted, false);

    const sel = { start: 0, end: doc.getText().length, isEmpty: false, active: 0 };
    vscode.window.activeTextEditor = { document: doc, selections: [sel], selection: sel };
    const run = vscode.commands.executeCommand(ACCEPT_COMMAND);
    setTimeout(() => engine(doc, [auto(6, 8, 'PER'), auto(11, 13, 'PER')]), 20);
    await run;
    assert.deepEqual(
      store.get(asDoc(doc).uri)!.decisions.map((d) => `${d.quote}[${d.start},${d.end})`),
      ['张三[6,8)', '李四[11,13)'],
    );
  } finally {
    dispose();
  }
});

test('#5 reject refuses, with a message, when the engine does not catch up with an edit', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const text = '记者张三报道，李四出席。';
    const doc = makeDoc('/nowhere/news.txt', text);
    vscode.workspace.textDocuments.push(doc);
    engine(doc, [auto(2, 4, 'PER'), auto(7, 9, 'PER')]);
    edit(doc, 0, 0, '本报讯 ');
    const sel = { start: 0, end: doc.getText().length, isEmpty: false, active: 0 };
    vscode.window.activeTextEditor = { document: doc, selections: [sel], selection: sel };
    const infos: string[] = [];
    const show = vscode.window.showInformationMessage;
    vscode.window.showInformationMessage = async (m: string) => {
      infos.push(m);
      return undefined;
    };
    try {
      await vscode.commands.executeCommand(REJECT_COMMAND);
    } finally {
      vscode.window.showInformationMessage = show;
    }
    assert.deepEqual(store.get(asDoc(doc).uri)!.decisions, []);
    assert.equal(decisions.reject(asDoc(doc), store.get(asDoc(doc).uri)!.annotations), false);
    assert.match(infos.join('\n'), /news\.txt are still being updated/);
  } finally {
    dispose();
  }
});
