/**
 * What `zhnews export` may write over (src/cli/export-replace.ts): never another article's sidecar, nor a
 * sidecar or a brat .ann holding what someone marked since, unless --overwrite says so for the last two.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCommand } from '../../src/cli/commands/export';
import { importCommand } from '../../src/cli/commands/import';
import { EXPORT_RECORD } from '../../src/node/export-record';
import { AUDIT_TEXT as TEXT, auditFolder as folder, fakeIO, placeOnly as place } from './sidecar-helpers';

/** Runs a command in-process as main would: its exit code and what it printed. */
async function run(command: typeof exportCommand | typeof importCommand, argv: string[]): Promise<{ code: number; stderr: string }> {
  const io = fakeIO();
  const code = await (command === importCommand ? importCommand(argv, io) : exportCommand(argv, io, place)).catch((e: Error) => (io.err(`${e.message}\n`), 1));
  return { code, stderr: io.stderr };
}

/** Changes the annotations of the sidecar at `path` as an editor would. */
function editSidecar(path: string, edit: (annotations: Array<Record<string, unknown>>) => void): void {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json.annotations);
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}

const onQuote = (quote: string) => (a: Record<string, unknown>) => (a.quote as { exact: string }).exact === quote;

test('export --format json --out DIR never replaces the sidecar of another article there, nor a file that is no sidecar, even with --overwrite', async () => {
  const cases: Array<{ name: string; existing: (dir: string) => Promise<string> | string; error: RegExp }> = [
    {
      name: "b's own sidecar, decisions and notes",
      existing: async (dir) => {
        // As the editor's first save would make it.
        writeFileSync(join(dir, 'b', 'news.txt'), '另一篇：北京。\n');
        assert.equal((await run(exportCommand, [join(dir, 'b', 'news.txt'), '--format', 'json'])).code, 0);
        editSidecar(join(dir, 'b', 'news.annotations.json'), (as) => as.forEach((a) => Object.assign(a, { status: 'accepted', note: 'checked by the editor' })));
        return readFileSync(join(dir, 'b', 'news.annotations.json'), 'utf8');
      },
      error: /b\/news\.annotations\.json:5:5: news\.annotations\.json already exists and is the sidecar of "news\.txt" \(sha256 [0-9a-f]{12}…\), not of .*a\/news\.txt: both the path and the content differ; it was left unchanged and nothing was exported: export to another folder \(--out DIR\)/,
    },
    {
      name: 'a JSON file of something else',
      existing: (dir) => {
        writeFileSync(join(dir, 'b', 'news.annotations.json'), '{"mine": true}\n');
        return '{"mine": true}\n';
      },
      error: /b\/news\.annotations\.json:1:1: news\.annotations\.json already exists and is not a sidecar \(.*\); it was left unchanged and nothing was exported: move it away/,
    },
  ];
  for (const c of cases) {
    for (const overwrite of [[], ['--overwrite']]) {
      const dir = folder();
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'a', 'news.txt'), TEXT);
      const before = await c.existing(dir);
      const r = await run(exportCommand, [join(dir, 'a', 'news.txt'), '--format', 'json', '--out', join(dir, 'b'), ...overwrite]);
      assert.equal(r.code, 1, `${c.name} ${overwrite}: ${r.stderr}`);
      assert.match(r.stderr, c.error, c.name);
      assert.equal(readFileSync(join(dir, 'b', 'news.annotations.json'), 'utf8'), before, `${c.name}: unchanged`);
    }
  }
});

