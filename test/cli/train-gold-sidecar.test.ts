import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSidecar, serializeSidecar, SidecarAnnotation } from '../../src/core/sidecar';
import { Label } from '../../src/core/types';
import { readUserGold } from '../../src/cli/train-gold';

const root = mkdtempSync(join(tmpdir(), 'zhnews-train-sidecar-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TEXT = '习近平在北京会见了古特雷斯。\n李强到上海考察华为公司。\n';
const NAMES: Array<[string, Label]> = [['习近平', 'PER'], ['北京', 'LOC'], ['古特雷斯', 'PER'], ['李强', 'PER'], ['上海', 'LOC'], ['华为公司', 'ORG']];

/** A folder holding a.txt (`now`) and the sidecar written for `then`, with NAMES as annotations. */
function stale(name: string, then: string, now: string, edit?: (s: { annotations: SidecarAnnotation[]; orphans: SidecarAnnotation[] }) => void): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const annotations = NAMES.map(([q, label]) => ({ start: then.indexOf(q), end: then.indexOf(q) + q.length, label, confidence: 1, source: 'manual' as const }));
  const sidecar = buildSidecar(then, annotations, { path: 'a.txt', generator: { name: 'test', version: '0', model: 'none' }, now: '2025-01-01T00:00:00Z' });
  edit?.(sidecar);
  writeFileSync(join(dir, 'a.annotations.json'), serializeSidecar(sidecar));
  writeFileSync(join(dir, 'a.txt'), now);
  return dir;
}

/** Each trained line as `text: LABEL:quote …`. */
function read(dir: string): { lines: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const lines = readUserGold(dir, (m) => warnings.push(m.replace(dir, '')))
    .map((s) => `${s.text}: ${s.spans.map((x) => `${x.label}:${s.text.slice(x.start, x.end)}`).join(' ')}`);
  return { lines, warnings };
}

const BOTH = ['习近平在北京会见了古特雷斯。: PER:习近平 LOC:北京 PER:古特雷斯', '李强到上海考察华为公司。: PER:李强 LOC:上海 ORG:华为公司'];

test('readUserGold: a sidecar of an article changed since is re-anchored, and what cannot be placed is not trained as no name', () => {
  const cases: Array<[string, string, string[], RegExp[]]> = [
    ['unchanged', TEXT, BOTH, []],
    // Edited outside the editor: every offset moved by 4.
    ['prefix', '本报讯 ' + TEXT, ['本报讯 习近平在北京会见了古特雷斯。: PER:习近平 LOC:北京 PER:古特雷斯', BOTH[1]], [
      /^[/\\]a\.annotations\.json: the article a\.txt changed since this sidecar was written: of its 6 names \(PER\/ORG\/LOC\), 6 moved, 0 orphaned \(not found again\); trained on the 2 of 2 lines that hold a name found again$/,
    ]],
    // A line added since, which no one annotated: not taught as a line without names.
    ['added', TEXT + '王毅会见了布林肯。\n', BOTH, [/6 names \(PER\/ORG\/LOC\), 0 moved, 0 orphaned .*; trained on the 2 of 3 lines that hold a name found again$/]],
    ['one gone', TEXT.replace('李强到上海考察华为公司。', '他到外地考察了。'), [BOTH[0]], [/6 names .*, 0 moved, 3 orphaned \(not found again\); trained on the 1 of 2 lines that hold a name found again and that hold no orphan's text$/]],
    ['all gone', '今天天气很好。\n', [], [/6 names .*, 6 orphaned \(not found again\); no name is placed in the article, so it is left out$/]],
  ];
  for (const [name, now, lines, warnings] of cases) {
    const got = read(stale(name, TEXT, now));
    assert.deepEqual(got.lines, lines, name);
    assert.equal(got.warnings.length, warnings.length, `${name}: ${got.warnings.join(' | ')}`);
    warnings.forEach((w, i) => assert.match(got.warnings[i], w, name));
  }
});

test('readUserGold: a line holding the text of an orphan is left out, not trained as no name', () => {
  // An orphan from an earlier edit whose text (华为公司) is in the article, but not where or among what it was.
  const dir = stale('orphan', TEXT, TEXT, (s) => {
    const i = s.annotations.findIndex((a) => a.quote.exact === '华为公司');
    s.orphans.push({ ...s.annotations[i], start: 0, end: 4, startCodePoint: 0, endCodePoint: 4, quote: { exact: '华为公司', prefix: '完全不同的', suffix: '别的文字' }, orphaned: '2025-01-02T00:00:00Z' });
    s.annotations.splice(i, 1);
  });
  const got = read(dir);
  assert.deepEqual(got.lines, [BOTH[0]]);
  assert.deepEqual(got.warnings, ["/a.annotations.json: 1 orphaned names (PER/ORG/LOC) from an earlier edit; trained on the 1 of 2 lines that hold no orphan's text"]);
});

test('readUserGold: overlapping sidecar annotations are reported at the annotation, the longer trained', () => {
  const text = '他毕业于北京大学。\n';
  const dir = join(root, 'nested');
  mkdirSync(dir);
  const sidecar = buildSidecar(text, [
    { start: 4, end: 8, label: 'ORG', confidence: 0.9, source: 'auto' },
    { start: 4, end: 6, label: 'LOC', confidence: 1, source: 'manual' },
  ], { path: 'a.txt', generator: { name: 'test', version: '0', model: 'none' }, now: '2025-01-01T00:00:00Z' });
  writeFileSync(join(dir, 'a.annotations.json'), serializeSidecar(sidecar));
  writeFileSync(join(dir, 'a.txt'), text);
  const got = read(dir);
  assert.deepEqual(got.lines, ['他毕业于北京大学。: ORG:北京大学']);
  const idOf = (label: string) => sidecar.annotations.find((a) => a.label === label)?.id;
  const [org, loc] = [idOf('ORG'), idOf('LOC')];
  assert.equal(got.warnings.length, 1, got.warnings.join(' | '));
  assert.match(got.warnings[0], new RegExp(`^[/\\\\]a\\.annotations\\.json:\\d+:\\d+: warning: annotation ${loc} \\(LOC 4–6 "北京"\\) lies inside annotation ${org} \\(ORG 4–8 "北京大学"\\); the ORG is trained, the LOC left out$`));
});

/** A folder holding a.txt as it reads now and the sidecar written for it when it read `then`, with `names` (quote, label, which occurrence). */
function staleArticle(name: string, then: string, now: string, names: Array<[string, Label, number?]>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const annotations = names.map(([q, label, occurrence = 0]) => {
    let i = -1;
    for (let k = 0; k <= occurrence; k++) i = then.indexOf(q, i + 1);
    return { start: i, end: i + q.length, label, confidence: 1, source: 'manual' as const };
  });
  writeFileSync(join(dir, 'a.annotations.json'), serializeSidecar(buildSidecar(then, annotations, { path: 'a.txt', generator: { name: 't', version: '0' }, now: '2025-01-01T00:00:00Z' })));
  writeFileSync(join(dir, 'a.txt'), now);
  return dir;
}
const trainedLines = (dir: string) => readUserGold(dir, () => undefined).map((s) => `${s.text}: ${s.spans.map((x) => `${x.label}:${s.text.slice(x.start, x.end)}`).join(' ')}`);

test('readUserGold: an orphan drops only the line it stood in — not lines where its text is a name found again, and also where its text was edited', () => {
  // 北京 deleted from the first line: the other lines' 北京, found again, are trained.
  const deleted = staleArticle('deleted', '北京今天下雨。\n习近平在北京会见了古特雷斯。\n李强在北京考察。\n', '今天下雨。\n习近平在北京会见了古特雷斯。\n李强在北京考察。\n', [
    ['北京', 'LOC', 0], ['习近平', 'PER'], ['北京', 'LOC', 1], ['古特雷斯', 'PER'], ['李强', 'PER'], ['北京', 'LOC', 2],
  ]);
  assert.deepEqual(trainedLines(deleted), ['习近平在北京会见了古特雷斯。: PER:习近平 LOC:北京 PER:古特雷斯', '李强在北京考察。: PER:李强 LOC:北京']);
  // 华春莹 edited to 毛宁: the line, kept for 外交部, would teach 毛宁 as no name, so it goes.
  const edited = staleArticle('edited', '外交部发言人华春莹说，中方欢迎。\n王毅会见布林肯。\n', '外交部发言人毛宁说，中方欢迎。\n王毅会见布林肯。\n', [
    ['外交部', 'ORG'], ['华春莹', 'PER'], ['王毅', 'PER'], ['布林肯', 'PER'],
  ]);
  assert.deepEqual(trainedLines(edited), ['王毅会见布林肯。: PER:王毅 PER:布林肯']);
});

test('readUserGold: a sidecar renamed with its article outside the editor is read against the article beside it, as export reads it', () => {
  const dir = join(root, 'renamed-outside');
  mkdirSync(dir);
  const then = '习近平在北京会见了古特雷斯。\n';
  const names: Array<[string, Label]> = [['习近平', 'PER'], ['北京', 'LOC'], ['古特雷斯', 'PER']];
  const annotations = names.map(([q, label]) => ({ start: then.indexOf(q), end: then.indexOf(q) + q.length, label, confidence: 1, source: 'manual' as const }));
  // Written for a.txt; then a.txt and its sidecar became b.txt and b.annotations.json, and a new a.txt came.
  writeFileSync(join(dir, 'b.annotations.json'), serializeSidecar(buildSidecar(then, annotations, { path: 'a.txt', generator: { name: 't', version: '0' }, now: '2025-01-01T00:00:00Z' })));
  writeFileSync(join(dir, 'b.txt'), then);
  writeFileSync(join(dir, 'a.txt'), '李强到上海考察。\n');
  // brat's export beside b.txt is no article.
  writeFileSync(join(dir, 'b.ann'), 'T1\tPER 0 3\t习近平\n');
  const warnings: string[] = [];
  const lines = readUserGold(dir, (m) => warnings.push(m)).map((s) => `${s.text}: ${s.spans.map((x) => `${x.label}:${s.text.slice(x.start, x.end)}`).join(' ')}`);
  assert.deepEqual(lines, ['习近平在北京会见了古特雷斯。: PER:习近平 LOC:北京 PER:古特雷斯']);
});

test('readUserGold: a broken symbolic link named as the article (a.md → a file gone) is skipped with a message, the sidecar read against a.txt', () => {
  const dir = stale('dangling', TEXT, TEXT);
  symlinkSync(join(root, 'gone.md'), join(dir, 'a.md'));
  const got = read(dir);
  assert.deepEqual(got.lines, BOTH);
  assert.deepEqual(got.warnings, [`/a.md: broken symbolic link (to ${join(root, 'gone.md')}); skipped`]);
});
