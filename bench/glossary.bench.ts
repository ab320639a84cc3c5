/*
 * Glossary benchmark (not a test): parse a 10,000-entry glossary, compile the matcher, and match
 * news-like text. Targets from issue 4: 10,000 terms load ≤ 200 ms, match ≥ 20 Mchar/s.
 *   npx tsc -p tsconfig.test.json && node out/bench/glossary.bench.js
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseGlossary } from '../src/core/glossary/parse';
import { TermMatcher } from '../src/core/glossary/matcher';

const ROOT = join(__dirname, '..', '..');

let seed = 42;
function rand(): number {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
/** Frequent CJK characters so generated terms overlap with running text the way real ones do. */
const COMMON = '的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空识感';

function term(min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  let s = '';
  for (let i = 0; i < n; i++) s += COMMON[Math.floor(rand() * COMMON.length)];
  return s;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median of `runs` runs, in CPU milliseconds (user + system of this process) and wall milliseconds.
 * CPU time is the fair figure on a shared machine: wall time grows with other processes' load.
 */
function time<T>(runs: number, f: () => T): { cpu: number; wall: number; value: T } {
  const cpus: number[] = [];
  const walls: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    value = f();
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
    const u = process.cpuUsage(c);
    cpus.push((u.user + u.system) / 1000);
  }
  return { cpu: median(cpus), wall: median(walls), value };
}

function ms(r: { cpu: number; wall: number }): string {
  return `${r.cpu.toFixed(0)} ms CPU (${r.wall.toFixed(0)} ms wall)`;
}

// 10,000 entries, each with a term of 2–8 characters, one alias, a summary and a definition.
const seen = new Set<string>();
const entries: Record<string, unknown>[] = [];
while (entries.length < 10_000) {
  const t = term(2, 8);
  const alias = term(2, 6);
  if (seen.has(t) || seen.has(alias)) continue;
  seen.add(t);
  seen.add(alias);
  entries.push({ term: t, aliases: [alias], category: '基准', summary: term(10, 20), definition: term(20, 60), source: { title: term(5, 10), publication: term(3, 6) } });
}
const yamlText = stringify({ terms: entries }, { lineWidth: 0 });
const minimalYaml = stringify({ terms: entries.map((e) => ({ term: e.term, aliases: e.aliases })) }, { lineWidth: 0 });

const parsed = time(3, () => parseGlossary(yamlText, 'bench.glossary.yaml'));
if (parsed.value.errors.length) throw new Error(`bench glossary has problems: ${parsed.value.errors[0].message}`);
const parsedMinimal = time(3, () => parseGlossary(minimalYaml, 'minimal.glossary.yaml'));
const compiled = time(3, () => new TermMatcher(parsed.value.entries));
const matcher = compiled.value;

// Text 1: the seed article (if present) repeated to ~10 Mchar; text 2: random characters with planted terms.
const seedPath = join(ROOT, '..', 'shared', 'data', 'seed-article.txt');
const article = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : term(5000, 5000);
const news = article.repeat(Math.ceil(10_000_000 / article.length));
let planted = '';
while (planted.length < 10_000_000) planted += rand() < 0.05 ? (entries[Math.floor(rand() * entries.length)].term as string) : term(20, 40) + '，';

const builtin = parseGlossary(readFileSync(join(ROOT, 'glossary', 'builtin.glossary.yaml')), 'builtin');
const builtinMatcher = new TermMatcher(builtin.entries);

const matched: Array<{ name: string; chars: number; cpuMs: number; wallMs: number; mcharPerS: number; mcharPerSWall: number; matches: number }> = [];
function throughput(name: string, m: TermMatcher, text: string): void {
  m.find(text.slice(0, 100_000)); // warm up
  const r = time(3, () => m.find(text));
  const per = (t: number) => Math.round((text.length / 1e3 / t) * 10) / 10;
  matched.push({ name, chars: text.length, cpuMs: Math.round(r.cpu), wallMs: Math.round(r.wall), mcharPerS: per(r.cpu), mcharPerSWall: per(r.wall), matches: r.value.length });
  const rate = (t: number) => (text.length / 1e3 / t).toFixed(1);
  console.log(`match   ${name.padEnd(44)} ${(text.length / 1e6).toFixed(1)} Mchar: ${rate(r.cpu)} Mchar/s CPU (${rate(r.wall)} wall), ${r.value.length} matches`);
}

const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(2);
const load = require('node:os').loadavg()[0] as number;
console.log(`node ${process.version}, load average ${load.toFixed(1)}; ${entries.length} entries, ${matcher.size} keys`);
console.log(`load    parseGlossary, full entries (${mb(yamlText)} MB YAML)      ${ms(parsed)}`);
console.log(`load    parseGlossary, term + alias only (${mb(minimalYaml)} MB YAML) ${ms(parsedMinimal)}`);
console.log(`compile new TermMatcher(10,000 entries)                  ${ms(compiled)}   (target ≤ 200 ms)`);
throughput('10k terms, seed article ×N', matcher, news);
throughput('10k terms, random text with planted terms', matcher, planted);
throughput(`built-in (${builtin.entries.length} entries), seed article ×N`, builtinMatcher, news);
console.log('target: match ≥ 20 Mchar/s');
// For scripts/bench.mjs (npm run bench), which collects every benchmark into bench/results.json (CPU ms).
const glossary = {
  entries: entries.length,
  keys: matcher.size,
  yamlMB: Number(mb(yamlText)),
  parseMs: Math.round(parsed.cpu),
  compileMs: Math.round(compiled.cpu),
  loadCompileMs: Math.round(parsed.cpu + compiled.cpu),
  loadCompileWallMs: Math.round(parsed.wall + compiled.wall),
  match: matched,
};
process.stdout.write(`BENCH_RESULT ${JSON.stringify({ glossary })}\n`);
