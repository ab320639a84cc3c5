import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vsceArgs } from './vsix';

test('vsceArgs keeps the package script flags and moves the output', () => {
  const cases: Array<[string | undefined, string[]]> = [
    ['npm run build && vsce package --no-yarn -o dist/x.vsix', ['package', '--no-yarn', '-o', '/t/a.vsix']],
    ['npm run build && vsce package --no-yarn --allow-missing-repository --out dist/x.vsix && echo ok', ['package', '--no-yarn', '--allow-missing-repository', '-o', '/t/a.vsix']],
    ['vsce package --baseImagesUrl https://example.org/m --out=dist/x.vsix', ['package', '--baseImagesUrl', 'https://example.org/m', '-o', '/t/a.vsix']],
    [undefined, ['package', '--no-yarn', '-o', '/t/a.vsix']],
  ];
  for (const [script, expected] of cases) assert.deepEqual(vsceArgs(script, '/t/a.vsix'), expected, String(script));
});
