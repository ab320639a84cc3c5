import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { fakeIO } from './fake-io';

const SEED = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'seed-article.txt');


/** A few hundred lines: sentences of the seed article, with a bad JSON line, a line without text and blank lines. */
function input(): { text: string; ids: number[] } {
  const sentences = readFileSync(SEED, 'utf8')
    .split(/(?<=[。！？\n])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const lines: string[] = [];
  const ids: number[] = [];
  for (let i = 0; i < 300; i++) {
    if (i === 41) lines.push('{"id": 41, "text": 不是JSON}');
    else if (i === 150) lines.push('{"id": 150}');
    else if (i === 200) lines.push('');
    else {
      lines.push(JSON.stringify({ id: i, text: sentences[i % sentences.length] }));
      ids.push(i);
    }
  }
  return { text: lines.join('\n') + '\n', ids };
}

async function run(workers: string, text: string) {
  const io = fakeIO(text);
  const code = await main(['annotate', '--jsonl', '--workers', workers], io);
  return { code, io };
}

test('annotate --jsonl: two worker threads give the same output, messages and exit code as one thread', { timeout: 120_000 }, async () => {
  const { text, ids } = input();
  const one = await run('1', text);
  const two = await run('2', text);
  assert.equal(one.code, 1, 'bad lines: exit 1 at the end');
  assert.equal(two.code, 1);
  assert.equal(two.io.stdout, one.io.stdout);
  assert.deepEqual(two.io.log, one.io.log);
  const records = two.io.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: number; line?: number; error?: string; entities?: unknown[] });
  assert.equal(records.length, 300, 'one output line per input line, the blank one too');
  assert.deepEqual(records.map((r) => r.line), records.map((_, i) => i + 1), 'every record has its line');
  assert.deepEqual(records[200], { id: null, line: 201, entities: [] }, 'the blank line: no entities');
  assert.deepEqual(records.filter((r) => r.entities && r.id !== null).map((r) => r.id), ids, 'input order kept');
  assert.deepEqual(records.filter((r) => r.error).map((r) => [r.line, r.error]), [[42, 'invalid JSON'], [151, 'no text']]);
  assert.ok(records.some((r) => (r.entities?.length ?? 0) > 0), 'entities found');
  assert.match(two.io.stderr, /^stdin:42: invalid JSON/m);
  assert.match(two.io.stderr, /^stdin:151: expected an object with a string "text"/m);
  // The message of a bad line comes right before its output line.
  const at = two.io.log.findIndex((l) => l.startsWith('err stdin:42:'));
  assert.match(two.io.log[at + 1], /"line":42/);
});

test('annotate --workers: a bad count is a usage error; without --jsonl too', async () => {
  for (const argv of [['annotate', '--jsonl', '--workers', '0'], ['annotate', '--jsonl', '--workers', 'two'], ['annotate', 'x.txt', '--workers', '2']]) {
    const io = fakeIO('');
    assert.equal(await main(argv, io), 2, argv.join(' '));
    assert.match(io.stderr, /--workers/);
  }
});
