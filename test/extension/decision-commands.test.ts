// The stand-in for `vscode` must load before anything from src/extension.
import { edit, makeDoc, StubDocument, vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as VSCode from 'vscode';
import { Annotation } from '../../src/core/types';
import { Decision } from '../../src/core/annotations/decisions';
import { decisionsFromSidecar, sidecarContent } from '../../src/core/sidecar/decisions';
import { buildSidecar } from '../../src/core/sidecar/model';
import { AnnotationStore } from '../../src/extension/annotation-store';
import { DecisionService } from '../../src/extension/decision-service';
import { ACCEPT_COMMAND, REJECT_COMMAND, registerDecisionCommands } from '../../src/extension/commands/decide';
import { isShown } from '../../src/extension/decorations';
import { ENTITY_LABELS } from '../../src/core/types';

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
  // What the editor shows: the default threshold of 0.3 (isShown, decorations.ts).
  const commands = registerDecisionCommands(store, decisions, (a) => isShown(a, { enabled: true, labels: ENTITY_LABELS, minConfidence: 0.3 }));
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

test('accept and reject over a selection decide only the suggestions shown: one under the confidence threshold stays undecided', async () => {
  const { store, engine, dispose } = setup();
  try {
    const text = '记者张三报道，李四出席，王五缺席。';
    const doc = makeDoc('/nowhere/news.txt', text);
    vscode.workspace.textDocuments.push(doc);
    engine(doc, [auto(2, 4, 'PER'), { ...auto(7, 9, 'PER'), confidence: 0.2 }, auto(12, 14, 'PER')]);
    const sel = { start: 0, end: text.length, isEmpty: false, active: 0 };
    vscode.window.activeTextEditor = { document: doc, selections: [sel], selection: sel };
    await vscode.commands.executeCommand(ACCEPT_COMMAND);
    assert.deepEqual(store.get(asDoc(doc).uri)!.decisions.map((d) => `${d.action} ${d.quote}`), ['accept 张三', 'accept 王五']);
    // Under a bare cursor on the hidden suggestion there is nothing to reject.
    const at = { start: 8, end: 8, isEmpty: true, active: 8 };
    vscode.window.activeTextEditor = { document: doc, selections: [at], selection: at };
    await vscode.commands.executeCommand(REJECT_COMMAND);
    assert.deepEqual(store.get(asDoc(doc).uri)!.decisions.map((d) => `${d.action} ${d.quote}`), ['accept 张三', 'accept 王五']);
  } finally {
    dispose();
  }
});

const decision = (over: Partial<Decision> & Pick<Decision, 'action' | 'start' | 'end' | 'label' | 'quote'>): Decision => ({
  id: `d-${over.action}-${over.start}-${over.label}`,
  created: '2024-01-01T00:00:00Z',
  modified: '2024-01-01T00:00:00Z',
  ...over,
});

const summary = (ds: readonly Decision[]) => ds.map((d) => `${d.action} ${d.label} ${d.quote}${d.note ? ` «${d.note}»` : ''}`).sort();

test('marking a span over decisions never loses a note or a glossary-term decision', () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const text = '国务院总理李强在北京会见。';
    const doc = makeDoc('/nowhere/news.txt', text);
    vscode.workspace.textDocuments.push(doc);
    engine(doc, [auto(0, 3, 'ORG'), auto(5, 7, 'PER'), auto(8, 10, 'LOC')]);
    store.setDecisions(asDoc(doc).uri, [
      decision({ action: 'note', start: 0, end: 3, label: 'ORG', quote: '国务院', note: '全称' }),
      decision({ action: 'note', start: 0, end: 5, label: 'TERM', quote: '国务院总理', glossaryId: 'g1' }),
      decision({ action: 'reject', start: 3, end: 5, label: 'TERM', quote: '总理', glossaryId: 'g2' }),
      decision({ action: 'accept', start: 5, end: 7, label: 'PER', quote: '李强', note: '核实职务' }),
      decision({ action: 'mark', start: 8, end: 10, label: 'ORG', quote: '北京', note: '应为地名' }),
    ]);
    // Over the noted suggestion 国务院 and both terms: the terms stay, the note goes to the new mark.
    decisions.mark(asDoc(doc), { start: 0, end: 5 }, 'ORG');
    // Over the accepted 李强 with a note, partly: the note goes to the new mark.
    decisions.mark(asDoc(doc), { start: 5, end: 8 }, 'PER');
    // The same span as the marked 北京 with another label: its note goes with the new mark.
    decisions.mark(asDoc(doc), { start: 8, end: 10 }, 'LOC');
    const ds = store.get(asDoc(doc).uri)!.decisions;
    assert.deepEqual(summary(ds), [
      'mark LOC 北京 «应为地名»',
      'mark ORG 国务院总理 «全称»',
      'mark PER 李强在 «核实职务»',
      'note TERM 国务院总理',
      'reject TERM 总理',
    ]);
    // What is written: no name overlaps another (a span that gave way is not kept as a suggestion).
    const written = sidecarContent(text, store.get(asDoc(doc).uri)!.annotations, ds, []).annotations.filter((a) => a.label !== 'TERM' && a.status !== 'rejected');
    for (const a of written) {
      assert.deepEqual(written.filter((b) => b !== a && b.start < a.end && a.start < b.end).map((b) => `${b.label} ${b.start}-${b.end}`), [], `${a.label} ${a.start}-${a.end}`);
    }
  } finally {
    dispose();
  }
});

