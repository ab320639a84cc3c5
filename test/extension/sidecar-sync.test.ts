// The stand-in for `vscode` must load before anything from src/extension.
import { answers, close, edit, events, makeDoc, open, settle, shown, StubDocument, Uri, vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as VSCode from 'vscode';
import { Annotation } from '../../src/core/types';
import { buildSidecar, serializeSidecar } from '../../src/core/sidecar/model';
import { AnnotationStore } from '../../src/extension/annotation-store';
import { DecisionService } from '../../src/extension/decision-service';
import { SidecarSync } from '../../src/extension/sidecar-sync';
import { ExtensionSettings } from '../../src/extension/settings';

/*
 * The sidecar writer, the store and the decision service, run for real against a small stand-in
 * for VS Code, wired the way extension.ts wires them.
 */

const asDoc = (d: StubDocument) => d as unknown as VSCode.TextDocument;

function setup(over: Partial<ExtensionSettings> = {}, options: { renameWaitMs?: number } = {}) {
  vscode.workspace.textDocuments = [];
  shown.length = 0;
  answers.next = () => undefined;
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const settings = { sidecarSave: 'onSave', sidecarFolder: '', languages: ['plaintext', 'markdown'], ...over } as unknown as ExtensionSettings;
  const sync = new SidecarSync(store, decisions, '1.0.0', () => settings, options);
  const isArticle = (d: StubDocument) => settings.languages.includes(d.languageId);
  // As in extension.ts.
  const wiring = [
    events.open.event((d) => {
      if (isArticle(d)) sync.load(asDoc(d));
    }),
    events.change.event((e) => store.applyEdit(e as unknown as VSCode.TextDocumentChangeEvent)),
    events.close.event((d) => void sync.close(asDoc(d))),
  ];
  const engine = (doc: StubDocument, annotations: Annotation[]) =>
    store.updateAuto({ uri: doc.uri.toString(), version: doc.version, annotations, engineMs: 0 });
  const dispose = () => {
    for (const w of [...wiring, sync, decisions, store]) w.dispose();
  };
  return { store, decisions, sync, engine, dispose };
}

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'zhnews-sync-'));
}

const auto = (start: number, end: number, label: Annotation['label']): Annotation => ({ start, end, label, source: 'auto', confidence: 0.9 });

/** news.txt in `dir`, written with `text` and opened. */
function openNews(dir: string, text: string): StubDocument {
  writeFileSync(join(dir, 'news.txt'), text);
  return open(makeDoc(join(dir, 'news.txt'), text));
}

function sidecarOf(dir: string, stem = 'news'): { path: string; annotations: string[]; orphans: number; raw: string } {
  const raw = readFileSync(join(dir, `${stem}.annotations.json`), 'utf8');
  const j = JSON.parse(raw) as { document: { path: string }; annotations: Array<{ quote: { exact: string }; status: string; label: string; source: string }>; orphans: unknown[] };
  return { path: j.document.path, annotations: j.annotations.map((a) => `${a.quote.exact}:${a.label}:${a.status}`).sort(), orphans: j.orphans.length, raw };
}

function writeSidecar(dir: string, article: string, text: string, spans: Annotation[], patch: (j: Record<string, unknown>) => void = () => undefined): string {
  const sc = buildSidecar(text, spans, { path: article, generator: { name: 'zh-news-annotator', version: '0.0.1' } });
  const j = JSON.parse(serializeSidecar(sc)) as Record<string, unknown>;
  patch(j);
  const file = join(dir, article.replace(/\.[^.]+$/, '') + '.annotations.json');
  writeFileSync(file, JSON.stringify(j, null, 2));
  return file;
}

const manual = (start: number, end: number, label: Annotation['label']): Annotation => ({ start, end, label, source: 'manual', status: 'accepted', confidence: 1 });

