// The stand-in for `vscode` must load before anything from src/extension.
import { settle, Uri, vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Engine } from '../../src/extension/engine';
import type { ExtensionSettings } from '../../src/extension/settings';
import { GlossarySync } from '../../src/extension/glossary-sync';

/* Refreshes of the glossary list that overlap: the server must end on the latest list, with one set of watchers. */

function world() {
  const live = new Set<object>();
  const sent: Array<{ method: string; params: { files: Array<{ path: string }> } }> = [];
  // findFiles answers after a delay per glob, so that an earlier refresh can finish after a later one.
  const delays = new Map<string, number>();
  const ws = vscode.workspace as unknown as Record<string, unknown>;
  ws.findFiles = async (glob: string) => {
    await settle(delays.get(glob) ?? 0);
    return [Uri.file(`/ws/${glob.replace(/\W/g, '')}.glossary.yaml`)];
  };
  ws.createFileSystemWatcher = () => {
    const w = { onDidChange: () => undefined, onDidCreate: () => undefined, onDidDelete: () => undefined, dispose: () => live.delete(w) };
    live.add(w);
    return w;
  };
  (vscode as unknown as Record<string, unknown>).RelativePattern = class {};
  const engine = { sendNotification: (method: string, params: never) => sent.push({ method, params }) } as unknown as Engine;
  let settings = { glossaryGlobs: ['old/**'], glossaryFiles: [] } as unknown as ExtensionSettings;
  const sync = new GlossarySync(engine, () => settings);
  const use = (globs: string[]) => (settings = { glossaryGlobs: globs, glossaryFiles: [] } as unknown as ExtensionSettings);
  return { live, sent, delays, sync, use };
}

test('an older glossary refresh that finishes last neither sends its stale list nor leaves its watchers', async () => {
  const { live, sent, delays, sync, use } = world();
  delays.set('old/**', 40);
  const slow = sync.refresh();
  use(['new/**', 'more/**']);
  await sync.refresh();
  await slow;
  assert.deepEqual(sent.map((s) => s.params.files.map((f) => f.path)), [['/ws/more.glossary.yaml', '/ws/new.glossary.yaml']]);
  assert.equal(live.size, 2, 'one watcher per glob of the latest refresh');
  sync.dispose();
  assert.equal(live.size, 0);
});

test('a refresh still finding files when the extension is disposed leaves no watcher behind', async () => {
  const { live, sent, delays, sync, use } = world();
  use(['a/**', 'b/**']);
  delays.set('b/**', 30);
  const pending = sync.refresh();
  await settle(5);
  sync.dispose();
  await pending;
  assert.equal(live.size, 0);
  assert.deepEqual(sent, []);
});

test('a refresh whose file search fails leaves no watcher behind and keeps the watchers it had', async () => {
  const { live, sync, use } = world();
  await sync.refresh();
  assert.equal(live.size, 1);
  use(['a/**', 'boom/**']);
  const ws = vscode.workspace as unknown as Record<string, unknown>;
  const find = ws.findFiles as (glob: string) => Promise<unknown[]>;
  ws.findFiles = async (glob: string) => {
    if (glob === 'boom/**') throw new Error('search failed');
    return find(glob);
  };
  await assert.rejects(sync.refresh(), /search failed/);
  assert.equal(live.size, 1, 'the watcher of the failed refresh was left behind, or the old one dropped');
  sync.dispose();
  assert.equal(live.size, 0);
});