test('accepting, rejecting or removing a noted span keeps its note on the new decision', () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const text = '记者张三报道，李四出席，王五缺席。';
    const doc = makeDoc('/nowhere/news.txt', text);
    vscode.workspace.textDocuments.push(doc);
    engine(doc, [auto(2, 4, 'PER'), auto(7, 9, 'PER'), auto(12, 14, 'PER')]);
    const uri = asDoc(doc).uri;
    store.setDecisions(uri, [
      decision({ action: 'note', start: 2, end: 4, label: 'PER', quote: '张三', note: 'a' }),
      decision({ action: 'note', start: 7, end: 9, label: 'PER', quote: '李四', note: 'b' }),
      decision({ action: 'accept', start: 12, end: 14, label: 'PER', quote: '王五', note: 'c' }),
    ]);
    const shownSpan = (s: number) => store.get(uri)!.annotations.find((a) => a.start === s)!;
    assert.ok(decisions.accept(asDoc(doc), [shownSpan(2)]));
    assert.ok(decisions.reject(asDoc(doc), [shownSpan(7)]));
    assert.ok(decisions.remove(asDoc(doc), [shownSpan(12)]));
    assert.deepEqual(summary(store.get(uri)!.decisions), ['accept PER 张三 «a»', 'reject PER 李四 «b»', 'reject PER 王五 «c»']);
  } finally {
    dispose();
  }
});

test('removing your own noted mark keeps the note on a rejection of the span: nothing is written as a suggestion the engine never made', () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const text = '记者张三报道，李四出席。';
    const doc = makeDoc('/nowhere/news.txt', text);
    vscode.workspace.textDocuments.push(doc);
    const uri = asDoc(doc).uri;
    store.setDecisions(uri, [decision({ action: 'mark', start: 7, end: 9, label: 'PER', quote: '李四', note: '核实：不是人名' })]);
    engine(doc, []);
    assert.ok(decisions.remove(asDoc(doc), store.get(uri)!.annotations));
    assert.deepEqual(store.get(uri)!.annotations, []);
    const ds = store.get(uri)!.decisions;
    assert.deepEqual(summary(ds), ['reject PER 李四 «核实：不是人名»']);
    const written = sidecarContent(text, store.get(uri)!.annotations, ds, []).annotations;
    assert.deepEqual(written.map((a) => [a.label, a.status, a.source, a.note]), [['PER', 'rejected', 'manual', '核实：不是人名']]);
    // Read back, it is the same rejection of the editor's own span.
    const back = decisionsFromSidecar(buildSidecar(text, written, { path: 'news.txt', generator: { name: 't', version: '0' } }).annotations, []);
    assert.deepEqual(back.map((d) => [d.action, d.manual, d.note]), [['reject', true, '核实：不是人名']]);
    // Marked again: the mark takes its note back, and the rejection kept for it goes.
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    assert.deepEqual(summary(store.get(uri)!.decisions), ['mark PER 李四 «核实：不是人名»']);
  } finally {
    dispose();
  }
});
