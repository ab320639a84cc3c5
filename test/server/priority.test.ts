import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

test('the engine process runs below the editor: every thread\'s niceness is raised to 10, never lowered', () => {
  const module = path.join(__dirname, '../../src/server/priority.js');
  const run = (nice: number) => {
    // A child of its own: a process cannot raise its priority back, and the test runner must not slow down.
    const script = `const p = require(${JSON.stringify(module)}); const now = p.runBelowEditor();
      console.log(JSON.stringify({ now, threads: p.threadIds().map((id) => require('node:os').getPriority(id)) }));`;
    const r = spawnSync('nice', ['-n', String(nice), process.execPath, '-e', script], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { now: number; threads: number[] };
  };
  const started = run(0);
  assert.equal(started.now, 10);
  if (process.platform === 'linux') {
    assert.ok(started.threads.length > 1, 'node runs several threads (V8 workers, libuv)');
    assert.deepEqual(new Set(started.threads), new Set([10]), 'every thread of the engine is lowered, not only the main one');
  }
  assert.equal(run(15).now, 15, 'an engine already started lower stays there');
});
