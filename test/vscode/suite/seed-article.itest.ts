import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/types';
import { annotate, closeAll, fixture, hoverAt, spanAt, textOf } from './helpers';

/** The seed article as the editor sees it: every label present, 2700亿元 read right, hovers that say so. */
suite('seed article', () => {
  let doc: vscode.TextDocument;
  let annotations: Annotation[];

  suiteSetup(async () => {
    const r = await annotate(fixture('seed-article.txt'));
    doc = r.editor.document;
    annotations = r.annotations;
  });
  suiteTeardown(closeAll);

  test('waitForAnnotations returns PER, ORG, LOC and NUM', () => {
    const labels = new Set(annotations.map((a) => a.label));
    for (const l of ['PER', 'ORG', 'LOC', 'NUM'] as const) {
      assert.ok(labels.has(l), `no ${l} annotation among ${annotations.length}`);
    }
  });

  test('every span lies inside the text, is not empty and does not split a character', () => {
    const text = doc.getText();
    const isLow = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]);
    for (const a of annotations) {
      assert.ok(0 <= a.start && a.start < a.end && a.end <= text.length, `bad span ${JSON.stringify(a)}`);
      assert.ok(!isLow(a.start) && !isLow(a.end), `span splits a surrogate pair: ${JSON.stringify(a)}`);
      assert.ok(textOf(doc, a).trim().length > 0, `blank span ${JSON.stringify(a)}`);
    }
  });

  test('2700亿元 is NUM, kind MONEY, value 270000000000 元', () => {
    const a = spanAt(doc, annotations, '2700亿元', 'NUM');
    assert.equal(a.kind, 'MONEY');
    assert.equal(a.value?.value, 270000000000);
    assert.equal(a.value?.unit, '元');
  });

  test('hovering 2700亿元 shows MONEY and 270000000000', async () => {
    const a = spanAt(doc, annotations, '2700亿元', 'NUM');
    const text = await hoverAt(doc.uri, doc.positionAt(a.start + 2), ['MONEY', '270000000000']);
    assert.match(text, /NUM/);
  });

  const names: Array<[Annotation['label'], string]> = [
    ['PER', 'Person'],
    ['ORG', 'Organisation'],
    ['LOC', 'Place'],
  ];
  for (const [label, name] of names) {
    test(`hovering the first ${label} shows "${name}" and ${label}`, async () => {
      const a = annotations.find((x) => x.label === label);
      assert.ok(a, `no ${label} annotation`);
      // The middle of the span: on a nested span the card of the outer one comes too, which is fine.
      const mid = a.start + Math.floor((a.end - a.start) / 2);
      try {
        await hoverAt(doc.uri, doc.positionAt(mid), [name, label]);
      } catch (e) {
        throw new Error(`${(e as Error).message} (hovered "${textOf(doc, a)}" ${JSON.stringify(a)})`);
      }
    });
  }

  test('no hover where nothing is annotated', async () => {
    const text = doc.getText();
    const covered = (i: number) => annotations.some((a) => a.start <= i && i < a.end);
    let i = text.search(/[\u4e00-\u9fff]/);
    while (i >= 0 && i < text.length && (covered(i) || !/[\u4e00-\u9fff]/.test(text[i]))) i++;
    assert.ok(i >= 0 && i < text.length, 'the article has no unannotated Chinese character');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(i));
    const ours = (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).filter((s) => /`(PER|ORG|LOC|NUM)`/.test(s));
    assert.deepEqual(ours, [], `unexpected hover at offset ${i} (${text[i]})`);
  });
});
