import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readUserGold } from '../../src/cli/train-gold';
import { devSplit } from '../../src/core/recognise/names/pipeline';

const root = mkdtempSync(join(tmpdir(), 'zhnews-train-gold-'));
after(() => {
  chmodSync(join(root, 'unreadable', 'sub'), 0o755);
  rmSync(root, { recursive: true, force: true });
});

const LINE = JSON.stringify({ id: '1', text: '王小明在长沙工作。', entities: [{ start: 0, end: 3, label: 'PER' }] }) + '\n';

/** A folder under root made of files (content) and symbolic links ({ link: target }). */
function folder(name: string, entries: Record<string, string | { link: string } | null>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [p, v] of Object.entries(entries)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    if (v === null) mkdirSync(join(dir, p));
    else if (typeof v === 'string') writeFileSync(join(dir, p), v);
    else symlinkSync(v.link, join(dir, p));
  }
  return dir;
}

function read(dir: string): { sentences: number; warnings: string[] } {
  const warnings: string[] = [];
  return { sentences: readUserGold(dir, (m) => warnings.push(m)).length, warnings };
}

test('readUserGold: broken links, link loops and links to gold read already are skipped with a message', () => {
  const cases: Array<[string, Record<string, string | { link: string } | null>, number, RegExp[]]> = [
    ['broken', { 'a.jsonl': LINE, 'dangling.jsonl': { link: '/nonexistent' }, 'dangling.txt': { link: 'nowhere.txt' } }, 1, [
      /broken[/\\]dangling\.jsonl: broken symbolic link \(to \/nonexistent\); skipped/,
      /broken[/\\]dangling\.txt: broken symbolic link \(to nowhere\.txt\); skipped/,
    ]],
    ['loop', { 'a.jsonl': LINE, self: { link: '.' } }, 1, [/loop[/\\]self: already read as .*loop \(a symbolic link leads there\); skipped/]],
    ['eloop', { 'a.jsonl': LINE, x: { link: 'y' }, y: { link: 'x' } }, 1, [/eloop[/\\]x: symbolic link loop; skipped/, /eloop[/\\]y: symbolic link loop; skipped/]],
    ['sibling', { 'gold/a.jsonl': LINE, 'more/gold': { link: '../gold' } }, 1, [/more[/\\]gold: already read as .*sibling[/\\]gold/]],
    ['filelink', { 'a.jsonl': LINE, 'b.jsonl': { link: 'a.jsonl' } }, 1, [/b\.jsonl: already read as .*a\.jsonl/]],
  ];
  for (const [name, entries, sentences, messages] of cases) {
    const got = read(folder(name, entries));
    assert.equal(got.sentences, sentences, name);
    assert.equal(got.warnings.length, messages.length, `${name}: ${got.warnings.join(' | ')}`);
    messages.forEach((m, i) => assert.match(got.warnings[i], m, name));
  }
});

/** read(dir) in a process of the unprivileged user `nobody`: root lists any folder, so the check runs as someone who cannot. */
function readAsNobody(dir: string): { sentences: number; warnings: string[] } {
  for (let d = dir; d.length > 1; d = dirname(d)) chmodSync(d, statSync(d).mode | 0o005);
  const script = `const { readUserGold } = require(${JSON.stringify(require.resolve('../../src/cli/train-gold'))});
const warnings = []; const sentences = readUserGold(${JSON.stringify(dir)}, (m) => warnings.push(m)).length;
process.stdout.write(JSON.stringify({ sentences, warnings }));`;
  const r = spawnSync(process.execPath, ['-e', script], { uid: 65534, gid: 65534, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { sentences: number; warnings: string[] };
}

test('readUserGold: a folder that cannot be listed is skipped with a message', () => {
  const dir = folder('unreadable', { 'a.jsonl': LINE, 'sub/b.jsonl': LINE });
  chmodSync(join(dir, 'sub'), 0);
  const got = process.getuid?.() === 0 ? readAsNobody(dir) : read(dir);
  assert.equal(got.sentences, 1);
  assert.deepEqual(got.warnings.map((w) => w.replace(root, '')), [`${join('/unreadable', 'sub')}: cannot read this folder (permission denied); skipped`]);
});

test('readUserGold: the user dev split does not depend on where the gold folder is', () => {
  const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `第${i}条：王小明在长沙工作。`, entities: [] })).join('\n');
  const places = ['x', join('deeper', 'folder', 'somewhere', 'else')].map((p) => folder(p, { 'g/a.jsonl': lines, 'b.jsonl': LINE }));
  const splits = places.map((dir) => {
    const user = readUserGold(dir);
    return { docs: user.map((s) => s.doc), dev: devSplit({ user }).map((s) => s.text) };
  });
  assert.deepEqual(splits[0].docs.slice(0, 2), ['b.jsonl#1', 'g/a.jsonl#d0']);
  assert.ok(splits[0].dev.length > 0 && splits[0].dev.length < 31);
  assert.deepEqual(splits[1], splits[0]);
});

