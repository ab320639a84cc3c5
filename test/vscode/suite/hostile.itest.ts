import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { annotate, api, closeAll, fixture, open, poll, spanAt, writeFixture } from './helpers';

/** Hostile input in the real editor: binary and mis-encoded files, a size guard, hover injection. */
suite('hostile input', () => {
  suiteTeardown(closeAll);

  async function writeBytes(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
    const uri = fixture(name);
    await vscode.workspace.fs.writeFile(uri, bytes);
    return uri;
  }

  async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }

  /** After a hostile file the extension still annotates a normal one. */
  async function stillWorks(name: string): Promise<void> {
    const after = await annotate(await writeFixture(name, '今年计划投资2700亿元。\n'));
    spanAt(after.editor.document, after.annotations, '2700亿元', 'NUM');
  }

  for (const [name, bytes] of [
    ['binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x31, 0x32, 0xe5, 0x85, 0x83, 0x0a])],
    // 新华社北京电 增长５％ in GBK: VS Code decodes it as UTF-8, with replacement characters.
    ['gbk.txt', new Uint8Array([0xd0, 0xc2, 0xbb, 0xaa, 0xc9, 0xe7, 0xb1, 0xb1, 0xbe, 0xa9, 0xb5, 0xe7, 0x20, 0xd4, 0xf6, 0xb3, 0xa4, 0xa3, 0xb5, 0xa3, 0xa5, 0x0a])],
  ] as const) {
    test(`${name} opened as text does not break the extension, and no sidecar is written`, async () => {
      const uri = await writeBytes(name, bytes);
      try {
        const editor = await open(uri);
        const annotations = await (await api()).waitForAnnotations(uri, 45_000);
        for (const a of annotations) assert.ok(a.start >= 0 && a.end <= editor.document.getText().length && a.start < a.end);
      } catch (e) {
        // VS Code may refuse to open a binary file as text; that is fine too.
        assert.match(String((e as Error).message), /binary|cannot open|Cannot open/i);
      }
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      assert.equal(await exists(fixture(name.replace(/\.txt$/, '.annotations.json'))), false);
      await stillWorks(`after-${name}`);
    });
  }

  test('a file above zhNews.maxFileSize gets no annotations; restoring the setting annotates it again', async () => {
    const config = vscode.workspace.getConfiguration('zhNews');
    const before = config.inspect<number>('maxFileSize')?.globalValue;
    await config.update('maxFileSize', 1000, vscode.ConfigurationTarget.Global);
    try {
      const uri = await writeFixture('over-limit.txt', '今年计划投资2700亿元。\n'.repeat(200));
      const { annotations } = await annotate(uri);
      assert.deepEqual(annotations, []);
    } finally {
      await config.update('maxFileSize', before, vscode.ConfigurationTarget.Global);
    }
    await stillWorks('after-over-limit.txt');
  });

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
