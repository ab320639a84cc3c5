import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGlossary } from '../../../src/core/glossary/parse';
import { MAX_GLOSSARY_BYTES } from '../../../src/core/glossary/types';

const F = 'x.glossary.yaml';

function errorsOf(input: string | Uint8Array) {
  const r = parseGlossary(input, F);
  return { ...r, hard: r.errors.filter((e) => e.severity === 'error'), soft: r.errors.filter((e) => e.severity === 'warning') };
}

test('a good file gives entries with defaults and locations, and no problems', () => {
  const text = [
    '# comment',
    'terms:',
    '  - term: 新质生产力',
    '    aliases: [新质]',
    '    category: 发展理念',
    '    summary: 一行',
    '    source: { title: 报告, url: "https://www.gov.cn/", publication: 国务院 }',
    '    related: [新型工业化]',
    '    updated: 2025-01-20',
    '  - id: c33618',
    '    term: “33618”现代制造业集群体系',
    '    aliases: ["33618"]',
    '    label: ORG',
    '',
  ].join('\n');
  const r = parseGlossary(text, F);
  assert.deepEqual(r.errors, []);
  assert.equal(r.entries.length, 2);
  const [a, b] = r.entries;
  assert.equal(a.id, '新质生产力');
  assert.deepEqual(a.aliases, ['新质']);
  assert.equal(a.source?.url, 'https://www.gov.cn/');
  assert.equal(a.updated, '2025-01-20');
  assert.deepEqual(a.location, { file: F, line: 3, col: 5, offset: text.indexOf('term: 新质') });
  assert.equal(b.id, 'c33618');
  assert.equal(b.label, 'ORG');
  assert.equal(b.location.line, 10);
});

// Each malformed input: expected code, severity error, and the 1-based line (and col) it must point at.
const MALFORMED: { name: string; text: string; code: string; line: number; col?: number }[] = [
  { name: 'bad indentation', text: 'terms:\n  - term: a\n   category: b\n', code: 'yaml-syntax', line: 3 },
  { name: 'unclosed flow list', text: 'terms:\n  - term: a\n    aliases: [x, y\n', code: 'yaml-syntax', line: 4 },
  { name: 'tab indentation', text: 'terms:\n\t- term: a\n', code: 'yaml-syntax', line: 2 },
  { name: 'duplicate key in an entry', text: 'terms:\n  - term: a\n    term: b\n', code: 'duplicate-key', line: 3, col: 5 },
  { name: 'duplicate top-level key', text: 'terms: []\nterms: []\n', code: 'duplicate-key', line: 2, col: 1 },
  { name: 'term is a number', text: 'terms:\n  - term: 2349\n', code: 'schema', line: 2, col: 11 },
  { name: 'term missing', text: 'terms:\n  - category: x\n', code: 'schema', line: 2, col: 5 },
  { name: 'term empty', text: 'terms:\n  - term: "  "\n', code: 'schema', line: 2, col: 11 },
  { name: 'aliases not a list', text: 'terms:\n  - term: a\n    aliases: b\n', code: 'schema', line: 3, col: 14 },
  { name: 'alias is a number', text: 'terms:\n  - term: a\n    aliases: [b, 33618]\n', code: 'schema', line: 3, col: 18 },
  { name: 'source is a string', text: 'terms:\n  - term: a\n    source: 报告\n', code: 'schema', line: 3, col: 13 },
  { name: 'source without title', text: 'terms:\n  - term: a\n    source: { url: "https://a.b/" }\n', code: 'schema', line: 3, col: 13 },
  { name: 'javascript: url', text: 'terms:\n  - term: a\n    source: { title: t, url: "javascript:alert(1)" }\n', code: 'schema', line: 3 },
  { name: 'bad label', text: 'terms:\n  - term: a\n    label: PERSON\n', code: 'schema', line: 3, col: 12 },
  { name: 'bad date', text: 'terms:\n  - term: a\n    updated: 20 Jan\n', code: 'schema', line: 3, col: 14 },
  { name: 'entry is a string', text: 'terms:\n  - 两会\n', code: 'schema', line: 2, col: 5 },
  { name: 'terms is a mapping', text: 'terms:\n  a: 1\n', code: 'schema', line: 2, col: 3 },
  { name: 'no terms', text: 'entries: []\n', code: 'schema', line: 1, col: 1 },
  { name: 'top level is a list', text: '- term: a\n', code: 'schema', line: 1, col: 1 },
  { name: 'duplicate id', text: 'terms:\n  - term: a\n  - term: a\n', code: 'duplicate-entry', line: 3, col: 5 },
  { name: 'two documents', text: 'terms: []\n---\nterms: []\n', code: 'yaml-syntax', line: 2 },
  { name: 'empty file', text: '', code: 'empty', line: 1, col: 1 },
  { name: 'only comments', text: '# nothing yet\n\n', code: 'empty', line: 1, col: 1 },
  { name: 'NUL in text', text: 'terms:\n  - term: a\u0000b\n', code: 'binary', line: 2, col: 12 },
  { name: 'replacement char', text: 'terms:\n  - term: \uFFFD\n', code: 'binary', line: 2, col: 11 },
];

