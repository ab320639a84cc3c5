import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, exportConll, exportDoccano, exportLabelStudio } from '../../../../src/core/sidecar';
import { GENERATOR, HARD_TEXT, hardAnnotations, NOW } from '../fixtures';

const sidecar = buildSidecar(HARD_TEXT, hardAnnotations(), { path: 'hard.txt', generator: GENERATOR, now: NOW });

test('conll: one code point per line with its BIO tag, a blank line after each sentence, no white space', () => {
  const out = exportConll({ text: HARD_TEXT, sidecar, stem: 'hard' })[0];
  assert.equal(out.name, 'hard.conll');
  const sentences = out.content.trimEnd().split('\n\n').map((s) => s.split('\n').map((l) => l.split('\t')));
  // Line 1 is one sentence; line 2 ends with 。” (the closing quote stays with its sentence); line 4 one.
  assert.equal(sentences.length, 3);
  assert.deepEqual(sentences[0].slice(0, 4), [['𠮷', 'B-ORG'], ['野', 'I-ORG'], ['家', 'I-ORG'], ['在', 'O']]);
  assert.deepEqual(sentences[1].slice(-2), [['。', 'O'], ['”', 'O']]);
  const chars = sentences.flat();
  assert.ok(chars.every(([c, tag]) => [...c].length === 1 && /^(O|[BI]-(PER|ORG|LOC|NUM|TERM))$/.test(tag)));
  assert.ok(chars.some(([c]) => c === '😀'));
  assert.ok(!chars.some(([c]) => /\s/.test(c)));
  // 2024年 was rejected: not tagged. 两江新区 is LOC (the TERM on the same span cannot also be written).
  const at = (s: string) => chars.findIndex(([c], i) => chars.slice(i, i + [...s].length).map((x) => x[0]).join('') === s);
  assert.equal(chars[at('2024年')][1], 'O');
  assert.deepEqual(chars.slice(at('两江新区'), at('两江新区') + 4).map((x) => x[1]), ['B-LOC', 'I-LOC', 'I-LOC', 'I-LOC']);
  // Every character of the text but white space is there, in order.
  assert.equal(chars.map(([c]) => c).join(''), [...HARD_TEXT].filter((c) => !/\s/.test(c)).join(''));
});

test('doccano counts UTF-16 units; label-studio counts code points', () => {
  const doccano = JSON.parse(exportDoccano({ text: HARD_TEXT, sidecar, stem: 'hard' })[0].content);
  const ls = JSON.parse(exportLabelStudio({ text: HARD_TEXT, sidecar, stem: 'hard' })[0].content)[0];
  const target = sidecar.annotations.find((a) => a.quote.exact === '𠮷祥路')!;
  assert.ok(doccano.label.some(([s, e, l]: [number, number, string]) => s === target.start && e === target.end && l === 'LOC'));
  assert.equal(HARD_TEXT.slice(target.start, target.end), '𠮷祥路');
  const region = [...ls.annotations[0].result, ...ls.predictions[0].result].find((r: { id: string; type: string }) => r.id === target.id && r.type === 'labels');
  assert.equal([...ls.data.text].slice(region.value.start, region.value.end).join(''), '𠮷祥路');
  assert.notEqual(region.value.start, target.start);
  // Suggestions are predictions, accepted ones annotations.
  const inAnnotations = new Set(ls.annotations[0].result.map((r: { id: string }) => r.id));
  for (const a of sidecar.annotations) assert.equal(inAnnotations.has(a.id), a.status === 'accepted', a.quote.exact);
});
