import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NameModel } from '../../../../src/core/recognise/names/model';
import { loadNameModel, ModelFileError } from '../../../../src/core/recognise/names/load';
import { tinyModelBytes, withHeader } from './tiny-model';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-model-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const good = tinyModelBytes();

test('a tiny model reads back', () => {
  assert.deepEqual(NameModel.deserialise(good).serialise(), good);
  assert.deepEqual(NameModel.deserialise(withHeader(good, () => {})).serialise(), good);
});

test('a file that is not a usable model is refused with its reason', () => {
  const flip = Buffer.from(good);
  flip[8] = 0x58; // the header's opening brace
  const cases: Array<[string, Buffer, RegExp]> = [
    ['empty', Buffer.alloc(0), /^empty file, not a zh-news name model$/],
    ['JSON', Buffer.from('{"format":2}\n'), /^not a zh-news name model file \(it is JSON; a model file starts with ZHNM\)$/],
    ['other bytes', Buffer.from('PK\x03\x04 a zip file'), /^not a zh-news name model file \(bad header/],
    ['magic only', good.subarray(0, 6), /^truncated: 6 of at least 8 bytes$/],
    ['cut in the header', good.subarray(0, 40), /^truncated: 40 of at least \d+ bytes$/],
    ['cut in the weights', good.subarray(0, good.length - 100), new RegExp(`^truncated: ${(good.length - 100).toLocaleString('en-US')} of the ${good.length.toLocaleString('en-US')} bytes its header describes$`)],
    ['bytes after the end', Buffer.concat([good, Buffer.alloc(8)]), /^corrupt: .* bytes, its header describes/],
    ['header length damaged', Buffer.concat([good.subarray(0, 4), Buffer.from([0xff, 0xff, 0xff, 0x7f]), good.subarray(8)]), /^corrupt header \(its length reads/],
    ['header not JSON', flip, /^corrupt header \(not valid JSON\)$/],
    ['format missing', withHeader(good, (h) => Object.assign(h, { format: undefined })), /model format missing with features 4; this program reads format 2 .*retrain the model with zhnews train$/],
    ['older format', withHeader(good, (h) => (h.format = 1)), /^model format 1 with features 4; this program reads format 2 with features 2, 3, 4: retrain/],
    ['newer features', withHeader(good, (h) => (h.features = 99)), /^model format 2 with features 99;/],
    ['other tags', withHeader(good, (h) => (h.tags = 9)), /^the model has 9 tags, this program 13: retrain/],
  ];
  for (const [name, bytes, message] of cases) {
    assert.throws(() => NameModel.deserialise(bytes), (e: Error) => e instanceof ModelFileError && message.test(e.message), name);
  }
});

test('header fields missing or invalid are refused, not read as a model that tags nothing', () => {
  const cases: Array<[string, (h: Record<string, unknown>) => void, RegExp]> = [
    ['bits missing', (h) => delete h.bits, /^invalid header: bits is missing, expected a whole number from 3 to 24$/],
    ['bits a string', (h) => (h.bits = '6'), /^invalid header: bits is "6"/],
    ['bits too large', (h) => (h.bits = 40), /^invalid header: bits is 40/],
    ['bits fractional', (h) => (h.bits = 6.5), /^invalid header: bits is 6.5/],
    ['bits other than the weights', (h) => (h.bits = 7), /^truncated: .* bytes its header describes$/],
    ['nonZeroRows missing', (h) => delete h.nonZeroRows, /^invalid header: nonZeroRows is missing/],
    ['nonZeroRows negative', (h) => (h.nonZeroRows = -1), /^invalid header: nonZeroRows is -1/],
    ['lexiconSize missing', (h) => delete h.lexiconSize, /^invalid header: lexiconSize is missing/],
    ['lexiconSize not a power of two', (h) => (h.lexiconSize = 1000), /^invalid header: lexiconSize 1000 is not a power of two$/],
    ['calibration missing', (h) => delete h.calibration, /^invalid header: calibration must be/],
    ['calibration temperature 0', (h) => (h.calibration = { temperature: 0, a: 1, b: 0 }), /^invalid header: calibration must be/],
    ['info a string', (h) => (h.info = 'x'), /^invalid header: info must be an object$/],
  ];
  for (const [name, edit, message] of cases) {
    assert.throws(() => NameModel.deserialise(withHeader(good, edit)), (e: Error) => e instanceof ModelFileError && message.test(e.message), name);
  }
});

test('sections that contradict the header are refused', () => {
  const hlen = good.readUInt32LE(4);
  const data = 8 + hlen + ((8 - ((8 + hlen) % 8)) % 8);
  const rows = Buffer.from(good);
  rows[data] ^= 0x80; // one more (or one fewer) row in the bitmap
  assert.throws(() => NameModel.deserialise(rows), /^ModelFileError: corrupt: \d+ weight rows in the file, \d+ in its header$/);
});

test('loadNameModel names the file in every message', () => {
  const file = (name: string, bytes: Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  mkdirSync(join(dir, 'a.model'));
  const cases: Array<[string, RegExp]> = [
    [join(dir, 'missing.model'), /missing\.model: no such file$/],
    [join(dir, 'a.model'), /a\.model: is a directory, expected a model file$/],
    [file('empty.model', Buffer.alloc(0)), /empty\.model: empty file, not a zh-news name model$/],
    [file('cut.model', good.subarray(0, 300)), /cut\.model: truncated: 300 of the [\d,]+ bytes its header describes$/],
  ];
  for (const [path, message] of cases) {
    assert.throws(() => loadNameModel(path), (e: Error) => e instanceof ModelFileError && e.file === path && message.test(e.message), path);
  }
});

test('loadNameModel reads a model rewritten at the same path again, and only then', () => {
  const path = join(dir, 'retrained.model');
  writeFileSync(path, tinyModelBytes({ run: 1 }));
  const first = loadNameModel(path);
  assert.equal(loadNameModel(path), first);
  writeFileSync(path, tinyModelBytes({ run: 2 }));
  // Same size: only the time tells them apart; set it apart in case both writes fell in one tick.
  utimesSync(path, new Date(), new Date(Date.now() + 5000));
  assert.deepEqual(loadNameModel(path).info, { run: 2 });
});
