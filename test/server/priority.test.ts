import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

test('the engine process runs below the editor: its niceness is raised to 10, never lowered', () => {
  const module = path.join(__dirname, '../../src/server/priority.js');
  const run = (nice: number) => {
    // A child of its own: a process cannot raise its priority back, and the test runner must not slow down.
    const r = spawnSync('nice', ['-n', String(nice), process.execPath, '-e', `console.log(require(${JSON.stringify(module)}).runBelowEditor())`], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stdout.trim());
  };
  assert.equal(run(0), 10);
  assert.equal(run(15), 15, 'an engine already started lower stays there');
});
