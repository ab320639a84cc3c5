import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/types';
import { annotate, api, ANNOTATION_TIMEOUT_MS, closeAll, fixture, open, spanAt, textOf, writeFixture } from './helpers';

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

  test('after a burst of typing the annotations equal those of the same text opened fresh', async () => {
    // The server sends deltas and re-annotates only edited paragraphs; a fresh document gets a full
    // list. Both must agree, or highlights drift from the text as a person types.
    const seed = (await vscode.workspace.fs.readFile(fixture('seed-article.txt'))).toString();
    const start = seed.indexOf('近年来');
    const text = seed.slice(start >= 0 ? start : 0).slice(0, 1500);
    const uri = await writeFixture('typing.txt', text);
    const editor = await open(uri);
    const doc = editor.document;
    const zh = await api();
    await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);

    const type = async (offset: number, s: string) => {
      for (const ch of s) {
        assert.ok(await editor.edit((e) => e.insert(doc.positionAt(offset), ch)));
        offset += ch.length;
      }
    };
    // Type a sentence into the second paragraph, character by character.
    const p2 = doc.getText().indexOf('\n', doc.getText().indexOf('\n') + 1) + 1;
    await type(p2, '据统计，2024年重庆市投资了3.5亿元。');
    await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
    // Delete a few characters of the first paragraph, split a paragraph, type at the very end.
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(2), doc.positionAt(5)))));
    const mid = doc.getText().indexOf('。', 200);
    assert.ok(await editor.edit((e) => e.insert(doc.positionAt(mid + 1), '\n\n')));
    await type(doc.getText().length, '\n同比增长8.8%，达到95.3万辆。');
    const typed = await zh.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);

    const fresh = await annotate(await writeFixture('typing-fresh.txt', doc.getText()));
    const key = (a: Annotation) => JSON.stringify([a.start, a.end, a.label, a.kind ?? null, a.value ?? null]);
    assert.ok(typed.length > 0, 'no annotations after typing');
    const got = typed.map(key).sort();
    const want = fresh.annotations.map(key).sort();
    const missing = want.filter((k) => !got.includes(k));
    const extra = got.filter((k) => !want.includes(k));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, 'annotations after typing differ from a fresh annotation of the same text');
  });
});
