/** A name model named with --model or ZHNEWS_NAME_MODEL: a file that cannot be used is bad input (exit 1), one line naming it. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/zhnews';
import { tinyModelBytes } from '../core/recognise/names/tiny-model';
import { fakeIO } from './fake-io';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-model-option-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
writeFileSync(at('art.txt'), '习近平在北京会见联合国秘书长古特雷斯。\n');
writeFileSync(at('gold.jsonl'), '{"id":"a","text":"习近平在北京。","entities":[{"start":0,"end":3,"label":"PER"},{"start":4,"end":6,"label":"LOC"}]}\n');
writeFileSync(at('tiny.model'), tinyModelBytes());
writeFileSync(at('cut.model'), tinyModelBytes().subarray(0, 1000));
writeFileSync(at('json.model'), '{"format":2}\n');

async function run(argv: string[], env?: string) {
  const io = fakeIO('{"text":"习近平在北京"}\n');
  const before = process.env.ZHNEWS_NAME_MODEL;
  if (env === undefined) delete process.env.ZHNEWS_NAME_MODEL;
  else process.env.ZHNEWS_NAME_MODEL = env;
  try {
    return { code: await main(argv, io), stdout: io.stdout, stderr: io.stderr };
  } finally {
    if (before === undefined) delete process.env.ZHNEWS_NAME_MODEL;
    else process.env.ZHNEWS_NAME_MODEL = before;
  }
}

test('a bad model file: exit 1 and one line with the file and the reason, from every way of naming it', async () => {
  const cases: Array<[string, string[], string | undefined, string]> = [
    ['annotate --model, cut', ['annotate', at('art.txt'), '--model', at('cut.model')], undefined, `${at('cut.model')}: truncated: 1,000 of the 18,456 bytes its header describes`],
    ['annotate --model, JSON', ['annotate', at('art.txt'), '--model=' + at('json.model')], undefined, `${at('json.model')}: not a zh-news name model file (it is JSON; a model file starts with ZHNM)`],
    ['annotate, env, missing', ['annotate', at('art.txt')], at('none.model'), `${at('none.model')}: no such file`],
    ['annotate --jsonl --workers 2', ['annotate', '--jsonl', '--workers', '2', '--model', at('cut.model')], undefined, `${at('cut.model')}: truncated: 1,000 of the 18,456 bytes its header describes`],
    ['eval --model, a directory', ['eval', at('gold.jsonl'), '--model', dir], undefined, `${dir}: is a directory, expected a model file`],
    ['--model wins over the env', ['annotate', at('art.txt'), '--model', at('json.model')], at('tiny.model'), `${at('json.model')}: not a zh-news name model file (it is JSON; a model file starts with ZHNM)`],
  ];
  for (const [name, argv, env, message] of cases) {
    const r = await run(argv, env);
    assert.deepEqual([r.code, r.stderr, r.stdout], [1, message + '\n', ''], name);
  }
});

test('a good model named with --model is the one used', async () => {
  // The tiny model's weights are arbitrary: it does not find 习近平, which the shipped one does.
  const shipped = await run(['annotate', at('art.txt'), '--labels', 'PER,LOC']);
  assert.match(shipped.stdout, /PER\t习近平/);
  for (const argv of [['annotate', at('art.txt'), '--labels', 'PER,LOC', '--model', at('tiny.model')], ['annotate', at('art.txt'), '--labels', 'PER,LOC']]) {
    const r = await run(argv, argv.includes('--model') ? undefined : at('tiny.model'));
    assert.equal(r.code, 0, argv.join(' '));
    assert.doesNotMatch(r.stdout, /PER\t习近平/, argv.join(' '));
  }
  const tp = async (argv: string[]) => (JSON.parse((await run(['eval', at('gold.jsonl'), '--json', ...argv])).stdout) as { micro: { tp: number } }).micro.tp;
  assert.deepEqual([await tp([]), await tp(['--model', at('tiny.model')])], [2, 0]);
});