for (const m of MALFORMED) {
  test(`malformed: ${m.name} → located ${m.code} error, no throw`, () => {
    const r = errorsOf(m.text);
    const e = r.hard.find((x) => x.code === m.code);
    assert.ok(e, `expected a ${m.code} error, got ${JSON.stringify(r.errors)}`);
    assert.equal(e.file, F);
    assert.equal(e.line, m.line, e.message);
    if (m.col !== undefined) assert.equal(e.col, m.col, e.message);
    assert.ok(e.offset <= e.endOffset && e.endOffset <= m.text.length);
    assert.ok(e.message.length > 5);
  });
}

test('unknown fields are warnings, and the entry still loads', () => {
  const r = errorsOf('terms:\n  - term: a\n    colour: red\n    source: { title: t, isbn: x }\nversion: 2\n');
  assert.equal(r.hard.length, 0);
  assert.deepEqual(r.soft.map((w) => [w.code, w.line, w.col]), [['unknown-field', 3, 5], ['unknown-field', 4, 25], ['unknown-field', 5, 1]]);
  assert.equal(r.entries.length, 1);
});

test('a multi-line summary is a warning', () => {
  const r = errorsOf('terms:\n  - term: a\n    summary: |\n      one\n      two\n');
  assert.deepEqual(r.soft.map((w) => w.line), [3]);
});

test('a 5 MB file is refused at 1:1 with the limit in the message, as text and as bytes', () => {
  const big = 'terms:\n' + '  - term: 新质生产力\n'.repeat(Math.ceil((5 * 1024 * 1024) / 20));
  for (const input of [big, new TextEncoder().encode(big)]) {
    const r = errorsOf(input);
    assert.equal(r.entries.length, 0);
    assert.equal(r.hard.length, 1);
    assert.equal(r.hard[0].code, 'too-large');
    assert.equal(r.hard[0].line, 1);
    assert.match(r.hard[0].message, new RegExp(`${MAX_GLOSSARY_BYTES / 1024 / 1024} MiB`));
  }
});

test('a binary file (bytes) is refused with its place', () => {
  const bytes = new Uint8Array([0x74, 0x65, 0x72, 0x6d, 0x73, 0x3a, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
  const r = errorsOf(bytes);
  assert.equal(r.hard[0].code, 'binary');
  assert.deepEqual([r.hard[0].line, r.hard[0].col], [2, 1]);
});

test('GBK bytes are refused as not UTF-8', () => {
  const r = errorsOf(new Uint8Array([0x74, 0x3a, 0x20, 0xc1, 0xbd, 0xbb, 0xe1]));
  assert.equal(r.hard[0].code, 'binary');
  assert.match(r.hard[0].message, /UTF-8/);
});

test('a BOM is accepted, and columns count code points', () => {
  const r = errorsOf('\uFEFFterms:\n  - term: 𠀀x\n    label: Q\n');
  assert.equal(r.hard.length, 1);
  assert.deepEqual([r.hard[0].line, r.hard[0].col], [3, 12]);
  assert.equal(r.entries[0].term, '𠀀x');
});

test('random garbage never throws', () => {
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = ['terms:', '\n', '  ', '- ', 'term: ', ':', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '!!int ', '|', '>', '两会', '\t', '---', '%YAML 1.2'];
  for (let n = 0; n < 300; n++) {
    let s = '';
    const len = Math.floor(rand() * 30);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
    const r = parseGlossary(s, F);
    for (const e of r.errors) assert.ok(e.line >= 1 && e.col >= 1, JSON.stringify(s));
  }
});

test('YAML anchors and aliases stand for what they name: an aliased list or mapping is read like one written out', () => {
  const yaml = ['terms:', '  - term: 甲乙丙', '    aliases: &al [庚辛]', '    source: &src', '      title: 报告', '  - term: 丁戊己', '    aliases: *al', '    source: *src', ''].join('\n');
  for (const fast of [true, false]) {
    const r = parseGlossary(yaml, 'a.glossary.yaml', { fast });
    assert.deepEqual(r.errors.filter((e) => e.severity === 'error'), [], `fast: ${fast}`);
    assert.deepEqual(
      r.entries.map((e) => [e.term, e.aliases, e.source?.title]),
      [
        ['甲乙丙', ['庚辛'], '报告'],
        ['丁戊己', ['庚辛'], '报告'],
      ],
      `fast: ${fast}`,
    );
  }
  // Nested aliases are not expanded: a "billion laughs" file is refused as the schema says, quickly.
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'terms:', '  - term: 甲', '    aliases: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n');
  const r = parseGlossary(bomb, 'bomb.glossary.yaml', { fast: false });
  assert.ok(r.errors.some((e) => /aliases/.test(e.message)), JSON.stringify(r.errors));
});

test('a U+FFFD written in a file checked as UTF-8 is a character; in a string of unknown decoding it marks a byte that failed', () => {
  const yaml = 'terms:\n  - term: 替换\ufffd符\n';
  const table: Array<[string | Uint8Array, { validUtf8?: boolean }, string]> = [
    [yaml, { validUtf8: true }, 'entries 1'],
    [new TextEncoder().encode(yaml), {}, 'entries 1'],
    [yaml, {}, 'binary 2:13'],
  ];
  for (const [input, options, want] of table) {
    const r = parseGlossary(input, 'x.glossary.yaml', options);
    const got = r.errors.length ? `${r.errors[0].code} ${r.errors[0].line}:${r.errors[0].col}` : `entries ${r.entries.length}`;
    assert.equal(got, want, `${typeof input} ${JSON.stringify(options)}`);
  }
});
