// The stand-in for `vscode` must load before anything from src/extension.
import { edit, makeDoc, shown, StubDocument, vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as VSCode from 'vscode';
import { NUM_KINDS } from '../../src/core/types';
import { AnnotationStore } from '../../src/extension/annotation-store';
import { DecisionService } from '../../src/extension/decision-service';
import { MARK_COMMANDS, NumberReader, registerMarkCommands } from '../../src/extension/commands/mark';

/* Mark selection as Number: the kind comes from the engine's number grammar, or from the editor when it cannot say. */

const asDoc = (d: StubDocument) => d as unknown as VSCode.TextDocument;

async function markNumber(text: string, from: number, to: number, reader: NumberReader, during?: (doc: StubDocument) => void) {
  vscode.workspace.textDocuments = [];
  shown.length = 0;
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const commands = registerMarkCommands(decisions, async (t) => {
    during?.(doc);
    return reader(t);
  });
  const doc = makeDoc('/nowhere/news.txt', text);
  vscode.workspace.textDocuments.push(doc);
  store.updateAuto({ uri: doc.uri.toString(), version: doc.version, annotations: [], engineMs: 0 });
  const change = vscode.workspace.onDidChangeTextDocument((e) => store.applyEdit(e as unknown as VSCode.TextDocumentChangeEvent));
  const sel = { start: from, end: to, isEmpty: from === to, active: to };
  vscode.window.activeTextEditor = { document: doc, selections: [sel], selection: sel };
  try {
    await vscode.commands.executeCommand(MARK_COMMANDS.NUM);
    return store.get(asDoc(doc).uri)!.decisions.map((d) => `${d.quote} ${d.label} ${d.kind ?? ''}`.trim());
  } finally {
    vscode.window.activeTextEditor = undefined;
    for (const d of [...commands, change, decisions, store]) d.dispose();
  }
}

test('a marked number takes the kind the engine reads; with no reading, the kind the editor picks', async () => {
  const text = '全年投资2700亿元，增长8%。';
  assert.deepEqual(await markNumber(text, 4, 10, async () => ({ kind: 'MONEY', value: { value: 2.7e11, unit: '元' } })), ['2700亿元 NUM MONEY']);
  // The stand-in's quick pick takes the first item offered.
  assert.deepEqual(await markNumber(text, 4, 10, async () => null), [`2700亿元 NUM ${NUM_KINDS[0]}`]);
  // The engine not answering is no reading either.
  assert.deepEqual(await markNumber(text, 4, 10, () => Promise.reject(new Error('engine stopped'))), [`2700亿元 NUM ${NUM_KINDS[0]}`]);
});

test('a number is not marked when the text changed while its kind was being read: the offsets may no longer fit', async () => {
  const text = '全年投资2700亿元，增长8%。';
  const marked = await markNumber(text, 4, 10, async () => ({ kind: 'MONEY' }), (doc) => edit(doc, 0, 0, '据悉，'));
  assert.deepEqual(marked, []);
  assert.ok(shown.some((m) => m.includes('The text changed while the number was being marked')), shown.join('\n'));
});
