import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstListPieces, PieceSender } from '../../src/server/pieces';
import { AnnotationsParams, applyAnnotationDelta } from '../../src/server/protocol';
import { Annotation } from '../../src/core/types';

const ann = (i: number): Annotation => ({ start: i * 3, end: i * 3 + 2, label: 'NUM', confidence: 1, source: 'auto' });
const full = (n: number, version = 1): AnnotationsParams => ({ uri: 'file:///a.txt', version, annotations: Array.from({ length: n }, (_, i) => ann(i)), engineMs: 5 });

/** What the client does with each notification (AnnotationStore.updateAuto). */
function client(pieces: readonly AnnotationsParams[]): { list: Annotation[]; partialAfter: boolean[] } {
  let list: Annotation[] = [];
  let version = -1;
  const partialAfter: boolean[] = [];
  for (const p of pieces) {
    if (p.delta) {
      assert.equal(p.delta.baseVersion, version, 'a piece applies to the version the client holds');
      list = applyAnnotationDelta(list, p.delta);
    } else list = p.annotations;
    version = p.version;
    partialAfter.push(p.more === true);
  }
  return { list, partialAfter };
}

test('a long first list goes in pieces that rebuild it exactly; only the last piece says it is complete', () => {
  const table: Array<[number, number, number]> = [
    // annotations, piece size, pieces expected
    [7, 3, 3],
    [9, 3, 3],
    [3, 3, 1],
    [0, 3, 1],
    [25000, 3000, 9],
  ];
  for (const [n, size, count] of table) {
    const params = full(n);
    const pieces = firstListPieces(params, size);
    assert.equal(pieces.length, count, `${n}/${size}`);
    const { list, partialAfter } = client(pieces);
    assert.deepEqual(list, params.annotations, `${n}/${size}`);
    assert.deepEqual(partialAfter, pieces.map((_, i) => i < pieces.length - 1), `${n}/${size}`);
    assert.ok(pieces.every((p) => p.annotations.length + (p.delta?.edits[0].insert.length ?? 0) <= size || n <= size));
  }
});

test('deltas and skipped documents are never cut', () => {
  const delta: AnnotationsParams = { ...full(0, 2), delta: { baseVersion: 1, edits: [{ at: 0, remove: 0, insert: full(10).annotations }], shift: 0, shiftFrom: 0 } };
  assert.deepEqual(firstListPieces(delta, 3), [delta]);
  const skipped: AnnotationsParams = { ...full(0), skipped: 'tooLarge' };
  assert.deepEqual(firstListPieces(skipped, 3), [skipped]);
});

test('a later version of a document waits for every piece of the earlier one; other documents do not wait', async () => {
  const sent: string[] = [];
  const sender = new PieceSender((p) => sent.push(`${p.uri.slice(-5)} v${p.version}${p.delta ? ' delta' : ''}${p.more ? ' more' : ''}`), 5);
  sender.enqueue(firstListPieces(full(7, 1), 3));
  const next: AnnotationsParams = { ...full(0, 2), delta: { baseVersion: 1, edits: [], shift: 0, shiftFrom: 0 } };
  sender.enqueue([next]);
  sender.enqueue([{ ...full(2, 1), uri: 'file:///b.txt' }]);
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(sent, ['a.txt v1 more', 'b.txt v1', 'a.txt v1 delta more', 'a.txt v1 delta', 'a.txt v2 delta']);
});

test('a document closed while its first list is being sent: the rest of its pieces are not sent, other documents go on', async () => {
  const sent: string[] = [];
  const sender = new PieceSender((p) => sent.push(`${p.uri.slice(-5)} v${p.version}${p.delta ? ' delta' : ''}${p.more ? ' more' : ''}`), 5);
  sender.enqueue(firstListPieces(full(9, 1), 3));
  sender.enqueue(firstListPieces({ ...full(4, 1), uri: 'file:///b.txt' }, 2));
  sender.drop('file:///a.txt');
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(sent, ['a.txt v1 more', 'b.txt v1 more', 'b.txt v1 delta']);
  // Opened again: its new list is sent whole.
  sender.enqueue(firstListPieces(full(4, 2), 2));
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(sent.slice(3), ['a.txt v2 more', 'a.txt v2 delta']);
});
