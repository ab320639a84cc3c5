import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/paths';

/*
 * The extension is built in parts (scripts/extension-parts.mjs) so that the extension host never
 * compiles and runs all of it at once. These tests load the built bundles in a plain node with a
 * stand-in for the `vscode` module, in a child process so this one's module cache stays clean.
 */
const DIST = path.join(REPO_ROOT, 'dist');

function load(script: string): string[] {
  const prelude = `
    const Module = require('module');
    const stub = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
    const load = Module._load;
    Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest); };
    const loaded = () => Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(DIST + path.sep)})).map((f) => f.slice(${DIST.length + 1}));
  `;
  const r = spawnSync(process.execPath, ['-e', prelude + script], { encoding: 'utf8', env: { ...process.env, ZHNEWS_MEASURE_BLOCKS: '' } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

test('loading dist/extension.js loads none of the other parts: the language client and the rest come later', () => {
  const files = load(`
    const ext = require(${JSON.stringify(path.join(DIST, 'extension.js'))});
    if (typeof ext.activate !== 'function' || typeof ext.deactivate !== 'function') throw new Error('no activate/deactivate');
    console.log(JSON.stringify(loaded()));
  `);
  assert.deepEqual(files, ['extension.js']);
});

test('every part loads after the main bundle, and the language client part gives createClient', () => {
  const parts = fs.readdirSync(path.join(DIST, 'parts')).filter((f) => f.endsWith('.js'));
  assert.ok(parts.includes('lsp-client.js'), `parts: ${parts.join(', ')}`);
  const files = load(`
    require(${JSON.stringify(path.join(DIST, 'extension.js'))});
    for (const p of ${JSON.stringify(parts)}) require(${JSON.stringify(path.join(DIST, 'parts'))} + '/' + p);
    const client = require(${JSON.stringify(path.join(DIST, 'parts', 'lsp-client.js'))});
    if (typeof client.createClient !== 'function') throw new Error('lsp-client has no createClient');
    console.log(JSON.stringify(loaded()));
  `);
  assert.deepEqual(files.sort(), ['extension.js', ...parts.map((p) => `parts/${p}`)].sort());
});
