import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { buildSidecar, parseSidecar, serializeSidecar, Sidecar } from '../../src/core/sidecar';
import { HARD_TEXT, GENERATOR, NOW } from '../core/sidecar/fixtures';
import { fakeIO, fixedAnnotator, hardArticle } from './sidecar-helpers';

function readSidecar(path: string): Sidecar {
  const r = parseSidecar(readFileSync(path, 'utf8'), path);
  assert.ok(r.sidecar, JSON.stringify(r.errors));
  return r.sidecar;
}

test('zhnews export --format json with the real annotator: the sidecar appears beside the article', async () => {
  const { dir, article } = hardArticle();
  const before = readFileSync(article);
  const io = fakeIO();
  assert.equal(await main(['export', article, '--format', 'json'], io), 0, io.stderr);
  const s = readSidecar(join(dir, 'hard.annotations.json'));
  assert.equal(s.document.path, 'hard.txt');
  assert.equal(s.document.sha256, createHash('sha256').update(before).digest('hex'));
  assert.equal(s.document.hadBom, true);
  assert.equal(s.document.lineEndings, 'crlf');
  assert.equal(s.document.length.utf16, HARD_TEXT.length);
  assert.ok(s.annotations.length > 0);
  for (const a of s.annotations) assert.equal(HARD_TEXT.slice(a.start, a.end), a.quote.exact);
  assert.ok(s.annotations.some((a) => a.label === 'NUM' && a.quote.exact === '2024年'), s.annotations.map((a) => a.quote.exact).join());
  assert.deepEqual(readFileSync(article), before, 'the article is never written');
  assert.match(io.stderr, /hard\.txt: \d+ annotations → .*hard\.annotations\.json/);
});

test('export keeps the decisions of the existing sidecar: rejected stays rejected, manual spans and notes stay', async () => {
  const { dir, article } = hardArticle();
  const annotate = fixedAnnotator();
  assert.equal(await exportCommand([article, '--format', 'json'], fakeIO(), annotate), 0);
  const path = join(dir, 'hard.annotations.json');
  const first = readSidecar(path);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const chongqing = json.annotations.findIndex((a: { quote: { exact: string } }) => a.quote.exact === '重庆');
  json.annotations[chongqing].status = 'rejected';
  json.annotations[chongqing].note = '不是这个意思';
  const s = HARD_TEXT.indexOf('野家');
  json.annotations.push({
    id: 'by-hand', label: 'ORG', start: s, end: s + 2, startCodePoint: [...HARD_TEXT.slice(0, s)].length, endCodePoint: [...HARD_TEXT.slice(0, s)].length + 2,
    quote: { exact: '野家', prefix: '', suffix: '' }, source: 'manual', status: 'accepted', confidence: 1, reviewer: '王',
  });
  writeFileSync(path, JSON.stringify(json, null, 2));
  assert.equal(await exportCommand([article, '--format', 'json'], fakeIO(), annotate), 0);
  const second = readSidecar(path);
  const cq = second.annotations.find((a) => a.quote.exact === '重庆')!;
  assert.equal(cq.status, 'rejected');
  assert.equal(cq.note, '不是这个意思');
  assert.equal(cq.id, first.annotations[chongqing].id);
  const hand = second.annotations.find((a) => a.id === 'by-hand')!;
  assert.equal(hand.source, 'manual');
  assert.deepEqual(hand.extra, { reviewer: '王' });
  // The suggestion 𠮷野家 under the span drawn by hand gives way to it, as in the editor.
  assert.ok(!second.annotations.some((a) => a.quote.exact === '𠮷野家'));
  assert.equal(second.annotations.length, first.annotations.length + 1 - 1);
});

