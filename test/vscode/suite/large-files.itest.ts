import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/types';
import { annotate, api, closeAll, fixture, open, poll, spanAt, writeFixture } from './helpers';

/**
 * Large and strange files in the real editor (code-server 4.100.3 = VS Code 1.100.3). What VS Code
 * itself does decides part of the outcome, and the tests state it: a file of more than 50 × 2^20
 * UTF-16 units is never handed to extensions, and a file with NUL bytes is refused as binary.
 * Below that, our size guard (zhNews.maxFileSize, 2 MiB of text by default) applies.
 */
suite('large and strange files', () => {
  suiteTeardown(closeAll);

  function exists(name: string): boolean {
    return fs.existsSync(fixture(name).fsPath);
  }

  /** A command through the extension host and back; it completing at all is what the test asserts. */
  async function roundTrip(): Promise<number> {
    const t = Date.now();
    await vscode.commands.executeCommand('zhNews.toggleHighlights');
    await vscode.commands.executeCommand('zhNews.toggleHighlights');
    return Date.now() - t;
  }

  /** After a hostile file the extension still annotates a normal one. */
  async function stillWorks(name: string): Promise<void> {
    const after = await annotate(await writeFixture(name, '今年计划投资2700亿元。\n'));
    spanAt(after.editor.document, after.annotations, '2700亿元', 'NUM');
  }

  function assertWellFormed(annotations: Annotation[], length: number): void {
    let last = -1;
    for (const a of annotations) {
      assert.ok(a.start >= 0 && a.start < a.end && a.end <= length, `span out of bounds: ${JSON.stringify(a)}`);
      assert.ok(a.start >= last, 'spans not sorted');
      last = a.start;
    }
  }

  /** Repeats the seed article until the file has `bytes` bytes of UTF-8. */
  function seedText(bytes: number, joiner = ''): string {
    const seed = fs.readFileSync(fixture('seed-article.txt').fsPath, 'utf8');
    const part = joiner ? seed.replace(/\r?\n/g, joiner) : seed;
    const parts: string[] = [];
    let n = 0;
    while (n < bytes) {
      parts.push(part);
      n += Buffer.byteLength(part);
    }
    return parts.join('');
  }

  test('a 50 MB wire dump (18 M characters) opens, is not annotated, the user is told, the host answers, no sidecar', async () => {
    const text = seedText(50 * 1024 * 1024);
    const uri = fixture('wire-dump.txt');
    fs.writeFileSync(uri.fsPath, text);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText().length, text.length, 'VS Code hands a 50 MB file of Chinese text to extensions whole');
    await vscode.window.showTextDocument(doc, { preview: false });
    console.log(`[large] command round trip while the 50 MB file is synced: ${await roundTrip()} ms`);
    const zh = await api();
    assert.deepEqual(await zh.waitForAnnotations(uri, 120_000), []);
    assert.deepEqual(zh.skipped(uri), { reason: 'tooLarge', told: true });
    console.log(`[large] command round trip after: ${await roundTrip()} ms`);
    await stillWorks('after-wire-dump.txt');
    await closeAll();
    assert.equal(exists('wire-dump.annotations.json'), false, 'opening and closing a large file wrote a sidecar');
  });

  test('a file above 50 × 2^20 characters is not given to extensions by VS Code; the extension keeps working', async () => {
    const uri = fixture('huge-ascii.txt');
    const line = 'Reuters wire 2026-11-28 GDP +5.2% y/y; 新华社北京电 \n';
    fs.writeFileSync(uri.fsPath, line.repeat(Math.ceil((50 * 1024 * 1024 + 1) / line.length) + 1000));
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /Files above 50MB cannot be synchronized with extensions/);
    await stillWorks('after-huge-ascii.txt');
    assert.equal(exists('huge-ascii.annotations.json'), false);
  });

  test('a file above zhNews.maxFileSize is told about, annotated when asked, and gets a sidecar only when asked', async () => {
    const config = vscode.workspace.getConfiguration('zhNews');
    const before = config.inspect<number>('maxFileSize')?.globalValue;
    await config.update('maxFileSize', 1000, vscode.ConfigurationTarget.Global);
    try {
      const uri = await writeFixture('over-limit-2.txt', '今年计划投资2700亿元。\n'.repeat(200));
      const { editor, annotations } = await annotate(uri);
      const zh = await api();
      assert.deepEqual(annotations, []);
      assert.deepEqual(zh.skipped(uri), { reason: 'tooLarge', told: true });
      await vscode.commands.executeCommand('zhNews.annotateNow');
      const asked = await nextAnnotations(uri);
      assert.equal(asked.filter((a) => a.label === 'NUM').length, 200, 'Annotate now annotates the whole file');
      assert.equal(zh.skipped(uri), undefined);
      assert.equal(exists('over-limit-2.annotations.json'), false, 'annotating wrote a sidecar unasked');
      await vscode.commands.executeCommand('zhNews.saveAnnotations');
      assert.equal(exists('over-limit-2.annotations.json'), true, 'the save command writes the sidecar');
      assertWellFormed(asked, editor.document.getText().length);
    } finally {
      await config.update('maxFileSize', before, vscode.ConfigurationTarget.Global);
    }
  });

  /** Annotate now answers for the same document version, so waitForAnnotations would return the empty list held. */
  async function nextAnnotations(uri: vscode.Uri): Promise<Annotation[]> {
    const zh = await api();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const a = zh.getAnnotations(uri);
      if (a && a.length) return a;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Annotate now brought no annotations within 60 s');
  }

  test('a 1 MB article is decorated around what the editor shows, and again where it scrolls to', async () => {
    const uri = await writeFixture('long-article.txt', seedText(1024 * 1024));
    const editor = await open(uri);
    const zh = await api();
    const annotations = await zh.waitForAnnotations(uri, 180_000);
    const doc = editor.document;
    const shows = (at: number) => {
      const w = zh.decorated(editor);
      return w && w.from <= at && at <= w.to && w.ranges > 0 ? w : undefined;
    };
    const top = await poll('decorations at the top', 30_000, () => shows(doc.offsetAt(editor.visibleRanges[0].start)));
    console.log(`[large] 1 MB article: ${annotations.length} annotations, ${top.ranges} decorated at the top (offsets ${top.from}–${top.to})`);
    // Windowed: a few hundred lines around the visible ones, not the 25,000 spans of the article.
    assert.ok(top.ranges < annotations.length / 10, `${top.ranges} of ${annotations.length} spans decorated`);
    const inWindow = annotations.filter((a) => a.start >= top.from && a.start <= top.to).length;
    assert.ok(top.ranges >= inWindow * 0.5, `${top.ranges} decorated of ${inWindow} spans in the window`);
    const last = doc.lineCount - 1;
    editor.revealRange(new vscode.Range(last, 0, last, 0), vscode.TextEditorRevealType.InCenter);
    const bottom = await poll('decorations after scrolling to the end', 30_000, () => shows(doc.offsetAt(new vscode.Position(last, 0))));
    assert.ok(bottom.from > top.to, 'the window moved with the scroll');
    const mid = Math.floor(last / 2);
    editor.revealRange(new vscode.Range(mid, 0, mid, 0), vscode.TextEditorRevealType.InCenter);
    const middle = await poll('decorations after scrolling to the middle', 30_000, () => shows(doc.offsetAt(new vscode.Position(mid, 0))));
    assert.ok(middle.to < bottom.from, 'and back');
    await closeAll();
  });

  test('a file with a single 1 MB line is annotated without blocking the host; spans stay in bounds; no sidecar', async () => {
    const line = seedText(1024 * 1024, ' ');
    const uri = await writeFixture('long-line.txt', line + '\n');
    const editor = await open(uri);
    console.log(`[large] command round trip while the 1 MB line is annotated: ${await roundTrip()} ms`);
    const annotations = await (await api()).waitForAnnotations(uri, 180_000);
    assert.ok(annotations.length > 1000, `only ${annotations.length} annotations on a 1 MB line of news`);
    assertWellFormed(annotations, editor.document.getText().length);
    const lastNum = annotations.filter((a) => a.label === 'NUM').at(-1);
    assert.ok(lastNum && lastNum.start > line.length * 0.9, 'numbers at the end of the line are found too');
    const zh = await api();
    const w = await poll('decorations on the long line', 30_000, () => zh.decorated(editor));
    console.log(`[large] 1 MB line: ${w.ranges} of ${annotations.length} spans decorated (offsets ${w.from}–${w.to})`);
    assert.ok(w.ranges < annotations.length / 10, 'a long line is decorated around what is visible, not all of it');
    await closeAll();
    assert.equal(exists('long-line.annotations.json'), false);
  });

  test('a binary file with NUL bytes is refused by VS Code as binary; the extension keeps working, no sidecar', async () => {
    const uri = fixture('elf.txt');
    fs.writeFileSync(uri.fsPath, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x31, 0x32, 0xe5, 0x85, 0x83, 0x0a]));
    await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /binary/);
    await stillWorks('after-elf.txt');
    assert.equal(exists('elf.annotations.json'), false);
  });

  test('binary junk without NUL bytes (256 KB) opens as text and is annotated without breaking anything; no sidecar', async () => {
    const bytes = Buffer.alloc(256 * 1024);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = 1 + ((x >>> 16) % 255);
    }
    const uri = fixture('junk.txt');
    fs.writeFileSync(uri.fsPath, bytes);
    const editor = await open(uri);
    const annotations = await (await api()).waitForAnnotations(uri, 120_000);
    assertWellFormed(annotations, editor.document.getText().length);
    await closeAll();
    await stillWorks('after-junk.txt');
    assert.equal(exists('junk.annotations.json'), false);
  });

  test('a GBK news paragraph opened as UTF-8 shows replacement characters, spans stay in bounds, no sidecar', async () => {
    // 新华社北京11月28日电 国家统计局28日发布数据，前三季度国内生产总值同比增长５.２％ … in GBK.
    const gbk = Buffer.from(
      '0MK7qsnnsbG+qTEx1MIyOMjVtecgufq80s2zvMa+1jI4yNW3orK8yv2+3aOsx7DI/by+tsi5+sTayfqy+tfc1rXNrLHI1PazpKO1LqOyo6WjrMbk1tC12sj9vL62yNT2s6SjtC6juKOloaO5+s7x1LrX3MDtwO7Hv9TasbG+qdb3s9bV2b+qu+HS6aGj',
      'base64',
    );
    const uri = fixture('gbk-news.txt');
    fs.writeFileSync(uri.fsPath, Buffer.concat([gbk, Buffer.from('\n')]));
    const editor = await open(uri);
    const text = editor.document.getText();
    assert.ok(text.includes('\ufffd'), 'VS Code decodes GBK as UTF-8 with replacement characters');
    const annotations = await (await api()).waitForAnnotations(uri, 60_000);
    assertWellFormed(annotations, text.length);
    await closeAll();
    assert.equal(exists('gbk-news.annotations.json'), false);
    await stillWorks('after-gbk-news.txt');
  });
});
