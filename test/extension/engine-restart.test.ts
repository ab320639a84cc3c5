// The stand-in for `vscode` must load before anything from src/extension.
import { vscode } from './support/vscode-stub';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whenRestarted } from '../../src/extension/engine';

type StateChange = { oldState: number; newState: number };

test('a restart of a crashed server is told once it runs again; the start itself and a stop are not', () => {
  const emitter = new vscode.EventEmitter<StateChange>();
  const client = { onDidChangeState: emitter.event } as never;
  let restarts = 0;
  const sub = whenRestarted(client, () => restarts++);
  // Stopped = 1, Running = 2, Starting = 3 (vscode-languageclient's State).
  emitter.fire({ oldState: 2, newState: 3 }); // the crash: restarting
  assert.equal(restarts, 0);
  emitter.fire({ oldState: 3, newState: 2 }); // running again
  assert.equal(restarts, 1);
  emitter.fire({ oldState: 2, newState: 1 }); // stopped at deactivation
  assert.equal(restarts, 1);
  sub.dispose();
  emitter.fire({ oldState: 3, newState: 2 });
  assert.equal(restarts, 1, 'a disposed listener still ran');
});
