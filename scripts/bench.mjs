// `npm run bench`: every benchmark of bench/ in one run, each in a fresh process, one after another
// (this is a 2-core machine: nothing runs beside them). Prints a table against the targets of
// issues 3, 4, 5 and 7 and writes bench/results.json with the machine it ran on.
//   node scripts/bench.mjs [section…]   sections: throughput scaling keystroke glossary memory batch startup startup1mb
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Not under out/: other tools write there (a stray out/package.json once broke a run).
const OUT = join(ROOT, 'bench', 'tmp'); // two levels down, as out/bench/ would be: glossary.bench.ts finds the root that way
process.chdir(ROOT);

// Bundled (not tsc): fast, and independent of unrelated compile errors elsewhere in the tree.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', packages: 'external' };
await esbuild.build({
  ...common,
  entryPoints: ['engine', 'glossary', 'memory', 'batch', 'startup'].map((n) => `bench/${n}.bench.ts`),
  outdir: OUT,
  outbase: 'bench',
});
await esbuild.build({ ...common, entryPoints: ['bench/startup-host/index.ts'], outfile: join(OUT, 'startup-host', 'index.js'), external: ['vscode'] });

const SECTIONS = {
  throughput: ['engine.bench.js', 'throughput'],
  scaling: ['engine.bench.js', 'scaling'],
  keystroke: ['engine.bench.js', 'keystroke'],
  glossary: ['glossary.bench.js'],
  memory: ['--expose-gc', 'memory.bench.js'],
  batch: ['batch.bench.js'],
  startup: ['startup.bench.js'],
  // The same start-up, opening the seed article repeated to 1 MB (25,000 annotations in pieces).
  startup1mb: ['startup.bench.js'],
};
const SECTION_ENV = { startup1mb: { ZHNEWS_BENCH_ARTICLE_BYTES: '1000000' } };
// A section that runs past its limit is stopped and reported, so one cannot sink the whole run.
const LIMIT_S = { throughput: 300, scaling: 300, keystroke: 400, glossary: 150, memory: 90, batch: 600, startup: 300, startup1mb: 300 };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SECTIONS);

