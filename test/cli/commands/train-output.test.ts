import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/zhnews';
import { fakeIO } from '../fake-io';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-train-out-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const gold = join(dir, 'gold');
mkdirSync(gold);
writeFileSync(join(gold, 'a.jsonl'), JSON.stringify({ id: '1', text: '王小明在长沙工作。', entities: [{ start: 0, end: 3, label: 'PER' }] }) + '\n');
/** Seconds, not minutes: a tiny model on three characters of gold. */
const FAST = ['--no-base', '--epochs', '1', '--shuffles', '1', '--bits', '10'];
const projectRoot = join(__dirname, '..', '..', '..', '..');

test('zhnews train: --out is required, so the shipped model is never replaced by default', async () => {
  const shipped = join(projectRoot, 'models', 'names.model');
  const before = existsSync(shipped) ? readFileSync(shipped) : undefined;
  const io = fakeIO();
  assert.equal(await main(['train', '--from', gold, ...FAST], io), 2);
  assert.match(io.stderr, /--out FILE is required/);
  assert.doesNotMatch(io.stderr, /sentences of your own gold/, 'stopped before reading or training');
  if (before) assert.ok(readFileSync(shipped).equals(before), 'models/names.model unchanged');
});

test('npm run train passes --out models/names.model and gets past the usage checks', async () => {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const args = pkg.scripts.train.split('dist/cli.js ')[1].split(' ');
  assert.deepEqual(args, ['train', '--out', 'models/names.model']);
  // Corpora that are not there stop it right after the usage checks, before anything is written.
  const io = fakeIO();
  assert.equal(await main([...args, '--corpora', join(dir, 'no-corpora')], io), 1, io.stderr);
  assert.match(io.stderr, /no msra-train\.bio or pfr-199801-train\.txt here/);
});

test('zhnews train writes the model through a rename: a hard link to the old file keeps the old bytes', async () => {
  const out = join(dir, 'm.model');
  writeFileSync(out, 'old model');
  linkSync(out, join(dir, 'old.model'));
  const io = fakeIO();
  assert.equal(await main(['train', '--from', gold, ...FAST, '--out', out], io), 0, io.stderr);
  assert.equal(readFileSync(join(dir, 'old.model'), 'utf8'), 'old model');
  assert.notEqual(readFileSync(out, 'utf8').slice(0, 9), 'old model');
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temporary file left');
});