test('export then import, through files, for every format that can carry the annotations', async () => {
  const carried: Record<string, { file: string; fields: string[]; visibleOnly?: boolean }> = {
    json: { file: 'hard.annotations.json', fields: ['id', 'label', 'kind', 'start', 'end', 'status', 'source', 'glossaryId', 'note', 'confidence'] },
    brat: { file: 'hard.ann', fields: ['label', 'kind', 'start', 'end', 'status', 'source', 'glossaryId', 'note'] },
    w3c: { file: 'hard.w3c.jsonld', fields: ['id', 'label', 'kind', 'start', 'end', 'status', 'source', 'glossaryId', 'note', 'confidence'] },
    'label-studio': { file: 'hard.label-studio.json', fields: ['id', 'label', 'kind', 'start', 'end', 'status', 'source', 'glossaryId', 'note', 'confidence'] },
    doccano: { file: 'hard.doccano.jsonl', fields: ['label', 'start', 'end'], visibleOnly: true },
  };
  for (const [format, spec] of Object.entries(carried)) {
    const { dir, article } = hardArticle();
    // A sidecar with decisions of every kind, then export it (the fixed annotator adds nothing new).
    const base = buildSidecar(HARD_TEXT, [], { path: 'hard.txt', hadBom: true, generator: GENERATOR, now: NOW });
    writeFileSync(join(dir, 'hard.annotations.json'), serializeSidecar(base));
    assert.equal(await exportCommand([article, '--format', 'json'], fakeIO(), fixedAnnotator()), 0);
    const json = JSON.parse(readFileSync(join(dir, 'hard.annotations.json'), 'utf8'));
    json.annotations[0].status = 'accepted';
    json.annotations[0].note = 'checked';
    json.annotations[1].status = 'rejected';
    writeFileSync(join(dir, 'hard.annotations.json'), JSON.stringify(json, null, 2));
    const original = readSidecar(join(dir, 'hard.annotations.json'));
    const out = join(dir, 'out');
    const io = fakeIO();
    assert.equal(await exportCommand([article, '--format', format, '--out', out], io, fixedAnnotator()), 0, io.stderr);
    assert.ok(existsSync(join(out, spec.file)), `${format}: ${readdirSync(out).join(', ')}`);
    // Import into a fresh sidecar: the old one moves away.
    writeFileSync(join(dir, 'hard.annotations.json.bak'), readFileSync(join(dir, 'hard.annotations.json')));
    require('node:fs').unlinkSync(join(dir, 'hard.annotations.json'));
    const io2 = fakeIO();
    assert.equal(await importCommand([join(out, spec.file), '--from', format, '--article', article], io2), 0, io2.stderr);
    const imported = readSidecar(join(dir, 'hard.annotations.json'));
    const pick = (a: object) => Object.fromEntries(spec.fields.filter((f) => (a as Record<string, unknown>)[f] !== undefined).map((f) => [f, (a as Record<string, unknown>)[f]]));
    const expected = original.annotations.filter((a) => !spec.visibleOnly || a.status !== 'rejected').map(pick);
    assert.deepEqual(imported.annotations.map(pick), expected, format);
    assert.equal(imported.document.sha256, original.document.sha256);
  }
});

test('usage and input errors', async () => {
  const { dir, article } = hardArticle();
  const io = fakeIO();
  assert.equal(await main(['export', article, '--format', 'xml'], io), 2);
  assert.match(io.stderr, /unknown format 'xml'/);
  assert.equal(await main(['export', article], fakeIO()), 2);
  // A sidecar of another article beside this one: located error, nothing written.
  const other = buildSidecar('另一篇文章。', [], { path: 'other.txt', generator: GENERATOR, now: NOW });
  writeFileSync(join(dir, 'hard.annotations.json'), serializeSidecar(other));
  await assert.rejects(exportCommand([article, '--format', 'brat'], fakeIO(), fixedAnnotator()), /hard\.annotations\.json:\d+:\d+: this sidecar belongs to "other\.txt"/);
  assert.ok(!existsSync(join(dir, 'hard.ann')));
  // A broken sidecar.
  writeFileSync(join(dir, 'hard.annotations.json'), '{"formatVersion": 1, "document": {');
  const io3 = fakeIO();
  assert.equal(await main(['export', article, '--format', 'json'], io3), 1);
  assert.match(io3.stderr, /hard\.annotations\.json:1:\d+: invalid JSON/);
  const io4 = fakeIO();
  assert.equal(await main(['import', join(dir, 'nothing.ann'), '--from', 'brat', '--article', article], io4), 1);
  assert.match(io4.stderr, /nothing\.ann:1:1: no such file/);
  const io5 = fakeIO();
  assert.equal(await main(['import', article, '--from', 'conll'], io5), 2);
  assert.match(io5.stderr, /cannot import from 'conll'/);
});