test('#1 a sidecar of a newer format is never overwritten: decisions stay in memory, the user is told once, and a new file is written only on consent after a backup', async () => {
  const { decisions, sync, engine, store, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    writeFileSync(join(dir, 'news.txt'), text);
    const file = writeSidecar(dir, 'news.txt', text, [manual(2, 4, 'PER')], (j) => {
      j.formatVersion = 2;
      j.newField = { x: 1 };
    });
    const before = readFileSync(file, 'utf8');
    const doc = open(makeDoc(join(dir, 'news.txt'), text));
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    assert.equal(await sync.save(asDoc(doc), false), false);
    events.save.fire(doc);
    await settle();
    assert.equal(readFileSync(file, 'utf8'), before, 'the unreadable sidecar was overwritten');
    const told = shown.filter((m) => m.startsWith('WARN The annotations of news.txt are not saved'));
    assert.equal(told.length, 1, shown.join('\n'));
    assert.match(told[0], /news\.annotations\.json could not be read \(.+\)/);
    assert.equal(store.get(asDoc(doc).uri)?.decisions.length, 1, 'the new decision is kept in memory');

    // Asked explicitly, and agreed: the old file is moved aside, a new one written.
    answers.next = (_m, items) => items[0];
    assert.equal(await sync.save(asDoc(doc), true), true);
    const backups = readdirSync(dir).filter((f) => f.startsWith('news.annotations.json.bak-'));
    assert.equal(backups.length, 1);
    assert.equal(readFileSync(join(dir, backups[0]), 'utf8'), before);
    assert.deepEqual(sidecarOf(dir).annotations, ['李四:PER:accepted']);
  } finally {
    dispose();
  }
});

test('#1 a sidecar with a syntax error is not overwritten when the article closes, and the user is asked before the decisions go', async () => {
  const { decisions, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    writeFileSync(join(dir, 'news.txt'), text);
    const file = join(dir, 'news.annotations.json');
    writeFileSync(file, '{ "formatVersion": 1, oops');
    const doc = open(makeDoc(join(dir, 'news.txt'), text));
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    close(doc);
    await settle();
    assert.equal(readFileSync(file, 'utf8'), '{ "formatVersion": 1, oops');
    assert.ok(shown.some((m) => m.startsWith('WARN news.txt was closed, but its annotations of this session were not saved')), shown.join('\n'));
  } finally {
    dispose();
  }
});

test('#1 news.txt and news.md in one folder do not share a sidecar silently: the second is refused with a message naming the first', async () => {
  const { decisions, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    const t1 = '记者张三报道，李四出席。';
    const t2 = '# 稿件\n\n王五在重庆。';
    writeFileSync(join(dir, 'news.txt'), t1);
    writeFileSync(join(dir, 'news.md'), t2);
    const a = open(makeDoc(join(dir, 'news.txt'), t1));
    const b = open(makeDoc(join(dir, 'news.md'), t2, 'markdown'));
    engine(a, []);
    engine(b, []);
    decisions.mark(asDoc(a), { start: 2, end: 4 }, 'PER');
    assert.equal(await sync.save(asDoc(a), false), true);
    const first = sidecarOf(dir).raw;
    decisions.mark(asDoc(b), { start: 6, end: 8 }, 'PER');
    assert.equal(await sync.save(asDoc(b), false), false);
    assert.equal(sidecarOf(dir).raw, first, "news.md's save replaced news.txt's sidecar");
    assert.ok(shown.some((m) => /^WARN The annotations of news\.md are not saved: .*belongs to news\.txt/.test(m)), shown.join('\n'));

    // Opened when the sidecar is already news.txt's: refused as well, never offered for overwriting.
    close(b);
    await settle();
    shown.length = 0;
    const c = open(makeDoc(join(dir, 'news.md'), t2, 'markdown'));
    engine(c, []);
    decisions.mark(asDoc(c), { start: 6, end: 8 }, 'PER');
    answers.next = (_m, items) => items[0];
    assert.equal(await sync.save(asDoc(c), true), false);
    assert.equal(sidecarOf(dir).raw, first);
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.bak-')), []);
  } finally {
    dispose();
  }
});

test('#2 closing an article before the engine catches up still writes its accepted and marked spans', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席重庆会议。';
    const doc = openNews(dir, text);
    engine(doc, [auto(2, 4, 'PER'), auto(7, 9, 'PER'), auto(11, 13, 'LOC')]);
    const shownNow = () => store.get(asDoc(doc).uri)!.annotations;
    decisions.accept(asDoc(doc), [shownNow()[0]]);
    decisions.mark(asDoc(doc), { start: 11, end: 13 }, 'ORG');
    decisions.reject(asDoc(doc), [shownNow().find((a) => a.start === 7)!]);
    edit(doc, text.length, 0, '\n');
    writeFileSync(join(dir, 'news.txt'), doc.getText());
    events.save.fire(doc);
    close(doc);
    await settle(50);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:rejected', '重庆:ORG:accepted']);
  } finally {
    dispose();
  }
});