test('export --format json --out DIR over this article\'s sidecar: replaced unless it holds decisions the export lacks', async () => {
  const setup = async () => {
    const dir = folder();
    writeFileSync(join(dir, 'news.txt'), TEXT);
    const out = join(dir, 'notes');
    // Decisions beside the article: 北京 accepted.
    assert.equal((await run(exportCommand, [join(dir, 'news.txt'), '--format', 'json'])).code, 0);
    editSidecar(join(dir, 'news.annotations.json'), (as) => Object.assign(as.find(onQuote('北京'))!, { status: 'accepted' }));
    assert.equal((await run(exportCommand, [join(dir, 'news.txt'), '--format', 'json', '--out', out])).code, 0);
    return { dir, out, source: join(dir, 'news.annotations.json'), target: join(out, 'news.annotations.json') };
  };
  const cases: Array<{ name: string; change: (s: Awaited<ReturnType<typeof setup>>) => Promise<void> | void; argv?: string[]; error?: RegExp }> = [
    { name: 'nothing changed: re-exported', change: () => {} },
    // What export wrote there and no one touched since is replaced, though its 北京 was accepted and is now rejected.
    { name: 'a decision changed beside the article', change: (s) => editSidecar(s.source, (as) => Object.assign(as.find(onQuote('北京'))!, { status: 'rejected' })) },
    {
      name: 'a decision made in the --out copy (a configured sidecar folder)',
      change: (s) => editSidecar(s.target, (as) => Object.assign(as.find(onQuote('北京'))!, { note: '首都' })),
      error: /notes\/news\.annotations\.json:\d+:5: news\.annotations\.json holds a decision this export would not keep \(LOC "北京", accepted, noted "首都"\); it was left unchanged and nothing was exported: import it into the article's sidecar first \(zhnews import .*notes\/news\.annotations\.json --from json --article .*news\.txt\), or pass --overwrite to replace it/,
    },
    {
      name: 'the same, without the record of what export wrote: the stale decision is not lost silently',
      change: (s) => {
        editSidecar(s.source, (as) => Object.assign(as.find(onQuote('北京'))!, { status: 'rejected' }));
        rmSync(join(s.out, EXPORT_RECORD));
      },
      error: /holds a decision this export would not keep \(LOC "北京", accepted\)/,
    },
    { name: 'a decision made in the --out copy, --overwrite', change: (s) => editSidecar(s.target, (as) => Object.assign(as.find(onQuote('北京'))!, { note: '首都' })), argv: ['--overwrite'] },
  ];
  for (const c of cases) {
    const s = await setup();
    await c.change(s);
    const before = readFileSync(s.target, 'utf8');
    const r = await run(exportCommand, [join(s.dir, 'news.txt'), '--format', 'json', '--out', s.out, ...(c.argv ?? [])]);
    if (c.error) {
      assert.equal(r.code, 1, `${c.name}: ${r.stderr}`);
      assert.match(r.stderr, c.error, c.name);
      assert.equal(readFileSync(s.target, 'utf8'), before, `${c.name}: unchanged`);
    } else {
      assert.equal(r.code, 0, `${c.name}: ${r.stderr}`);
      assert.equal(JSON.parse(readFileSync(s.target, 'utf8')).annotations.find(onQuote('北京')).status, JSON.parse(readFileSync(s.source, 'utf8')).annotations.find(onQuote('北京')).status, c.name);
    }
  }
  // Imported first, as the message says: the export then keeps the note, and replaces the copy.
  const s = await setup();
  editSidecar(s.target, (as) => Object.assign(as.find(onQuote('北京'))!, { note: '首都' }));
  assert.equal((await run(importCommand, [s.target, '--from', 'json', '--article', join(s.dir, 'news.txt')])).code, 0);
  const r = await run(exportCommand, [join(s.dir, 'news.txt'), '--format', 'json', '--out', s.out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(s.target, 'utf8')).annotations.find(onQuote('北京')).note, '首都');
});

