import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/core/sidecar/model';
import { EXPORT_RECORD, recordExport, writtenByExport } from '../../src/node/export-record';

test('the export record: what was written is known by its hash, a change is not; a damaged record knows nothing and is written anew', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-record-'));
  recordExport(dir, [{ name: 'news.ann', content: 'T1\tLOC 4 6\t北京\n' }, { name: 'b.ann', content: '' }]);
  recordExport(dir, [{ name: 'b.ann', content: 'T1\tPER 0 2\t张三\n' }]);
  const cases: Array<[string, string, boolean]> = [
    ['news.ann', 'T1\tLOC 4 6\t北京\n', true],
    ['news.ann', 'T1\tORG 4 6\t北京\n', false],
    ['b.ann', '', false],
    ['b.ann', 'T1\tPER 0 2\t张三\n', true],
    ['other.ann', '', false],
  ];
  for (const [name, content, written] of cases) assert.equal(writtenByExport(dir, name, sha256Hex(Buffer.from(content, 'utf8'))), written, `${name} ${content}`);
  for (const damaged of ['{not json', '[]', '{"written": {"news.ann": 3}}']) {
    writeFileSync(join(dir, EXPORT_RECORD), damaged);
    assert.equal(writtenByExport(dir, 'news.ann', sha256Hex('T1\tLOC 4 6\t北京\n')), false, damaged);
  }
  recordExport(dir, [{ name: 'news.ann', content: 'x' }]);
  assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(dir, EXPORT_RECORD), 'utf8')).written), ['news.ann']);
  // A record that cannot be written (a folder in its place) is no error: the next export only asks more.
  const blocked = mkdtempSync(join(tmpdir(), 'zhnews-record-'));
  mkdirSync(join(blocked, EXPORT_RECORD));
  assert.doesNotThrow(() => recordExport(blocked, [{ name: 'news.ann', content: 'x' }]));
  assert.equal(writtenByExport(blocked, 'news.ann', sha256Hex('x')), false);
});