test('#3 changing the language mode (close and open at once) keeps saved and unsaved decisions', async () => {
  const { decisions, store, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席重庆会议。';
    const doc = openNews(dir, text);
    const suggestions = [auto(2, 4, 'PER'), auto(7, 9, 'PER'), auto(11, 13, 'LOC')];
    engine(doc, suggestions);
    decisions.accept(asDoc(doc), [store.get(asDoc(doc).uri)!.annotations[0]]);
    decisions.reject(asDoc(doc), [store.get(asDoc(doc).uri)!.annotations[1]]);
    assert.equal(await sync.save(asDoc(doc), false), true);
    // An unsaved decision, then Plain Text → Markdown.
    decisions.mark(asDoc(doc), { start: 11, end: 13 }, 'ORG');
    close(doc);
    doc.languageId = 'markdown';
    open(doc);
    await settle();
    assert.equal(store.get(asDoc(doc).uri)?.decisions.length, 3, 'decisions were lost by the change of mode');
    doc.version++;
    engine(doc, suggestions);
    decisions.mark(asDoc(doc), { start: 0, end: 2 }, 'ORG');
    await sync.save(asDoc(doc), false);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:rejected', '记者:ORG:accepted', '重庆:ORG:accepted']);
  } finally {
    dispose();
  }
});

test('#10 an edit inside a decided span marks the sidecar dirty: saving the article writes the new anchor', async () => {
  const { decisions, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '11月28日，市长王伟在会上说。';
    const doc = openNews(dir, text);
    engine(doc, []);
    const s = text.indexOf('王伟');
    decisions.mark(asDoc(doc), { start: s, end: s + 2 }, 'PER');
    assert.equal(await sync.save(asDoc(doc), false), true);
    edit(doc, s + 1, 1, '炜');
    engine(doc, []);
    writeFileSync(join(dir, 'news.txt'), doc.getText());
    events.save.fire(doc);
    await settle();
    assert.deepEqual(sidecarOf(dir).annotations, ['王炜:PER:accepted']);
  } finally {
    dispose();
  }
});

test('#13 two saves at once write one after the other, without a false "changed on disk"', async () => {
  const { decisions, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    edit(doc, text.length, 0, '\n');
    const p1 = sync.save(asDoc(doc), false);
    const p2 = sync.save(asDoc(doc), true);
    setTimeout(() => engine(doc, []), 20);
    await Promise.all([p1, p2]);
    assert.deepEqual(shown.filter((m) => m.includes('changed on disk')), []);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
  } finally {
    dispose();
  }
});

test('#14 renaming an article moves its sidecar, and unsaved decisions follow it', async () => {
  const { decisions, store, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const old = openNews(dir, text);
    engine(old, []);
    decisions.mark(asDoc(old), { start: 2, end: 4 }, 'PER');
    assert.equal(await sync.save(asDoc(old), false), true);
    decisions.mark(asDoc(old), { start: 7, end: 9 }, 'PER'); // not saved yet
    const files = [{ oldUri: old.uri, newUri: Uri.file(join(dir, 'renamed.txt')) }];
    events.willRename.fire({ files, waitUntil: () => undefined });
    renameSync(join(dir, 'news.txt'), join(dir, 'renamed.txt'));
    close(old);
    const moved = open(makeDoc(join(dir, 'renamed.txt'), text));
    events.didRename.fire({ files });
    await settle();
    assert.equal(existsSync(join(dir, 'news.annotations.json')), false);
    assert.deepEqual(store.get(asDoc(moved).uri)?.decisions.map((d) => d.quote).sort(), ['张三', '李四']);
    engine(moved, []);
    assert.equal(await sync.save(asDoc(moved), false), true);
    const sc = sidecarOf(dir, 'renamed');
    assert.equal(sc.path, 'renamed.txt');
    assert.deepEqual(sc.annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    assert.deepEqual(shown.filter((m) => m.includes('changed on disk')), []);
  } finally {
    dispose();
  }
});

test('#14 Save As: the copy opened under a new name takes the decisions, and its save writes its own sidecar', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const a = openNews(dir, text);
    engine(a, []);
    decisions.mark(asDoc(a), { start: 2, end: 4 }, 'PER');
    writeFileSync(join(dir, 'copy.txt'), text);
    const b = open(makeDoc(join(dir, 'copy.txt'), text));
    engine(b, []);
    assert.deepEqual(store.get(asDoc(b).uri)?.decisions.map((d) => d.quote), ['张三']);
    events.save.fire(b);
    await settle();
    assert.deepEqual(sidecarOf(dir, 'copy').annotations, ['张三:PER:accepted']);
  } finally {
    dispose();
  }
});

