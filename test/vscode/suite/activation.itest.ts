import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, fixture, open, poll } from './helpers';

suite('activation', () => {
  suiteTeardown(closeAll);

  test('the extension activates when a .txt file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions`);
    const editor = await open(fixture('seed-article.txt'));
    assert.equal(editor.document.languageId, 'plaintext');
    await poll('activation', 30_000, () => (ext.isActive ? true : undefined));
    const a = await api();
    assert.equal(typeof a.waitForAnnotations, 'function');
  });

  test('the extension contributes a colour for each label', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const colors: Array<{ id: string }> = ext?.packageJSON?.contributes?.colors ?? [];
    const ids = colors.map((c) => c.id);
    for (const id of ['zhNews.perBackground', 'zhNews.orgBackground', 'zhNews.locBackground', 'zhNews.numBackground']) {
      assert.ok(ids.includes(id), `contributes.colors lacks ${id} (has ${ids.join(', ') || 'none'})`);
    }
  });
});
