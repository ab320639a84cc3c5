import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { annotate, api, closeAll, poll, textOf, workspaceDir, writeFixture } from './helpers';

/**
 * A workspace setting naming a glossary outside the workspace: used in a trusted workspace, ignored in
 * restricted mode. test/vscode/restricted.test.ts runs this suite in an untrusted workspace; the main
 * run (trust off) checks the trusted case. In restricted mode VS Code 1.100 itself withholds the
 * workspace values of the manifest's restrictedConfigurations (zhNews.modelPath, zhNews.glossary.files)
 * from the extension; our own rule (trusted-paths.ts) is the second line behind it.
 */
suite('restricted mode', () => {
  const expectUntrusted = process.env.ZHNEWS_EXPECT_UNTRUSTED === '1';
  const written: string[] = [];
  suiteTeardown(async () => {
    await closeAll();
    for (const f of written) fs.rmSync(f, { force: true });
  });

  function writeGlossary(file: string, term: string): string {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `terms:\n  - term: ${term}\n    summary: 测试用的术语。\n`);
    written.push(file);
    return file;
  }

  /** The TERM texts once every one of `expected` is among them (glossary changes reach the server after a delay). */
  async function termsWith(uri: vscode.Uri, expected: string[]): Promise<string[]> {
    const zh = await api();
    let last: string[] = [];
    try {
      return await poll(`TERM ${expected.join(', ')}`, 45_000, () => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        last = doc ? (zh.getAnnotations(uri) ?? []).filter((a) => a.label === 'TERM').map((a) => textOf(doc, a)) : [];
        return expected.every((e) => last.includes(e)) ? last : undefined;
      }, 250);
    } catch (e) {
      throw new Error(`${(e as Error).message}; TERM annotations: ${last.join(', ') || 'none'}`);
    }
  }

  test('a workspace setting naming a glossary outside the workspace is ignored when untrusted, used when trusted; user settings count in both', async function () {
    // Up to three glossary reloads in a row, each waited for up to 45 s: more than the suite's default 60 s
    // on a loaded machine.
    this.timeout(150_000);
    assert.equal(vscode.workspace.isTrusted, !expectUntrusted, `the workspace should be ${expectUntrusted ? 'untrusted' : 'trusted'} in this run`);
    const folder = workspaceDir().fsPath;
    const outside = writeGlossary(path.join(path.dirname(folder), 'outside.glossary.yaml'), '蓝鲸计划');
    // Found by the default glob (**/*.glossary.yaml) in either mode.
    writeGlossary(path.join(folder, 'restricted-test.glossary.yaml'), '白鹭计划');
    // Not matched by the glob: loaded only when a setting names it.
    const named = writeGlossary(path.join(folder, 'glossaries', 'named.yml'), '灰雁计划');
    const uri = await writeFixture('restricted.txt', '蓝鲸计划、白鹭计划和灰雁计划同时启动。\n');
    await annotate(uri);
    await termsWith(uri, ['白鹭计划']);
    const config = vscode.workspace.getConfiguration('zhNews');
    try {
      await config.update('glossary.files', [outside], vscode.ConfigurationTarget.Workspace);
      const workspaceValue = vscode.workspace.getConfiguration('zhNews').inspect<string[]>('glossary.files')?.workspaceValue;
      assert.deepEqual(workspaceValue, expectUntrusted ? undefined : [outside], 'what VS Code shows the extension of the workspace setting');
      // A user setting naming the second glossary: once its term shows, the settings were read after the workspace one was written.
      await config.update('glossary.files', [named], vscode.ConfigurationTarget.Global);
      const terms = await termsWith(uri, expectUntrusted ? ['灰雁计划'] : ['灰雁计划', '蓝鲸计划']);
      assert.equal(terms.includes('蓝鲸计划'), !expectUntrusted, `TERM annotations: ${terms.join(', ')}`);
      // The user's own settings are honoured whatever the workspace's trust.
      await config.update('glossary.files', [outside, named], vscode.ConfigurationTarget.Global);
      await termsWith(uri, ['灰雁计划', '蓝鲸计划']);
    } finally {
      await config.update('glossary.files', undefined, vscode.ConfigurationTarget.Global);
      await config.update('glossary.files', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
