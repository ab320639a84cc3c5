import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { parseGlossary } from '../../../src/core/glossary/parse';

/*
 * The loader validates by hand (for located, readable messages); schemas/glossary.schema.json is
 * what editors validate with. For each sample both must agree: the schema accepts it exactly when
 * the loader reports no problem at all. (Checks across entries, such as duplicate ids, are the
 * loader's alone; the samples below have none.)
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'glossary.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const SAMPLES: string[] = [
  'terms: []',
  'terms:\n  - term: a',
  'terms:\n  - term: a\n    id: x\n    aliases: [b, c]\n    category: k\n    summary: s\n    definition: |\n      d\n      e\n    related: [r]\n    label: LOC\n    updated: 2025-01',
  'terms:\n  - term: a\n    updated: 2025-01-02',
  'terms:\n  - term: a\n    source: { title: t }',
  'terms:\n  - term: a\n    source: { title: t, url: "http://a.b/c", publication: p }',
  'terms:\n  - term: a\n    aliases: []\n    related: []',
  'terms:\n  - term: a\n    category: ""',
  // Each of the following breaks one rule.
  '{}',
  'terms: {}',
  'terms: x',
  'terms:\n  - a',
  'terms:\n  - {}',
  'terms:\n  - term: ""',
  'terms:\n  - term: "   "',
  'terms:\n  - term: 2349',
  'terms:\n  - term: true',
  'terms:\n  - term: [a]',
  'terms:\n  - term: a\n    id: ""',
  'terms:\n  - term: a\n    aliases: b',
  'terms:\n  - term: a\n    aliases: [1]',
  'terms:\n  - term: a\n    aliases: [""]',
  'terms:\n  - term: a\n    related: [{ a: 1 }]',
  'terms:\n  - term: a\n    category: 3',
  'terms:\n  - term: a\n    summary: "one\\ntwo"',
  'terms:\n  - term: a\n    definition: [x]',
  'terms:\n  - term: a\n    label: GPE',
  'terms:\n  - term: a\n    label: per',
  'terms:\n  - term: a\n    updated: 2025',
  'terms:\n  - term: a\n    updated: 2025-1-2',
  'terms:\n  - term: a\n    source: t',
  'terms:\n  - term: a\n    source: { url: "https://a.b/" }',
  'terms:\n  - term: a\n    source: { title: t, url: "ftp://a.b/" }',
  'terms:\n  - term: a\n    source: { title: t, url: "javascript:alert(1)" }',
  'terms:\n  - term: a\n    source: { title: t, url: "https://a b/" }',
  'terms:\n  - term: a\n    source: { title: t, extra: 1 }',
  'terms:\n  - term: a\n    colour: red',
  'terms: []\nversion: 1',
];

for (const sample of SAMPLES) {
  test(`schema and loader agree: ${JSON.stringify(sample)}`, () => {
    const schemaOk = validate(parse(sample)) as boolean;
    const loader = parseGlossary(sample, 's.yaml');
    const loaderOk = loader.errors.length === 0;
    assert.equal(loaderOk, schemaOk, `schema: ${JSON.stringify(validate.errors)}; loader: ${JSON.stringify(loader.errors.map((e) => e.message))}`);
  });
}

test('the samples exercise both answers', () => {
  const answers = new Set(SAMPLES.map((s) => validate(parse(s)) as boolean));
  assert.deepEqual([...answers].sort(), [false, true]);
});

test('the built-in glossary is valid against the schema', () => {
  const builtin = parse(readFileSync(join(ROOT, 'glossary', 'builtin.glossary.yaml'), 'utf8'));
  assert.ok(validate(builtin), JSON.stringify(validate.errors));
});
