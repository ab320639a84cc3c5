/*
 * Sidecar benchmark (not a test): build/serialise/parse the seed article's sidecar, each export format,
 * atomic writes, and re-anchoring — its speed and how often it puts an annotation back at the right place.
 *   npx tsc -p tsconfig.test.json && node out/bench/sidecar.bench.js
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSidecar, EXPORTERS, FormatName, parseSidecar, reanchor, serializeSidecar, SidecarAnnotation } from '../src/core/sidecar';
import { writeFileAtomic } from '../src/node/sidecar-file';
import { Label, NumKind } from '../src/core/types';
import { SHARED } from './common';

const GENERATOR = { name: 'zh-news-annotator', version: 'bench' };
let seedValue = 7;
const rand = () => ((seedValue = (seedValue * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);

function time<T>(runs: number, f: () => T): { ms: number; value: T } {
  let value = f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    value = f();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], value };
}

const text = readFileSync(join(SHARED, 'data', 'seed-article.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(SHARED, 'data', 'seed-article.gold.json'), 'utf8')) as {
  entities: { start: number; end: number; label: Label; kind?: NumKind }[];
};
const annotations = gold.entities.map((e) => ({ ...e, confidence: 1, source: 'manual' as const, status: 'accepted' as const }));

const built = time(20, () => buildSidecar(text, annotations, { path: 'seed-article.txt', generator: GENERATOR }));
const json = serializeSidecar(built.value);
const serial = time(20, () => serializeSidecar(built.value));
const parsed = time(20, () => parseSidecar(json, 'x'));
console.log(`seed article: ${text.length} UTF-16 units, ${annotations.length} annotations, sidecar ${(json.length / 1024).toFixed(0)} KB`);
console.log(`  build ${built.ms.toFixed(2)} ms, serialise ${serial.ms.toFixed(2)} ms, parse+validate ${parsed.ms.toFixed(2)} ms (median of 20)`);
for (const f of Object.keys(EXPORTERS) as FormatName[]) {
  const r = time(20, () => EXPORTERS[f]({ text, sidecar: built.value, stem: 'seed' }));
  const size = r.value.reduce((n, x) => n + Buffer.byteLength(x.content), 0);
  console.log(`  export ${f.padEnd(12)} ${r.ms.toFixed(2)} ms, ${(size / 1024).toFixed(0)} KB`);
}
const dir = mkdtempSync(join(tmpdir(), 'zhnews-bench-'));
const w = time(20, () => writeFileAtomic(join(dir, 'seed.annotations.json'), json));
console.log(`  atomic write (fsync + rename) ${w.ms.toFixed(2)} ms`);

// Re-anchoring quality: one random edit at a time; the "truth" is the span shifted by the edit, or
// gone when the edit touched it.
const totals = { untouched: 0, untouchedRight: 0, untouchedWrong: 0, untouchedOrphan: 0, touched: 0, touchedOrphan: 0, touchedFuzzy: 0, touchedMoved: 0 };
const START = built.value.annotations;
const times: number[] = [];
const EDITS = 1000;
for (let n = 0; n < EDITS; n++) {
  const at = Math.floor(rand() * text.length);
  const del = rand() < 0.5 ? 0 : Math.floor(rand() * (rand() < 0.8 ? 6 : 120));
  const pieces = ['重庆', '，', '市', '新', '发展', '的', '2025年', '\n', '𠮷', '😀'];
  const insert = Array.from({ length: Math.floor(rand() * 4) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
  const edited = text.slice(0, at) + insert + text.slice(at + del);
  const t0 = process.hrtime.bigint();
  const r = reanchor(edited, START);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const byId = new Map<string, SidecarAnnotation>(r.annotations.map((a) => [a.id, a]));
  for (const a of START) {
    const touched = !(a.end <= at || a.start >= at + del) || (del === 0 && a.start < at && at < a.end);
    const got = byId.get(a.id);
    if (!touched) {
      totals.untouched++;
      const truth = a.start >= at + (del === 0 ? 0 : del) && !(del === 0 && a.start < at) ? a.start + insert.length - del : a.start;
      if (!got) totals.untouchedOrphan++;
      else if (got.start === truth) totals.untouchedRight++;
      else totals.untouchedWrong++;
    } else {
      totals.touched++;
      const rep = r.report.find((x) => x.id === a.id)!;
      if (rep.outcome === 'orphan') totals.touchedOrphan++;
      else if (rep.outcome === 'fuzzy') totals.touchedFuzzy++;
      else totals.touchedMoved++;
    }
  }
}
times.sort((a, b) => a - b);
const pct = (x: number, of: number) => `${((100 * x) / Math.max(1, of)).toFixed(2)}%`;
console.log(`re-anchoring, ${EDITS} random single edits × ${START.length} annotations:`);
console.log(`  time per re-anchor: median ${times[times.length >> 1].toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms`);
console.log(`  untouched by the edit: ${totals.untouched}, at the right place ${pct(totals.untouchedRight, totals.untouched)}, elsewhere ${pct(totals.untouchedWrong, totals.untouched)}, orphaned ${pct(totals.untouchedOrphan, totals.untouched)}`);
console.log(`  touched by the edit: ${totals.touched}: orphan ${totals.touchedOrphan}, fuzzy ${totals.touchedFuzzy}, exact elsewhere/kept ${totals.touchedMoved}`);

// A large article: the seed repeated to about 1 MB, every annotation shifted by an insertion at the start.
const copies = 50;
const big = Array.from({ length: copies }, () => text).join('');
const bigAnn = Array.from({ length: copies }, (_, k) => annotations.map((a) => ({ ...a, start: a.start + k * text.length, end: a.end + k * text.length }))).flat();
const bigSidecar = buildSidecar(big, bigAnn, { path: 'big.txt', generator: GENERATOR });
const bigEdited = '（本报讯）' + big;
const rb = time(3, () => reanchor(bigEdited, bigSidecar.annotations));
const wrong = rb.value.annotations.filter((a, i) => a.start !== bigSidecar.annotations.find((o) => o.id === a.id)!.start + 5 && i >= 0).length;
console.log(`large article (${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB, ${bigAnn.length} annotations), insertion at the start: ${rb.ms.toFixed(0)} ms, ${wrong} not at their shifted place, ${rb.value.orphans.length} orphans`);
const bigDel = big.slice(0, 100) + big.slice(160);
const rd = time(3, () => reanchor(bigDel, bigSidecar.annotations));
console.log(`large article, 60 characters deleted near the start: ${rd.ms.toFixed(0)} ms, ${rd.value.orphans.length} orphans`);
