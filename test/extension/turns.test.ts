import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs';
import { inTurn, nextTurn } from '../../src/extension/turns';

// The extension host calls activate() from its poll phase (a message arrived). Work queued there must
// not run in that same turn: the host's timers and its next poll for messages come first.
test('a piece queued while handling I/O does not run in that same turn', async () => {
  const order: string[] = [];
  await new Promise<void>((done) => {
    readFile(__filename, () => {
      inTurn(() => {
        order.push('piece');
        done();
      });
      // Queued after the piece, yet it runs first: the piece waits for a turn of its own.
      setImmediate(() => order.push('rest of this turn'));
    });
  });
  assert.deepEqual(order, ['rest of this turn', 'piece']);
});

test('pieces from different callers run one per turn, in the order queued, never back to back', async () => {
  const order: string[] = [];
  // What a piece leaves for the next turn (setImmediate) runs before the next piece does.
  const probe = () => setImmediate(() => order.push('next turn'));
  await new Promise<void>((done) => {
    readFile(__filename, () => {
      inTurn(() => (order.push('a'), probe()));
      void nextTurn().then(() => (order.push('b'), probe()));
      inTurn(() => {
        order.push('c');
        done();
      });
    });
  });
  assert.deepEqual(order, ['a', 'next turn', 'b', 'next turn', 'c']);
});