test('readUserGold: overlapping gold and gold across a line break are reported, and what is trained is said', () => {
  const rec = (text: string, ...ents: Array<[number, number, string]>) => JSON.stringify({ id: '1', text, entities: ents.map(([start, end, label]) => ({ start, end, label })) });
  const cases: Array<[string, string[], string[]]> = [
    [rec('他毕业于北京大学。', [4, 6, 'LOC'], [4, 8, 'ORG']), ['他毕业于北京大学。: ORG:北京大学'], [
      'a.jsonl:1:42: warning: entity 1 (LOC 4–6 "北京") lies inside entity 2 (ORG 4–8 "北京大学"); the ORG is trained, the LOC left out',
    ]],
    [rec('他毕业于北京大学。', [4, 8, 'ORG'], [5, 7, 'PER']), ['他毕业于北京大学。: ORG:北京大学'], [
      'a.jsonl:1:76: warning: entity 2 (PER 5–7 "京大") lies inside entity 1 (ORG 4–8 "北京大学"); the ORG is trained, the PER left out',
    ]],
    // Overlapping partly: the longer is trained, wherever it starts (张华 | 南京大学: the organisation, not the person).
    [rec('张华南京大学教授', [0, 3, 'PER'], [2, 6, 'ORG']), ['张华南京大学教授: ORG:南京大学'], [
      'a.jsonl:1:41: warning: entity 1 (PER 0–3 "张华南") overlaps entity 2 (ORG 2–6 "南京大学"); the ORG is trained, the PER left out (its other characters count as no name)',
    ]],
    // Same span twice: one is trained; NUM and TERM are not names and never clash with them.
    [rec('王小明来了，3人', [0, 3, 'PER'], [0, 3, 'ORG'], [0, 3, 'TERM'], [6, 8, 'NUM']), ['王小明来了，3人: PER:王小明'], [
      'a.jsonl:1:75: warning: entity 2 (ORG 0–3 "王小明") lies inside entity 1 (PER 0–3 "王小明"); the PER is trained, the ORG left out',
    ]],
    [rec('中华人民共和国\n国务院发布通知。\n张伟去了上海。', [0, 11, 'ORG'], [21, 23, 'LOC']), ['张伟去了上海。: LOC:上海'], [
      'a.jsonl:1:59: warning: entity 1 (ORG 0–11 "中华人民共和国\\n国务院") crosses a line break; it is left out, and so are the lines it spans',
    ]],
  ];
  cases.forEach(([line, lines, warnings], i) => {
    const dir = folder(`overlap${i}`, { 'a.jsonl': line + '\n' });
    const got: string[] = [];
    const sentences = readUserGold(dir, (m) => got.push(m.replace(dir + '/', '')));
    assert.deepEqual(sentences.map((s) => `${s.text}: ${s.spans.map((x) => `${x.label}:${s.text.slice(x.start, x.end)}`).join(' ')}`), lines, line);
    assert.deepEqual(got, warnings, line);
  });
});

test('readUserGold: a gold span that cuts 𠮷 in half is refused with its place, as eval and the doccano import refuse it', () => {
  const dir = folder('astral', { 'g.jsonl': '{"id":"a","text":"𠮷李克强在北京。","entities":[{"start":1,"end":5,"label":"PER"}]}\n' });
  assert.throws(() => readUserGold(dir), (e: Error) => e.message === `${join(dir, 'g.jsonl')}:1:41: entity 1: 1–5 cuts a character (a surrogate pair) in half; gold offsets count UTF-16 code units (a character outside the BMP, such as 𠮷, counts 2)`);
});
