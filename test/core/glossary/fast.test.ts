import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseGlossary } from '../../../src/core/glossary/parse';
import { parseGlossaryFast } from '../../../src/core/glossary/fast';
import { scanGlossary } from '../../../src/core/glossary/scan';
import { lineColAt, lineStarts } from '../../../src/core/text/offsets';

/*
 * The line scanner and the js-yaml fast path are shortcuts for problem-free files: whenever one
 * answers, the slow path (the `yaml` Document API with located problems) must find no problem and
 * the same entries.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const BUILTIN = readFileSync(join(ROOT, 'glossary', 'builtin.glossary.yaml'), 'utf8');

function fast(text: string) {
  const starts = lineStarts(text);
  return parseGlossaryFast(text, 'f.yaml', (o) => lineColAt(text, starts, o));
}

function agree(text: string): 'fast' | 'slow' {
  const f = fast(text);
  const s = scanGlossary(text, 'f.yaml');
  const slow = parseGlossary(text, 'f.yaml', { fast: false });
  if (s !== undefined) {
    assert.deepEqual(slow.errors, [], `the scanner accepted a file the slow path faults: ${JSON.stringify(text.slice(0, 200))}`);
    assert.deepEqual(s, slow.entries, `scanner: ${JSON.stringify(text.slice(0, 200))}`);
    scanned++;
  }
  if (f === undefined) return 'slow';
  assert.deepEqual(slow.errors, [], `fast path accepted a file the slow path faults: ${JSON.stringify(text.slice(0, 200))}`);
  assert.deepEqual(f, slow.entries);
  return 'fast';
}

/** Files the line scanner answered for (it leaves unusual ones to the js-yaml path). */
let scanned = 0;

/** Whether the scanner answers (and when it does, that it agrees with the slow path). */
function scans(text: string): boolean {
  const before = scanned;
  agree(text);
  return scanned > before;
}

const SCANNER: [string, string, boolean][] = [
  ['block lists, nested source, comments, CRLF', 'terms: # all\r\n  - term: 甲 # c\r\n    aliases:\r\n      - 乙\r\n      - "丙 "\r\n\r\n    source:\r\n      title: t\r\n      url: https://a.b/#x\r\n', true],
  ['flow lists with quotes', "terms:\n- term: 'it''s'\n  aliases: [a, \"b, c\", 'd']\n  related: []\n  updated: 2025-01-20\n", true],
  ['a date, 6+3 and a colon without space are strings', 'terms:\n  - term: 6+3\n    summary: a:b\n    updated: 2025-01\n', true],
  ['more spaces after the dash', 'terms:\n  -   term: b\n      definition: d\n', true],
  ['terms: []', 'terms: []\n', true],
  ['a number is left to the others', 'terms:\n  - term: "2349"\n    summary: 1e3\n', false],
  ['null is left to the others', 'terms:\n  - term: a\n    summary: ~\n', false],
  ['block scalar', 'terms:\n  - term: a\n    definition: |\n      x\n', false],
  ['continuation line', 'terms:\n  - term: a\n    definition: x\n      y\n', false],
  ['flow mapping', 'terms:\n  - {term: c}\n', false],
  ['escape', 'terms:\n  - term: "a\\u0041"\n', false],
  ['tab', 'terms:\n  - term: a\tb\n', false],
  ['comment after a quote', 'terms:\n  - term: "a #b" # x\n    summary: \'c\' #\n', true],
  ['comment after a flow list with quotes', 'terms:\n  - term: a\n    aliases: ["b"] # x\n', false],
  ['list at the key\'s indent', 'terms:\n  - term: a\n    aliases:\n    - b\n', false],
];

for (const [name, text, scanner] of SCANNER) {
  test(`the line scanner ${scanner ? 'reads' : 'leaves'} ${name}, agreeing with the slow path`, () => assert.equal(scans(text), scanner));
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

test('a glossary as yaml.stringify writes it is read by the line scanner', () => {
  const terms = Array.from({ length: 50 }, (_, i) => ({ term: `术语${i}`, aliases: [`别名${i}`, `“引${i}”`], summary: `一行 #${i}: 说明`, source: { title: `题${i}`, url: `https://example.org/${i}?a=1&b=2` } }));
  assert.equal(scans(stringify({ terms }, { lineWidth: 0 })), true);
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
  assert.ok(scanned > 20, `the line scanner answered only ${scanned} times`);
});