test('an orphan saved to disk comes back when the article is opened with its text again, and the next save writes it as an annotation', async () => {
  const { sync, engine, store, dispose } = setup();
  try {
    const dir = folder();
    const saved = '记者张三报道，出席。';
    const text = '记者张三报道，李四出席。';
    writeSidecar(dir, 'news.txt', saved, [manual(2, 4, 'PER')], (j) => {
      j.orphans = [
        {
          id: 'o1', label: 'PER', start: 7, end: 9, startCodePoint: 7, endCodePoint: 9, quote: { exact: '李四', prefix: '', suffix: '' },
          confidence: 1, source: 'manual', status: 'accepted', orphaned: '2024-01-01T00:00:00Z',
        },
      ];
    });
    const doc = openNews(dir, text);
    const ds = store.get(asDoc(doc).uri)!.decisions;
    assert.deepEqual(ds.map((d) => `${d.action} ${d.quote}@${d.start}${d.orphan ? ' orphan' : ''}`).sort(), ['mark 张三@2', 'mark 李四@7']);
    assert.ok(shown.some((m) => m.startsWith('INFO 1 orphaned annotations were found again')), shown.join('\n'));
    engine(doc, []);
    events.save.fire(doc);
    await settle();
    const written = sidecarOf(dir);
    assert.deepEqual(written.annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    assert.equal(written.orphans, 0);
  } finally {
    dispose();
  }
});

/** Renames an article on disk the way the Explorer does, with both events. */
function renameArticle(dir: string, from: string, to: string): void {
  const files = [{ oldUri: Uri.file(join(dir, from)), newUri: Uri.file(join(dir, to)) }];
  events.willRename.fire({ files, waitUntil: () => undefined });
  renameSync(join(dir, from), join(dir, to));
  events.didRename.fire({ files });
}

test('a renamed article\'s sidecar names it by its new name: a new file under the old name, or its text changed outside, does not make it another article\'s', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    close(doc);
    await settle(50);
    const before = readFileSync(join(dir, 'news.annotations.json'), 'utf8');
    renameArticle(dir, 'news.txt', 'story.txt');
    const after = sidecarOf(dir, 'story');
    assert.equal(after.path, 'story.txt');
    // Every other byte is as it was.
    assert.equal(after.raw, before.replace('"path": "news.txt"', '"path": "story.txt"'));
    assert.equal(existsSync(join(dir, 'news.annotations.json')), false);
    // A new draft under the old name.
    writeFileSync(join(dir, 'news.txt'), '新稿件。');
    const story = open(makeDoc(join(dir, 'story.txt'), text));
    engine(story, []);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['张三']);
    assert.deepEqual(shown.filter((m) => m.includes('belongs to')), []);
    close(story);
    await settle(20);
    // Its text changed outside VS Code: re-anchored, not another article's.
    writeFileSync(join(dir, 'story.txt'), text + '另讯。');
    const changed = open(makeDoc(join(dir, 'story.txt'), text + '另讯。'));
    engine(changed, []);
    assert.deepEqual(store.get(asDoc(changed).uri)?.decisions.map((d) => d.quote), ['张三']);
    assert.deepEqual(shown.filter((m) => m.includes('belongs to') || m.includes('could not be read')), []);
  } finally {
    dispose();
  }
});

