import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { exportCommand } from '../../src/cli/commands/export';
import { buildSidecar, parseSidecar, serializeSidecar } from '../../src/core/sidecar';
import { GENERATOR, HARD_TEXT, NOW } from '../core/sidecar/fixtures';
import { AUDIT_TEXT, auditFolder, fakeIO, fixedAnnotator, hardArticle, readSidecarAt } from './sidecar-helpers';

test('import finds the article from the file name (x.ann → x.txt) and merges into the existing sidecar', async () => {
  const { dir, article } = hardArticle();
  assert.equal(await exportCommand([article, '--format', 'brat'], fakeIO(), fixedAnnotator()), 0);
  // brat's .txt is the article itself here, so it was not rewritten (its BOM is still there).
  assert.equal(readFileSync(article)[0], 0xef);
  const ann = join(dir, 'hard.ann');
  const s = [...HARD_TEXT].indexOf('野');
  writeFileSync(ann, readFileSync(ann, 'utf8') + `T99\tORG ${s} ${s + 2}\t野家\n#99\tAnnotatorNotes T99\t补标\n`);
  const io = fakeIO();
  assert.equal(await main(['import', ann, '--from', 'brat'], io), 0, io.stderr);
  const sidecar = parseSidecar(readFileSync(join(dir, 'hard.annotations.json'), 'utf8'), 'x').sidecar!;
  const added = sidecar.annotations.find((a) => a.quote.exact === '野家')!;
  assert.equal(added.note, '补标');
  assert.equal(added.source, 'manual');
  assert.equal(sidecar.document.hadBom, true);
});

test('a sidecar naming an article outside the folder is refused, located at document.path', async () => {
  const { dir } = hardArticle();
  mkdirSync(join(dir, 'in'));
  const evil = buildSidecar('x', [], { path: '../../../etc/passwd', generator: GENERATOR, now: NOW });
  const file = join(dir, 'in', 'evil.annotations.json');
  writeFileSync(file, serializeSidecar(evil));
  const cwd = process.cwd();
  process.chdir(join(dir, 'in'));
  try {
    const io = fakeIO();
    assert.equal(await main(['import', file, '--from', 'json'], io), 1);
    assert.match(io.stderr, /evil\.annotations\.json:5:5: "\.\.\/\.\.\/\.\.\/etc\/passwd" points outside/);
  } finally {
    process.chdir(cwd);
  }
  assert.ok(!existsSync(join(dir, 'in', 'passwd.annotations.json')));
});

test('import of a label-studio task made from an older text re-anchors, and reports orphans', async () => {
  const { dir, article } = hardArticle();
  assert.equal(await exportCommand([article, '--format', 'label-studio'], fakeIO(), fixedAnnotator()), 0);
  writeFileSync(article, '\uFEFF新的导语。\r\n' + HARD_TEXT.replace('8.8%', '大幅'));
  const io = fakeIO();
  assert.equal(await main(['import', join(dir, 'hard.label-studio.json'), '--from', 'label-studio', '--article', article], io), 0, io.stderr);
  assert.match(io.stderr, /1 orphans/);
  const sidecar = parseSidecar(readFileSync(join(dir, 'hard.annotations.json'), 'utf8'), 'x').sidecar!;
  assert.deepEqual(sidecar.orphans.map((o) => o.quote.exact), ['8.8%']);
  const text = '新的导语。\r\n' + HARD_TEXT.replace('8.8%', '大幅');
  for (const a of sidecar.annotations) assert.equal(text.slice(a.start, a.end), a.quote.exact);
});