test('re-exporting brat over a .ann: replaced while no one marked anything in it since export wrote it', async () => {
  const setup = async () => {
    const dir = folder();
    writeFileSync(join(dir, 'news.txt'), TEXT);
    const brat = join(dir, 'brat');
    assert.equal((await run(exportCommand, [join(dir, 'news.txt'), '--format', 'brat', '--out', brat])).code, 0);
    return { dir, brat, ann: join(brat, 'news.ann'), sidecar: join(dir, 'news.annotations.json') };
  };
  const addedInBrat = 'T9\tPER 10 12\t张三\n#9\tAnnotatorNotes T9\t记者\n';
  const cases: Array<{ name: string; change: (s: Awaited<ReturnType<typeof setup>>) => Promise<void> | void; argv?: string[]; error?: RegExp; ann?: RegExp }> = [
    { name: 'unchanged: re-exported', change: () => {}, ann: /^T1\tLOC 4 6\t北京\nA1\tStatus T1 suggested\nA2\tSource T1 auto\n$/ },
    {
      name: 'a name and a note added in brat',
      change: (s) => writeFileSync(s.ann, readFileSync(s.ann, 'utf8') + addedInBrat),
      error: /brat\/news\.ann:4:1: news\.ann is not what zhnews export last wrote there and marks other things than this export would \(they differ here\), so it may hold work done in brat since, which replacing it would lose; it was left unchanged and nothing was exported: import it first \(zhnews import .*brat\/news\.ann --from brat --article .*news\.txt\); to replace it as it is, or where it still differs after the import \(a deletion, which an import cannot carry\), pass --overwrite/,
    },
    { name: 'a label changed in brat', change: (s) => writeFileSync(s.ann, readFileSync(s.ann, 'utf8').replace('LOC 4 6', 'ORG 4 6')), error: /brat\/news\.ann:1:4: news\.ann is not what zhnews export last wrote there/ },
    { name: 'a name deleted in brat', change: (s) => writeFileSync(s.ann, ''), error: /brat\/news\.ann:1:1: news\.ann is not what zhnews export last wrote there/ },
    // The .ann is as export wrote it: the editor's new decision goes out.
    {
      name: 'a decision changed in the editor since',
      change: async (s) => {
        assert.equal((await run(exportCommand, [join(s.dir, 'news.txt'), '--format', 'json'])).code, 0);
        editSidecar(s.sidecar, (as) => Object.assign(as.find(onQuote('北京'))!, { status: 'accepted' }));
      },
      ann: /^T1\tLOC 4 6\t北京\nA1\tStatus T1 accepted\n/,
    },
    {
      name: 'the same, without the record of what export wrote',
      change: async (s) => {
        assert.equal((await run(exportCommand, [join(s.dir, 'news.txt'), '--format', 'json'])).code, 0);
        editSidecar(s.sidecar, (as) => Object.assign(as.find(onQuote('北京'))!, { status: 'accepted' }));
        rmSync(join(s.brat, EXPORT_RECORD));
      },
      error: /brat\/news\.ann:2:14: news\.ann is not what zhnews export last wrote there/,
    },
    { name: 'a name added in brat, --overwrite', change: (s) => writeFileSync(s.ann, readFileSync(s.ann, 'utf8') + addedInBrat), argv: ['--overwrite'], ann: /^T1\tLOC 4 6\t北京\nA1\tStatus T1 suggested\nA2\tSource T1 auto\n$/ },
    // Written by hand the way brat writes it, marking what the export marks: nothing to lose.
    { name: 'the same marks in other words', change: (s) => writeFileSync(s.ann, 'T7\tLOC 4 6\t北京\nA3\tSource T7 auto\nA5\tStatus T7 suggested\n'), ann: /^T1\tLOC 4 6\t北京\n/ },
  ];
  for (const c of cases) {
    const s = await setup();
    await c.change(s);
    const before = readFileSync(s.ann, 'utf8');
    const r = await run(exportCommand, [join(s.dir, 'news.txt'), '--format', 'brat', '--out', s.brat, ...(c.argv ?? [])]);
    if (c.error) {
      assert.equal(r.code, 1, `${c.name}: ${r.stderr}`);
      assert.match(r.stderr, c.error, c.name);
      assert.equal(readFileSync(s.ann, 'utf8'), before, `${c.name}: unchanged`);
    } else {
      assert.equal(r.code, 0, `${c.name}: ${r.stderr}`);
      assert.match(readFileSync(s.ann, 'utf8'), c.ann!, c.name);
    }
  }
  // Imported first, as the message says: the export then holds the name and its note, and replaces the .ann.
  const s = await setup();
  writeFileSync(s.ann, readFileSync(s.ann, 'utf8') + addedInBrat);
  assert.equal((await run(importCommand, [s.ann, '--from', 'brat', '--article', join(s.dir, 'news.txt')])).code, 0);
  const r = await run(exportCommand, [join(s.dir, 'news.txt'), '--format', 'brat', '--out', s.brat]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(s.ann, 'utf8'), /^T2\tPER 10 12\t张三\nA3\tStatus T2 accepted\nA4\tSource T2 manual\n#1\tAnnotatorNotes T2\t记者\n/m);
});

test('after a .ann is imported, the next brat export replaces it, whatever the import could not carry and whatever was decided since', async () => {
  const cases: Array<{ name: string; edit: (ann: string) => string; after?: (sidecar: string) => void; ann: RegExp }> = [
    // brat keeps Status suggested and Source auto when a type is changed: the relabel is imported as a decision.
    { name: 'a label changed in brat', edit: (a) => a.replace('LOC 4 6', 'ORG 4 6'), ann: /^T1\tORG 4 6\t北京\nA1\tStatus T1 accepted\nA2\tSource T1 manual\n/ },
    // A decision made in the editor after the import is what goes out, not the .ann's older word.
    {
      name: 'a decision made after the import',
      edit: (a) => a + 'T9\tPER 10 12\t张三\n',
      after: (sidecar) => editSidecar(sidecar, (as) => Object.assign(as.find(onQuote('北京'))!, { status: 'rejected' })),
      ann: /^T1\tLOC 4 6\t北京\nA1\tStatus T1 rejected\n/,
    },
  ];
  for (const c of cases) {
    const dir = folder();
    writeFileSync(join(dir, 'news.txt'), TEXT);
    const brat = join(dir, 'brat');
    const ann = join(brat, 'news.ann');
    // The article's sidecar, as the editor keeps one: what the recogniser suggested there tells a relabelling.
    assert.equal((await run(exportCommand, [join(dir, 'news.txt'), '--format', 'json'])).code, 0);
    assert.equal((await run(exportCommand, [join(dir, 'news.txt'), '--format', 'brat', '--out', brat])).code, 0);
    writeFileSync(ann, c.edit(readFileSync(ann, 'utf8')));
    assert.equal((await run(importCommand, [ann, '--from', 'brat', '--article', join(dir, 'news.txt')])).code, 0, c.name);
    c.after?.(join(dir, 'news.annotations.json'));
    const r = await run(exportCommand, [join(dir, 'news.txt'), '--format', 'brat', '--out', brat]);
    assert.equal(r.code, 0, `${c.name}: ${r.stderr}`);
    assert.match(readFileSync(ann, 'utf8'), c.ann, c.name);
  }
});
