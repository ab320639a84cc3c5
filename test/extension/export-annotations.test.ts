// The stand-in for `vscode` must load before anything from src/extension.
import { answers, makeDoc, shown, StubDocument, vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as VSCode from 'vscode';
import { Annotation } from '../../src/core/types';
import { AnnotationStore } from '../../src/extension/annotation-store';
import { DecisionService } from '../../src/extension/decision-service';
import { SidecarSync } from '../../src/extension/sidecar-sync';
import { ExtensionSettings } from '../../src/extension/settings';
import { EXPORT_COMMAND, registerExport } from '../../src/extension/commands/export-annotations';
import { EXPORTERS } from '../../src/core/sidecar/formats';
import { buildSidecar } from '../../src/core/sidecar/model';

/* “Export annotations as… brat” against files already in the folder that may be someone else's. */

const auto = (start: number, end: number, label: Annotation['label']): Annotation => ({ start, end, label, source: 'auto', confidence: 0.9 });

function setup(doc: StubDocument) {
  vscode.workspace.textDocuments = [doc];
  shown.length = 0;
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const settings = { sidecarSave: 'onSave', sidecarFolder: '', languages: ['plaintext', 'markdown'] } as unknown as ExtensionSettings;
  const sync = new SidecarSync(store, decisions, '1.0.0', () => settings);
  const command = registerExport(sync);
  store.updateAuto({ uri: doc.uri.toString(), version: doc.version, annotations: [auto(2, 4, 'PER')], engineMs: 0 });
  vscode.window.activeTextEditor = { document: doc } as unknown;
  const dispose = () => {
    vscode.window.activeTextEditor = undefined;
    for (const d of [command, sync, decisions, store]) d.dispose();
  };
  return { dispose };
}

const text = '记者张三报道。\n第二行。\n';

test('brat export never replaces a <stem>.txt that is not the article: it says where they differ and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-export-'));
  writeFileSync(join(dir, 'news.md'), text);
  const other = '记者张三报道。\n另一篇文章。\n';
  writeFileSync(join(dir, 'news.txt'), other);
  const doc = makeDoc(join(dir, 'news.md'), text, 'markdown');
  const { dispose } = setup(doc);
  try {
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    assert.equal(readFileSync(join(dir, 'news.txt'), 'utf8'), other, 'news.txt was overwritten');
    for (const f of ['news.ann', 'annotation.conf', 'visual.conf']) assert.ok(!existsSync(join(dir, f)), `${f} was written`);
    const messages = shown.filter((m) => m.startsWith('ERROR'));
    assert.equal(messages.length, 1, shown.join('\n'));
    assert.match(messages[0], /Nothing was exported: news\.txt .*news\.txt:2:1/);
    assert.ok(!shown.some((m) => m.includes('Exported')), shown.join('\n'));
  } finally {
    dispose();
  }
});

test('brat export leaves a configuration file that differs unchanged and writes nothing; one that already holds the same content is kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-export-'));
  writeFileSync(join(dir, 'news.txt'), text);
  const doc = makeDoc(join(dir, 'news.txt'), text);
  const expected = EXPORTERS.brat({ text, sidecar: buildSidecar(text, [], { path: 'news.txt', generator: { name: 'x', version: '0' } }), stem: 'news' });
  const conf = (name: string) => expected.find((f) => f.name === name)!.content;
  const mine = '# zh-news-annotator: entities of Chinese news text\n[entities]\nX\n';
  writeFileSync(join(dir, 'annotation.conf'), mine);
  const { dispose } = setup(doc);
  try {
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    assert.equal(readFileSync(join(dir, 'annotation.conf'), 'utf8'), mine);
    assert.ok(!existsSync(join(dir, 'news.ann')) && !existsSync(join(dir, 'visual.conf')));
    assert.match(shown.filter((m) => m.startsWith('ERROR')).join('\n'), /annotation\.conf:3:1/);

    // The same configuration already there: exported, and that file left as it is.
    writeFileSync(join(dir, 'annotation.conf'), '\ufeff' + conf('annotation.conf'));
    shown.length = 0;
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    assert.equal(readFileSync(join(dir, 'annotation.conf'), 'utf8'), '\ufeff' + conf('annotation.conf'));
    assert.equal(readFileSync(join(dir, 'visual.conf'), 'utf8'), conf('visual.conf'));
    assert.match(readFileSync(join(dir, 'news.ann'), 'utf8'), /PER \d+ \d+\t张三/);
    assert.ok(shown.some((m) => /^INFO Exported 1 annotations: news\.ann, visual\.conf$/.test(m)), shown.join('\n'));
  } finally {
    dispose();
  }
});

test('brat export asks before replacing a .ann changed since it was exported (work done in brat); an unchanged one is replaced freely', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-export-'));
  writeFileSync(join(dir, 'news.txt'), text);
  const doc = makeDoc(join(dir, 'news.txt'), text);
  const { dispose } = setup(doc);
  try {
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    const first = readFileSync(join(dir, 'news.ann'), 'utf8');
    // Exported again with nothing changed in between: replaced without a question.
    shown.length = 0;
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    assert.ok(!shown.some((m) => m.startsWith('WARN')), shown.join('\n'));
    // A name added in brat: the next export asks, and leaves the file as it is unless told to replace it.
    const edited = `${first}T9\tLOC 10 12\t第二\n`;
    writeFileSync(join(dir, 'news.ann'), edited);
    shown.length = 0;
    answers.next = () => undefined;
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    assert.equal(readFileSync(join(dir, 'news.ann'), 'utf8'), edited);
    assert.ok(shown.some((m) => /^WARN news\.ann changed since it was last exported/.test(m)), shown.join('\n'));
    answers.next = (_m, items) => items[0];
    await vscode.commands.executeCommand(EXPORT_COMMAND, 'brat');
    assert.equal(readFileSync(join(dir, 'news.ann'), 'utf8'), first);
  } finally {
    answers.next = () => undefined;
    dispose();
  }
});
