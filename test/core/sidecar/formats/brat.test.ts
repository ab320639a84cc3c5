import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, exportBrat } from '../../../../src/core/sidecar';
import { annotationConf } from '../../../../src/core/sidecar/formats/brat';
import { GENERATOR, HARD_TEXT, hardAnnotations, NOW, seedArticle } from '../fixtures';

function tLines(ann: string): { label: string; frags: [number, number][]; text: string }[] {
  return ann
    .split('\n')
    .filter((l) => l.startsWith('T'))
    .map((l) => {
      const [, typeOffsets, text] = l.split('\t');
      const [label, ...rest] = typeOffsets.split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      return { label, frags, text };
    });
}

for (const [name, text, annotations] of [
  ['hard text', HARD_TEXT, hardAnnotations()],
  ['seed article', seedArticle().text, seedArticle().annotations],
] as const) {
  test(`brat (${name}): every T line's offsets slice its text out of the .txt in code points`, () => {
    const sidecar = buildSidecar(text, annotations, { path: 'a.txt', generator: GENERATOR, now: NOW });
    const files = exportBrat({ text, sidecar, stem: 'a' });
    const txt = files.find((f) => f.name === 'a.txt')!.content;
    const ann = files.find((f) => f.name === 'a.ann')!.content;
    const codePoints = [...txt];
    const lines = tLines(ann);
    assert.equal(lines.length, annotations.length);
    for (const t of lines) {
      const sliced = t.frags.map(([s, e]) => codePoints.slice(s, e).join('')).join(' ');
      assert.equal(sliced, t.text);
    }
  });
}

test('brat: a span across a line break is written as fragments; attributes, notes and glossary links', () => {
  const text = '重庆\r\n两江新区';
  const sidecar = buildSidecar(
    text,
    [{ start: 0, end: text.length, label: 'LOC', confidence: 1, source: 'manual', status: 'accepted', note: 'two\tlines\nhere' },
     { start: 4, end: 8, label: 'TERM', confidence: 1, source: 'glossary', status: 'suggested', glossaryId: 'liang jiang' }],
    { path: 'a.txt', generator: GENERATOR, now: NOW },
  );
  const ann = exportBrat({ text, sidecar, stem: 'a' }).find((f) => f.name === 'a.ann')!.content;
  assert.match(ann, /^T1\tLOC 0 2;4 8\t重庆 两江新区$/m);
  assert.match(ann, /^A\d+\tStatus T1 accepted$/m);
  assert.match(ann, /^A\d+\tSource T2 glossary$/m);
  assert.match(ann, /^N1\tReference T2 Glossary:liang%20jiang\t两江新区$/m);
  assert.match(ann, /^#1\tAnnotatorNotes T1\ttwo lines here$/m);
  const conf = annotationConf();
  for (const l of ['PER', 'ORG', 'LOC', 'NUM', 'TERM']) assert.match(conf, new RegExp(`^${l}$`, 'm'));
  assert.match(conf, /^Kind\tArg:NUM, Value:DATE\|PERCENT/m);
});
