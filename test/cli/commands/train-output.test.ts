import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // Corpora that are not there stop it right after the usage checks, before anything is written; run
  // in a scratch folder all the same, so that models/names.model is never the project's.
  const io = fakeIO();
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.equal(await main([...args, '--corpora', join(dir, 'no-corpora')], io), 1, io.stderr);
  } finally {
    process.chdir(cwd);
  }
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

test('zhnews train: a bad --out, --report or --write-dev path is an error (exit 1, as export) before any training', async () => {
  mkdirSync(join(dir, 'folder'));
  const cases: Array<[string[], RegExp]> = [
    [['--out', join(dir, 'folder')], /--out .*folder: is a folder; give the name of the file to write/],
    [['--out', join(gold, 'a.jsonl', 'x.model')], /--out .*x\.model: .*a\.jsonl is a file, not a folder/],
    [['--out', join(dir, 'r.model'), '--report', join(dir, 'folder')], /--report .*folder: is a folder/],
    [['--out', join(dir, 'r.model'), '--report', join(gold, 'a.jsonl', 'sub', 'r.json')], /--report .*: .*a\.jsonl is a file, not a folder/],
    [['--write-dev', join(dir, 'folder')], /--write-dev .*folder: is a folder/],
  ];
  // root may write anywhere: the permission case only means something for another user.
  if (process.getuid?.() !== 0) {
    mkdirSync(join(dir, 'ro'), { mode: 0o555 });
    cases.push([['--out', join(dir, 'ro', 'x.model')], /--out .*: permission denied \(cannot create files in .*ro\)/]);
  }
  for (const [paths, message] of cases) {
    const io = fakeIO();
    assert.equal(await main(['train', '--from', gold, ...FAST, ...paths], io), 1, paths.join(' '));
    assert.match(io.stderr, message);
    assert.doesNotMatch(io.stderr, /training on|internal error/, paths.join(' '));
    assert.ok(!existsSync(join(dir, 'r.model')), 'no model written');
  }
});

test('zhnews train --write-dev and --report make missing folders', async () => {
  const cases: Array<[string[], string]> = [
    [['--write-dev', join(dir, 'new', 'dev.jsonl')], join(dir, 'new', 'dev.jsonl')],
    [['--out', join(dir, 'n.model'), '--report', join(dir, 'new2', 'deep', 'r.json')], join(dir, 'new2', 'deep', 'r.json')],
  ];
  for (const [paths, written] of cases) {
    const io = fakeIO();
    assert.equal(await main(['train', '--from', gold, ...FAST, ...paths], io), 0, io.stderr);
    assert.ok(existsSync(written), written);
  }
});

test('zhnews train: clashing outputs are usage errors, and a model of --from text never replaces the shipped one', async (t) => {
  // A project of its own (package.json and models/), where train looks for the shipped model: a regression overwrites
  // this copy, never the real one.
  const project = join(dir, 'project');
  mkdirSync(join(project, 'models'), { recursive: true });
  writeFileSync(join(project, 'package.json'), '{}');
  const shipped = join(project, 'models', 'names.model');
  writeFileSync(shipped, 'shipped');
  const before = readFileSync(shipped);
  const cwd = process.cwd();
  process.chdir(project);
  t.after(() => process.chdir(cwd));
  const cases: Array<[string[], RegExp]> = [
    [['--out', join(dir, 'same.x'), '--report', join(dir, 'same.x')], /--out and --report name the same file/],
    [['--out', join(dir, 'm.model'), '--write-dev', join(dir, 'dev.jsonl')], /give --out or --write-dev, not both/],
    // npm run train -- --from DIR passes the script's --out: the shipped model.
    [['--out', shipped], /is the shipped model/],
  ];
  for (const [paths, message] of cases) {
    const io = fakeIO();
    assert.equal(await main(['train', '--from', gold, ...FAST, ...paths], io), 2, paths.join(' '));
    assert.match(io.stderr, message);
    assert.doesNotMatch(io.stderr, /training on/);
  }
  assert.deepEqual(readFileSync(shipped), before, 'the shipped model is unchanged');
});

test('zhnews train: --out through a symbolic link writes the file it points to, and keeps the link', async () => {
  mkdirSync(join(dir, 'models-real'), { recursive: true });
  writeFileSync(join(dir, 'models-real', 'real.model'), 'old');
  symlinkSync(join(dir, 'models-real', 'real.model'), join(dir, 'link.model'));
  const io = fakeIO();
  assert.equal(await main(['train', '--from', gold, ...FAST, '--out', join(dir, 'link.model')], io), 0, io.stderr);
  assert.ok(lstatSync(join(dir, 'link.model')).isSymbolicLink(), 'the link is still a link');
  assert.notEqual(readFileSync(join(dir, 'models-real', 'real.model'), 'utf8'), 'old', 'the file it points to holds the model');
});
