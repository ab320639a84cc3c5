import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSidecar, formatLocated, parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import {
  articleOfSidecar, assertInside, checkBelongs, openSidecarFor, PathSafetyError, readArticle, readSidecarFile, resolveInside,
  removeStaleTemps, saveSidecarText, sidecarPathFor, STALE_TEMP_MS, writeFileAtomic,
} from '../../src/node/sidecar-file';
import { GENERATOR, HARD_TEXT, hardAnnotations, NOW, seedArticle } from '../core/sidecar/fixtures';

const tmp = () => mkdtempSync(join(tmpdir(), 'zhnews-sidecar-'));
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function writeArticle(dir: string, name: string, text: string, bom = false): string {
  const p = join(dir, name);
  writeFileSync(p, Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]));
  return p;
}

function sidecarFor(text: string, path: string, hadBom = false) {
  const annotations = text.includes('𠮷野家') ? hardAnnotations(text) : [];
  return buildSidecar(text, annotations, { path, hadBom, generator: GENERATOR, now: NOW });
}

test('sidecar path: <stem>.annotations.json beside the article or in a folder', () => {
  assert.equal(sidecarPathFor('/a/news.txt'), '/a/news.annotations.json');
  assert.equal(sidecarPathFor('/a/news'), '/a/news.annotations.json');
  assert.equal(sidecarPathFor('/a/news.txt', '.annotations'), '/a/.annotations/news.annotations.json');
});

test('atomic write: content in place, no temporary file left', () => {
  const dir = tmp();
  const p = join(dir, 'x.annotations.json');
  writeFileAtomic(p, 'one');
  writeFileAtomic(p, 'two');
  assert.equal(readFileSync(p, 'utf8'), 'two');
  assert.deepEqual(readdirSync(dir), ['x.annotations.json']);
});

test('atomic write: a writer killed at random moments leaves the old file or the new one, never a mix', async (t) => {
  const dir = tmp();
  const target = join(dir, 'big.annotations.json');
  const seed = seedArticle();
  // Two versions of a large sidecar (about 1.5 MB), so a kill often lands mid-write.
  const many = Array.from({ length: 5 }, () => seed.annotations).flat();
  const v1 = serializeSidecar(buildSidecar(seed.text, many.map((a) => ({ ...a, note: 'v1' })), { path: 'a.txt', generator: GENERATOR, now: NOW }));
  const v2 = serializeSidecar(buildSidecar(seed.text, many.map((a) => ({ ...a, note: 'v2 longer note' })), { path: 'a.txt', generator: GENERATOR, now: NOW }));
  writeFileSync(join(dir, 'v1'), v1);
  writeFileSync(join(dir, 'v2'), v2);
  writeFileAtomic(target, v1);
  const module = join(__dirname, '..', '..', 'src', 'node', 'sidecar-file.js');
  const script = `
    const { writeFileAtomic } = require(${JSON.stringify(module)});
    const fs = require('fs');
    const v = [fs.readFileSync(${JSON.stringify(join(dir, 'v1'))}, 'utf8'), fs.readFileSync(${JSON.stringify(join(dir, 'v2'))}, 'utf8')];
    process.stdout.write('ready\\n');
    for (let i = 1; ; i++) writeFileAtomic(${JSON.stringify(target)}, v[i % 2]);`;
  let sawV1 = 0;
  let sawV2 = 0;
  const RUNS = 25;
  for (let run = 0; run < RUNS; run++) {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 5 + Math.floor(Math.random() * 60)));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const now = readFileSync(target, 'utf8');
    assert.ok(now === v1 || now === v2, `run ${run}: the file is neither version (${now.length} chars)`);
    assert.ok(parseSidecar(now, target).sidecar);
    if (now === v1) sawV1++;
    else sawV2++;
  }
  // Both versions were seen, so the writer really was interrupted between and during writes.
  assert.equal(sawV1 + sawV2, RUNS);
  // Temporary files left behind are kills that landed mid-write (between open and rename).
  const midWrite = readdirSync(dir).filter((f) => f.endsWith('.tmp')).length;
  t.diagnostic(`${RUNS} kills: ${midWrite} mid-write, file then held v1 ${sawV1}×, v2 ${sawV2}×`);
  assert.ok(sawV2 > 0, 'the writer never completed a write: the test did not exercise anything');
  // Once they are old enough, the next successful write removes what the killed writers left.
  const past = new Date(Date.now() - STALE_TEMP_MS - 1000);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.tmp'))) utimesSync(join(dir, f), past, past);
  writeFileAtomic(target, v2);
  assert.deepEqual(readdirSync(dir).sort(), ['big.annotations.json', 'v1', 'v2']);
  assert.equal(readFileSync(target, 'utf8'), v2);
});

