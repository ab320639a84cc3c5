/**
 * Files that are not UTF-8 text, through `zhnews annotate` (src/cli/read-text.ts): the message names
 * what the bytes look like (UTF-16 by its byte order mark, UTF-8 cut short) and where.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { fakeIO } from './fake-io';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-encodings-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function annotate(path: string) {
  const io = fakeIO();
  const code = await main(['annotate', path], io);
  return { code, stderr: io.stderr };
}

test('a UTF-16 file (either byte order mark) is named UTF-16, not GBK', async () => {
  const le = file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('新华社北京电', 'utf16le')]));
  const be = Buffer.from('新华社北京电', 'utf16le').swap16();
  const bePath = file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  const l = await annotate(le);
  assert.equal(l.code, 1);
  assert.match(l.stderr, /le\.txt:1:1: the file is UTF-16 \(byte order mark FF FE, little-endian\), expected UTF-8/);
  assert.doesNotMatch(l.stderr, /GBK/);
  const b = await annotate(bePath);
  assert.equal(b.code, 1);
  assert.match(b.stderr, /be\.txt:1:1: the file is UTF-16 \(byte order mark FE FF, big-endian\)/);
});

test('a UTF-8 file cut in its last character is called cut short, at its place', async () => {
  const bytes = Buffer.from('第一行\n新华社北京');
  const r = await annotate(file('cut.txt', bytes.subarray(0, bytes.length - 1)));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cut\.txt:2:5: the file ends in the middle of a UTF-8 character \(byte 0xe4 begins it, only 2 of its 3 bytes are there\); is the file cut short\?/);
  assert.doesNotMatch(r.stderr, /GBK/);
  // A bad byte before the end is still another encoding.
  const mid = await annotate(file('mid.txt', Buffer.concat([Buffer.from('北'), Buffer.from([0xd0, 0xc2]), Buffer.from('京')])));
  assert.match(mid.stderr, /mid\.txt:1:2: not valid UTF-8 \(byte 0xd0\).*GBK/);
});

test('annotate with several files: a missing or unreadable one is reported and the others still annotated, exit 1', async () => {
  const a = file('a.txt', Buffer.from('增长5.2%'));
  const gbk = file('gbk2.txt', Buffer.from([0xd0, 0xc2, 0xbb, 0xaa]));
  const c = file('c.txt', Buffer.from('第3名'));
  const missing = join(dir, 'nonexist.txt');
  const io = fakeIO();
  assert.equal(await main(['annotate', a, missing, gbk, dir, c], io), 1);
  assert.match(io.stdout, /a\.txt:1:3\tNUM\/PERCENT\t5\.2%/);
  assert.match(io.stdout, /c\.txt:1:1\tNUM\/ORDINAL\t第3名/);
  assert.match(io.stderr, /nonexist\.txt:1:1: no such file/);
  assert.match(io.stderr, /gbk2\.txt:1:1: not valid UTF-8/);
  assert.match(io.stderr, /:1:1: is a directory/);
  assert.match(io.stderr, /3 of 5 files not annotated/);
  // Each message where its file came: after a.txt's listing, before c.txt's.
  const at = (re: RegExp) => io.log.findIndex((l) => re.test(l));
  assert.ok(at(/^out .*a\.txt:1:3/) < at(/^err .*nonexist\.txt/) && at(/^err .*gbk2\.txt/) < at(/^out .*c\.txt:1:1/));
});