function run(args, limitS, extraEnv = {}) {
  return new Promise((resolve) => {
    const file = args.find((a) => a.endsWith('.js'));
    const argv = args.map((a) => (a === file ? join(OUT, a) : a));
    // test/support finds the repository from its own compiled location, which a bundle does not have.
    const env = {
      ...process.env,
      ...extraEnv,
      NODE_OPTIONS: '',
      ZHNEWS_SHARED: process.env.ZHNEWS_SHARED ?? join(ROOT, '..', 'shared'),
      ZHNEWS_CODE_SERVER: process.env.ZHNEWS_CODE_SERVER ?? join(ROOT, '.tools', 'code-server', 'node_modules', '.bin', 'code-server'),
    };
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let buf = '';
    const results = {};
    child.stdout.on('data', (b) => {
      buf += b.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line.startsWith('BENCH_RESULT ')) Object.assign(results, JSON.parse(line.slice(13)));
        else console.log(`  ${line}`);
      }
    });
    const timer = setTimeout(() => {
      console.log(`  stopped after ${limitS} s`);
      child.kill('SIGKILL');
    }, limitS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, results });
    });
  });
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  memoryGB: Math.round(os.totalmem() / 1e9),
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  date: new Date().toISOString(),
  loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
};
const resultsPath = join(ROOT, 'bench', 'results.json');
// A partial run (some sections) keeps the other sections of the last full run.
const previous = wanted.length < Object.keys(SECTIONS).length && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
const figures = { ...(previous.figures ?? {}) };
const durations = {};
const sectionsRunAt = { ...(previous.sectionsRunAt ?? {}) };
const started = Date.now();
console.log(`bench on ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
for (const name of wanted) {
  if (!SECTIONS[name]) {
    console.error(`unknown section ${name}; sections: ${Object.keys(SECTIONS).join(' ')}`);
    process.exit(2);
  }
  console.log(`\n== ${name}`);
  const t = Date.now();
  const { code, results } = await run(SECTIONS[name], LIMIT_S[name], SECTION_ENV[name]);
  durations[name] = Math.round((Date.now() - t) / 100) / 10;
  if (code !== 0) console.log(`  ${name} exited with code ${code}`);
  Object.assign(figures, results);
  sectionsRunAt[name] = new Date(t).toISOString();
}
machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);

// ---- the table: figure, value, reference / target, verdict
const rows = [];
const r1 = (x) => (typeof x === 'number' ? Math.round(x * 10) / 10 : x);
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');
function row(what, value, target, ok) {
  rows.push({ what, value: String(value), target, verdict: verdict(ok) });
}
const f = figures;
for (const [key, label] of [['seed1MB', 'seed article ×N (1 MB)'], ['news5MB', "People's Daily 1998 (5 MB)"]]) {
  const t = f.throughput?.[key];
  if (t) row(`Throughput, ${label}`, `${Math.round(t.annotateCps / 1000)} kchar/s = ${t.ratio}× raw nodejieba.tag (${Math.round(t.tagCps / 1000)} kchar/s), CPU time`, '≥ 0.7× tag', t.ratio >= 0.7);
}
for (const [key, label] of [['seed1MB', 'seed article ×N'], ['news1MB', "People's Daily"]]) {
  const k = f.keystroke?.[key];
  if (k) row(`Keystroke → annotations, 1 MB ${label}`, `p50 ${k.p50} ms, p99 ${k.p99} ms wall; CPU p50 ${k.cpuP50}, p99 ${k.cpuP99} ms (${k.edits} edits)`, 'p99 ≤ 15 ms', k.p99 <= 15);
}
function startupRows(s, article) {
  if (s.error) return row(`Start-up in code-server (${article})`, `failed: ${String(s.error).split('\n')[0]}`, '', false);
  if (!s.articleBytes) {
    row('Activation: activate() (extension timestamps)', `${r1(s.activateMs)} ms`, '≤ 100 ms', s.activateMs <= 100);
    if (s.loadMs !== undefined) row('Activation: loading dist/extension.js + activate()', `${r1(s.loadMs + s.activateMs)} ms`, '≤ 100 ms', s.loadMs + s.activateMs <= 100);
    row('Activation: open article → extension active', `${r1(s.openToActiveMs)} ms`, '', undefined);
  }
  row(`Open ${article} → first annotations`, `${r1(s.openToFirstAnnotationsMs)} ms (${s.annotations} annotations)`, '', undefined);
  const host = s.builtinExtensions === 'all' ? 'with every built-in extension' : 'only our extension and built-ins without code';
  row(`Longest extension-host block, ${article} (activation + first annotation; ${host})`, `${r1(s.longestBlockMs)} ms wall, CPU in it ≤ ${r1(s.longestBlockCpuMs)} ms (load average ${s.loadAverage?.[0] ?? '?'})`, '≤ 50 ms', s.longestBlockMs <= 50);
  if (s.longestBlockThreadMs !== undefined && s.longestBlockThreadMs !== null) {
    const split = s.longestBlockSplit;
    const how = split ? `; the longest block: ${r1(split.wallMs)} ms wall = thread ran ${r1(split.ranMs)} ms + waited for a core ${r1(split.waitedMs)} ms${split.ours ? ` (${split.ours})` : ''}` : '';
    row(`Longest time the host thread ran without a break, ${article} (kernel's accounting of the thread)`, `${r1(s.longestBlockThreadMs)} ms${how}`, '≤ 50 ms', s.longestBlockThreadMs <= 50);
  }
  if (s.ownLongest) {
    const thread = s.ownLongestThread ? `; on the host thread ${r1(s.ownLongestThread[1])} ms (${s.ownLongestThread[0]})` : '';
    row(`Longest run of our own code in the host, ${article} (wall / CPU)`, `${r1(s.ownLongest[1])} ms wall (${s.ownLongest[0]}) / ${s.ownLongestCpu ? `${r1(s.ownLongestCpu[1])} ms CPU (${s.ownLongestCpu[0]})` : 'CPU n/a'}${thread}`, '≤ 50 ms', s.ownLongest[1] <= 50);
  }
}
if (f.startup) startupRows(f.startup, 'seed article');
if (f.startupLarge) startupRows(f.startupLarge, 'seed article ×N, 1 MB');
if (f.glossary) {
  const g = f.glossary;
  row(`Glossary: load + compile ${g.entries} terms`, `${g.loadCompileMs} ms CPU (parse ${g.parseMs}, compile ${g.compileMs}; ${g.loadCompileWallMs} ms wall)`, '≤ 200 ms', g.loadCompileMs <= 200);
  // Every text, the dense one included: news text alone would flatter the matcher.
  const slowest = Math.min(...g.match.map((m) => m.mcharPerS));
  row('Glossary: match speed, CPU (each text)', g.match.map((m) => `${m.mcharPerS} Mchar/s ${m.name}`).join('; '), '≥ 20 Mchar/s', slowest >= 20);
}
if (f.memory) {
  const m = f.memory;
  const jieba = m.nodejiebaLoadedByAnnotator ? 'nodejieba loaded by it (~250 MB of that)' : `nodejieba not needed; alone it would add ${m.nodejiebaMB} MB`;
  row('Memory: RSS after annotating 1 MB, above bare node', `${m.totalAboveBareMB} MB with ${m.nameRecogniser}, ${jieba}`, '≤ 150 MB', m.totalAboveBareMB <= 150);
}
if (f.scaling) {
  const base = f.scaling[0];
  for (const s of f.scaling) {
    row(`Scaling ${s.size}`, `${Math.round(s.annotateCps / 1000)} kchar/s, ${Math.round(s.annotateMs / (s.chars / 1e6))} ms CPU per Mchar (${r1(s.annotateCps / base.annotateCps)}× the 10 KB rate)`, 'linear', undefined);
  }
  const last = f.scaling[f.scaling.length - 1];
  // Linear: chars/s at 10 MB within 2× of the best size (cost per char does not grow with size).
  const best = Math.max(...f.scaling.map((s) => s.annotateCps));
  rows[rows.length - 1].verdict = verdict(last.annotateCps >= best / 2);
}
if (f.batch) {
  const b = f.batch;
  row(`CLI batch ${b.sentences} sentences, --workers 1`, `${r1(b.one.ms / 1000)} s (${b.one.linesPerS} lines/s)`, '', undefined);
  row(`CLI batch, --workers ${b.many.workers}`, `${r1(b.many.ms / 1000)} s (${b.many.linesPerS} lines/s) = ${b.speedup}× one core; output ${b.identicalOutput ? 'identical' : 'DIFFERS'}`, `> 1× (${b.cores} cores)`, b.speedup > 1 && b.identicalOutput);
}

const w = [Math.max(...rows.map((r) => r.what.length)), Math.max(...rows.map((r) => r.value.length)), Math.max(...rows.map((r) => r.target.length))];
console.log(`\n${'figure'.padEnd(w[0])}  ${'measured'.padEnd(w[1])}  ${'target'.padEnd(w[2])}  verdict`);
for (const r of rows) console.log(`${r.what.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${r.target.padEnd(w[2])}  ${r.verdict}`);
console.log(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}, ${machine.date}; load average ${machine.loadAverageAtStart.join('/')} → ${machine.loadAverageAtEnd.join('/')}; ${Math.round((Date.now() - started) / 1000)} s`);

writeFileSync(resultsPath, JSON.stringify({ machine, sectionsRunAt, durationsS: { ...(previous.durationsS ?? {}), ...durations }, table: rows, figures }, null, 2) + '\n');
console.log(`wrote ${resultsPath}`);