test('a JSON sidecar may name an article in its own folder from anywhere, and climb out of it only inside the current folder', async () => {
  const project = auditFolder();
  const elsewhere = auditFolder();
  mkdirSync(join(project, 'articles'));
  mkdirSync(join(project, 'side'));
  writeFileSync(join(project, 'articles', 'a.txt'), AUDIT_TEXT);
  const place = [{ start: 4, end: 6, label: 'LOC' as const, confidence: 1, source: 'manual' as const, status: 'accepted' as const }];
  const sidecarNaming = (path: string) => serializeSidecar(buildSidecar(AUDIT_TEXT, place, { path, generator: GENERATOR, now: NOW }));
  writeFileSync(join(project, 'articles', 'backup.json'), sidecarNaming('a.txt'));
  writeFileSync(join(project, 'side', 'a.annotations.json'), sidecarNaming('../articles/a.txt'));
  writeFileSync(join(project, 'articles', 'evil.json'), sidecarNaming('../../../etc/passwd'));
  const cases: [cwd: string, file: string, outcome: RegExp][] = [
    [elsewhere, join(project, 'articles', 'backup.json'), /backup\.json \(json\) → .*a\.annotations\.json: 1 imported/],
    [project, join(project, 'side', 'a.annotations.json'), /side\/a\.annotations\.json \(json\) → .*articles\/a\.annotations\.json: 1 imported/],
    [elsewhere, join(project, 'side', 'a.annotations.json'), /a\.annotations\.json:5:5: "\.\.\/articles\/a\.txt" points outside .*side/],
    [elsewhere, join(project, 'articles', 'evil.json'), /evil\.json:5:5: "\.\.\/\.\.\/\.\.\/etc\/passwd" points outside .*articles/],
    [project, join(project, 'articles', 'evil.json'), /evil\.json:5:5: "\.\.\/\.\.\/\.\.\/etc\/passwd" points outside/],
  ];
  const cwd = process.cwd();
  try {
    for (const [where, file, outcome] of cases) {
      process.chdir(where);
      const io = fakeIO();
      const code = await main(['import', file, '--from', 'json'], io);
      assert.match(io.stderr, outcome, `${file} from ${where}`);
      assert.equal(code, /points outside/.test(outcome.source) ? 1 : 0, io.stderr);
    }
  } finally {
    process.chdir(cwd);
  }
  assert.ok(!existsSync('/etc/passwd.annotations.json'));
});

test('import guesses between x.txt and x.md by the sidecar they share, then by brat\'s copy of the text; else it asks for --article', async () => {
  const md = '# 标题\n\n今天我在北京。\n';
  const other = '今天我在北京。\n';
  const s = [...md].indexOf('北');
  // [files there: news.md, news.txt, the article the sidecar names] → the article chosen, or the error.
  const cases: [mdText: string | undefined, txtText: string | undefined, sidecarFor: string | undefined, outcome: string | RegExp][] = [
    [md, undefined, undefined, 'news.md'],
    [undefined, other, undefined, 'news.txt'],
    [md, md, undefined, 'news.md'], // news.txt is what export --format brat wrote beside news.md
    [md, other, 'news.md', 'news.md'],
    [md, other, 'news.txt', 'news.txt'],
    [md, md, 'news.txt', 'news.txt'],
    [md, other, undefined, /cannot tell which article .*news\.ann belongs to: .*news\.txt and .*news\.md are both there, there is no news\.annotations\.json to say which, and their texts differ .*; name one with --article/],
  ];
  for (const [mdText, txtText, sidecarFor, outcome] of cases) {
    const dir = auditFolder();
    if (mdText !== undefined) writeFileSync(join(dir, 'news.md'), mdText);
    if (txtText !== undefined) writeFileSync(join(dir, 'news.txt'), txtText);
    if (sidecarFor) {
      const text = sidecarFor === 'news.md' ? mdText! : txtText!;
      writeFileSync(join(dir, 'news.annotations.json'), serializeSidecar(buildSidecar(text, [], { path: sidecarFor, generator: GENERATOR, now: NOW })));
    }
    writeFileSync(join(dir, 'news.ann'), `T1\tLOC ${s} ${s + 2}\t北京\n`);
    const io = fakeIO();
    const code = await main(['import', join(dir, 'news.ann'), '--from', 'brat'], io);
    const what = `md ${mdText === undefined ? '-' : mdText === md ? 'md' : 'other'}, txt ${txtText === undefined ? '-' : txtText === md ? 'md' : 'other'}, sidecar ${sidecarFor}`;
    if (typeof outcome === 'string') {
      assert.equal(code, 0, `${what}: ${io.stderr}`);
      assert.equal(readSidecarAt(join(dir, 'news.annotations.json')).document.path, outcome, what);
    } else {
      assert.equal(code, 2, what);
      assert.match(io.stderr, outcome, what);
      assert.ok(!existsSync(join(dir, 'news.annotations.json')), what);
    }
  }
});
