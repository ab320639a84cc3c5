// Reads a .cpuprofile of the extension host (ZHNEWS_PROFILE_DIR, bench/startup.bench.ts) and lists
// its blocks: runs of samples without "(idle)" between them, longest first, each split by owner —
// this extension (dist/extension.js), another extension (by its folder), the start-up harness, or
// the host itself — with the functions of this extension that took the most time in it.
//   node scripts/profile-blocks.mjs file.cpuprofile [minMs=20]
import { readFileSync } from 'node:fs';

const [file, minArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/profile-blocks.mjs file.cpuprofile [minMs]');
  process.exit(2);
}
const minMs = Number(minArg ?? 20);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function ownerOf(url) {
  if (!url) return undefined;
  // Built-in extensions first: some of them are a dist/extension.js too.
  const m = /\/lib\/vscode\/extensions\/([^/]+)\//.exec(url);
  if (m) return `ext:${m[1]}`;
  if (url.includes('/dist/extension.js')) return 'ours';
  if (url.includes('startup-host')) return 'harness';
  return undefined;
}
// A sample belongs to the innermost extension frame on its stack (the host calling into it counts as it).
const sampleOwner = new Map();
function owner(id) {
  if (sampleOwner.has(id)) return sampleOwner.get(id);
  let o = 'host';
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const own = ownerOf(byId.get(cur).callFrame.url);
    if (own) {
      o = own;
      break;
    }
  }
  sampleOwner.set(id, o);
  return o;
}
const isIdle = (id) => byId.get(id).callFrame.functionName === '(idle)';

const blocks = [];
let t = 0; // ms since the profile started
let cur;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // this sample lasts until the next one
  t += (profile.timeDeltas[i] ?? 0) / 1000;
  if (isIdle(id)) {
    if (cur) blocks.push(cur);
    cur = undefined;
    continue;
  }
  cur ??= { start: t, ms: 0, owners: {}, fns: {} };
  cur.ms += dt;
  const o = owner(id);
  cur.owners[o] = (cur.owners[o] ?? 0) + dt;
  if (o === 'ours') {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
    cur.fns[k] = (cur.fns[k] ?? 0) + dt;
  }
}
if (cur) blocks.push(cur);
const r = (x) => Math.round(x);
const ourLongest = Math.max(0, ...blocks.map((b) => b.owners.ours ?? 0));
console.log(`${file}: ${blocks.length} blocks; longest ${r(Math.max(...blocks.map((b) => b.ms)))} ms; most of this extension's code in one block ${r(ourLongest)} ms`);
for (const b of blocks.filter((b) => b.ms >= minMs).sort((a, b) => b.ms - a.ms)) {
  const owners = Object.entries(b.owners).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${r(v)}`).join(', ');
  const fns = Object.entries(b.fns).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${r(v)}`).join(', ');
  console.log(`  at ${r(b.start)} ms: ${r(b.ms)} ms (${owners})${fns ? `; ours: ${fns}` : ''}`);
}
