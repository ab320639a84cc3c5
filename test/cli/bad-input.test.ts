/**
 * Large and strange files through `zhnews annotate` and `zhnews import`: each gives output or a
 * located error with exit 1, never a crash. Time and memory are measured by `npm run fuzz`, not here.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/zhnews';
import { buildSidecar, serializeSidecar } from '../../src/core/sidecar';
import { fakeIO } from './sidecar-helpers';

const REPO = join(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'zhnews-bad-input-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

interface JsonEntity { start: number; end: number; label: string; text: string }
async function annotateJson(path: string): Promise<{ code: number; entities: JsonEntity[]; stderr: string }> {
  const io = fakeIO();
  const code = await main(['annotate', path, '--json'], io);
  const entities = code === 0 ? (JSON.parse(io.stdout) as { entities: JsonEntity[] }).entities : [];
  return { code, entities, stderr: io.stderr };
}

test('an empty file: exit 0, no entities', async () => {
  const r = await annotateJson(file('empty.txt', ''));
  assert.equal(r.code, 0);
  assert.deepEqual(r.entities, []);
});

test('a file of only punctuation: exit 0, no entities', async () => {
  const r = await annotateJson(file('punct.txt', '，。！？、；：“”‘’（）《》【】…—·\n\r\n\t  　!?.,;:()[]{}<>/\\|*&^%$#@~`\n'));
  assert.equal(r.code, 0);
  assert.deepEqual(r.entities, []);
});

test('text with 𠮷 and emoji: every entity\'s offsets give its text', async () => {
  const text = '𠮷野家😀在上海开了3家店👨‍👩‍👧，张伟说2023年营收增长5.2%🇨🇳，达到１２亿元。\n第二行𠮷：第3名';
  const r = await annotateJson(file('astral.txt', text));
  assert.equal(r.code, 0);
  const nums = r.entities.filter((e) => e.label === 'NUM').map((e) => e.text);
  for (const n of ['3家', '2023年', '5.2%', '１２亿元', '第3名']) assert.ok(nums.includes(n), `${n} in ${nums.join(' ')}`);
  for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text, `${e.label} ${e.start}–${e.end}`);
});

test('a binary file: a located error naming it binary, exit 1', async () => {
  const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]);
  const path = file('binary.bin', bytes);
  const io = fakeIO();
  assert.equal(await main(['annotate', path], io), 1);
  assert.match(io.stderr, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: binary`));
  assert.equal(io.stdout, '');
});

test('a GBK-encoded file: a located error naming the encoding, exit 1', async () => {
  // 新华社北京电 in GBK, after an ASCII first line.
  const gbk = Buffer.from([0x0a, 0xd0, 0xc2, 0xbb, 0xaa, 0xc9, 0xe7, 0xb1, 0xb1, 0xbe, 0xa9, 0xb5, 0xe7]);
  assert.equal(new TextDecoder('gbk').decode(gbk), '\n新华社北京电');
  const path = file('gbk.txt', Buffer.concat([Buffer.from('headline'), gbk]));
  const io = fakeIO();
  assert.equal(await main(['annotate', path], io), 1);
  assert.match(io.stderr, /gbk\.txt:2:1: not valid UTF-8 \(byte 0xd0\).*GBK/);
});

test('a 1 MB line: exit 0, every entity on line 1 with offsets that give its text', async () => {
  // Mostly Latin wire copy with numbers, 𠮷 and emoji: a long line costs the recognisers about 20 s a MB of
  // Chinese prose, which belongs in the benchmark, not in every test run.
  const unit = 'Reuters wire 2023年 growth 5.2% in Q3, 第3名, 𠮷 😀 ============ ------ ';
  const text = unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20);
  const path = file('long-line.txt', text);
  const r = await annotateJson(path);
  assert.equal(r.code, 0);
  assert.ok(r.entities.length > 1000, `${r.entities.length} entities`);
  for (const e of r.entities) assert.equal(text.slice(e.start, e.end), e.text);
  assert.ok(r.entities.some((e) => e.text === '5.2%' && e.start > 1_000_000));
});

test('an invalid JSONL line: reported with its line number, the other lines annotated, exit 1', async () => {
  const io = fakeIO();
  io.stdin = Readable.from(['{"id":1,"text":"增长5.2%"}\n{"id":2,"text":\n{"id":3,"text":"第3名"}\n']);
  assert.equal(await main(['annotate', '--jsonl'], io), 1);
  const out = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 3);
  assert.equal(out[1].error, 'invalid JSON');
  assert.match(io.stderr, /stdin:2: invalid JSON/);
  assert.equal(out[2].id, 3);
});

test('a 50 MB file through dist/cli.js: exit 0, output to the last paragraph', () => {
  const cli = join(REPO, 'dist', 'cli.js');
  assert.ok(statSync(cli).isFile(), 'dist/cli.js: run node scripts/build.mjs');
  // Repeated paragraphs, as wire dumps repeat boilerplate (the annotator's paragraph cache is part of
  // what keeps this affordable); the last one has no number, so the output must reach the one before.
  const paragraphs = ['新华社北京1月20日电 国家统计局发布数据，全年粮食产量14130亿斤，比上年增长较多。', '张伟在会上表示，外贸增长3%，结构继续优化。', '——完——'];
  const parts: string[] = [];
  let bytes = 0;
  let n = 0;
  while (bytes < 50 * 1024 * 1024) {
    const p = paragraphs[n % paragraphs.length] + '\n';
    parts.push(p);
    bytes += Buffer.byteLength(p);
    n++;
  }
  let lastWithNumber = n;
  while ((lastWithNumber - 1) % paragraphs.length === 2) lastWithNumber--;
  const path = file('fifty.txt', parts.join(''));
  parts.length = 0;
  const outPath = join(dir, 'fifty.out');
  const out = openSync(outPath, 'w');
  try {
    const r = spawnSync(process.execPath, [cli, 'annotate', path, '--labels', 'NUM'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr.slice(-2000));
  } finally {
    closeSync(out);
  }
  // The last line with a number was reached: the whole file was annotated.
  const tail = readFileSync(outPath).subarray(-4096).toString('utf8').trim().split('\n');
  assert.ok(tail[tail.length - 1].startsWith(`${path}:${lastWithNumber}:`), tail[tail.length - 1]);
  rmSync(path);
  rmSync(outPath);
});

test('a pipe or a device through annotate, export and import: exit 1 at once with the file named, never read', { skip: process.platform === 'win32' }, () => {
  const cli = join(REPO, 'dist', 'cli.js');
  const fifo = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const cases: Array<{ args: string[]; where: string }> = [
    // A pipe no one writes to blocks the read for ever; /dev/zero never ends it.
    { args: ['annotate', fifo], where: fifo },
    { args: ['annotate', '/dev/zero'], where: '/dev/zero' },
    { args: ['export', fifo, '--format', 'json', '--out', join(dir, 'pipe-out')], where: fifo },
    { args: ['import', fifo, '--from', 'brat', '--article', file('pipe-article.txt', '北京')], where: fifo },
  ];
  for (const c of cases) {
    const r = spawnSync(process.execPath, [cli, ...c.args], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 1, `${c.args.join(' ')}: ${r.error ?? r.stderr}`);
    assert.equal(r.stderr.split('\n')[0], `${c.where}:1:1: is not a regular file (a pipe or a device?), expected a text file`, c.args.join(' '));
  }
});

test('import: a sidecar naming an absolute path or going through a symbolic link out of the folder is refused', async () => {
  const root = join(dir, 'ws');
  const outside = join(dir, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'x');
  symlinkSync(outside, join(root, 'link-out'));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    for (const [path, why] of [
      [join(outside, 'secret.txt'), /absolute path/],
      ['link-out/secret.txt', /symbolic link/],
      ['../outside/secret.txt', /points outside/],
    ] as const) {
      const sidecar = buildSidecar('x', [], { path, generator: { name: 't', version: '0' }, now: '2026-01-01T00:00:00Z' });
      const f = join(root, 'evil.annotations.json');
      writeFileSync(f, serializeSidecar(sidecar));
      const io = fakeIO();
      assert.equal(await main(['import', f, '--from', 'json'], io), 1, path);
      assert.match(io.stderr, /evil\.annotations\.json:\d+:\d+: /);
      assert.match(io.stderr, why);
    }
  } finally {
    process.chdir(cwd);
  }
  assert.equal(readFileSync(join(outside, 'secret.txt'), 'utf8'), 'x');
});
