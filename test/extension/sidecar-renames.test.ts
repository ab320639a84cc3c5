// The stand-in for `vscode` must load before anything from src/extension.
import { answers, close, events, makeDoc, open, settle, shown } from './support/vscode-stub';
import { asDoc, explorerRename, folder, manual, newsText, renameArticle, renameOpenArticle, setup, sidecarOf, writeSidecar } from './support/sidecar-fixtures';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Decisions and sidecars carried across renames, Save As and folder moves (sidecar-renames.ts), with
 * the sidecar sync, the store and the decision service run for real as in sidecar-sync.test.ts.
 */

/** Another article's text: story.txt's, with 王五 at 0–2. */
const storyText = '王五出席。';

/** story.annotations.json in `dir`, written for `storyText` with 王五 marked; returns its content. */
function storySidecar(dir: string): string {
  return readFileSync(writeSidecar(dir, 'story.txt', storyText, [manual(0, 2, 'PER')]), 'utf8');
}

test('#14 renaming an article moves its sidecar, and unsaved decisions follow it', async () => {
  const { decisions, sync, engine, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    const old = openMarked(dir);
    assert.equal(await sync.save(asDoc(old), false), true);
    decisions.mark(asDoc(old), { start: 7, end: 9 }, 'PER'); // not saved yet
    const moved = makeDoc(join(dir, 'renamed.txt'), newsText);
    await renameOpenArticle(old, dir, { 'news.txt': 'renamed.txt' }, () => open(moved));
    assert.equal(existsSync(join(dir, 'news.annotations.json')), false);
    assert.deepEqual(quotes(moved)?.sort(), ['张三', '李四']);
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
  const { openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    openMarked(dir);
    writeFileSync(join(dir, 'copy.txt'), newsText);
    const copy = openAt(join(dir, 'copy.txt'), newsText);
    assert.deepEqual(quotes(copy), ['张三']);
    events.save.fire(copy);
    await settle();
    assert.deepEqual(sidecarOf(dir, 'copy').annotations, ['张三:PER:accepted']);
  } finally {
    dispose();
  }
});

test('a renamed article\'s sidecar names it by its new name: a new file under the old name, or its text changed outside, does not make it another article\'s', async () => {
  const { openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    close(openMarked(dir));
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
    const story = openAt(join(dir, 'story.txt'), newsText);
    assert.deepEqual(quotes(story), ['张三']);
    assert.deepEqual(shown.filter((m) => m.includes('belongs to')), []);
    close(story);
    await settle(20);
    // Its text changed outside VS Code: re-anchored, not another article's.
    writeFileSync(join(dir, 'story.txt'), newsText + '另讯。');
    const changed = openAt(join(dir, 'story.txt'), newsText + '另讯。');
    assert.deepEqual(quotes(changed), ['张三']);
    assert.deepEqual(shown.filter((m) => m.includes('belongs to') || m.includes('could not be read')), []);
  } finally {
    dispose();
  }
});

test('a sidecar folder outside the workspace: a rename moves the sidecar beside the article as load and save use it, nothing outside is moved, and the warning is shown once', async () => {
  const { decisions, sync, openAt, openMarked, quotes, dispose } = setup({ sidecarFolder: '../outside' });
  try {
    const root = folder();
    const dir = join(root, 'ws');
    mkdirSync(dir);
    mkdirSync(join(root, 'outside'));
    const outside = join(root, 'outside', 'news.annotations.json');
    writeFileSync(outside, 'not ours');
    const doc = openMarked(dir);
    assert.equal(await sync.save(asDoc(doc), false), true);
    close(doc);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted']);
    renameArticle(dir, 'news.txt', 'story.txt');
    assert.equal(readFileSync(outside, 'utf8'), 'not ours');
    assert.equal(existsSync(join(root, 'outside', 'story.annotations.json')), false);
    assert.equal(sidecarOf(dir, 'story').path, 'story.txt');
    const story = openAt(join(dir, 'story.txt'), newsText);
    assert.deepEqual(quotes(story), ['张三']);
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
  const { decisions, openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    const doc = openMarked(dir);
    // The rename starts, and never happens (no file moved, no onDidRenameFiles).
    explorerRename(dir, { 'news.txt': 'story.txt' }).will();
    decisions.mark(asDoc(doc), { start: 7, end: 9 }, 'PER');
    close(doc);
    await settle(20);
    assert.deepEqual(sidecarOf(dir).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    // Later, an article of that name with a sidecar of its own: its own decisions, not the carried ones.
    writeFileSync(join(dir, 'story.txt'), storyText);
    const before = storySidecar(dir);
    const story = openAt(join(dir, 'story.txt'), storyText);
    assert.deepEqual(quotes(story), ['王五']);
    close(story);
    await settle(20);
    assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before);
  } finally {
    dispose();
  }
});

test('a rename that never completes is forgotten after a while, while the article stays open', async () => {
  const { openAt, openMarked, quotes, dispose } = setup({}, { renameWaitMs: 20 });
  try {
    const dir = folder();
    const doc = openMarked(dir);
    explorerRename(dir, { 'news.txt': 'story.txt' }).will();
    await settle(60);
    writeFileSync(join(dir, 'story.txt'), storyText);
    storySidecar(dir);
    const story = openAt(join(dir, 'story.txt'), storyText);
    assert.deepEqual(quotes(story), ['王五']);
    assert.deepEqual(quotes(doc), ['张三']);
  } finally {
    dispose();
  }
});

test('decisions carried by a rename never overwrite a sidecar changed since it was moved: saved ones give way to it, unsaved ones ask first', async () => {
  for (const unsaved of [false, true]) {
    const { decisions, sync, openAt, openMarked, quotes, dispose } = setup();
    try {
      const dir = folder();
      const doc = openMarked(dir);
      assert.equal(await sync.save(asDoc(doc), false), true);
      if (unsaved) decisions.mark(asDoc(doc), { start: 0, end: 2 }, 'ORG');
      await renameOpenArticle(doc, dir, { 'news.txt': 'story.txt' });
      // Another tool writes the sidecar before the editor under the new name is shown.
      writeSidecar(dir, 'story.txt', newsText, [manual(7, 9, 'PER')]);
      const newer = readFileSync(join(dir, 'story.annotations.json'), 'utf8');
      const story = openAt(join(dir, 'story.txt'), newsText);
      const held = quotes(story)?.sort();
      if (!unsaved) {
        assert.deepEqual(held, ['李四']);
        continue;
      }
      assert.deepEqual(held, ['张三', '记者']);
      assert.equal(await sync.save(asDoc(story), false), false);
      assert.ok(shown.some((m) => m.includes('changed on disk since it was read')), shown.join('\n'));
      assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), newer);
    } finally {
      dispose();
    }
  }
});

