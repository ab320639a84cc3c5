import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../src/cli/args';

test('command-line flags: a value flag given twice with two values is refused, not silently the last one', () => {
  const table: Array<[string[], string]> = [
    [['a.txt', '--format', 'brat'], 'format=brat a.txt'],
    [['a.txt', '--format=json'], 'format=json a.txt'],
    // The same value twice says one thing.
    [['--format', 'json', 'a.txt', '--format', 'json'], 'format=json a.txt'],
    [['--format', 'brat', 'a.txt', '--format', 'json'], 'error: --format is given twice (brat, json); give it once'],
    [['--format'], 'error: --format needs a value'],
    [['--json', '--json', 'a.txt'], 'json=true a.txt'],
    [['--nope'], 'error: unknown option --nope'],
    [['--', '--format', 'x'], ' --format x'],
  ];
  for (const [argv, want] of table) {
    let got: string;
    try {
      const r = parseArgs(argv, ['format'], ['json']);
      got = `${[...r.flags].map(([k, v]) => `${k}=${v}`).join(' ')} ${r.positional.join(' ')}`;
    } catch (e) {
      got = `error: ${(e as Error).message}`;
    }
    assert.equal(got, want, argv.join(' '));
  }
});
