import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NameRecogniser } from '../../src/core/recognise/names';
import { loadNameModel } from '../../src/core/recognise/names/load';
import { NameModel } from '../../src/core/recognise/names/model';
import { modelFallbackMessage, NameModels } from '../../src/server/name-models';
import { tinyModelBytes } from '../core/recognise/names/tiny-model';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-name-models-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const shipped = join(dir, 'shipped.model');
writeFileSync(shipped, tinyModelBytes({ run: 'shipped' }));

/** Stands in for a recogniser: the model it would use, and which run of the file that was. */
type Fake = NameRecogniser & { run: unknown };
function models(): { choice: NameModels; warnings: string[]; loads: string[] } {
  const warnings: string[] = [];
  const loads: string[] = [];
  const load = (path = shipped): NameRecogniser => {
    loads.push(path);
    const m: NameModel = loadNameModel(path);
    return { run: m.info.run } as unknown as Fake;
  };
  return { choice: new NameModels(load, shipped, (m) => warnings.push(m)), warnings, loads };
}

/** Rewrites a model file; the time is set apart in case both writes fell in one clock tick. */
let tick = 0;
function write(path: string, bytes: Uint8Array): void {
  writeFileSync(path, bytes);
  const t = new Date(Date.now() + 1000 * ++tick);
  utimesSync(path, t, t);
}

test('a model retrained into the same path is used from the next annotation', () => {
  const path = join(dir, 'mine.model');
  write(path, tinyModelBytes({ run: 1 }));
  const { choice, loads } = models();
  assert.equal((choice.get(path) as Fake).run, 1);
  assert.equal(choice.stale(path), false);
  assert.equal(choice.get(path), choice.get(path));
  write(path, tinyModelBytes({ run: 2 }));
  assert.equal(choice.stale(path), true);
  assert.equal((choice.get(path) as Fake).run, 2);
  assert.deepEqual(loads, [path, path]);
});

test('a broken model falls back to the shipped one with one warning, and fixing the file is picked up', () => {
  const path = join(dir, 'broken.model');
  write(path, tinyModelBytes({ run: 'fixed' }).subarray(0, 500));
  const { choice, warnings } = models();
  assert.equal((choice.get(path) as Fake).run, 'shipped');
  assert.equal((choice.get(path) as Fake).run, 'shipped');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^zhNews\.modelPath: .*broken\.model: truncated: 500 of the [\d,]+ bytes its header describes; using the shipped model until the file is fixed\.$/);
  write(path, tinyModelBytes({ run: 'fixed' }));
  assert.equal(choice.stale(path), true);
  assert.equal((choice.get(path) as Fake).run, 'fixed');
  assert.equal(warnings.length, 1);
});

test('switching the setting away and back, or to the shipped model, gives the file as it is now', () => {
  const path = join(dir, 'switch.model');
  write(path, tinyModelBytes({ run: 'a' }));
  const { choice } = models();
  assert.equal((choice.get(path) as Fake).run, 'a');
  assert.equal((choice.get('') as Fake).run, 'shipped');
  write(path, tinyModelBytes({ run: 'b' }));
  assert.equal((choice.get(path) as Fake).run, 'b');
  write(shipped, tinyModelBytes({ run: 'shipped again' }));
  assert.equal((choice.get('') as Fake).run, 'shipped again');
});

test('the warning about a model file that cannot be used follows the display language', () => {
  const table: Array<[string, string]> = [
    ['en', 'zhNews.modelPath: m.model: truncated; using the shipped model until the file is fixed.'],
    ['zh-cn', 'zhNews.modelPath：m.model: truncated；在文件修好之前使用内置模型。'],
    ['zh-CN', 'zhNews.modelPath：m.model: truncated；在文件修好之前使用内置模型。'],
    ['de', 'zhNews.modelPath: m.model: truncated; using the shipped model until the file is fixed.'],
  ];
  for (const [locale, want] of table) assert.equal(modelFallbackMessage(locale, 'm.model: truncated'), want, locale);
});
