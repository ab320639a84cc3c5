import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/zhnews';
import { NameModel } from '../../../src/core/recognise/names/model';
import { fakeIO } from '../fake-io';


const dir = mkdtempSync(join(tmpdir(), 'zhnews-train-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function doc(id: string, text: string, ents: Array<[string, string]>) {
  const entities = ents.map(([s, label]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, label }));
  return JSON.stringify({ id, text, entities });
}

mkdirSync(join(dir, 'gold'));
writeFileSync(
  join(dir, 'gold', 'a.jsonl'),
  [
    doc('1', '王小明在长沙工作。', [['王小明', 'PER'], ['长沙', 'LOC']]),
    doc('2', '新华社记者李华报道。', [['新华社', 'ORG'], ['李华', 'PER']]),
    doc('3', '今天天气很好。\n张伟去了上海。', [['张伟', 'PER'], ['上海', 'LOC']]),
  ].join('\n') + '\n',
);

test('zhnews train --from DIR --no-base writes a model that knows the data', async () => {
  const out = join(dir, 'user.model');
  const io = fakeIO();
  const code = await main(['train', '--from', join(dir, 'gold'), '--no-base', '--out', out, '--epochs', '8', '--bits', '14'], io);
  assert.equal(code, 0, io.stderr);
  assert.match(io.stdout, /wrote .*user\.model/);
  const model = NameModel.deserialise(readFileSync(out));
  const spans = model.tagSpans('王小明在长沙工作。').map((s) => `${s.label}:${s.start}-${s.end}`);
  assert.deepEqual(spans, ['PER:0-3', 'LOC:4-6']);
});

test('zhnews train --shuffles K averages K models and says so in the model file', async () => {
  const out = join(dir, 'shuffled.model');
  const io = fakeIO();
  const code = await main(['train', '--from', join(dir, 'gold'), '--no-base', '--out', out, '--epochs', '8', '--bits', '14', '--shuffles', '2'], io);
  assert.equal(code, 0, io.stderr);
  assert.match(io.stderr, /shuffle 2\/2, epoch 8/);
  const model = NameModel.deserialise(readFileSync(out));
  assert.equal(model.info.shuffles, 2);
  const spans = model.tagSpans('王小明在长沙工作。').map((s) => `${s.label}:${s.start}-${s.end}`);
  assert.deepEqual(spans, ['PER:0-3', 'LOC:4-6']);
});

test('zhnews train: usage and input errors', async () => {
  const cases: Array<[string[], number, RegExp]> = [
    [['train', '--no-base', '--out', join(dir, 'x.model')], 2, /--no-base needs --from/],
    [['train', '--epochs', 'x', '--no-base', '--from', dir], 2, /--epochs must be/],
    [['train', '--shuffles', '0', '--no-base', '--from', dir], 2, /--shuffles must be/],
    [['train', '--from', join(dir, 'missing'), '--no-base', '--out', join(dir, 'x.model')], 1, /not a folder/],
  ];
  for (const [argv, want, message] of cases) {
    const io = fakeIO();
    assert.equal(await main(argv, io), want, argv.join(' '));
    assert.match(io.stderr, message);
  }
});

test('zhnews train: a bad gold line is reported with its place', async () => {
  mkdirSync(join(dir, 'bad'));
  writeFileSync(join(dir, 'bad', 'x.jsonl'), '{"id":1,"text":"a","entities":[]}\n{oops\n');
  const io = fakeIO();
  assert.equal(await main(['train', '--from', join(dir, 'bad'), '--no-base', '--out', join(dir, 'x.model')], io), 1);
  assert.match(io.stderr, /x\.jsonl:2:1:/);
});

test('zhnews train --from a folder without gold stops before training, with or without the base corpora', async () => {
  mkdirSync(join(dir, 'nogold'));
  writeFileSync(join(dir, 'nogold', 'a.txt'), '王小明在长沙工作。\n');
  const corpora = join(dir, 'corpora');
  mkdirSync(corpora);
  writeFileSync(join(corpora, 'msra-train.bio'), '王\tB-PER\n小\tI-PER\n明\tE-PER\n来\tO\n');
  const fast = ['--epochs', '1', '--shuffles', '1', '--bits', '10', '--out', join(dir, 'nogold.model')];
  for (const base of [['--no-base'], ['--corpora', corpora]]) {
    const io = fakeIO();
    assert.equal(await main(['train', '--from', join(dir, 'nogold'), ...base, ...fast], io), 1, base.join(' '));
    assert.match(io.stderr, /nogold:1:1: no .*gold/);
    assert.doesNotMatch(io.stderr, /training on/);
    assert.ok(!existsSync(join(dir, 'nogold.model')));
  }
});

test('zhnews train --corpora: a base corpus that is a folder, binary, or not in its format stops before training, located', async () => {
  const cases: Array<{ name: string; file: string; content: string | Buffer | null; error: RegExp }> = [
    { name: 'folder', file: 'msra-train.bio', content: null, error: /msra-train\.bio:1:1: is a directory, expected a text file/ },
    { name: 'binary', file: 'msra-train.bio', content: Buffer.from([0x34, 0x43, 0x6b, 0xa3, 0x77, 0xb1, 0x00, 0x0a]), error: /msra-train\.bio:1:4: not valid UTF-8/ },
    { name: 'empty', file: 'msra-train.bio', content: '', error: /msra-train\.bio:1:1: no sentences found: expected the MSRA corpus/ },
    { name: 'text', file: 'msra-train.bio', content: '王小明在长沙工作。\n今天天气很好。\n', error: /msra-train\.bio:1:1: no sentences found: expected the MSRA corpus/ },
    { name: 'msra-as-pfr', file: 'pfr-199801-train.txt', content: '王\tB-PER\n小\tI-PER\n', error: /pfr-199801-train\.txt:1:1: no sentences found: expected People's Daily 1998/ },
  ];
  for (const c of cases) {
    const corpora = join(dir, `corpora-${c.name}`);
    mkdirSync(corpora);
    if (c.content === null) mkdirSync(join(corpora, c.file));
    else writeFileSync(join(corpora, c.file), c.content);
    const out = join(dir, `corpora-${c.name}.model`);
    const io = fakeIO();
    assert.equal(await main(['train', '--corpora', corpora, '--out', out, '--epochs', '1', '--shuffles', '1', '--bits', '10'], io), 1, `${c.name}: ${io.stderr}`);
    assert.match(io.stderr, c.error, c.name);
    assert.doesNotMatch(io.stderr, /training on|internal error/, c.name);
    assert.ok(!existsSync(out), c.name);
  }
});
