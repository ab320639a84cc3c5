import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSidecar, exportBrat } from '../../../../src/core/sidecar';
import { annotationConf, sameBratAnnotations } from '../../../../src/core/sidecar/formats/brat';
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

test('sameBratAnnotations: the same marks whatever the ids, line order and defaults; any other mark, a deletion or a file that is not brat differs', () => {
  const text = '今天我在北京。见面，张三说。\n';
  const exported = 'T1\tLOC 4 6\t北京\nA1\tStatus T1 suggested\nA2\tSource T1 auto\nT2\tPER 10 12\t张三\nA3\tStatus T2 accepted\nA4\tSource T2 manual\n#1\tAnnotatorNotes T2\t记者\n';
  const cases: Array<[string, string, boolean]> = [
    ['itself', exported, true],
    ['renumbered, reordered, defaults left out (as brat writes a name one adds)', 'T7\tPER 10 12\t张三\n#4\tAnnotatorNotes T7\t记者\nT3\tLOC 4 6\t北京\nA9\tSource T3 auto\nA8\tStatus T3 suggested\n', true],
    ['a name added', exported + 'T3\tPER 0 2\t今天\n', false],
    ['a name deleted', 'T2\tPER 10 12\t张三\n#1\tAnnotatorNotes T2\t记者\n', false],
    ['a label changed', exported.replace('LOC 4 6', 'ORG 4 6'), false],
    ['a status changed', exported.replace('Status T1 suggested', 'Status T1 rejected'), false],
    ['a note changed', exported.replace('记者', '编辑'), false],
    ['not brat', '{"annotations": []}\n', false],
  ];
  for (const [name, other, same] of cases) assert.equal(sameBratAnnotations(other, exported, text), same, name);
});