test('a rename declined over an existing file: that file, opened while the article is still open, keeps its own decisions and sidecar', async () => {
  const { openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    writeFileSync(join(dir, 'story.txt'), storyText);
    const before = storySidecar(dir);
    const doc = openMarked(dir);
    // Renaming onto story.txt; "overwrite?" is answered no: nothing moves, no onDidRenameFiles.
    explorerRename(dir, { 'news.txt': 'story.txt' }).will();
    const story = openAt(join(dir, 'story.txt'), storyText);
    assert.deepEqual(quotes(story), ['王五']);
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
  const { openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    const doc = openMarked(dir);
    const rename = explorerRename(dir, { 'news.txt': 'story.txt' });
    rename.will();
    // The new editor comes before the move is done.
    writeFileSync(join(dir, 'story.txt'), newsText);
    const story = openAt(join(dir, 'story.txt'), newsText);
    assert.deepEqual(quotes(story) ?? [], []);
    rename.move();
    close(doc);
    rename.did();
    await settle(20);
    assert.deepEqual(quotes(story), ['张三']);
    close(story);
    await settle(20);
    assert.deepEqual(sidecarOf(dir, 'story').annotations, ['张三:PER:accepted']);
  } finally {
    dispose();
  }
});

test('a rename onto a name whose annotations file is already there: that file is not overwritten without consent, and on consent is moved aside first', async () => {
  for (const savedBefore of [false, true]) {
    const { sync, openAt, openMarked, quotes, dispose } = setup();
    try {
      const dir = folder();
      // story.annotations.json is left from an earlier story.txt, since deleted.
      const before = storySidecar(dir);
      const doc = openMarked(dir);
      if (savedBefore) assert.equal(await sync.save(asDoc(doc), false), true);
      await renameOpenArticle(doc, dir, { 'news.txt': 'story.txt' });
      if (savedBefore) assert.ok(shown.some((m) => m.includes('story.annotations.json already exists')), shown.join('\n'));
      const story = openAt(join(dir, 'story.txt'), newsText);
      assert.deepEqual(quotes(story), ['张三']);

      assert.equal(await sync.save(asDoc(story), false), false);
      assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before, 'the file already there was overwritten');
      assert.ok(shown.some((m) => m.includes('was already there when news.txt was renamed to story.txt')), shown.join('\n'));
      assert.deepEqual(quotes(story), ['张三'], 'the carried decisions are kept in memory');

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

test('the document under the new name opens after the move but before onDidRenameFiles: the file already there must not be overwritten unasked', async () => {
  const { sync, engine, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    const before = storySidecar(dir);
    const doc = openMarked(dir);
    // VS Code shows the editor under the new name; onDidRenameFiles comes after.
    const story = makeDoc(join(dir, 'story.txt'), newsText);
    await renameOpenArticle(doc, dir, { 'news.txt': 'story.txt' }, () => {
      open(story);
      engine(story, []);
    });
    assert.deepEqual(quotes(story), ['张三']);
    const saved = await sync.save(asDoc(story), false);
    assert.equal(readFileSync(join(dir, 'story.annotations.json'), 'utf8'), before, `the file already there was overwritten (save returned ${saved}); shown:\n${shown.join('\n')}`);
  } finally {
    dispose();
  }
});

test('an article and its own annotations file moved together into a folder (one drag): its later decisions must still save', async () => {
  const { decisions, sync, openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    const doc = openMarked(dir);
    assert.equal(await sync.save(asDoc(doc), false), true);
    mkdirSync(join(dir, 'sub'));
    await renameOpenArticle(doc, dir, { 'news.txt': 'sub/news.txt', 'news.annotations.json': 'sub/news.annotations.json' });
    const moved = openAt(join(dir, 'sub', 'news.txt'), newsText);
    assert.deepEqual(quotes(moved), ['张三']);
    decisions.mark(asDoc(moved), { start: 7, end: 9 }, 'PER');
    const ok = await sync.save(asDoc(moved), false);
    assert.equal(ok, true, `the save was refused; shown:\n${shown.join('\n')}`);
    assert.deepEqual(sidecarOf(join(dir, 'sub')).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
  } finally {
    dispose();
  }
});

test('a rename back to the original name, whose annotations file was left there by an earlier clash: it is the article\'s own file', async () => {
  const { decisions, sync, openAt, openMarked, quotes, dispose } = setup();
  try {
    const dir = folder();
    storySidecar(dir);
    const doc = openMarked(dir);
    assert.equal(await sync.save(asDoc(doc), false), true);
    // news.txt → story.txt: story.annotations.json is there, so news.annotations.json stays.
    await renameOpenArticle(doc, dir, { 'news.txt': 'story.txt' });
    const story = openAt(join(dir, 'story.txt'), newsText);
    // The user sees the warning and renames it back.
    await renameOpenArticle(story, dir, { 'story.txt': 'news.txt' });
    const back = openAt(join(dir, 'news.txt'), newsText);
    assert.deepEqual(quotes(back), ['张三']);
    decisions.mark(asDoc(back), { start: 7, end: 9 }, 'PER');
    const ok = await sync.save(asDoc(back), false);
    assert.equal(ok, true, `the save was refused; shown:\n${shown.join('\n')}`);
  } finally {
    dispose();
  }
});

test('news.txt → news.md shares news.annotations.json: later decisions save', async () => {
  for (const savedBefore of [false, true]) {
    const { decisions, sync, openAt, openMarked, quotes, dispose } = setup();
    try {
      const dir = folder();
      const doc = openMarked(dir);
      if (savedBefore) assert.equal(await sync.save(asDoc(doc), false), true);
      await renameOpenArticle(doc, dir, { 'news.txt': 'news.md' });
      const md = openAt(join(dir, 'news.md'), newsText, 'markdown');
      assert.deepEqual(quotes(md), ['张三']);
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
    const { decisions, sync, openAt, openMarked, quotes, dispose } = setup();
    try {
      const root = folder();
      const dir = join(root, 'a');
      mkdirSync(dir);
      const doc = openMarked(dir);
      if (savedBefore) assert.equal(await sync.save(asDoc(doc), false), true);
      await renameOpenArticle(doc, root, { a: 'b' });
      const nd = openAt(join(root, 'b', 'news.txt'), newsText);
      assert.deepEqual(quotes(nd), ['张三']);
      decisions.mark(asDoc(nd), { start: 7, end: 9 }, 'PER');
      assert.equal(await sync.save(asDoc(nd), false), true, shown.join('\n'));
      assert.deepEqual(sidecarOf(join(root, 'b')).annotations, ['张三:PER:accepted', '李四:PER:accepted']);
    } finally {
      dispose();
    }
  }
});
