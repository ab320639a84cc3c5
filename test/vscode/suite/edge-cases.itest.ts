import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate, closeAll, hoverAt, spanAt, textOf, writeFixture } from './helpers';

/** Inputs that break naive code: nothing at all, only punctuation, characters outside the BMP. */
suite('edge cases', () => {
  suiteTeardown(closeAll);

  test('an empty file gets no annotations', async () => {
    const { annotations } = await annotate(await writeFixture('empty.txt', ''));
    assert.deepEqual(annotations, []);
  });

  test('a file of only punctuation gets no annotations', async () => {
    const { annotations } = await annotate(await writeFixture('punctuation.txt', '，。！？……——“”《》、；：（）\n!?.,;:\n'));
    assert.deepEqual(annotations, []);
  });

  test('𠮷 and emoji before numbers leave offsets right', async () => {
    // 𠮷 (U+20BB7), 😀 and a ZWJ family are 2, 2 and 8 UTF-16 units: offsets counted in code points would be off.
    const text = '𠮷😀👨‍👩‍👧 𠮷野家在重庆开了3家店，营收增长8.8%，投资2700亿元。\n';
    const uri = await writeFixture('astral.txt', text);
    const { editor, annotations } = await annotate(uri);
    const doc = editor.document;
    for (const [surface, kind] of [['8.8%', 'PERCENT'], ['2700亿元', 'MONEY']] as const) {
      const a = spanAt(doc, annotations, surface, 'NUM');
      assert.equal(a.start, text.indexOf(surface));
      assert.equal(textOf(doc, a), surface);
      assert.equal(a.kind, kind);
    }
    for (const a of annotations) assert.equal(textOf(doc, a), text.slice(a.start, a.end));
    const money = spanAt(doc, annotations, '2700亿元', 'NUM');
    await hoverAt(uri, doc.positionAt(money.end - 1), ['MONEY', '270000000000']);
    // VS Code's character positions are UTF-16 units too: on one line they equal the offsets.
    assert.equal(doc.positionAt(money.start).character, text.indexOf('2700亿元'));
    // A hover just before the span is not this number's.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(money.start - 1));
    const text2 = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(!text2.includes('270000000000'), `hover before 2700亿元 shows its value: ${text2}`);
  });

  test('a 5 MB file above zhNews.maxFileSize is left alone, and the engine keeps working', async () => {
    const limit = vscode.workspace.getConfiguration('zhNews').get<number>('maxFileSize', 2 * 1024 * 1024);
    const line = '2024年，Chongqing invested 2700亿元 in 11 projects; growth was 8.8% year on year.\n';
    const count = Math.ceil(Math.max((5 * 1024 * 1024) / Buffer.byteLength(line), (limit + 1) / line.length));
    const uri = await writeFixture('large.txt', line.repeat(count));
    const { annotations } = await annotate(uri);
    assert.deepEqual(annotations, []);
    const after = await annotate(await writeFixture('after-large.txt', '今年计划投资2700亿元。\n'));
    spanAt(after.editor.document, after.annotations, '2700亿元', 'NUM');
  });
});
