import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notRegularFile, readRegularFile } from '../../src/node/regular-file';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-regular-'));
writeFileSync(join(dir, 'news.txt'), '北京');
symlinkSync(join(dir, 'news.txt'), join(dir, 'link.txt'));
symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
if (process.platform !== 'win32') execFileSync('mkfifo', [join(dir, 'pipe.txt')]);

const cases: Array<{ path: string; problem: string | undefined }> = [
  { path: join(dir, 'news.txt'), problem: undefined },
  { path: join(dir, 'link.txt'), problem: undefined },
  { path: dir, problem: 'is a directory, expected a text file' },
  { path: join(dir, 'missing.txt'), problem: 'no such file' },
  { path: join(dir, 'dangling.txt'), problem: 'no such file' },
  { path: join(dir, 'news.txt', 'x'), problem: 'no such file (a part of the path is a file, not a folder)' },
  ...(process.platform === 'win32'
    ? []
    : [
        { path: join(dir, 'pipe.txt'), problem: 'is not a regular file (a pipe or a device?), expected a text file' },
        ...(existsSync('/dev/zero') ? [{ path: '/dev/zero', problem: 'is not a regular file (a pipe or a device?), expected a text file' }] : []),
      ]),
];

for (const c of cases) {
  test(`notRegularFile ${c.path}: ${c.problem ?? 'a regular file'}`, () => {
    assert.equal(notRegularFile(c.path, 'a text file'), c.problem);
    const read = readRegularFile(c.path, 'a text file');
    // Neither a pipe nor a device is ever opened: the stat alone refuses them.
    assert.deepEqual('problem' in read ? read.problem : read.bytes.toString('utf8'), c.problem ?? '北京');
  });
}
