import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/zhnews';
import { buildSidecar, serializeSidecar } from '../../../src/core/sidecar';
import { fakeIO } from '../fake-io';

const root = mkdtempSync(join(tmpdir(), 'zhnews-train-msg-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TEXT = '王小明在长沙工作。\n';
const SIDECAR = serializeSidecar(
  buildSidecar(TEXT, [{ start: 0, end: 3, label: 'PER', confidence: 1, source: 'manual' }], { path: 'a.txt', generator: { name: 'test', version: '0', model: 'none' } }),
);
const JSONL = JSON.stringify({ id: '1', text: '王小明在长沙工作。', entities: [{ start: 0, end: 3, label: 'PER' }] }) + '\n';
const SEED = JSON.stringify({ text: 'a.txt', offsets: 'utf16', entities: [{ start: 0, end: 3, label: 'PER' }] }, null, 2);
const DOCCANO = JSON.stringify({ text: '王小明在长沙工作。', label: [[0, 3, 'PER']] }) + '\n';
const FAST = ['--no-base', '--epochs', '1', '--shuffles', '1', '--bits', '10'];

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [p, content] of Object.entries(files)) writeFileSync(join(dir, p), content);
  return dir;
}

const LOOKED_FOR = String.raw`no gold sentences found; train --from reads JSON Lines gold \(\*\.jsonl, one \{"id","text","entities"\} per line\) and article sidecars \(\*\.annotations\.json, as the editor saves them\), in all subfolders; `;

test('zhnews train --from: what it says when it finds no gold, an article is missing, or export left a doccano file', async (t) => {
  const cases: Array<[string, Record<string, string>, number, RegExp]> = [
    ['txtonly', { 'a.txt': TEXT }, 1, new RegExp(`txtonly:1:1: ${LOOKED_FOR}found 1 article \\(\\.txt\\) without a sidecar beside them: a\\.txt\\n$`)],
    ['seed', { 'a.txt': TEXT, 'a.gold.json': SEED }, 1,
      /found 1 article .*: a\.txt; 1 \.json file, not read \(eval's seed gold format is not read by train: write it as JSON Lines\): a\.gold\.json\n$/],
    ['empty', {}, 1, new RegExp(`empty:1:1: ${LOOKED_FOR}the folder holds no file\\n$`)],
    ['blank', { 'a.jsonl': '\n' }, 1, /found 1 gold file whose lines were all left out \(see above\) or that hold no document: a\.jsonl\n$/],
    ['noart', { 'a.annotations.json': SIDECAR }, 1, /noart[/\\]a\.annotations\.json:\d+:\d+: cannot read the article "a\.txt" this sidecar belongs to\n.*noart[/\\]a\.txt:1:1: no such file\n$/],
    ['doccano', { 'a.txt': TEXT, 'a.annotations.json': SIDECAR, 'a.doccano.jsonl': DOCCANO }, 0,
      /^.*doccano[/\\]a\.doccano\.jsonl: skipped: zhnews export writes \*\.doccano\.jsonl \(the recogniser's output with a sidecar's decisions\), which is not gold; train reads sidecars and gold JSON Lines\n1 sentences of your own gold/],
  ];
  for (const [name, files, code, message] of cases) {
    await t.test(name, async () => {
      const io = fakeIO();
      assert.equal(await main(['train', '--from', folder(name, files), ...FAST, '--out', join(root, `${name}.model`)], io), code, io.stderr);
      assert.match(io.stderr, message);
    });
  }
});
