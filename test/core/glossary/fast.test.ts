import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlossary } from '../../../src/core/glossary/parse';
import { parseGlossaryFast } from '../../../src/core/glossary/fast';
import { lineColAt, lineStarts } from '../../../src/core/text/offsets';

/*
 * The js-yaml fast path is a shortcut for problem-free files: whenever it answers, the slow path
 * (the `yaml` Document API with located problems) must find no problem and the same entries.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const BUILTIN = readFileSync(join(ROOT, 'glossary', 'builtin.glossary.yaml'), 'utf8');

function fast(text: string) {
  const starts = lineStarts(text);
  return parseGlossaryFast(text, 'f.yaml', (o) => lineColAt(text, starts, o));
}

function agree(text: string): 'fast' | 'slow' {
  const f = fast(text);
  const slow = parseGlossary(text, 'f.yaml', { fast: false });
  if (f === undefined) return 'slow';
  assert.deepEqual(slow.errors, [], `fast path accepted a file the slow path faults: ${JSON.stringify(text.slice(0, 200))}`);
  assert.deepEqual(f, slow.entries);
  return 'fast';
}

const SAMPLES: [string, 'fast' | 'slow'][] = [
  ['terms: []\n', 'fast'],
  ['terms:\n  - term: a\n    aliases: [b, " c "]\n    source: { title: " t ", url: "https://a.b/x?y=1&z=2" }\n', 'fast'],
  ['\uFEFFterms:\n  - term: 𠀀\n  -   term: b\n      definition: |\n        q\n  - {term: c}\n', 'fast'],
  ['terms:\n  - ? term\n    : d\n', 'fast'],
  ['terms:\n  - term: "2349"\n    updated: 2025-01\n    label: LOC\n', 'fast'],
  ['terms:\n  - term: 2349\n', 'slow'],
  ['terms:\n  - term: 1_000\n', 'fast'],
  ['terms:\n  - term: a\n    aliases: &x [b]\n  - term: c\n    aliases: *x\n', 'slow'],
  ['terms:\n  - &e {term: a}\n  - *e\n', 'slow'],
  ['terms:\n  - term: a\n    <<: {summary: s}\n', 'slow'],
  ['terms:\n  - term: a\n    term: b\n', 'slow'],
  ['terms:\n  - term: a\n  - term: a\n', 'slow'],
  ['terms:\n  - term: a\n    colour: red\n', 'slow'],
  ['terms:\n  - term: !!binary aGVsbG8=\n', 'slow'],
  ['terms:\n  - term: a\n    summary: "x\\ny"\n', 'slow'],
  ['terms: []\n---\nterms: []\n', 'slow'],
  ['terms: []\nnotes: x\n', 'slow'],
  ['terms:\n  - term: a\n    aliases:\n', 'slow'],
  ['terms:\n  - term: a\n    source: { title: t, url: "javascript:x" }\n', 'slow'],
  ['', 'slow'],
];

for (const [text, path] of SAMPLES) {
  test(`fast and slow paths agree (${path}): ${JSON.stringify(text)}`, () => assert.equal(agree(text), path));
}

test('the built-in glossary takes the fast path, with the same entries and locations', () => {
  assert.equal(agree(BUILTIN), 'fast');
});

test('fast and slow paths agree on mutated excerpts of the built-in glossary', () => {
  const pieces = ['', ' ', '  ', '\n', '- ', ': ', '"', "'", '[', ']', '{', '}', ',', '#', '&a ', '*a', '!!str ', '|', '>', '? ', '\t', '2349', 'term: x', 'id: y'];
  let seed = 5;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  let fastCount = 0;
  for (let n = 0; n < 400; n++) {
    const from = BUILTIN.indexOf('\n  - ', Math.floor(rand() * BUILTIN.length * 0.9));
    let text = 'terms:' + BUILTIN.slice(from, from + 600 + Math.floor(rand() * 600));
    for (let k = Math.floor(rand() * 3); k > 0; k--) {
      const at = Math.floor(rand() * text.length);
      text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at + Math.floor(rand() * 3));
    }
    if (agree(text) === 'fast') fastCount++;
  }
  assert.ok(fastCount > 20, `the fast path answered only ${fastCount} times`);
});
