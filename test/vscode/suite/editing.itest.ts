import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, ANNOTATION_TIMEOUT_MS, closeAll, open, spanAt, textOf, writeFixture } from './helpers';

/** Edits are re-annotated: spans move with inserted text, new numbers appear, deleted ones go. */
suite('editing', () => {
  suiteTeardown(closeAll);

  test('inserting, appending and deleting text re-annotates the document', async () => {
    const uri = await writeFixture('editing.txt', '市发展改革委主任高健说，今年计划投资2700亿元。\n');
    const editor = await open(uri);
    const doc = editor.document;
    const zh = await api();
    let anns = await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
    const before = spanAt(doc, anns, '2700亿元', 'NUM');

    // Insert at the start: astral characters count two UTF-16 units each.
    const prefix = '𠮷😀 据报道，';
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), prefix)));
    anns = await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
    const moved = spanAt(doc, anns, '2700亿元', 'NUM');
    assert.equal(moved.start, before.start + prefix.length);
    assert.equal(moved.kind, 'MONEY');

    // Append a new number on a new line.
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end, '其中8.8%用于研发。\n')));
    anns = await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
    const numsBefore = anns.filter((a) => a.label === 'NUM').length;
    const pct = spanAt(doc, anns, '8.8%', 'NUM');
    assert.equal(pct.kind, 'PERCENT');
    assert.ok(Math.abs((pct.value?.value ?? NaN) - 0.088) < 1e-12, `8.8% → ${JSON.stringify(pct.value)}`);
    spanAt(doc, anns, '2700亿元', 'NUM');

    // Delete the first number: its annotation goes, the other stays.
    const at = doc.getText().indexOf('2700亿元');
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(at + '2700亿元'.length)))));
    anns = await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
    assert.ok(!doc.getText().includes('2700亿元'));
    const nums = anns.filter((a) => a.label === 'NUM').map((a) => textOf(doc, a));
    assert.equal(nums.length, numsBefore - 1, `NUM spans after the deletion: ${nums.join(', ')}`);
    assert.ok(!nums.some((n) => n.includes('2700')), `a NUM still covers the deleted number: ${nums.join(', ')}`);
    spanAt(doc, anns, '8.8%', 'NUM');
  });

  test('getAnnotations returns what waitForAnnotations resolved with', async () => {
    const uri = await writeFixture('editing-2.txt', '2024年，重庆市共有420多家企业参加。\n');
    await open(uri);
    const zh = await api();
    const waited = await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
    assert.deepEqual(zh.getAnnotations(uri), waited);
  });
});
