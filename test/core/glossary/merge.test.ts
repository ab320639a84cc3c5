import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeGlossaries } from '../../../src/core/glossary/merge';
import { GlossaryEntry } from '../../../src/core/glossary/types';

function entry(file: string, line: number, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id: term, term, aliases: [], related: [], location: { file, line, col: 5, offset: line * 10 }, ...extra };
}

test('workspace > user > built-in, whatever order the sources come in', () => {
  const merged = mergeGlossaries([
    { source: 'builtin', file: 'b.yaml', entries: [entry('b.yaml', 3, '两会', { summary: 'builtin' }), entry('b.yaml', 9, '十四五')] },
    { source: 'workspace', file: 'w.yaml', entries: [entry('w.yaml', 2, '两会', { summary: 'workspace' })] },
    { source: 'user', file: 'u.yaml', entries: [entry('u.yaml', 4, '两会', { summary: 'user' }), entry('u.yaml', 8, '十四五', { summary: 'user' })] },
  ]);
  assert.equal(merged.byId.get('两会')?.summary, 'workspace');
  assert.equal(merged.byId.get('十四五')?.summary, 'user');
  assert.equal(merged.origin.get('两会'), 'workspace');
  assert.deepEqual(merged.entries.map((e) => e.id), ['两会', '十四五']);
  assert.deepEqual(
    merged.duplicates.map((d) => [d.kind, d.key, d.kept.location.file, d.dropped.location.file]),
    [['id', '两会', 'w.yaml', 'u.yaml'], ['id', '两会', 'w.yaml', 'b.yaml'], ['id', '十四五', 'u.yaml', 'b.yaml']],
  );
});

test('a duplicate report names both locations', () => {
  const merged = mergeGlossaries([
    { source: 'builtin', file: 'b.yaml', entries: [entry('b.yaml', 7, '两会')] },
    { source: 'workspace', file: 'w.yaml', entries: [entry('w.yaml', 2, '两会')] },
  ]);
  const [d] = merged.duplicates;
  assert.match(d.message, /w\.yaml:2:5/);
  assert.match(d.message, /b\.yaml:7:5/);
  assert.equal(d.kept.source, 'workspace');
  assert.equal(d.dropped.source, 'builtin');
});

test('an alias claimed by an earlier entry is removed from the later one, which stays', () => {
  const merged = mergeGlossaries([
    { source: 'user', file: 'u.yaml', entries: [entry('u.yaml', 1, '长护险', { aliases: ['长期护理保险', 'LTCI'] })] },
    { source: 'workspace', file: 'w.yaml', entries: [entry('w.yaml', 1, '长期护理保险制度', { aliases: ['长期护理保险'] })] },
  ]);
  assert.deepEqual(merged.byId.get('长期护理保险制度')?.aliases, ['长期护理保险']);
  assert.deepEqual(merged.byId.get('长护险')?.aliases, ['LTCI']);
  assert.deepEqual(merged.duplicates.map((d) => [d.kind, d.key, d.kept.id, d.dropped.id]), [['term', '长期护理保险', '长期护理保险制度', '长护险']]);
});

test('forms that differ only by width or quotes are the same term', () => {
  const merged = mergeGlossaries([
    { source: 'workspace', file: 'w.yaml', entries: [entry('w.yaml', 1, 'a', { aliases: ['“33618”'] })] },
    { source: 'builtin', file: 'b.yaml', entries: [entry('b.yaml', 1, 'b', { aliases: ['３３６１８'] })] },
  ]);
  assert.equal(merged.duplicates.length, 1);
  assert.equal(merged.duplicates[0].kind, 'term');
});

test('files of the same origin keep their order', () => {
  const merged = mergeGlossaries([
    { source: 'workspace', file: 'a.yaml', entries: [entry('a.yaml', 1, 'x', { summary: 'a' })] },
    { source: 'workspace', file: 'b.yaml', entries: [entry('b.yaml', 1, 'x', { summary: 'b' })] },
  ]);
  assert.equal(merged.byId.get('x')?.summary, 'a');
});
