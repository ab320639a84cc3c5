import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyDecisions, Decision, shiftDecisions } from '../../../src/core/annotations/decisions';
import { decisionsFromSidecar, sidecarContent } from '../../../src/core/sidecar/decisions';
import { buildSidecar, parseSidecar, serializeSidecar, SidecarAnnotation } from '../../../src/core/sidecar';
import { Annotation } from '../../../src/core/types';
import { GENERATOR, NOW } from './fixtures';

const TEXT = '张三和李四昨天在重庆考察“两重两新”项目。';
const at = (q: string) => TEXT.indexOf(q);
const decision = (action: Decision['action'], q: string, label: Decision['label'], extra: Partial<Decision> = {}): Decision => ({
  id: `${action}-${q}`, action, start: at(q), end: at(q) + q.length, label, quote: q, created: NOW, modified: NOW, ...extra,
});
const engine: Annotation[] = [
  { start: at('张三'), end: at('张三') + 2, label: 'PER', confidence: 0.9, source: 'auto' },
  { start: at('李四'), end: at('李四') + 2, label: 'PER', confidence: 0.9, source: 'auto' },
  { start: at('重庆'), end: at('重庆') + 2, label: 'LOC', confidence: 0.9, source: 'auto' },
  { start: at('两重两新'), end: at('两重两新') + 4, label: 'TERM', confidence: 1, source: 'glossary', glossaryId: 'g-lclx' },
];

/** What the editor writes: sidecarContent, built, serialised and read back (it must parse). */
function written(shown: readonly Annotation[], decisions: readonly Decision[], previousOrphans: SidecarAnnotation[] = [], text = TEXT) {
  const content = sidecarContent(text, shown, decisions, previousOrphans);
  const sidecar = buildSidecar(text, content.annotations, { path: 'a.txt', generator: GENERATOR, now: NOW, orphans: content.orphans });
  const back = parseSidecar(serializeSidecar(sidecar), 'a.annotations.json');
  assert.equal(back.errors, undefined, JSON.stringify(back.errors?.map((e) => e.message)));
  const row = (a: SidecarAnnotation) => [a.quote.exact, a.label, a.status, a.source, a.note ?? null];
  return { annotations: back.sidecar!.annotations.map(row), orphans: back.sidecar!.orphans.map(row), sidecar: back.sidecar! };
}

const decided = [decision('accept', '张三', 'PER'), decision('mark', '重庆', 'ORG'), decision('reject', '李四', 'PER')];
const noEngine: Array<{ name: string; shown: Annotation[]; expect: unknown[][] }> = [
  {
    name: 'no current engine list (closed before the engine caught up): decisions written from themselves',
    shown: [],
    expect: [['张三', 'PER', 'accepted', 'auto', null], ['李四', 'PER', 'rejected', 'auto', null], ['重庆', 'ORG', 'accepted', 'manual', null]],
  },
  {
    name: 'the engine’s list: the same decisions, the term as a suggestion',
    shown: applyDecisions(engine, decided),
    expect: [
      ['张三', 'PER', 'accepted', 'auto', null], ['李四', 'PER', 'rejected', 'auto', null], ['重庆', 'ORG', 'accepted', 'manual', null],
      ['两重两新', 'TERM', 'suggested', 'glossary', null],
    ],
  },
];
for (const c of noEngine) {
  test(`sidecarContent: ${c.name}`, () => {
    assert.deepEqual(written(c.shown, decided).annotations, c.expect);
  });
}

test('sidecarContent: a decision whose span no longer fits the text is written as an orphan, not dropped', () => {
  const ds = [decision('accept', '张三', 'PER'), { ...decision('reject', '李四', 'PER'), start: 40, end: 42 }];
  const w = written([], ds);
  assert.deepEqual(w.annotations, [['张三', 'PER', 'accepted', 'auto', null]]);
  assert.deepEqual(w.orphans, [['李四', 'PER', 'rejected', 'auto', null]]);
});

