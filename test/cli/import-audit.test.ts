/** The CLI audit's import cases: each fails without its fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { Sidecar } from '../../src/core/sidecar';
import { Annotation } from '../../src/core/types';
import { AUDIT_TEXT as TEXT, auditFolder as folder, fakeIO, fixedAnnotator, hardArticle, placeOnly as place, readSidecarAt as readSidecar } from './sidecar-helpers';


test('import of a directory or a UTF-16 file: the same clear messages as annotate', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'news.txt'), TEXT);
  mkdirSync(join(dir, 'd.ann'));
  const io = fakeIO();
  assert.equal(await main(['import', join(dir, 'd.ann'), '--from', 'brat', '--article', join(dir, 'news.txt')], io), 1);
  assert.match(io.stderr, /d\.ann:1:1: is a directory, expected a text file/);
  assert.doesNotMatch(io.stderr, /EISDIR/);
  writeFileSync(join(dir, 'u.ann'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('T1\tLOC 4 6\t北京\n', 'utf16le')]));
  const io2 = fakeIO();
  assert.equal(await main(['import', join(dir, 'u.ann'), '--from', 'brat', '--article', join(dir, 'news.txt')], io2), 1);
  assert.match(io2.stderr, /u\.ann:1:1: the file is UTF-16/);
});

test('import of doccano into an existing sidecar keeps notes, suggestions, kinds and values', async () => {
  const { dir, article } = hardArticle();
  assert.equal(await exportCommand([article, '--format', 'json'], fakeIO(), fixedAnnotator()), 0);
  const path = join(dir, 'hard.annotations.json');
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const cq = json.annotations.find((a: { quote: { exact: string } }) => a.quote.exact === '重庆');
  cq.note = '哪个重庆？';
  writeFileSync(path, JSON.stringify(json, null, 2));
  const before = readSidecar(path);
  assert.equal(await exportCommand([article, '--format', 'doccano'], fakeIO(), fixedAnnotator()), 0);
  const io = fakeIO();
  assert.equal(await importCommand([join(dir, 'hard.doccano.jsonl'), '--from', 'doccano'], io), 0, io.stderr);
  const after = readSidecar(path);
  const pick = (s: Sidecar) => s.annotations.map((a) => [a.id, a.label, a.start, a.end, a.status, a.source, a.kind, JSON.stringify(a.value), a.note, a.confidence]);
  assert.deepEqual(pick(after), pick(before));
  assert.ok(before.annotations.some((a) => a.status === 'suggested' && a.source === 'auto'));
  assert.ok(before.annotations.some((a) => a.label === 'NUM' && a.value));
});

test('import: a current-style doccano file is read; a file with nothing to import is an error naming what was expected', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'news.txt'), TEXT);
  writeFileSync(join(dir, 'news.doccano.jsonl'), JSON.stringify({ text: TEXT, entities: [{ id: 1, start_offset: 10, end_offset: 12, label: 'PER' }] }) + '\n');
  const io = fakeIO();
  assert.equal(await main(['import', join(dir, 'news.doccano.jsonl'), '--from', 'doccano'], io), 0, io.stderr);
  assert.match(io.stderr, /: 1 imported/);
  assert.deepEqual(readSidecar(join(dir, 'news.annotations.json')).annotations.map((a) => a.quote.exact), ['张三']);
  writeFileSync(join(dir, 'news.w3c.jsonld'), JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [] } }, null, 2));
  const io2 = fakeIO();
  assert.equal(await main(['import', join(dir, 'news.w3c.jsonld'), '--from', 'brat', '--article', join(dir, 'news.txt')], io2), 1);
  assert.match(io2.stderr, /news\.w3c\.jsonld:1:1: not a brat annotation line/);
  // One message a line of a long file in another format would bury the point: a few, then the question.
  assert.ok(io2.stderr.trim().split('\n').length <= 7, io2.stderr);
  assert.match(io2.stderr, /more lines that are not brat: no line of the file is; is it a brat \.ann file \(--from names the format\)\?/);
});

test('import of brat with stale offsets: re-anchored by the text column, orphans named with their old offsets', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'news.txt'), TEXT);
  writeFileSync(join(dir, 'news.ann'), 'T1\tLOC 4 6\t北京\nT2\tPER 100 102\t张三\nT3\tPER 50 52\t李四\n');
  const io = fakeIO();
  assert.equal(await main(['import', join(dir, 'news.ann'), '--from', 'brat'], io), 0, io.stderr);
  assert.match(io.stderr, /: 2 imported, 1 re-anchored by their quoted text .*, 1 orphans/);
  assert.match(io.stderr, /orphan: PER "李四", was at 50–52 \(code points\)/);
  const s = readSidecar(join(dir, 'news.annotations.json'));
  assert.deepEqual(s.annotations.map((a) => `${a.label} ${a.quote.exact}`), ['LOC 北京', 'PER 张三']);
  assert.deepEqual(s.orphans.map((a) => a.quote.exact), ['李四']);
});

test('import of a sidecar made for an older text names each orphan', async () => {
  const dir = folder();
  writeFileSync(join(dir, 'news.txt'), TEXT);
  assert.equal(await exportCommand([join(dir, 'news.txt'), '--format', 'json', '--out', join(dir, 'old')], fakeIO(), place), 0);
  writeFileSync(join(dir, 'news.txt'), '今天我在上海。见面，张三说。\n');
  const io = fakeIO();
  assert.equal(await main(['import', join(dir, 'old', 'news.annotations.json'), '--from', 'json', '--article', join(dir, 'news.txt')], io), 0, io.stderr);
  assert.match(io.stderr, /1 orphans .*\n  orphan: LOC "北京", was at 4–6 \(UTF-16 units\)\n/);
});

test('a suggestion relabelled in brat is imported as a person\'s decision: the next export reads the sidecar and keeps the new label', async () => {
  const { dir, article } = hardArticle();
  assert.equal(await exportCommand([article, '--format', 'json'], fakeIO(), fixedAnnotator()), 0);
  assert.equal(await exportCommand([article, '--format', 'brat'], fakeIO(), fixedAnnotator()), 0);
  const ann = join(dir, 'hard.ann');
  const relabelled = readFileSync(ann, 'utf8').replace(/^(T\d+)\tPER( \d+ \d+\t何春阳)$/m, '$1\tORG$2');
  assert.notEqual(relabelled, readFileSync(ann, 'utf8'));
  writeFileSync(ann, relabelled);
  const io = fakeIO();
  assert.equal(await importCommand([ann, '--from', 'brat'], io), 0, io.stderr);
  const io2 = fakeIO();
  assert.equal(await exportCommand([article, '--format', 'json'], io2, fixedAnnotator()), 0, io2.stderr);
  const at = readSidecar(join(dir, 'hard.annotations.json')).annotations.filter((a) => a.quote.exact === '何春阳');
  assert.deepEqual(at.map((a) => [a.label, a.status, a.source, a.confidence]), [['ORG', 'accepted', 'manual', 1]]);
});

test('import: a span drawn over a suggestion replaces it in the next export; names the file marks over each other are refused, located', async () => {
  const dir = folder();
  const article = join(dir, 'a.txt');
  writeFileSync(article, '李克强在北京会见了华为公司的代表。\n');
  const person = (text: string): Annotation[] => [{ start: 0, end: text.indexOf('在'), label: 'PER', confidence: 0.9, source: 'auto' }];
  assert.equal(await exportCommand([article, '--format', 'json'], fakeIO(), person), 0);
  writeFileSync(join(dir, 'fix.ann'), 'T1\tORG 0 4\t李克强在\n');
  const io = fakeIO();
  assert.equal(await importCommand([join(dir, 'fix.ann'), '--from', 'brat', '--article', article], io), 0, io.stderr);
  assert.equal(await exportCommand([article, '--format', 'brat', '--out', join(dir, 'out')], fakeIO(), person), 0);
  assert.deepEqual(readFileSync(join(dir, 'out', 'a.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T')), ['T1\tORG 0 4\t李克强在']);
  const sidecar = readFileSync(join(dir, 'a.annotations.json'), 'utf8');
  writeFileSync(join(dir, 'b.ann'), 'T1\tPER 0 3\t李克强\nT2\tORG 0 2\t李克\nT3\tLOC 2 5\t强在北\n');
  const io2 = fakeIO();
  assert.equal(await main(['import', join(dir, 'b.ann'), '--from', 'brat', '--article', article], io2), 1);
  assert.match(io2.stderr, /b\.ann:2:1: ORG "李克" overlaps PER "李克强" \(at 1:1\): names \(PER, ORG, LOC, NUM\) may not overlap/);
  assert.match(io2.stderr, /b\.ann:3:1: LOC "强在北" overlaps PER "李克强" \(at 1:1\)/);
  assert.equal(readFileSync(join(dir, 'a.annotations.json'), 'utf8'), sidecar);
});

test('import into a folder it cannot write: exit 1, "cannot write … permission denied" naming the sidecar, nothing left behind', () => {
  const dir = folder();
  writeFileSync(join(dir, 'a.txt'), TEXT);
  writeFileSync(join(dir, 'a.ann'), 'T1\tLOC 4 6\t北京\n');
  // root writes anywhere: then the command runs as the unprivileged user nobody, who can only read here.
  const root = process.getuid?.() === 0;
  for (let d = dir; d.length > 1; d = dirname(d)) chmodSync(d, statSync(d).mode | 0o005);
  chmodSync(dir, 0o555);
  const script = `require(${JSON.stringify(require.resolve('../../src/cli/zhnews'))}).main(${JSON.stringify(['import', join(dir, 'a.ann'), '--from', 'brat'])},
  require(${JSON.stringify(require.resolve('../../src/cli/io'))}).processIO()).then((code) => { process.exitCode = code; });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', ...(root ? { uid: 65534, gid: 65534 } : {}) });
  chmodSync(dir, 0o755);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stderr, `${join(dir, 'a.annotations.json')}: cannot write: permission denied; nothing was imported\n`);
  assert.ok(!existsSync(join(dir, 'a.annotations.json')));
  assert.deepEqual(readdirSync(dir).sort(), ['a.ann', 'a.txt']);
});
