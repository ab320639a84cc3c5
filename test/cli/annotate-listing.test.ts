/**
 * `zhnews annotate` writes its listing a chunk at a time; the output must be exactly what formatting
 * the whole list at once gave (the reference below is that code: one lineColAt per entity, one join).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeAnnotations } from '../../src/cli/annotate-listing';
import { createCliAnnotator } from '../../src/cli/engine';
import { toEntityJson } from '../../src/cli/entity-json';
import { readTextFile } from '../../src/cli/read-text';
import { main } from '../../src/cli/zhnews';
import { describeValue } from '../../src/core/recognise/numbers/describe';
import { lineColAt, lineStarts } from '../../src/core/text/offsets';
import { Annotation } from '../../src/core/types';
import { fakeIO } from './fake-io';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-listing-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// BOM, CRLF and a lone CR between paragraphs, astral characters (𠮷, 😀, 𝟓) before entities on their line.
const ARTICLE =
  '\ufeff新华社北京11月28日电 国家统计局28日发布数据，前三季度国内生产总值同比增长5.2%。\r\n' +
  '𠮷野家😀在上海开设第𝟓家门店，投资2700亿元，国务院总理李强出席。\r\n\r\n' +
  '据报道，外交部发言人毛宁在北京表示，中方愿同各方一道努力。\r' +
  '𠮷𠮷😀😀 国家发展改革委：今年计划投资3.5万亿元，比上年增长12%。\n' +
  '最后一段没有换行：上海市人民政府、广东省深圳市、１２３４５名员工';

function wholeListing(file: string, text: string, annotations: Annotation[]): string {
  const starts = lineStarts(text);
  const lines = annotations.map((a) => {
    const { line, col } = lineColAt(text, starts, a.start);
    const label = a.kind ? `${a.label}/${a.kind}` : a.label;
    const value = a.value ? `\t${describeValue(a)}` : a.glossaryId ? `\t→ ${a.glossaryId}` : '';
    return `${file}:${line}:${col}\t${label}\t${text.slice(a.start, a.end)}${value}`;
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

const path = join(dir, 'article.txt');
writeFileSync(path, ARTICLE);
const text = readTextFile(path);
const annotations = createCliAnnotator().annotate(text);

test('the fixture has what it is meant to test', () => {
  assert.ok(!text.startsWith('\ufeff'), 'the BOM is not part of the text');
  assert.ok(annotations.length >= 15, `only ${annotations.length} entities`);
  assert.ok(annotations.some((a) => a.value), 'a number with a value');
  // Entities after astral characters on lines ended by CRLF and by a lone CR.
  const lineOf = (a: Annotation) => lineColAt(text, lineStarts(text), a.start).line;
  for (const line of [2, 5]) assert.ok(annotations.some((a) => lineOf(a) === line), `no entity on line ${line}`);
});

for (const chunk of [1, 2, 3, 7, 4096]) {
  test(`chunks of ${chunk}: the listing and the JSON equal the whole-text output`, async () => {
    const listing = fakeIO();
    await writeAnnotations(listing, path, text, annotations, { json: false, chunk });
    assert.equal(listing.stdout, wholeListing(path, text, annotations));
    const json = fakeIO();
    await writeAnnotations(json, path, text, annotations, { json: true, chunk });
    assert.equal(json.stdout, JSON.stringify({ file: path, entities: annotations.map((a) => toEntityJson(text, a)) }) + '\n');
  });
}

test('zhnews annotate prints the whole-text listing, and waits for a slow stdout', async () => {
  const io = fakeIO();
  let waits = 0;
  // A consumer that is always "full": every write is followed by a wait for drain.
  const slow = { ...io, out: (s: string) => (io.out(s), false), drain: async () => void waits++ };
  assert.equal(await main(['annotate', path], slow), 0);
  assert.equal(io.stdout, wholeListing(path, text, annotations));
  assert.ok(waits >= 1);
});

test('no entities: no listing, and the count on stderr', async () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '\ufeff\r\n');
  const io = fakeIO();
  assert.equal(await main(['annotate', empty], io), 0);
  assert.equal(io.stdout, '');
  assert.equal(io.stderr, `${empty}: 0 entities\n`);
  const json = fakeIO();
  assert.equal(await main(['annotate', empty, '--json'], json), 0);
  assert.equal(json.stdout, JSON.stringify({ file: empty, entities: [] }) + '\n');
});