test('notes on suggestions and rejected or noted terms survive the editor’s save, with or without the engine’s list', () => {
  const stored = buildSidecar(
    TEXT,
    [
      { ...engine[0], status: 'suggested', note: '核实：张三是否为副市长' },
      { ...engine[1], status: 'suggested' },
      { ...engine[3], status: 'rejected', note: 'not this sense' },
      { ...engine[2], status: 'suggested' },
    ],
    { path: 'a.txt', generator: GENERATOR, now: NOW },
  );
  const ds = decisionsFromSidecar(stored.annotations, stored.orphans);
  const expect = [
    ['张三', 'PER', 'suggested', 'auto', '核实：张三是否为副市长'],
    ['两重两新', 'TERM', 'rejected', 'glossary', 'not this sense'],
  ];
  const shown = applyDecisions(engine, ds);
  assert.equal(shown.some((a) => a.label === 'TERM'), false, 'a rejected term is hidden in the editor');
  const decidedRows = (rows: unknown[][]) => rows.filter((r) => r[4] !== null || r[2] !== 'suggested');
  assert.deepEqual(decidedRows(written(shown, ds).annotations), expect);
  assert.deepEqual(written([], ds).annotations, expect);
  // The noted term, and a noted term the glossary no longer finds.
  const noted = buildSidecar(TEXT, [{ ...engine[3], status: 'suggested', note: '新提法' }], { path: 'a.txt', generator: GENERATOR, now: NOW });
  const nds = decisionsFromSidecar(noted.annotations, noted.orphans);
  assert.deepEqual(decidedRows(written(applyDecisions(engine, nds), nds).annotations), [['两重两新', 'TERM', 'suggested', 'glossary', '新提法']]);
  assert.deepEqual(written([], nds).annotations, [['两重两新', 'TERM', 'suggested', 'glossary', '新提法']]);
  assert.equal(written([], nds).sidecar.annotations[0].glossaryId, 'g-lclx');
});

// Two changes in one event (multi-cursor): the first shrinks the span, the second removes it.
const events: Array<{ name: string; text: string; span: string; changes: Array<{ offset: number; deleted: number; inserted: string }> }> = [
  { name: 'shrunk then cut (applied last first)', text: '记者欧阳娜娜报道', span: '欧阳娜娜', changes: [{ offset: 5, deleted: 1, inserted: '' }, { offset: 1, deleted: 2, inserted: 'X' }] },
  { name: 'grown then deleted', text: '记者欧阳娜报道', span: '欧阳娜', changes: [{ offset: 3, deleted: 0, inserted: '𠮷𠮷' }, { offset: 1, deleted: 8, inserted: '' }] },
];
for (const c of events) {
  test(`an orphan made by several changes of one event fits its quote, and its sidecar reads back: ${c.name}`, () => {
    let ds: Decision[] = [{ id: 'd1', action: 'mark', start: c.text.indexOf(c.span), end: c.text.indexOf(c.span) + c.span.length, label: 'PER', quote: c.span, created: NOW, modified: NOW }];
    let text = c.text;
    for (const e of c.changes) {
      ds = shiftDecisions(ds, e);
      text = text.slice(0, e.offset) + e.inserted + text.slice(e.offset + e.deleted);
    }
    assert.equal(ds[0].orphan, true);
    assert.equal(ds[0].end - ds[0].start, ds[0].quote.length);
    assert.equal(written([], ds, [], text).orphans.length, 1);
  });
}

test('an orphan handed in with a stale end is still written so that it reads back', () => {
  const d: Decision = { ...decision('mark', '张三', 'PER'), start: 2, end: 3, quote: '欧阳娜娜', orphan: true };
  assert.deepEqual(written([], [d]).orphans, [['欧阳娜娜', 'PER', 'accepted', 'manual', null]]);
});
