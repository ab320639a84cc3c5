/**
 * `zhnews annotate --jsonl` on input that is not clean JSON Lines: every input line gets its output
 * line, in order and with its line number, and a bad line is named on stderr with exit 1 at the end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/zhnews';
import { fakeIO } from './fake-io';

interface OutRecord { id?: unknown; line: number; error?: string; entities?: Array<{ text: string; start: number; end: number }> }

async function jsonl(input: Buffer | string, workers = '1') {
  const io = fakeIO();
  io.stdin = Readable.from([typeof input === 'string' ? Buffer.from(input) : input]);
  const code = await main(['annotate', '--jsonl', '--workers', workers], io);
  const records = io.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as OutRecord);
  return { code, records, stderr: io.stderr };
}

// 张三说： in GBK.
const GBK = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0xcb, 0xb5, 0xa3, 0xba]);

test('annotate --jsonl: a GBK line is reported on stderr and in the output, the other lines annotated, exit 1', async () => {
  const input = Buffer.concat([
    Buffer.from('{"id":"g","text":"'), GBK, Buffer.from('习近平在北京"}\n'),
    Buffer.from('{"id":"u","text":"增长5.2%"}\n'),
  ]);
  for (const workers of ['1', '2']) {
    const r = await jsonl(input, workers);
    assert.equal(r.code, 1, `--workers ${workers}`);
    assert.match(r.stderr, /^stdin:1: not valid UTF-8 \(byte 0xd5 at column 19\).*GBK/m);
    assert.deepEqual(r.records[0], { line: 1, error: 'not valid UTF-8' });
    assert.equal(r.records[1].id, 'u');
    assert.deepEqual(r.records[1].entities!.map((e) => e.text), ['5.2%']);
    assert.equal(r.records.length, 2);
  }
});

test('annotate --jsonl: UTF-8 cut short in the last line says so; a UTF-16 input names UTF-16', async () => {
  const cut = await jsonl(Buffer.concat([Buffer.from('{"text":"北京"}\n{"text":"北'), Buffer.from('京').subarray(0, 2)]));
  assert.equal(cut.code, 1);
  assert.match(cut.stderr, /^stdin:2: not valid UTF-8 .*cut short/m);
  assert.deepEqual(cut.records[1], { line: 2, error: 'not valid UTF-8' });
  const u16 = await jsonl(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"北京"}\n', 'utf16le')]));
  assert.equal(u16.code, 1);
  assert.match(u16.stderr, /^stdin:1: .*UTF-16/m);
});

test('annotate --jsonl: blank and whitespace-only lines keep their place; every record has its line number', async () => {
  const r = await jsonl('{"text":"第3名"}\n\n   \r\n{"id":7,"text":"增长5.2%"}\r\n\t\n{"text":"1年"}');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.deepEqual(r.records.map((x) => x.line), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(r.records[1], { id: null, line: 2, entities: [] });
  assert.deepEqual(r.records[2], { id: null, line: 3, entities: [] });
  assert.deepEqual(r.records[4], { id: null, line: 5, entities: [] });
  assert.equal(r.records[3].id, 7);
  assert.deepEqual(r.records[0].entities!.map((e) => e.text), ['第3名']);
  assert.deepEqual(r.records[5].entities!.map((e) => e.text), ['1年']);
});

test('annotate --jsonl: a UTF-8 BOM on the first line is dropped; lines split across chunks are read whole', async () => {
  const io = fakeIO();
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"增长5.2%"}\n{"text":"第3名"}\n')]);
  // One byte at a time: characters split between chunks.
  io.stdin = Readable.from([...bytes].map((b) => Buffer.from([b])));
  assert.equal(await main(['annotate', '--jsonl', '--workers', '1'], io), 0, io.stderr);
  const records = io.stdout.trim().split('\n').map((l) => JSON.parse(l) as OutRecord);
  assert.deepEqual(records.map((x) => x.entities!.map((e) => e.text)), [['5.2%'], ['第3名']]);
});
