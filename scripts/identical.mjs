// Builds bench/identical.ts into bench/tmp/ and runs it: `node scripts/identical.mjs dump OUT.jsonl`
// writes the annotations of fixed texts (compare two builds' files with cmp); `… profile news 3`
// annotates like the throughput benchmark (add node flags after NODE_FLAGS=, e.g. --cpu-prof).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(ROOT, 'bench', 'tmp', 'identical.js');
await esbuild.build({ entryPoints: [join(ROOT, 'bench', 'identical.ts')], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', packages: 'external' });
const flags = (process.env.NODE_FLAGS ?? '').split(' ').filter(Boolean);
const env = { ...process.env, ZHNEWS_SHARED: process.env.ZHNEWS_SHARED ?? join(ROOT, '..', 'shared') };
const r = spawnSync(process.execPath, [...flags, out, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
