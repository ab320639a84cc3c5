// The stand-in for `vscode` must load before anything from src/extension.
import { answers, close, edit, events, makeDoc, open, settle, shown, Uri, vscode } from './support/vscode-stub';
import { asDoc, auto, folder, manual, newsText, openNews, setup, sidecarOf, writeSidecar } from './support/sidecar-fixtures';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Loading and saving an article's annotation sidecar (sidecar-sync.ts): formats it must not overwrite,
 * closes, changes of language mode, edits, concurrent saves, orphans, and writes that fail.
 * Renames, Save As and folder moves are in sidecar-renames.test.ts.
 */

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
  const { sync, engine, openMarked, dispose } = setup();
  try {
    const dir = folder();
    const doc = openMarked(dir);
    edit(doc, newsText.length, 0, '\n');
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

test('after the sidecar folder setting changes, the next save writes the new file without a false "changed on disk", and asks before replacing one found there', async () => {
  const { sync, decisions, openMarked, settings, dispose } = setup();
  const getFolder = vscode.workspace.getWorkspaceFolder;
  try {
    const dir = folder();
    (vscode.workspace as { getWorkspaceFolder: unknown }).getWorkspaceFolder = () => ({ uri: Uri.file(dir) });
    const doc = openMarked(dir);
    assert.equal(await sync.save(asDoc(doc), true), true);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
    settings.sidecarFolder = 'notes';
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    assert.equal(await sync.save(asDoc(doc), true), true, shown.join('\n'));
    assert.deepEqual(shown.filter((m) => m.includes('changed on disk')), []);
    assert.deepEqual(sidecarOf(join(dir, 'notes')).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    // Back to beside the article, where a file read before the change still lies: it was never read under this
    // setting, so it is not overwritten unasked.
    settings.sidecarFolder = '';
    decisions.mark(asDoc(doc), { start: 0, end: 2 }, 'ORG');
    assert.equal(await sync.save(asDoc(doc), true), false);
    assert.equal(shown.filter((m) => m.includes('changed on disk')).length, 1, shown.join('\n'));
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
  } finally {
    (vscode.workspace as { getWorkspaceFolder: unknown }).getWorkspaceFolder = getFolder;
    dispose();
  }
});

test('an orphan saved to disk comes back when the article is opened with its text again, and the next save writes it as an annotation', async () => {
  const { engine, store, dispose } = setup();
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

test('a sidecar that cannot be written: the user is told which file and why, the decisions stay unsaved, and a close keeps them for a reopen', async () => {
  const { decisions, sync, openAt, openMarked, quotes, dispose } = setup();
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  try {
    const dir = folder();
    const doc = openMarked(dir);
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
    const again = openAt(join(dir, 'news.txt'), newsText);
    assert.deepEqual(quotes(again)?.sort(), ['张三', '李四']);
    events.save.fire(again);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    dispose();
  }
});