test('atomic write: stale temporary files of the same sidecar are removed, nothing else', () => {
  const dir = tmp();
  const target = join(dir, 'x.annotations.json');
  const dead = 99999999; // above Linux's pid_max (4194304): no such process
  const old = new Date(Date.now() - STALE_TEMP_MS - 1000);
  // name → [kept after the next write?, why]
  const cases: Array<[string, boolean, string, { fresh?: boolean; dir?: boolean; link?: boolean }?]> = [
    [`.x.annotations.json.${dead}.0badc0de.tmp`, false, 'a killed write of this sidecar'],
    [`.x.annotations.json.${dead}.0badc0df.tmp`, true, 'too new: may be a write going on elsewhere', { fresh: true }],
    [`.x.annotations.json.${process.pid}.cafebabe.tmp`, true, 'its writer is alive'],
    [`.x.annotations.json.1.cafebabe.tmp`, true, 'its writer (pid 1) is alive'],
    [`.y.annotations.json.${dead}.0badc0de.tmp`, true, "another sidecar's"],
    [`x.annotations.json.${dead}.0badc0de.tmp`, true, 'no leading dot: not our pattern'],
    [`.x.annotations.json.${dead}.0badc0de.tmp.bak`, true, 'not our pattern'],
    [`.x.annotations.json.${dead}.0BADC0DE.tmp`, true, 'not our pattern (we write lower-case hex)'],
    [`.x.annotations.json.${dead}.deadbeef.tmp`, true, 'a folder, not a file', { dir: true }],
    [`.x.annotations.json.${dead}.feedface.tmp`, true, 'a symbolic link, not a file', { link: true }],
    ['notes.txt', true, 'the user\'s file'],
  ];
  const elsewhere = join(tmp(), 'precious.txt');
  writeFileSync(elsewhere, 'keep me');
  for (const [name, , , how] of cases) {
    const p = join(dir, name);
    if (how?.dir) mkdirSync(p);
    else if (how?.link) symlinkSync(elsewhere, p);
    else writeFileSync(p, '{"half": ');
    if (!how?.fresh && !how?.link) utimesSync(p, old, old);
  }
  writeFileAtomic(target, '{}');
  const left = new Set(readdirSync(dir));
  for (const [name, kept, why] of cases) assert.equal(left.has(name), kept, `${name}: ${why}`);
  assert.equal(readFileSync(elsewhere, 'utf8'), 'keep me');
  assert.equal(readFileSync(target, 'utf8'), '{}');
  // Nothing stale is left for a second pass.
  assert.deepEqual(removeStaleTemps(target), []);
});

