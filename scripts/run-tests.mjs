// Runs every compiled test file (out/test/**/*.test.js) with node's test runner: unit tests first,
// then the suites that start code-server and Chromium (test/vscode, test/e2e).
// Arguments narrow the run to files whose path contains one of them: node scripts/run-tests.mjs core cli
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filters = process.argv.slice(2);
const slow = (p) => /[\\/](vscode|e2e)[\\/]/.test(p);
let files = find('out/test').sort((a, b) => Number(slow(a)) - Number(slow(b)) || a.localeCompare(b));
if (filters.length) files = files.filter((f) => filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('run-tests: no test files found under out/test');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
