import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Annotator } from '../../src/core/annotate';
import { Annotation } from '../../src/core/types';
import { NameRecogniser } from '../../src/core/recognise/names';
import { consolidateNames } from '../../src/core/recognise/names/consolidate';
import { DocumentNames } from '../../src/core/recognise/names/document-names';
import { annotationDelta, DocumentPublisher } from '../../src/server/publish';
import { AnnotationsParams, applyAnnotationDelta } from '../../src/server/protocol';

const A = (start: number, end: number, label: Annotation['label'] = 'PER', extra: Partial<Annotation> = {}): Annotation => ({ start, end, label, confidence: 0.9, source: 'auto', ...extra });

test('annotationDelta: keeps the unchanged head, shifts the unchanged tail, replaces the middle', () => {
  const cases: Array<{ name: string; before: Annotation[]; after: Annotation[]; shift: number; keep: number; remove: number; insert: number }> = [
    { name: 'nothing changed', before: [A(0, 2), A(5, 7)], after: [A(0, 2), A(5, 7)], shift: 0, keep: 2, remove: 0, insert: 0 },
    { name: 'char typed between', before: [A(0, 2), A(5, 7)], after: [A(0, 2), A(6, 8)], shift: 1, keep: 1, remove: 0, insert: 0 },
    { name: 'new name in the middle', before: [A(0, 2), A(9, 11)], after: [A(0, 2), A(4, 6), A(10, 12)], shift: 1, keep: 1, remove: 0, insert: 1 },
    { name: 'label changed', before: [A(0, 2), A(3, 5), A(9, 11)], after: [A(0, 2), A(3, 5, 'ORG'), A(9, 11)], shift: 0, keep: 1, remove: 1, insert: 1 },
    { name: 'roles changed', before: [A(0, 2, 'PER', { roles: [{ role: '主任' }] })], after: [A(0, 2, 'PER', { roles: [{ role: '书记' }] })], shift: 0, keep: 0, remove: 1, insert: 1 },
    { name: 'number value changed', before: [A(0, 2, 'NUM', { value: { value: 5 } })], after: [A(0, 2, 'NUM', { value: { value: 6 } })], shift: 0, keep: 0, remove: 1, insert: 1 },
    { name: 'all removed', before: [A(0, 2), A(3, 5)], after: [], shift: -5, keep: 0, remove: 2, insert: 0 },
    { name: 'from nothing', before: [], after: [A(0, 2)], shift: 2, keep: 0, remove: 0, insert: 1 },
  ];
  for (const c of cases) {
    const d = annotationDelta(c.before, c.after, c.shift, 3);
    assert.deepEqual([d.edits[0].at, d.edits[0].remove, d.edits[0].insert.length, d.baseVersion], [c.keep, c.remove, c.insert, 3], c.name);
    assert.deepEqual(applyAnnotationDelta(c.before, d), c.after, c.name);
  }
});

/** Names are 王 + one character; numbers come from the real number recogniser. */
function plainAnnotator(): Annotator {
  return new Annotator({
    segmenter: { tag: () => [] },
    names: {
      recognise: (t: string) => [...t.matchAll(/王[明强]/g)].map((m) => A(m.index!, m.index! + 2)),
    },
  });
}

/**
 * With the names document pass: 王明 before 说 is a confident PER, elsewhere a LOC of low confidence,
 * so typing or deleting one 说 relabels 王明 in every paragraph (several runs change at once).
 */
function withDocumentPass(): Annotator {
  const names: NameRecogniser = {
    needsWords: false,
    recognise: (t: string) =>
      [...t.matchAll(/王[明强]/g)].map((m) => (t[m.index! + 2] === '说' ? A(m.index!, m.index! + 2, 'PER') : A(m.index!, m.index! + 2, 'LOC', { confidence: 0.3 }))),
    consolidate: consolidateNames,
    documentPass: () => new DocumentNames(),
  };
  return new Annotator({ segmenter: { tag: () => [] }, names });
}

for (const [name, annotator] of [['paragraph by paragraph', plainAnnotator], ['with the names document pass', withDocumentPass]] as const) test(`a client applying the notifications of edit after edit holds what the engine computed (${name})`, () => {
  const engine = annotator();
  const publisher = new DocumentPublisher(engine);
  const uri = 'file:///a.txt';
  let held: Annotation[] = [];
  let heldVersion = -1;
  const receive = (p: AnnotationsParams) => {
    // Through JSON, as over the wire.
    const q = JSON.parse(JSON.stringify(p)) as AnnotationsParams;
    if (q.delta) {
      assert.equal(q.delta.baseVersion, heldVersion);
      held = applyAnnotationDelta(held, q.delta);
    } else held = q.annotations;
    heldVersion = q.version;
  };
  let text = '王明说增长5%\n王强来了\n两年3次';
  let seed = 5;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const chars = ['王', '明', '强', '5', '%', '年', '\n', '的', '说'];
  let deltas = 0;
  for (let v = 1; v <= 300; v++) {
    const pos = rand(text.length + 1);
    text = rand(2) ? text.slice(0, pos) + chars[rand(chars.length)] + text.slice(pos) : text.slice(0, pos) + text.slice(pos + 1);
    const p = publisher.publish(uri, v, text);
    if (p.delta) deltas++;
    receive(p);
    assert.deepEqual(held, JSON.parse(JSON.stringify(annotator().annotate(text))), `version ${v}: ${JSON.stringify(text)}`);
  }
  assert.equal(deltas, 299, 'every notification after the first is a delta');
  publisher.forget(uri);
  const full = publisher.publish(uri, 301, text);
  assert.equal(full.delta, undefined);
  assert.deepEqual(full.annotations, publisher.current(uri));
});

test('two documents sharing one engine: each client still gets deltas that fit what it holds', () => {
  const publisher = new DocumentPublisher(withDocumentPass());
  const docs = [
    { uri: 'file:///a.txt', text: '王明说\n今年5%\n王明来了', held: [] as Annotation[], multiRun: 0 },
    { uri: 'file:///b.txt', text: '王强说\n王强走了', held: [] as Annotation[], multiRun: 0 },
  ];
  let seed = 9;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const chars = ['王', '明', '强', '说', '\n', '的'];
  for (let v = 1; v <= 200; v++) {
    const d = docs[rand(3) === 0 ? 1 : 0];
    const pos = rand(d.text.length + 1);
    d.text = rand(2) ? d.text.slice(0, pos) + chars[rand(chars.length)] + d.text.slice(pos) : d.text.slice(0, pos) + d.text.slice(pos + 1);
    const p = JSON.parse(JSON.stringify(publisher.publish(d.uri, v, d.text))) as AnnotationsParams;
    d.held = p.delta ? applyAnnotationDelta(d.held, p.delta) : p.annotations;
    if (p.delta && p.delta.edits.length > 1) d.multiRun++;
    assert.deepEqual(d.held, JSON.parse(JSON.stringify(withDocumentPass().annotate(d.text))), `${d.uri} version ${v}: ${JSON.stringify(d.text)}`);
  }
  assert.ok(docs[0].multiRun > 0, 'a relabelled name changes several runs in one delta');
});