test('a sidecar folder outside the workspace: a rename moves the sidecar beside the article as load and save use it, nothing outside is moved, and the warning is shown once', async () => {
  const { decisions, store, sync, engine, dispose } = setup({ sidecarFolder: '../outside' });
  try {
    const root = folder();
    const dir = join(root, 'ws');
    mkdirSync(dir);
    mkdirSync(join(root, 'outside'));
    const outside = join(root, 'outside', 'news.annotations.json');
    writeFileSync(outside, 'not ours');
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    assert.equal(await sync.save(asDoc(doc), false), true);
    close(doc);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
    renameArticle(dir, 'news.txt', 'story.txt');
    assert.equal(readFileSync(outside, 'utf8'), 'not ours');
    assert.equal(existsSync(join(root, 'outside', 'story.annotations.json')), false);
    assert.equal(sidecarOf(dir, 'story').path, 'story.txt');
    const story = open(makeDoc(join(dir, 'story.txt'), text));
    engine(story, []);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['张三']);
    decisions.mark(asDoc(story), { start: 7, end: 9 }, 'PER');
    close(story);
    await settle(20);
    assert.deepEqual(sidecarOf(dir, 'story').annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    assert.equal(shown.filter((m) => m.includes('outside the workspace')).length, 1, shown.join('\n'));
  } finally {
    dispose();
  }
});

test('a rename that fails or is declined: the article\'s close still writes its decisions, and nothing is carried to the new name', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    // The rename starts, and never happens (no file moved, no onDidRenameFiles).
    events.willRename.fire({ files: [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }], waitUntil: () => undefined });
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    close(doc);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    // Later, an article of that name with a sidecar of its own: its own decisions, not the carried ones.
    const other = '王五出席。';
    writeFileSync(join(dir, 'story.txt'), other);
    writeSidecar(dir, 'story.txt', other, [manual(0, 2, 'PER')]);
    const before = readFileSync(join(dir, 'story.annotations.json'), 'utf8');
    const story = open(makeDoc(join(dir, 'story.txt'), other));
    engine(story, []);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['王五']);
    close(story);
    await settle(20);
    assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before);
  } finally {
    dispose();
  }
});

test('a rename that never completes is forgotten after a while, while the article stays open', async () => {
  const { decisions, store, engine, dispose } = setup({}, { renameWaitMs: 20 });
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    events.willRename.fire({ files: [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }], waitUntil: () => undefined });
    await settle(60);
    const other = '王五出席。';
    writeFileSync(join(dir, 'story.txt'), other);
    writeSidecar(dir, 'story.txt', other, [manual(0, 2, 'PER')]);
    const story = open(makeDoc(join(dir, 'story.txt'), other));
    engine(story, []);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['王五']);
    assert.deepEqual(store.get(asDoc(doc).uri)?.decisions.map((d) => d.quote), ['张三']);
  } finally {
    dispose();
  }
});

test('a sidecar that cannot be written: the user is told which file and why, the decisions stay unsaved, and a close keeps them for a reopen', async () => {
  const { decisions, store, sync, engine, dispose } = setup();
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    // Something that cannot be replaced stands where the sidecar goes.
    mkdirSync(join(dir, 'news.annotations.json'));
    events.save.fire(doc);
    await settle(20);
    assert.equal(await sync.save(asDoc(doc), false), false);
    assert.equal(await sync.save(asDoc(doc), false), false);
    // Said once for the same reason, however often (auto-)save tries again.
    const errors = shown.filter((m) => m.startsWith('ERROR'));
    assert.equal(errors.length, 1, shown.join('\n'));
    assert.match(errors[0], /^ERROR The annotations of news\.txt could not be written to news\.annotations\.json \(.+\)\. They are kept while news\.txt is open/);
    // Still unsaved: written once the way is clear.
    rmdirSync(join(dir, 'news.annotations.json'));
    assert.equal(await sync.save(asDoc(doc), false), true);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
    // A close whose write fails keeps the decisions for when the article is opened again.
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    renameSync(join(dir, 'news.annotations.json'), join(dir, 'kept.json'));
    mkdirSync(join(dir, 'news.annotations.json'));
    close(doc);
    await settle(20);
    assert.match(shown.filter((m) => m.startsWith('ERROR')).pop() ?? '', /^ERROR news\.txt was closed, but its annotations could not be written to news\.annotations\.json/);
    rmdirSync(join(dir, 'news.annotations.json'));
    renameSync(join(dir, 'kept.json'), join(dir, 'news.annotations.json'));
    const again = open(makeDoc(join(dir, 'news.txt'), text));
    engine(again, []);
    assert.deepEqual(store.get(asDoc(again).uri)?.decisions.map((d) => d.quote).sort(), ['张三', '李四']);
    events.save.fire(again);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    dispose();
  }
});

