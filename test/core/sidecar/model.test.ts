import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, detectLineEndings, parseSidecar, quoteAt, serializeSidecar, articleSha256 } from '../../../src/core/sidecar';
import { GENERATOR, HARD_TEXT, hardAnnotations, NOW } from './fixtures';
import { createHash } from 'node:crypto';

const build = () => buildSidecar(HARD_TEXT, hardAnnotations(), { path: 'hard.txt', hadBom: true, generator: GENERATOR, now: NOW });

test('document: hash of the bytes with the BOM, both lengths, line endings', () => {
  const s = build();
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HARD_TEXT, 'utf8')]);
  assert.equal(s.document.sha256, createHash('sha256').update(bytes).digest('hex'));
  assert.equal(s.document.length.utf16, HARD_TEXT.length);
  assert.equal(s.document.length.codePoints, [...HARD_TEXT].length);
  assert.notEqual(s.document.length.utf16, s.document.length.codePoints);
  assert.equal(s.document.lineEndings, 'crlf');
  assert.equal(s.document.hadBom, true);
});

test('line endings', () => {
  for (const [text, expected] of [['a\nb\n', 'lf'], ['a\r\nb', 'crlf'], ['a\r\nb\n', 'mixed'], ['ab', 'none'], ['a\rb', 'mixed']] as const) {
    assert.equal(detectLineEndings(text), expected, JSON.stringify(text));
  }
});

test('annotations: code-point offsets and quotes with 32 code points of context', () => {
  const s = build();
  for (const a of s.annotations) {
    assert.equal(HARD_TEXT.slice(a.start, a.end), a.quote.exact);
    assert.equal([...HARD_TEXT].slice(a.startCodePoint, a.endCodePoint).join(''), a.quote.exact);
    assert.ok(HARD_TEXT.slice(0, a.start).endsWith(a.quote.prefix));
    assert.ok(HARD_TEXT.slice(a.end).startsWith(a.quote.suffix));
    assert.ok([...a.quote.prefix].length <= 32 && [...a.quote.suffix].length <= 32);
  }
  const long = '𠮷'.repeat(40) + '重庆' + '😀'.repeat(40);
  const q = quoteAt(long, 80, 82);
  assert.equal(q.prefix, '𠮷'.repeat(32));
  assert.equal(q.suffix, '😀'.repeat(32));
  // A window that starts inside a surrogate pair must not keep the lone half.
  const odd = 'a' + '𠮷'.repeat(10) + '重';
  assert.equal(quoteAt(odd, odd.length - 1, odd.length).prefix, 'a' + '𠮷'.repeat(10));
});

test('ids are stable: the same input gives the same ids, and given ids are kept', () => {
  const a = build();
  const b = build();
  assert.deepEqual(a.annotations.map((x) => x.id), b.annotations.map((x) => x.id));
  assert.equal(new Set(a.annotations.map((x) => x.id)).size, a.annotations.length);
  const c = buildSidecar(HARD_TEXT, [{ ...hardAnnotations()[0], id: 'mine' }], { path: 'hard.txt', generator: GENERATOR, now: NOW });
  assert.equal(c.annotations[0].id, 'mine');
});

test('serialize → parse → serialize gives the same bytes; two-space JSON with a trailing newline', () => {
  const text = serializeSidecar(build());
  assert.ok(text.endsWith('}\n'));
  assert.match(text, /^\{\n  "\$schema": /);
  const parsed = parseSidecar(text, 'hard.annotations.json');
  assert.ok(parsed.sidecar, JSON.stringify(parsed.errors));
  assert.equal(serializeSidecar(parsed.sidecar), text);
});

test('unknown fields at the top, in document, generator and annotations survive a rewrite', () => {
  const json = JSON.parse(serializeSidecar(build()));
  json.reviewer = { name: '王' };
  json.document.source = 'cqrb';
  json.generator.host = 'ci';
  json.annotations[2].reviewedBy = ['王', '李'];
  json.orphans = [];
  const parsed = parseSidecar(JSON.stringify(json), 'x.annotations.json');
  assert.ok(parsed.sidecar, JSON.stringify(parsed.errors));
  const rebuilt = buildSidecar(HARD_TEXT, parsed.sidecar.annotations, { path: 'hard.txt', hadBom: true, generator: GENERATOR, now: NOW, previous: parsed.sidecar });
  const again = JSON.parse(serializeSidecar(rebuilt));
  assert.deepEqual(again.reviewer, { name: '王' });
  assert.equal(again.document.source, 'cqrb');
  assert.equal(again.generator.host, 'ci');
  assert.deepEqual(again.annotations[2].reviewedBy, ['王', '李']);
});

test('modified moves only for changed annotations; created is kept', () => {
  const first = build();
  const later = '2026-02-01T00:00:00.000Z';
  const changed = first.annotations.map((a, i) => (i === 1 ? { ...a, status: 'accepted' as const } : a));
  const second = buildSidecar(HARD_TEXT, changed, { path: 'hard.txt', hadBom: true, generator: GENERATOR, now: later, previous: first });
  second.annotations.forEach((a, i) => {
    assert.equal(a.created, NOW);
    assert.equal(a.modified, i === 1 ? later : NOW, a.quote.exact);
  });
});

test('hash helper matches buildSidecar', () => {
  assert.equal(articleSha256(HARD_TEXT, true), build().document.sha256);
  assert.notEqual(articleSha256(HARD_TEXT, false), build().document.sha256);
});
