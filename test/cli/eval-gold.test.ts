/**
 * `zhnews eval GOLD`: the gold file's format is decided by its shape and each format reports its own
 * errors, located; doubtful gold (overlapping entities) is warned about.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { fakeIO } from './fake-io';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-eval-gold-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.txt'), '张三在北京。');

async function evalGold(name: string, content: string) {
  writeFileSync(join(dir, name), content);
  const io = fakeIO();
  const code = await main(['eval', join(dir, name), '--labels', 'PER,LOC'], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

test('eval: a one-line seed gold file whose article is missing says so, not 100.0', async () => {
  const r = await evalGold('one.json', '{"text":"missing.txt","entities":[]}\n');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /one\.json:1:2: cannot read the article "missing\.txt"/);
  assert.match(r.stderr, /missing\.txt:1:1: no such file/);
});

test('eval: a pretty-printed seed gold file whose article is missing says "no such file", not "invalid JSON"', async () => {
  const r = await evalGold('pretty.json', '{\n  "text": "missing.txt",\n  "offsets": "utf16",\n  "entities": []\n}\n');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /pretty\.json:2:3: cannot read the article "missing\.txt"/);
  assert.match(r.stderr, /no such file/);
  assert.doesNotMatch(r.stderr, /invalid JSON/);
});

test('eval: a pretty-printed seed gold file with a JSON error is located at the error', async () => {
  const r = await evalGold('broken.json', '{\n  "text": "a.txt",\n  "entities": [\n    {"start": 0, "end": 2 "label": "PER"}\n  ]\n}\n');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /broken\.json:4:\d+: invalid JSON/);
});

test('eval: an empty or blank gold file is an error: no documents', async () => {
  for (const [name, content] of [['empty.jsonl', ''], ['blank.json', '\n  \n']]) {
    const r = await evalGold(name, content);
    assert.equal(r.code, 1, name);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /:1:1: no documents/);
  }
});

test('eval: a one-line JSON Lines file is still JSON Lines, and the seed format still reads its article', async () => {
  const jsonl = await evalGold('one.jsonl', '{"id":"x","text":"张三在北京。","entities":[{"start":0,"end":2,"label":"PER"},{"start":3,"end":5,"label":"LOC"}]}\n');
  assert.equal(jsonl.code, 0, jsonl.stderr);
  assert.match(jsonl.stdout, /1 document\(s\)/);
  assert.match(jsonl.stdout, /^micro +100\.0 +100\.0 +100\.0 +2 +2$/m);
  const seed = await evalGold('seed.json', '{"text":"a.txt","offsets":"utf16","entities":[{"start":0,"end":2,"label":"PER"},{"start":3,"end":5,"label":"LOC"}]}');
  assert.equal(seed.code, 0, seed.stderr);
  assert.match(seed.stdout, /^micro +100\.0 +100\.0 +100\.0 +2 +2$/m);
});

test('eval: overlapping and nested gold entities get a located warning and are still scored', async () => {
  const r = await evalGold(
    'overlap.json',
    '{\n  "text": "a.txt",\n  "entities": [\n    {"start": 0, "end": 2, "label": "PER"},\n    {"start": 1, "end": 2, "label": "PER"},\n    {"start": 1, "end": 3, "label": "LOC"}\n  ]\n}\n',
  );
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /overlap\.json:5:5: warning: entity 2 \(PER 1–2 "三"\) lies inside/);
  assert.match(r.stderr, /overlap\.json:6:5: warning: entity 3 \(LOC 1–3 "三在"\) overlaps entity 1 \(PER 0–2 "张三"\)/);
  assert.match(r.stdout, /^micro( +[\d.]+){3} +3 /m);
});

test('eval: an entity outside the text shows its offsets and the text length', async () => {
  const r = await evalGold('range.jsonl', '{"id":"r","text":"张三在北京。","entities":[{"start":3,"end":30,"label":"LOC"}]}\n');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /range\.jsonl:1:\d+: entity 1: 3–30 is outside the text, which is 6 UTF-16 code units long/);
});

test('eval: an entity text that matches at code-point offsets says the offsets are UTF-16 code units', async () => {
  const r = await evalGold('cp.jsonl', '{"id":"x","text":"𠮷野家在北京","entities":[{"start":4,"end":6,"label":"LOC","text":"北京"}]}\n');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cp\.jsonl:1:\d+: entity 1: text "北京" does not match the text at 4–6 \("在北"\); it is there at code points 4–6: gold offsets count UTF-16 code units/);
});

test('eval: an entity that starts or ends inside 𠮷 (between the halves of its surrogate pair) is refused, located', async () => {
  const cases: Array<{ name: string; content: string; error: RegExp }> = [
    { name: 'start.jsonl', content: '{"id":"a","text":"𠮷李克强在北京。","entities":[{"start":1,"end":5,"label":"PER"}]}\n', error: /start\.jsonl:1:41: entity 1: 1–5 cuts a character \(a surrogate pair\) in half; gold offsets count UTF-16 code units/ },
    { name: 'end.jsonl', content: '{"id":"a","text":"野𠮷家在北京","entities":[{"start":0,"end":2,"label":"ORG"}]}\n', error: /end\.jsonl:1:\d+: entity 1: 0–2 cuts a character \(a surrogate pair\) in half/ },
    { name: 'seed.json', content: '{\n  "text": "astral.txt",\n  "entities": [\n    {"start": 1, "end": 3, "label": "LOC"}\n  ]\n}\n', error: /seed\.json:4:5: entity 1: 1–3 cuts a character/ },
  ];
  writeFileSync(join(dir, 'astral.txt'), '𠮷野家');
  for (const c of cases) {
    const r = await evalGold(c.name, c.content);
    assert.equal(r.code, 1, c.name);
    assert.equal(r.stdout, '', c.name);
    assert.match(r.stderr, c.error, c.name);
  }
  // Whole characters either side of 𠮷 are fine.
  const ok = await evalGold('whole.jsonl', '{"id":"a","text":"𠮷李克强在北京。","entities":[{"start":2,"end":5,"label":"PER"}]}\n');
  assert.equal(ok.code, 0, ok.stderr);
});