test('decisions carried by a rename never overwrite a sidecar changed since it was moved: saved ones give way to it, unsaved ones ask first', async () => {
  for (const unsaved of [false, true]) {
    const { decisions, store, sync, engine, dispose } = setup();
    try {
      const dir = folder();
      const text = '记者张三报道，李四出席。';
      const doc = openNews(dir, text);
      engine(doc, []);
      decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
      assert.equal(await sync.save(asDoc(doc), false), true);
      if (unsaved) decisions.mark(asDoc(doc), { start: 0, end: 2 }, 'ORG');
      const files = [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }];
      events.willRename.fire({ files, waitUntil: () => undefined });
      renameSync(join(dir, 'news.txt'), join(dir, 'story.txt'));
      close(doc);
      events.didRename.fire({ files });
      await settle(20);
      // Another tool writes the sidecar before the editor under the new name is shown.
      writeSidecar(dir, 'story.txt', text, [manual(7, 9, 'PER')]);
      const newer = readFileSync(join(dir, 'story.annotations.json'), 'utf8');
      const story = open(makeDoc(join(dir, 'story.txt'), text));
      engine(story, []);
      const quotes = store.get(asDoc(story).uri)?.decisions.map((d) => d.quote).sort();
      if (!unsaved) {
        assert.deepEqual(quotes, ['李四']);
        continue;
      }
      assert.deepEqual(quotes, ['张三', '记者']);
      assert.equal(await sync.save(asDoc(story), false), false);
      assert.ok(shown.some((m) => m.includes('changed on disk since it was read')), shown.join('\n'));
      assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), newer);
    } finally {
      dispose();
    }
  }
});

test('a rename declined over an existing file: that file, opened while the article is still open, keeps its own decisions and sidecar', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    writeFileSync(join(dir, 'news.txt'), text);
    const other = '王五出席。';
    writeFileSync(join(dir, 'story.txt'), other);
    writeSidecar(dir, 'story.txt', other, [manual(0, 2, 'PER')]);
    const before = readFileSync(join(dir, 'story.annotations.json'), 'utf8');
    const doc = open(makeDoc(join(dir, 'news.txt'), text));
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    // Renaming onto story.txt; "overwrite?" is answered no: nothing moves, no onDidRenameFiles.
    events.willRename.fire({ files: [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }], waitUntil: () => undefined });
    const story = open(makeDoc(join(dir, 'story.txt'), other));
    engine(story, []);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['王五']);
    close(story);
    await settle(20);
    assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before);
    close(doc);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
  } finally {
    dispose();
  }
});

test('an editor under the new name shown while the article is still under its old name takes the carried decisions once the rename is done', async () => {
  const { decisions, store, engine, dispose } = setup();
  try {
    const dir = folder();
    const text = '记者张三报道，李四出席。';
    const doc = openNews(dir, text);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    const files = [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }];
    events.willRename.fire({ files, waitUntil: () => undefined });
    // The new editor comes before the move is done.
    writeFileSync(join(dir, 'story.txt'), text);
    const story = open(makeDoc(join(dir, 'story.txt'), text));
    engine(story, []);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote) ?? [], []);
    renameSync(join(dir, 'news.txt'), join(dir, 'story.txt'));
    close(doc);
    events.didRename.fire({ files });
    await settle(20);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['张三']);
    close(story);
    await settle(20);
    assert.deepEqual(sidecarOf(dir, 'story').annotations, ['张三:PER:accepted']);
  } finally {
    dispose();
  }
});

