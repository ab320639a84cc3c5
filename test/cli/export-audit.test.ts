/** The CLI audit's export cases: each fails without its fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/zhnews';
import { exportCommand } from '../../src/cli/commands/export';
import { HARD_TEXT } from '../core/sidecar/fixtures';
import { AUDIT_TEXT as TEXT, auditFolder as folder, fakeIO, fixedAnnotator, hardArticle, placeOnly as place, readSidecarAt as readSidecar } from './sidecar-helpers';


test('export of two articles of one name to one --out folder: the second is refused, the first export kept', async () => {
  const dir = folder();
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'a', 'news.txt'), TEXT);
  writeFileSync(join(dir, 'b', 'news.txt'), '另一篇：北京。\n');
  const out = join(dir, 'out');
  const io = fakeIO();
  const code = await exportCommand([join(dir, 'a', 'news.txt'), join(dir, 'b', 'news.txt'), '--format', 'brat', '--out', out], io, place).catch((e) => (io.err(`${e.message}\n`), 1));
  assert.equal(code, 1);
  assert.match(io.stderr, /out\/news\.ann: already written for .*a\/news\.txt in this run; .*b\/news\.txt was not exported/);
  assert.match(io.stderr, /1 of 2 files not exported/);
  assert.match(readFileSync(join(out, 'news.ann'), 'utf8'), /^T1\tLOC 4 6\t北京\n/);
  assert.equal(readFileSync(join(out, 'news.txt'), 'utf8'), TEXT);
});

test('brat export beside an article with a byte-order mark: offsets count the mark, as brat reads the file', async () => {
  const { dir, article } = hardArticle();
  assert.equal(await exportCommand([article, '--format', 'brat'], fakeIO(), fixedAnnotator()), 0);
  const asBratReadsIt = [...('\uFEFF' + HARD_TEXT)];
  const tLines = readFileSync(join(dir, 'hard.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T'));
  assert.ok(tLines.length > 5);
  for (const l of tLines) {
    const [, offs, text] = l.split('\t');
    const frags = offs.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([s, e]) => asBratReadsIt.slice(s, e).join('')).join(' '), text, l);
  }
  // Exported to another folder, the .txt written there has no mark and the offsets none either.
  assert.equal(await exportCommand([article, '--format', 'brat', '--out', join(dir, 'out')], fakeIO(), fixedAnnotator()), 0);
  const first = readFileSync(join(dir, 'out', 'hard.ann'), 'utf8').split('\n')[0];
  assert.match(first, /^T1\tORG 0 3\t𠮷野家$/);
});

test('export of several files: a bad one is reported, located, the others exported, exit 1 at the end', async () => {
  const dir = folder();
  writeFileSync(join(dir, '1.txt'), TEXT);
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xb1, 0xb1, 0xbe, 0xa9, 0x0a]));
  writeFileSync(join(dir, '3.txt'), TEXT);
  const io = fakeIO();
  const code = await exportCommand([join(dir, '1.txt'), join(dir, 'gbk.txt'), join(dir, '3.txt'), '--format', 'w3c'], io, place).catch((e) => (io.err(`${e.message}\n`), 1));
  assert.equal(code, 1);
  assert.match(io.stderr, /gbk\.txt:1:1: /);
  assert.match(io.stderr, /1 of 3 files not exported/);
  assert.ok(existsSync(join(dir, '1.w3c.jsonld')) && existsSync(join(dir, '3.w3c.jsonld')));
});

test('export --out naming a file, or a folder that cannot be made: exit 1 with the reason, no stack trace', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'news.txt'), TEXT);
  writeFileSync(join(dir, 'afile'), 'x');
  const io = fakeIO();
  assert.equal(await main(['export', join(dir, 'news.txt'), '--format', 'json', '--out', join(dir, 'afile')], io), 1);
  assert.match(io.stderr, /afile: not a directory/);
  const io2 = fakeIO();
  assert.equal(await main(['export', join(dir, 'news.txt'), '--format', 'json', '--out', join(dir, 'afile', 'sub')], io2), 1);
  assert.match(io2.stderr, /afile\/sub: cannot create the folder \(--out\): a part of the path is a file, not a folder/);
});


test('brat export where annotation.conf, visual.conf or <name>.txt is a folder or a pipe: reported, located, exit 1, the other files exported', { skip: process.platform === 'win32' }, async () => {
  const cases: Array<{ name: string; make: (out: string) => void; error: RegExp; exported: string[] }> = [
    // The .conf files are every article's: neither article is exported.
    { name: 'visual.conf a folder', make: (out) => mkdirSync(join(out, 'visual.conf')), error: /out\/visual\.conf:1:1: is a directory, expected a file; it was left unchanged and nothing was exported: move it away/, exported: [] },
    { name: 'annotation.conf a pipe', make: (out) => execFileSync('mkfifo', [join(out, 'annotation.conf')]), error: /out\/annotation\.conf:1:1: is not a regular file \(a pipe or a device\?\), expected a file; it was left unchanged/, exported: [] },
    { name: 'news.txt a folder', make: (out) => mkdirSync(join(out, 'news.txt')), error: /out\/news\.txt:1:1: is a directory, expected a file; it was left unchanged/, exported: ['second.ann'] },
  ];
  for (const c of cases) {
    const dir = folder();
    writeFileSync(join(dir, 'news.txt'), TEXT);
    writeFileSync(join(dir, 'second.txt'), TEXT);
    const out = join(dir, 'out');
    mkdirSync(out);
    c.make(out);
    const io = fakeIO();
    assert.equal(await main(['export', join(dir, 'news.txt'), join(dir, 'second.txt'), '--format', 'brat', '--out', out], io), 1, `${c.name}: ${io.stderr}`);
    assert.match(io.stderr, c.error, c.name);
    assert.match(io.stderr, new RegExp(`${2 - c.exported.length} of 2 files not exported`), c.name);
    assert.doesNotMatch(io.stderr, /internal error/, c.name);
    assert.ok(!existsSync(join(out, 'news.ann')), `${c.name}: nothing of news.txt written`);
    for (const f of c.exported) assert.ok(existsSync(join(out, f)), `${c.name}: ${f}`);
  }
});
