import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { loadGlossaryFile, takeRepeated } from '../../src/cli/glossary-files';
import { loadNameModel } from '../../src/core/recognise/names/load';
import { execFileSync } from 'node:child_process';
import { fakeIO } from './fake-io';


const dir = mkdtempSync(join(tmpdir(), 'zhnews-glossary-'));
after(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const GOOD = file('good.glossary.yaml', 'terms:\n  - term: 测试词\n    aliases: ["测词"]\n');
const WARN = file('warn.glossary.yaml', 'terms:\n  - term: 另一词\n    colour: red\n');
const BAD = file('bad.glossary.yaml', '# c\nterms:\n  - term: a\n    term: b\n  - term: 12\n');
const EMPTY = file('empty.glossary.yaml', '');
const BINARY = file('binary.glossary.yaml', new Uint8Array([0x74, 0x3a, 0x00, 0xff]));
const HUGE = file('huge.glossary.yaml', 'terms:\n' + '  - term: x\n'.repeat(500_000));

async function run(...argv: string[]) {
  const io = fakeIO();
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

test('glossary check: a clean file exits 0 and prints no problem', async () => {
  const r = await run('glossary', 'check', GOOD);
  assert.equal(r.code, 0);
  assert.equal(r.out, '');
  assert.match(r.err, /1 entries: 0 errors, 0 warnings/);
});

test('glossary check: warnings alone exit 0, printed as file:line:col: warning: …', async () => {
  const r = await run('glossary', 'check', WARN);
  assert.equal(r.code, 0);
  assert.match(r.out, new RegExp(`^${WARN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:5: warning: unknown field`));
});

test('glossary check: errors print file:line:col: message and exit 1', async () => {
  const r = await run('glossary', 'check', BAD);
  assert.equal(r.code, 1);
  const lines = r.out.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.slice(BAD.length).split(': ')[0]), [':4:5', ':5:11']);
  assert.match(lines[0], /duplicate key/);
  assert.match(lines[1], /must be a string/);
});

for (const [name, path, code] of [['empty', EMPTY, 'empty glossary'], ['binary', BINARY, 'binary'], ['5 MB', HUGE, 'larger than'], ['missing', join(dir, 'nope.yaml'), 'no such file']] as const) {
  test(`glossary check: ${name} file is a located error, exit 1`, async () => {
    const r = await run('glossary', 'check', path);
    assert.equal(r.code, 1);
    assert.ok(r.out.startsWith(`${path}:1:`), r.out);
    assert.ok(r.out.includes(code), r.out);
  });
}

test('glossary check: several files, one bad, exit 1; a term defined in two files is a warning naming both', async () => {
  const twin = file('twin.glossary.yaml', 'terms:\n  - term: 测词\n');
  const r = await run('glossary', 'check', GOOD, twin, BAD);
  assert.equal(r.code, 1);
  const dup = r.out.split('\n').find((l) => l.includes('defined twice'));
  assert.ok(dup && dup.startsWith(`${twin}:2:5: warning:`) && dup.includes(`${GOOD}:2:5`), r.out);
});

test('glossary check --builtin: the shipped glossary is clean', async () => {
  const r = await run('glossary', 'check', '--builtin');
  assert.equal(r.code, 0, r.out);
  assert.equal(r.out, '');
});

test('glossary: usage errors exit 2', async () => {
  assert.equal((await run('glossary')).code, 2);
  assert.equal((await run('glossary', 'lint', GOOD)).code, 2);
  assert.equal((await run('glossary', 'check')).code, 2);
});

test('--glossary is repeatable and takes comma-separated lists', () => {
  assert.deepEqual(takeRepeated(['a.txt', '--glossary', 'x.yaml,y.yaml', '--json', '--glossary=z.yaml'], 'glossary'), {
    values: ['x.yaml', 'y.yaml', 'z.yaml'],
    rest: ['a.txt', '--json'],
  });
});

test('annotate: TERM from the built-in glossary and from --glossary files; a bad glossary exits 1 with its place', async () => {
  const article = file('article.txt', '落实“两重”“两新”，发展测试词与测词。');
  const r = await run('annotate', '--labels', 'TERM', '--json', '--glossary', GOOD, article);
  assert.equal(r.code, 0, r.err);
  const { entities } = JSON.parse(r.out);
  assert.deepEqual(entities.map((e: { text: string }) => e.text), ['两重', '两新', '测试词', '测词']);
  const bad = await run('annotate', '--labels', 'TERM', '--glossary', BAD, article);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /bad\.glossary\.yaml:4:5: duplicate key/);
});

test('annotate: an entry in two --glossary files — the first given wins, a warning names both places', async () => {
  const article = file('redefine.txt', '发展新质生产力。');
  const mine = file('mine.glossary.yaml', 'terms:\n  - term: 新质生产力\n    summary: mine\n');
  const org = file('org.glossary.yaml', '# named as an organisation\nterms:\n  - term: 新质生产力\n    label: ORG\n');
  const cases: Array<{ files: string[]; labels: string[]; warning: string }> = [
    { files: [mine, org], labels: ['TERM'], warning: `${org}:3:5: warning: entry \`新质生产力\` is defined twice: user ${mine}:2:5 (entry \`新质生产力\`) is used, user ${org}:3:5 (entry \`新质生产力\`) is ignored\n` },
    { files: [org, mine], labels: ['ORG', 'TERM'], warning: `${mine}:2:5: warning: entry \`新质生产力\` is defined twice: user ${org}:3:5 (entry \`新质生产力\`) is used, user ${mine}:2:5 (entry \`新质生产力\`) is ignored\n` },
    // One file named twice is one file; overriding a built-in entry (两重) is what --glossary is for.
    { files: [mine, join(dir, '.', 'mine.glossary.yaml')], labels: ['TERM'], warning: '' },
    { files: [file('builtin-over.glossary.yaml', 'terms:\n  - term: 两重\n    summary: mine\n')], labels: ['TERM'], warning: '' },
  ];
  for (const c of cases) {
    const r = await run('annotate', '--json', '--labels', 'ORG,TERM', ...c.files.flatMap((f) => ['--glossary', f]), article);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual([JSON.parse(r.out).entities.map((e: { label: string }) => e.label).sort(), r.err], [c.labels, c.warning], c.files.join(' '));
  }
});

test('a glossary or a model that is a pipe is refused at once, not read forever', { skip: process.platform === 'win32' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-fifo-'));
  const fifo = join(dir, 'terms.glossary.yaml');
  execFileSync('mkfifo', [fifo]);
  const parsed = loadGlossaryFile(fifo);
  assert.match(parsed.errors.map((p) => p.message).join('\n'), /not a regular file/);
  assert.throws(() => loadNameModel(fifo), /not a regular file/);
  rmSync(dir, { recursive: true, force: true });
});