test('a rename onto a name whose annotations file is already there: that file is not overwritten without consent, and on consent is moved aside first', async () => {
  for (const savedBefore of [false, true]) {
    const { decisions, store, sync, engine, dispose } = setup();
    try {
      const dir = folder();
      const text = '记者张三报道，李四出席。';
      // story.annotations.json is left from an earlier story.txt, since deleted.
      writeSidecar(dir, 'story.txt', '王五出席。', [manual(0, 2, 'PER')]);
      const before = readFileSync(join(dir, 'story.annotations.json'), 'utf8');
      const doc = openNews(dir, text);
      engine(doc, []);
      decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
      if (savedBefore) assert.equal(await sync.save(asDoc(doc), false), true);
      const files = [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }];
      events.willRename.fire({ files, waitUntil: () => undefined });
      renameSync(join(dir, 'news.txt'), join(dir, 'story.txt'));
      close(doc);
      events.didRename.fire({ files });
      await settle(20);
      if (savedBefore) assert.ok(shown.some((m) => m.includes('story.annotations.json already exists')), shown.join('\n'));
      const story = open(makeDoc(join(dir, 'story.txt'), text));
      engine(story, []);
      assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['张三']);

      assert.equal(await sync.save(asDoc(story), false), false);
      assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before, 'the file already there was overwritten');
      assert.ok(shown.some((m) => m.includes('was already there when news.txt was renamed to story.txt')), shown.join('\n'));
      assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['张三'], 'the carried decisions are kept in memory');

      answers.next = (_m, items) => items[0];
      assert.equal(await sync.save(asDoc(story), true), true);
      const backups = readdirSync(dir).filter((f) => f.startsWith('story.annotations.json.bak-'));
      assert.equal(backups.length, 1);
      assert.equal(readFileSync(join(dir, backups[0]), 'utf8'), before);
      assert.deepEqual(sidecarOf(dir, 'story').annotations, ['张三:PER:accepted']);
    } finally {
      dispose();
    }
  }
});

// Renames in the orders and shapes VS Code makes them: an annotations file already at the new name is never overwritten
// unasked, and an article's own file, moved with it or left where it goes back to, is no clash.
const renameText = '记者张三报道，李四出席。';


test('the document under the new name opens after the move but before onDidRenameFiles: the file already there must not be overwritten unasked', async () => {
  const { decisions, store, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    writeSidecar(dir, 'story.txt', '王五出席。', [manual(0, 2, 'PER')]);
    const before = readFileSync(join(dir, 'story.annotations.json'), 'utf8');
    const doc = openNews(dir, renameText);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    const files = [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }];
    events.willRename.fire({ files, waitUntil: () => undefined });
    renameSync(join(dir, 'news.txt'), join(dir, 'story.txt'));
    close(doc);
    // VS Code shows the editor under the new name; onDidRenameFiles comes after.
    const story = open(makeDoc(join(dir, 'story.txt'), renameText));
    engine(story, []);
    events.didRename.fire({ files });
    await settle(20);
    assert.deepEqual(store.get(asDoc(story).uri)?.decisions.map((d) => d.quote), ['张三']);
    const saved = await sync.save(asDoc(story), false);
    assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before, `the file already there was overwritten (save returned ${saved}); shown:\n${shown.join('\n')}`);
  } finally {
    dispose();
  }
});

