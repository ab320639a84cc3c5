import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate, closeAll, poll, writeFixture } from './helpers';

/** Hostile input in the real editor: hover injection (binary, mis-encoded and large files: large-files.itest.ts). */
suite('hostile input', () => {
  suiteTeardown(closeAll);

  test('a hover over document text with a command link and a script tag shows them escaped, and trusts only our command', async () => {
    const hostile = '[退出](command:workbench.action.quit)<script>alert(1)</script>';
    const text = `据报道，${hostile}增长5.2%。\n`;
    const uri = await writeFixture('injection.txt', text);
    const { editor } = await annotate(uri);
    // Mark the hostile text as a person by hand, so its card shows exactly that text.
    const start = text.indexOf(hostile);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + hostile.length));
    await vscode.commands.executeCommand('zhNews.markPerson');
    const position = editor.document.positionAt(start + 3);
    const hovers = await poll('a hover on the marked text', 20_000, async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      const md = (h ?? []).flatMap((x) => x.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c);
      return md.some((m) => m.value.includes('退出')) ? md : undefined;
    });
    for (const m of hovers) {
      assert.ok(!/(?<!\\)\]\(command:workbench/.test(m.value), `live command link in ${m.value}`);
      assert.ok(!/<script/i.test(m.value), `raw script tag in ${m.value}`);
      if (m.value.includes('退出')) {
        assert.ok(m.value.includes('\\[退出\\]\\(command\\:workbench\\.action\\.quit\\)'), m.value);
        assert.ok(m.value.includes('&lt;script&gt;'), m.value);
      }
      const trusted = m.isTrusted;
      assert.ok(trusted === undefined || trusted === false || (typeof trusted === 'object' && JSON.stringify(trusted.enabledCommands) === '["zhNews.openGlossaryEntry"]'), `isTrusted ${JSON.stringify(trusted)}`);
      assert.notEqual(m.supportHtml, true);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
