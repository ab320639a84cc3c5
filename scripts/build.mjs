// Bundles the extension, the language server and the CLI with esbuild.
// nodejieba is a native module and stays external (loaded from node_modules at run time).
import * as esbuild from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtensionParts } from './extension-parts.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode', 'nodejieba'],
  // jsonc-parser's UMD build loads its parts with a require esbuild cannot follow; bundle its ES build.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const lc = (f) => `vscode-languageclient/lib/common/${f}`;
// The extension in parts (scripts/extension-parts.mjs): dist/extension.js is what activate() needs;
// the language client follows in eight parts, one per turn of the event loop (src/extension/engine.ts,
// which names the same entry modules); the rest load when a command first needs them.
const EXTENSION_PARTS = [
  { name: 'extension', entries: ['src/extension/extension.ts'] },
  { name: 'lsp-base', entries: ['vscode-jsonrpc/node'] },
  { name: 'lsp-types', entries: ['vscode-languageserver-types'] },
  { name: 'lsp-protocol', entries: ['vscode-languageserver-protocol/node'] },
  { name: 'lsp-converters', entries: [lc('protocolConverter'), lc('codeConverter')] },
  {
    name: 'lsp-features',
    entries: ['diagnostic', 'notebook', 'textSynchronization', 'fileOperations', 'formatting', 'semanticTokens', 'configuration', 'completion', 'workspaceFolder'].map(lc),
  },
  { name: 'lsp-semver', entries: ['semver/functions/parse', 'semver/functions/satisfies'] },
  { name: 'lsp-client-core', entries: [lc('client')] },
  { name: 'lsp-client', entries: ['src/extension/language-client.ts'] },
  { name: 'numbers', entries: ['src/core/recognise/numbers/index.ts'] },
  { name: 'sidecar-schema', entries: ['src/core/sidecar/parse.ts'] },
  { name: 'export-formats', entries: ['src/core/sidecar/formats/index.ts'] },
  { name: 'glossary-append', entries: ['src/core/glossary/append.ts'] },
];

rmSync('dist/parts', { recursive: true, force: true });
const [parts] = await Promise.all([
  buildExtensionParts(common, EXTENSION_PARTS, ROOT),
  esbuild.build({ ...common, entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/zhnews.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
chmodSync('dist/cli.js', 0o755);
if (process.argv.includes('--parts')) for (const p of parts) console.log(`${p.part.padEnd(32)} ${String(p.modules).padStart(4)} modules ${String(Math.round(p.bytes / 1024)).padStart(5)} KB`);
