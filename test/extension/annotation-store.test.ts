// The stand-in for `vscode` must load before anything from src/extension.
import './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotationStore } from '../../src/extension/annotation-store';

test('a piece of a list for a document closed meanwhile is taken without a word: no state comes back, nothing is asked again', () => {
  const store = new AnnotationStore();
  const uri = 'file:///tmp/closed.txt';
  const piece = { uri, version: 3, annotations: [], engineMs: 0, delta: { baseVersion: 3, edits: [{ at: 0, remove: 0, insert: [{ start: 0, end: 2, label: 'PER' as const, confidence: 0.9, source: 'auto' as const }] }], shift: 0, shiftFrom: 0 } };
  assert.equal(store.updateAuto(piece), true, 'a resend would be asked for');
  assert.equal(store.get({ toString: () => uri } as never), undefined, 'the closed document came back');
  // A document the store holds still refuses a delta on a version it does not have.
  assert.equal(store.updateAuto({ uri, version: 1, annotations: [], engineMs: 0 }), true);
  assert.equal(store.updateAuto(piece), false);
  store.dispose();
});