test('an article and its own annotations file moved together into a folder (one drag): its later decisions must still save', async () => {
  const { decisions, store, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    const doc = openNews(dir, renameText);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    assert.equal(await sync.save(asDoc(doc), false), true);
    mkdirSync(join(dir, 'sub'));
    const files = [
      { oldUri: doc.uri, newUri: Uri.file(join(dir, 'sub', 'news.txt')) },
      { oldUri: Uri.file(join(dir, 'news.annotations.json')), newUri: Uri.file(join(dir, 'sub', 'news.annotations.json')) },
    ];
    events.willRename.fire({ files, waitUntil: () => undefined });
    renameSync(join(dir, 'news.txt'), join(dir, 'sub', 'news.txt'));
    renameSync(join(dir, 'news.annotations.json'), join(dir, 'sub', 'news.annotations.json'));
    close(doc);
    events.didRename.fire({ files });
    await settle(20);
    const moved = open(makeDoc(join(dir, 'sub', 'news.txt'), renameText));
    engine(moved, []);
    assert.deepEqual(store.get(asDoc(moved).uri)?.decisions.map((d) => d.quote), ['张三']);
    decisions.mark(asDoc(moved), { start: 7, end: 9 }, 'PER');
    const ok = await sync.save(asDoc(moved), false);
    assert.equal(ok, true, `the save was refused; shown:\n${shown.join('\n')}`);
    assert.deepEqual(sidecarOf(join(dir, 'sub')).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
  } finally {
    dispose();
  }
});

test('a rename back to the original name, whose annotations file was left there by an earlier clash: it is the article\'s own file', async () => {
  const { decisions, store, sync, engine, dispose } = setup();
  try {
    const dir = folder();
    writeSidecar(dir, 'story.txt', '王五出席。', [manual(0, 2, 'PER')]);
    const doc = openNews(dir, renameText);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    assert.equal(await sync.save(asDoc(doc), false), true);
    // news.txt → story.txt: story.annotations.json is there, so news.annotations.json stays.
    let files = [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'story.txt')) }];
    events.willRename.fire({ files, waitUntil: () => undefined });
    renameSync(join(dir, 'news.txt'), join(dir, 'story.txt'));
    close(doc);
    events.didRename.fire({ files });
    await settle(20);
    const story = open(makeDoc(join(dir, 'story.txt'), renameText));
    engine(story, []);
    // The user sees the warning and renames it back.
    files = [{ oldUri: story.uri, newUri: Uri.file(join(dir, 'news.txt')) }];
    events.willRename.fire({ files, waitUntil: () => undefined });
    renameSync(join(dir, 'story.txt'), join(dir, 'news.txt'));
    close(story);
    events.didRename.fire({ files });
    await settle(20);
    const back = open(makeDoc(join(dir, 'news.txt'), renameText));
    engine(back, []);
    assert.deepEqual(store.get(asDoc(back).uri)?.decisions.map((d) => d.quote), ['张三']);
    decisions.mark(asDoc(back), { start: 7, end: 9 }, 'PER');
    const ok = await sync.save(asDoc(back), false);
    assert.equal(ok, true, `the save was refused; shown:\n${shown.join('\n')}`);
  } finally {
    dispose();
  }
});

test('news.txt → news.md shares news.annotations.json: later decisions save', async () => {
  for (const savedBefore of [false, true]) {
    const { decisions, store, sync, engine, dispose } = setup();
    try {
      const dir = folder();
      const doc = openNews(dir, renameText);
      engine(doc, []);
      decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
      if (savedBefore) assert.equal(await sync.save(asDoc(doc), false), true);
      const files = [{ oldUri: doc.uri, newUri: Uri.file(join(dir, 'news.md')) }];
      events.willRename.fire({ files, waitUntil: () => undefined });
      renameSync(join(dir, 'news.txt'), join(dir, 'news.md'));
      close(doc);
      events.didRename.fire({ files });
      await settle(20);
      const md = open(makeDoc(join(dir, 'news.md'), renameText, 'markdown'));
      engine(md, []);
      assert.deepEqual(store.get(asDoc(md).uri)?.decisions.map((d) => d.quote), ['张三']);
      decisions.mark(asDoc(md), { start: 7, end: 9 }, 'PER');
      assert.equal(await sync.save(asDoc(md), false), true, shown.join('\n'));
      assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
      assert.equal(sidecarOf(dir).path, 'news.md');
    } finally {
      dispose();
    }
  }
});

test('a folder rename carries the decisions and the sidecar', async () => {
  for (const savedBefore of [false, true]) {
    const { decisions, store, sync, engine, dispose } = setup();
    try {
      const root = folder();
      const dir = join(root, 'a');
      mkdirSync(dir);
      const doc = openNews(dir, renameText);
      engine(doc, []);
      decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
      if (savedBefore) assert.equal(await sync.save(asDoc(doc), false), true);
      const files = [{ oldUri: Uri.file(dir), newUri: Uri.file(join(root, 'b')) }];
      events.willRename.fire({ files, waitUntil: () => undefined });
      renameSync(dir, join(root, 'b'));
      close(doc);
      events.didRename.fire({ files });
      await settle(20);
      const nd = open(makeDoc(join(root, 'b', 'news.txt'), renameText));
      engine(nd, []);
      assert.deepEqual(store.get(asDoc(nd).uri)?.decisions.map((d) => d.quote), ['张三']);
      decisions.mark(asDoc(nd), { start: 7, end: 9 }, 'PER');
      assert.equal(await sync.save(asDoc(nd), false), true, shown.join('\n'));
      assert.deepEqual(sidecarOf(join(root, 'b')).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    } finally {
      dispose();
    }
  }
});