test('read: located errors for a broken sidecar, binary file, missing file', () => {
  const dir = tmp();
  const p = join(dir, 'a.annotations.json');
  writeFileSync(p, '{"formatVersion": 1,\n  "document": ');
  const r = readSidecarFile(p);
  assert.ok('errors' in r);
  assert.match(formatLocated(r.errors[0]), new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+: invalid JSON`));
  writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const b = readSidecarFile(p);
  assert.ok('errors' in b);
  assert.match(b.errors[0].message, /UTF-8|binary/);
  const m = readSidecarFile(join(dir, 'none.json'));
  assert.ok('errors' in m);
  assert.equal(m.errors[0].message, 'no such file');
});

test('read: an article in UTF-16, one cut short in its last character, and a folder are named as such', () => {
  const dir = tmp();
  const table: Array<[string, Buffer, RegExp]> = [
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('王伟在重庆', 'utf16le')]), /^the file is UTF-16 \(byte order mark FF FE, little-endian\)/],
    ['cut.txt', Buffer.concat([Buffer.from('王伟在重庆'), Buffer.from('庆').subarray(0, 2)]), /cut short\?$/],
  ];
  for (const [name, bytes, message] of table) {
    writeFileSync(join(dir, name), bytes);
    const r = readArticle(join(dir, name));
    assert.ok('errors' in r, name);
    assert.match(r.errors[0].message, message, name);
  }
  mkdirSync(join(dir, 'folder.txt'));
  const f = readArticle(join(dir, 'folder.txt'));
  assert.ok('errors' in f);
  assert.equal(f.errors[0].message, 'is a directory, expected a text file');
});

test('belongs: same, renamed, changed, and another article (both differ: a located error)', () => {
  const dir = tmp();
  const articlePath = writeArticle(dir, 'hard.txt', HARD_TEXT, true);
  const article = readArticle(articlePath);
  assert.ok(!('errors' in article) && article.hadBom);
  const save = (s: ReturnType<typeof sidecarFor>) => {
    const p = join(dir, 'hard.annotations.json');
    writeFileSync(p, serializeSidecar(s));
    const l = readSidecarFile(p);
    assert.ok(!('errors' in l));
    return l;
  };
  assert.deepEqual(checkBelongs(save(sidecarFor(HARD_TEXT, 'hard.txt', true)), article, 'hard.txt'), { belonging: 'same' });
  assert.deepEqual(checkBelongs(save(sidecarFor(HARD_TEXT, 'old-name.txt', true)), article, 'hard.txt'), { belonging: 'renamed' });
  assert.deepEqual(checkBelongs(save(sidecarFor(HARD_TEXT + '补充。', 'hard.txt', true)), article, 'hard.txt'), { belonging: 'changed' });
  const other = checkBelongs(save(sidecarFor('别的文章，重庆。', 'other.txt')), article, 'hard.txt');
  assert.ok('error' in other);
  const text = readFileSync(join(dir, 'hard.annotations.json'), 'utf8');
  const line = text.split('\n').findIndex((l) => l.includes('"path": "other.txt"')) + 1;
  assert.match(formatLocated(other.error), new RegExp(`hard\\.annotations\\.json:${line}:5: this sidecar belongs to "other\\.txt"`));
});

test('open: an edited article gets its annotations re-anchored; another article\'s sidecar is refused and the article untouched', () => {
  const dir = tmp();
  const original = HARD_TEXT;
  const articlePath = writeArticle(dir, 'hard.txt', original, true);
  writeFileSync(sidecarPathFor(articlePath), serializeSidecar(sidecarFor(original, 'hard.txt', true)));
  const edited = '导语。\r\n' + original.replace('何春阳', '某人');
  writeArticle(dir, 'hard.txt', edited, true);
  const article = readArticle(articlePath);
  assert.ok(!('errors' in article));
  const opened = openSidecarFor(articlePath, article, { now: NOW });
  assert.ok(opened && !('errors' in opened));
  assert.equal(opened.belonging, 'changed');
  assert.equal(opened.sidecar.orphans.map((o) => o.quote.exact).join(), '何春阳');
  for (const a of opened.sidecar.annotations) assert.equal(edited.slice(a.start, a.end), a.quote.exact);
  assert.equal(opened.report.filter((r) => r.outcome === 'moved').length, hardAnnotations().length - 1);

  const bytesBefore = readFileSync(articlePath);
  writeFileSync(sidecarPathFor(articlePath), serializeSidecar(sidecarFor('完全不同的文章。', 'different.txt')));
  const refused = openSidecarFor(articlePath, article);
  assert.ok(refused && 'errors' in refused);
  assert.match(formatLocated(refused.errors[0]), /hard\.annotations\.json:\d+:\d+: this sidecar belongs to "different\.txt"/);
  assert.deepEqual(readFileSync(articlePath), bytesBefore);
  assert.equal(openSidecarFor(join(dir, 'none.txt'), article), undefined);
});

test('path safety: nothing outside the root, by .., absolute path or symbolic link', () => {
  const root = tmp();
  const outside = tmp();
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'sub', 'a.txt'), 'x');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(outside, join(root, 'sub', 'link-out'));
  symlinkSync(join(root, 'sub'), join(root, 'link-in'));
  assert.equal(resolveInside(root, join(root, 'sub'), 'a.txt'), join(root, 'sub', 'a.txt'));
  assert.equal(resolveInside(root, root, 'link-in/a.txt'), join(root, 'link-in', 'a.txt'));
  assert.equal(resolveInside(root, root, 'sub/new-file.json'), join(root, 'sub', 'new-file.json'));
  const refused: [string, RegExp][] = [
    ['../../etc/passwd', /points outside/],
    ['../../x.txt', /points outside/],
    ['/etc/passwd', /absolute path/],
    ['C:\\Windows\\win.ini', /absolute path/],
    ['link-out/secret.txt', /symbolic link/],
    ['link-out/new.json', /symbolic link/],
  ];
  for (const [p, why] of refused) {
    assert.throws(() => resolveInside(root, join(root, 'sub'), p), (e: unknown) => e instanceof PathSafetyError && why.test((e as Error).message), p);
  }
  assert.throws(() => assertInside(root, join(outside, 'x.json')), PathSafetyError);
  // A sidecar whose document.path climbs out of the root cannot make us read the file it names.
  const s = sidecarFor('x', '../../' + outside.split('/').pop() + '/secret.txt');
  assert.throws(() => articleOfSidecar(join(root, 'sub', 'a.annotations.json'), s, root), PathSafetyError);
});

test('save: refuses to overwrite a file that changed on disk since it was read, unless forced', () => {
  const dir = tmp();
  const p = join(dir, 'a.annotations.json');
  const first = saveSidecarText(p, 'A', { expectedStamp: null });
  assert.ok(first.written);
  const stamp = first.stamp;
  writeFileSync(p, 'changed by someone else');
  const second = saveSidecarText(p, 'B', { expectedStamp: stamp });
  assert.deepEqual(second.written, false);
  assert.equal(readFileSync(p, 'utf8'), 'changed by someone else');
  assert.ok(saveSidecarText(p, 'B', { expectedStamp: stamp, force: true }).written);
  assert.equal(readFileSync(p, 'utf8'), 'B');
  // Creating: a file that appeared meanwhile is a conflict too.
  const q = join(dir, 'b.annotations.json');
  writeFileSync(q, 'theirs');
  assert.equal(saveSidecarText(q, 'mine', { expectedStamp: null }).written, false);
});

/** An orphan as a sidecar stores it; without `context`, as one orphaned while editing (no prefix or suffix). */
function orphan(id: string, label: 'PER' | 'ORG' | 'LOC', start: number, exact: string, context?: { prefix: string; suffix: string }, status: 'accepted' | 'rejected' = 'accepted') {
  return {
    id, label, start, end: start + exact.length, startCodePoint: start, endCodePoint: start + exact.length,
    quote: { exact, prefix: context?.prefix ?? '', suffix: context?.suffix ?? '' },
    confidence: 1, source: 'manual' as const, status, orphaned: NOW,
  };
}

test('open: a stored orphan whose text is back becomes an annotation again, where the text around it moved it; one whose text is only elsewhere stays an orphan', () => {
  const dir = tmp();
  // Saved after 李四 was deleted (an orphan at its old place) and while 王五 was long gone.
  const saved = '记者张三报道，出席。';
  const restored = '本报讯 记者张三报道，李四出席。王五';
  const articlePath = writeArticle(dir, 'news.txt', saved);
  const sidecar = buildSidecar(saved, [{ start: 2, end: 4, label: 'PER', source: 'manual', status: 'accepted', confidence: 1 }], {
    path: 'news.txt', generator: GENERATOR, now: NOW, orphans: [orphan('o1', 'PER', 7, '李四'), orphan('o2', 'PER', 8, '王五')],
  });
  writeFileSync(sidecarPathFor(articlePath), serializeSidecar(sidecar));
  writeArticle(dir, 'news.txt', restored);
  const article = readArticle(articlePath);
  assert.ok(!('errors' in article));
  const opened = openSidecarFor(articlePath, article, { now: NOW });
  assert.ok(opened && !('errors' in opened));
  assert.deepEqual(opened.returned.map((r) => `${r.id} ${r.outcome} ${r.to?.start}`), ['o1 moved 11']);
  assert.deepEqual(opened.sidecar.annotations.map((a) => `${a.quote.exact}@${a.start}:${a.status}`).sort(), ['张三@6:accepted', '李四@11:accepted']);
  assert.deepEqual(opened.sidecar.orphans.map((o) => o.id), ['o2']);
  for (const a of opened.sidecar.annotations) assert.equal(restored.slice(a.start, a.end), a.quote.exact);
  // What was found again reads back as it is written: a valid sidecar.
  const rebuilt = buildSidecar(restored, opened.sidecar.annotations, { path: 'news.txt', generator: GENERATOR, now: NOW, orphans: opened.sidecar.orphans });
  const reread = parseSidecar(serializeSidecar(rebuilt), 'news.annotations.json');
  assert.ok(reread.sidecar, JSON.stringify(reread));
});

test('open: a stored orphan is found again by its context, never onto a span another decision holds', () => {
  const dir = tmp();
  const text = '国务院总理李强在北京会见外宾。';
  const articlePath = writeArticle(dir, 'news.txt', text);
  const sidecar = buildSidecar(text, [
    { start: 0, end: 3, label: 'ORG', source: 'auto', status: 'rejected', confidence: 0.5 },
    { start: 5, end: 7, label: 'PER', source: 'manual', status: 'accepted', confidence: 1 },
    { start: 8, end: 10, label: 'LOC', source: 'auto', status: 'suggested', confidence: 0.5 },
  ], {
    path: 'news.txt', generator: GENERATOR, now: NOW,
    orphans: [
      // The same span and label as the rejection: held.
      orphan('held', 'ORG', 20, '国务院', { prefix: '', suffix: '总理李强在' }),
      // Overlapping the marked 李强: held.
      orphan('overlap', 'ORG', 30, '总理李强', { prefix: '国务院', suffix: '在北京会见' }),
      // Found by its context; the plain suggestion of its span gives way to it.
      orphan('back', 'LOC', 40, '北京', { prefix: '总理李强在', suffix: '会见外宾。' }),
    ],
  });
  writeFileSync(sidecarPathFor(articlePath), serializeSidecar(sidecar));
  const article = readArticle(articlePath);
  assert.ok(!('errors' in article));
  const opened = openSidecarFor(articlePath, article, { now: NOW });
  assert.ok(opened && !('errors' in opened));
  assert.equal(opened.belonging, 'same');
  assert.deepEqual(opened.returned.map((r) => r.id), ['back']);
  assert.deepEqual(opened.sidecar.orphans.map((o) => o.id).sort(), ['held', 'overlap']);
  assert.deepEqual(opened.sidecar.annotations.map((a) => `${a.quote.exact}:${a.label}:${a.status}`).sort(), ['北京:LOC:accepted', '国务院:ORG:rejected', '李强:PER:accepted']);
  assert.equal(opened.sidecar.annotations.find((a) => a.label === 'LOC')?.id, 'back');
});
