import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic } from 'vscode-languageserver/node';
import { GlossaryService } from '../../src/server/glossaries';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-glossary-service-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The diagnostics published for each file of a fresh service over `files` (name → YAML). */
function diagnostics(files: Record<string, string>): Map<string, Diagnostic[]> {
  const published = new Map<string, Diagnostic[]>();
  const paths = Object.entries(files).map(([name, yaml]) => {
    writeFileSync(join(dir, name), yaml);
    return join(dir, name);
  });
  new GlossaryService((uri, d) => published.set(uri, d)).setFiles(paths.map((path) => ({ path, origin: 'workspace' })));
  return new Map(Object.keys(files).map((name) => [name, published.get(pathToFileURL(join(dir, name)).toString()) ?? []]));
}

const range = (d: Diagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

test('problems after characters outside the BMP are placed in UTF-16 columns, as the editor counts', () => {
  const cases: Array<{ name: string; yaml: string; range: number[]; message: RegExp }> = [
    // `label: BAD` at code-point column 24; three 𠮷 before it are two units each.
    { name: 'three 𠮷 before', yaml: 'terms:\n  - {term: 𠮷𠮷𠮷, label: BAD}\n', range: [1, 26, 1, 29], message: /label/ },
    { name: 'none before', yaml: 'terms:\n  - {term: 吉吉吉, label: BAD}\n', range: [1, 23, 1, 26], message: /label/ },
    { name: 'one before, CRLF', yaml: 'terms:\r\n  - {term: 𠮷, label: BAD}\r\n', range: [1, 22, 1, 25], message: /label/ },
  ];
  for (const c of cases) {
    const [d] = diagnostics({ 'one.glossary.yaml': c.yaml }).get('one.glossary.yaml')!;
    assert.match(d.message, c.message, c.name);
    assert.deepEqual(range(d), c.range, c.name);
  }
});

test('an entry defined in two files: the warning in the file it is dropped from, in UTF-16 columns', () => {
  const got = diagnostics({
    'a.glossary.yaml': 'terms: [{term: 𠮷𠮷}, {term: 新质生产力}]\n',
    'b.glossary.yaml': 'terms: [{term: 𠮷𠮷, category: x}, {term: 新质生产力, label: ORG}]\n',
  });
  assert.deepEqual(got.get('a.glossary.yaml'), []);
  const b = got.get('b.glossary.yaml')!;
  assert.equal(b.length, 2);
  // `{term: 新质生产力` starts at code point 33, UTF-16 unit 35 (two 𠮷 before it).
  assert.match(b[1].message, /entry `新质生产力` is defined twice/);
  assert.deepEqual(range(b[1]), [0, 35, 0, 35]);
  assert.deepEqual(range(b[0]), [0, 8, 0, 8]);
});

test('a glossary read for the first time with an error: its sound entries are used, the error is shown; an edit with an error keeps the last version', () => {
  const file = join(dir, 'first.glossary.yaml');
  // Made-up terms, in no built-in entry.
  writeFileSync(file, 'terms:\n  - {term: 数智乡村通}\n  - {term: 云上村晚}\n  - {category: 无词条}\n');
  const published = new Map<string, Diagnostic[]>();
  const service = new GlossaryService((uri, d) => published.set(uri, d));
  service.setFiles([{ path: file, origin: 'workspace' }]);
  const found = (t: string) => service.find(t).map((a) => t.slice(a.start, a.end));
  assert.deepEqual(found('推进数智乡村通和云上村晚'), ['数智乡村通', '云上村晚']);
  assert.ok((published.get(pathToFileURL(file).toString()) ?? []).some((d) => /missing required field `term`/.test(d.message)), 'the error is shown');
  // Edited with an error again: the version in use stays (the new term is not taken from a file with an error).
  writeFileSync(file, 'terms:\n  - {term: 数智乡村通}\n  - {term: 渝见好书}\n  - {category: 无词条}\n');
  service.reload(file);
  assert.deepEqual(found('数智乡村通、渝见好书、云上村晚'), ['数智乡村通', '云上村晚']);
});