// brat writes <stem>.txt, annotation.conf and visual.conf: never over a different file already there.
const MD = '# 标题\n\n重庆市委书记何春阳在重庆调研。\n';
const bratCases: Array<{ name: string; existing: Record<string, string>; error?: RegExp }> = [
  { name: 'nothing there: all four written', existing: {} },
  { name: 'news.txt already holds the article text: kept, the rest written', existing: { 'news.txt': MD } },
  { name: 'an unrelated news.txt: refused, located at the first difference', existing: { 'news.txt': '# 标题\n\n另一篇文章。\n' }, error: /news\.txt:3:1: news\.txt already exists and is not the article's text/ },
  { name: 'a collection’s own annotation.conf: refused', existing: { 'annotation.conf': '[entities]\nPerson\n' }, error: /annotation\.conf:1:1: annotation\.conf already exists/ },
  { name: 'a different visual.conf: refused', existing: { 'visual.conf': '[labels]\n' }, error: /visual\.conf:\d+:\d+: visual\.conf already exists/ },
];
for (const c of bratCases) {
  test(`zhnews export --format brat beside other files: ${c.name}`, async () => {
    const { dir } = hardArticle();
    const md = join(dir, 'news.md');
    writeFileSync(md, MD);
    for (const [name, content] of Object.entries(c.existing)) writeFileSync(join(dir, name), content);
    const place = (text: string) => [{ start: text.indexOf('重庆'), end: text.indexOf('重庆') + 2, label: 'LOC' as const, confidence: 0.9, source: 'auto' as const }];
    const run = exportCommand([md, '--format', 'brat'], fakeIO(), place);
    if (c.error) {
      await assert.rejects(run, c.error);
      assert.ok(!existsSync(join(dir, 'news.ann')), 'nothing of the article is written');
    } else {
      assert.equal(await run, 0);
      assert.equal(readFileSync(join(dir, 'news.txt'), 'utf8'), MD);
      assert.ok(existsSync(join(dir, 'news.ann')) && existsSync(join(dir, 'annotation.conf')) && existsSync(join(dir, 'visual.conf')));
    }
    for (const [name, content] of Object.entries(c.existing)) assert.equal(readFileSync(join(dir, name), 'utf8'), content, `${name} unchanged`);
  });
}

test('zhnews export --format brat over an unrelated .txt exits 1 with the located message', async () => {
  const { dir } = hardArticle();
  writeFileSync(join(dir, 'news.md'), MD);
  writeFileSync(join(dir, 'news.txt'), 'notes of mine\n');
  const io = fakeIO();
  assert.equal(await main(['export', join(dir, 'news.md'), '--format', 'brat'], io), 1);
  assert.match(io.stderr, /news\.txt:1:1: news\.txt already exists .* move it away or export to another folder/);
  assert.equal(readFileSync(join(dir, 'news.txt'), 'utf8'), 'notes of mine\n');
});

test('the same article named twice (a glob and its own name, ./ or not) is exported once, not refused as two articles of one name', async () => {
  const { dir, article } = hardArticle();
  const io = fakeIO();
  const again = `${dir}/./hard.txt`;
  assert.equal(await exportCommand([article, again, '--format', 'w3c'], io, fixedAnnotator()), 0, io.stderr);
  assert.doesNotMatch(io.stderr, /same name/);
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.jsonld')).length, 1);
});
