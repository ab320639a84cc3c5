import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendTermToGlossary } from '../../../src/core/glossary/append';
import { parseGlossary } from '../../../src/core/glossary/parse';

const COMMENTED = `# Newsroom glossary — keep this header
# second header line

terms: # the list
  # first entry
  - term: 新质生产力 # trailing comment
    aliases: ['新质']   # odd spacing kept
    definition: |
      第一行
      # not a comment: inside a block scalar

  # between entries
  - term: 两会
    summary: "quoted"
# a comment at column 0 after the list
extra_notes: kept  # unknown field stays
# final comment
`;

function comments(text: string): string[] {
  return text.split('\n').filter((l) => l.includes('#')).map((l) => l.trim());
}

test('round trip on a commented file keeps every original line and adds the entry to the list', () => {
  const r = appendTermToGlossary(COMMENTED, { term: '长护险', aliases: ['长期护理保险'], summary: '一行' });
  assert.ok(r.ok);
  for (const c of comments(COMMENTED)) assert.ok(r.text.includes(c), `lost: ${c}`);
  // Nothing of the original is changed: removing the inserted lines gives it back byte for byte.
  const added = r.text.split('\n').filter((l) => !COMMENTED.split('\n').includes(l));
  assert.equal(r.text.split('\n').filter((l) => !added.includes(l)).join('\n'), COMMENTED);
  const lines = r.text.split('\n');
  assert.equal(lines[r.line - 1], '  - term: 长护险');
  assert.equal(r.text.slice(r.offset, r.offset + 8), '- term: ');
  const parsed = parseGlossary(r.text, 'g.yaml');
  assert.deepEqual(parsed.entries.map((e) => e.term), ['新质生产力', '两会', '长护险']);
  assert.deepEqual(parsed.entries[2].aliases, ['长期护理保险']);
  assert.equal(parsed.entries[2].location.line, r.line);
  assert.equal(parsed.entries[0].definition, '第一行\n# not a comment: inside a block scalar\n');
});

test('the new entry follows the list indentation', () => {
  const text = 'terms:\n- term: a\n- term: b\n';
  const r = appendTermToGlossary(text, { term: 'c', aliases: ['d'] });
  assert.ok(r.ok);
  assert.equal(r.text, 'terms:\n- term: a\n- term: b\n- term: c\n  aliases:\n    - d\n');
  assert.equal(r.line, 4);
});

test('a file without a final newline', () => {
  const r = appendTermToGlossary('terms:\n  - term: a', { term: 'b' });
  assert.ok(r.ok);
  assert.equal(r.text, 'terms:\n  - term: a\n  - term: b\n');
});

test('CRLF files stay CRLF', () => {
  const r = appendTermToGlossary('# c\r\nterms:\r\n  - term: a\r\n', { term: 'b', summary: 's' });
  assert.ok(r.ok);
  assert.equal(r.text, '# c\r\nterms:\r\n  - term: a\r\n  - term: b\r\n    summary: s\r\n');
});

const CREATE: { name: string; text: string; want: string; line: number }[] = [
  { name: 'empty file', text: '', want: 'terms:\n  - term: x\n', line: 2 },
  { name: 'only comments', text: '# glossary\n', want: '# glossary\nterms:\n  - term: x\n', line: 3 },
  { name: 'terms: with no value', text: '# c\nterms:\n# end\n', want: '# c\nterms:\n  - term: x\n# end\n', line: 3 },
  { name: 'empty flow list', text: 'terms: [] # none yet\n', want: 'terms:\n  - term: x\n # none yet\n', line: 2 },
  { name: 'other keys only', text: 'notes: a # keep\n', want: 'notes: a # keep\nterms:\n  - term: x\n', line: 3 },
];
for (const c of CREATE) {
  test(`creates the list: ${c.name}`, () => {
    const r = appendTermToGlossary(c.text, { term: 'x' });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.text, c.want);
    assert.equal(r.line, c.line);
    assert.deepEqual(parseGlossary(r.text, 'g').entries.map((e) => e.term), ['x']);
  });
}

test('values that need quoting are quoted and read back the same', () => {
  const entry = { term: '2349', aliases: ['6+3', 'a: b', '#tag', "it's"], definition: '第一行\n第二行', source: { title: 'T', url: 'https://example.org/a?b=c#d' } };
  const r = appendTermToGlossary('terms:\n  - term: a\n', entry);
  assert.ok(r.ok);
  const parsed = parseGlossary(r.text, 'g');
  assert.deepEqual(parsed.errors, []);
  const e = parsed.entries[1];
  assert.equal(e.term, '2349');
  assert.deepEqual(e.aliases, entry.aliases);
  assert.equal(e.definition, entry.definition);
  assert.equal(e.source?.url, entry.source.url);
});

test('a file with YAML errors is left alone, with where', () => {
  const r = appendTermToGlossary('terms:\n  - term: [a\n', { term: 'b' });
  assert.equal(r.ok, false);
  if (!r.ok) assert.ok(r.line >= 2);
});
