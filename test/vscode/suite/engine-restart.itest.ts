import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/types';
import { annotate, api, ANNOTATION_TIMEOUT_MS, closeAll, poll, spanAt, termOn, textOf, writeFixture } from './helpers';

/**
 * The annotation engine runs in a language server process because nodejieba can abort its whole process;
 * the client starts a new server then. This kills the real server and checks that the editor carries on:
 * an edit made after the crash is annotated, the workspace glossary is known to the new server, and the
 * result equals that of the same text opened fresh.
 */

const GLOSSARY = 'restart.glossary.yaml';
const ARTICLE = '本报讯 晨曦计划今年投资2700亿元，由市发展改革委牵头。\n';

/** The language server: a child of this extension host running our server bundle (Linux: /proc). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent; the command may hold spaces, so read after its closing bracket.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (/server\.js/.test(readFileSync(`/proc/${name}/cmdline`, 'utf8'))) pids.push(Number(name));
    } catch {
      // The process ended while being read.
    }
  }
  return pids;
}

const plain = (doc: vscode.TextDocument, anns: readonly Annotation[]) =>
  anns.map((a) => `${a.label}:${a.start}-${a.end}:${textOf(doc, a)}:${a.kind ?? ''}`).sort();

suite('engine restart', () => {
  let glossary: vscode.Uri | undefined;

  suiteTeardown(async () => {
    await closeAll();
    if (glossary) await vscode.workspace.fs.delete(glossary);
  });

  test('after the language server is killed, an edit is annotated by a new one that knows the workspace glossary', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server through /proc
    glossary = await writeFixture(GLOSSARY, ['terms:', '  - term: 晨曦计划', '    summary: 重启测试用的术语', ''].join('\n'));
    const article = await writeFixture('restart-article.txt', ARTICLE);
    const { editor } = await annotate(article);
    const doc = editor.document;
    const zh = await api();
    await poll('晨曦计划 annotated from the workspace glossary', 30_000, () => termOn(doc, zh.getAnnotations(article), '晨曦计划'));

    const [old] = serverPids();
    assert.ok(old, `no language server process among the children of the extension host (pid ${process.pid})`);
    process.kill(old, 'SIGKILL');
    const fresh = await poll('a new language server', 60_000, () => serverPids().find((p) => p !== old), 200);
    assert.notEqual(fresh, old);

    // Typed after the crash: the new server annotates it, with the glossary the old one had.
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    assert.ok(await editor.edit((e) => e.insert(end, '其中8.8%用于研发。\n')));
    const after = await poll('8.8% annotated after the restart', ANNOTATION_TIMEOUT_MS, async () => {
      const anns = await zh.waitForAnnotations(article, ANNOTATION_TIMEOUT_MS);
      return anns.some((a) => a.label === 'NUM' && textOf(doc, a) === '8.8%') ? anns : undefined;
    });
    assert.equal(spanAt(doc, after, '8.8%', 'NUM').kind, 'PERCENT');
    assert.equal(spanAt(doc, after, '2700亿元', 'NUM').kind, 'MONEY');
    assert.ok(termOn(doc, after, '晨曦计划'), `the workspace glossary was lost with the old server: ${JSON.stringify(after.filter((a) => a.label === 'TERM'))}`);

    // The same text opened fresh gets the same annotations.
    const copy = await writeFixture('restart-article-copy.txt', doc.getText());
    const { editor: copyEditor, annotations: copied } = await annotate(copy);
    assert.deepEqual(plain(doc, after), plain(copyEditor.document, copied));
  });
});
