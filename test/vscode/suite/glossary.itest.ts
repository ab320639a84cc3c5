import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate, api, ANNOTATION_TIMEOUT_MS, closeAll, open, poll, termOn, writeFixture } from './helpers';

/**
 * A workspace glossary file, edited on disk as a person would: a problem shows in the Problems
 * panel where it is, the glossary reloads live when the file changes, and while the file is broken
 * the last good version stays in use.
 */

const GLOSSARY = 'itest.glossary.yaml';
const ARTICLE = '本报讯 星河计划与月光工程同日启动，两项目均由市里牵头。\n';

const GOOD = ['terms:', '  - term: 星河计划', '    summary: 集成测试用的术语', ''].join('\n');
// Line 6, column 5: the second `summary` key of the new entry.
const BROKEN = [...GOOD.split('\n').slice(0, 3), '  - term: 月光工程', '    summary: 第一个', '    summary: 第二个', ''].join('\n');
const FIXED = [...GOOD.split('\n').slice(0, 3), '  - term: 月光工程', '    summary: 第一个', ''].join('\n');

/** Seconds, not milliseconds: a file watcher, a reload in the server and a re-annotation on a loaded machine. */
const RELOAD_TIMEOUT_MS = 30_000;

function errorsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
}

suite('glossary files', () => {
  let glossary: vscode.Uri | undefined;

  suiteTeardown(async () => {
    await closeAll();
    if (glossary) await vscode.workspace.fs.delete(glossary);
  });

  test('a broken glossary is reported where it breaks, keeps its last good version, and a fix reloads live', async () => {
    const article = await writeFixture('glossary-article.txt', ARTICLE);
    const { editor, annotations: before } = await annotate(article);
    const doc = editor.document;
    assert.equal(termOn(doc, before, '星河计划'), undefined, 'no glossary defines 星河计划 yet');
    const zh = await api();

    // A new glossary file: its term is annotated in the open article without reopening it.
    glossary = await writeFixture(GLOSSARY, GOOD);
    const first = await poll('星河计划 annotated as TERM after the glossary file appeared', RELOAD_TIMEOUT_MS, () => termOn(doc, zh.getAnnotations(article), '星河计划'));
    assert.equal(first.glossaryId, '星河计划');
    assert.deepEqual(errorsOf(glossary), []);

    // Broken: a duplicate key. The Problems panel shows it at its line and column (0-based here).
    await writeFixture(GLOSSARY, BROKEN);
    const [error] = await poll('an error diagnostic on the broken glossary', RELOAD_TIMEOUT_MS, () => {
      const errors = errorsOf(glossary!);
      return errors.length ? errors : undefined;
    });
    assert.deepEqual([error.range.start.line, error.range.start.character], [5, 4], `diagnostic: ${error.message}`);
    assert.match(error.message, /duplicate key/);

    // The last good version stays in use: a document opened now (annotated after the reload) has
    // 星河计划 as TERM, and not 月光工程, whose entry is in the broken version only.
    const fresh = await writeFixture('glossary-article-2.txt', ARTICLE);
    const { editor: freshEditor, annotations: during } = await annotate(fresh);
    assert.ok(termOn(freshEditor.document, during, '星河计划'), `星河计划 lost while the glossary is broken: ${JSON.stringify(during.filter((a) => a.label === 'TERM'))}`);
    assert.equal(termOn(freshEditor.document, during, '月光工程'), undefined);

    // Fixed: the error goes, and the new term is annotated in the first article, still open.
    await writeFixture(GLOSSARY, FIXED);
    await poll('the error diagnostic to go', RELOAD_TIMEOUT_MS, () => (errorsOf(glossary!).length === 0 ? true : undefined));
    await open(article);
    const added = await poll('月光工程 annotated as TERM after the fix', RELOAD_TIMEOUT_MS, () => termOn(doc, zh.getAnnotations(article), '月光工程'));
    assert.equal(added.glossaryId, '月光工程');
    assert.ok(termOn(doc, await zh.waitForAnnotations(article, ANNOTATION_TIMEOUT_MS), '星河计划'));
  });
});
