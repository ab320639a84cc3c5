import { test, after } from 'node:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { recogniseNumbers } from '../../src/core/recognise/numbers';
import { Anchorer, buildSidecar, parseSidecar, serializeSidecar, Sidecar } from '../../src/core/sidecar';
import { EXPORTERS, IMPORTERS, FormatName, IMPORT_FORMATS } from '../../src/core/sidecar/formats';
import { LocatedError } from '../../src/core/sidecar/located';
import { lineStarts } from '../../src/core/text/offsets';
import { openSidecarFor, readArticle } from '../../src/node/sidecar-file';
import { Annotation } from '../../src/core/types';
import { check } from './support';

// ---- articles and their sidecars ----

const ARTICLES = [
  '新华社北京1月20日电 国家统计局局长康义表示，2023年国内生产总值超过126万亿元，同比增长5.2%。\n𠮷野家在上海开了3家店😀，张伟说“33618”现代制造业集群体系很好。\r\n第二段\t有[x](command:workbench.action.quit)和<script>。\n',
  '１２．５％的企业\u0301在２０２４年１１月…\n\n三千五百万元👨‍👩‍👧',
  '短',
];

function annotationsOf(text: string): Annotation[] {
  const out: Annotation[] = recogniseNumbers(text);
  const add = (s: string, label: Annotation['label'], extra: Partial<Annotation> = {}) => {
    const i = text.indexOf(s);
    if (i >= 0) out.push({ start: i, end: i + s.length, label, confidence: 1, source: 'manual', status: 'accepted', ...extra });
  };
  add('张伟', 'PER', { roles: [{ role: '主任', org: '市发展改革委' }] });
  add('国家统计局', 'ORG');
  add('𠮷野家', 'ORG');
  add('上海', 'LOC', { status: 'rejected', source: 'auto', confidence: 0.4 });
  add('33618', 'TERM', { glossaryId: 'c 33618%', source: 'glossary' });
  add('短', 'PER');
  return out;
}

const SIDECARS: Sidecar[] = ARTICLES.map((text) =>
  buildSidecar(text, annotationsOf(text).map((a, i) => (i === 0 ? { ...a, note: 'a\tnote\nwith lines' } : a)), {
    path: 'a.txt',
    generator: { name: 'fuzz', version: '0' },
    now: '2026-01-01T00:00:00Z',
  }),
);

/** Every importable format's file for every article: the seeds the mutations start from. */
const SEEDS: { format: FormatName; article: number; name: string; content: string }[] = [];
ARTICLES.forEach((text, article) => {
  for (const format of IMPORT_FORMATS) {
    const files = EXPORTERS[format]({ text, sidecar: SIDECARS[article], stem: 'a', documentIri: 'file:///tmp/a.txt' });
    const main = files.find((f) => !f.name.endsWith('.txt') && !f.name.endsWith('.conf') && !f.name.endsWith('.xml'));
    if (main) SEEDS.push({ format, article, name: main.name, content: main.content });
  }
});

// ---- mutations ----

const HOSTILE_VALUES: unknown[] = [
  null, -1, 0, 1, 2, 3, 1.5, 1e300, -1e300, 2 ** 53, '', '𠮷', '\ud800', '\u0000', 'a'.repeat(1000), [], {}, [[0, 1, 'PER']], true, false,
  '../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'javascript:alert(1)', 'command:workbench.action.quit', '<script>', 'PER',
  'NUM', 'TERM', 'DATE', '%E0%A4%A', '0000000000000000000000000000000000000000000000000000000000000000', { exact: '', prefix: '', suffix: '' },
  { value: 'x' }, { utf16: 1e9, codePoints: -1 },
];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** All paths to values inside a JSON value. */
function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...prefix, k], out);
  return out;
}

type Edit = { pick: number; op: number; value: number; delta: number };
const edit: fc.Arbitrary<Edit> = fc.record({ pick: fc.nat(), op: fc.integer({ min: 0, max: 4 }), value: fc.nat({ max: HOSTILE_VALUES.length - 1 }), delta: fc.integer({ min: -3, max: 3 }) });

/** Structural edits of a JSON value: replace, delete, duplicate, nudge a number, swap a string. */
function editJson(root: Json, e: Edit): Json {
  const all = paths(root);
  const path = all[e.pick % all.length];
  if (path.length === 0) return e.op === 0 ? (HOSTILE_VALUES[e.value] as Json) : root;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k as string], root) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1];
  const cur = (parent as Record<string | number, Json>)[key];
  switch (e.op) {
    case 0:
      (parent as Record<string | number, Json>)[key] = structuredClone(HOSTILE_VALUES[e.value]) as Json;
      break;
    case 1:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key as string];
      break;
    case 2:
      if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(cur));
      else (parent as Record<string, Json>)[key as string] = structuredClone(cur);
      break;
    case 3:
      if (typeof cur === 'number') (parent as Record<string | number, Json>)[key] = cur + e.delta;
      else if (typeof cur === 'string') (parent as Record<string | number, Json>)[key] = cur.slice(Math.max(0, e.delta)) + (e.delta < 0 ? '𠮷' : '');
      break;
    default:
      if (typeof cur === 'string') (parent as Record<string | number, Json>)[key] = cur.split('').reverse().join('');
  }
  return root;
}

/** JSON (or JSON Lines) edited structurally when it parses, then text-level damage. */
function mutate(content: string, edits: Edit[], cuts: { at: number; len: number; ins: string }[]): string {
  let out = content;
  if (edits.length) {
    const lines = out.split('\n');
    out = lines
      .map((line) => {
        if (line.trim() === '') return line;
        try {
          let v = JSON.parse(line) as Json;
          for (const e of edits) v = editJson(v, e);
          return JSON.stringify(v);
        } catch {
          return line;
        }
      })
      .join('\n');
    if (out === content && /^\s*[[{]/.test(content)) {
      try {
        let v = JSON.parse(content) as Json;
        for (const e of edits) v = editJson(v, e);
        out = JSON.stringify(v, null, 2);
      } catch {
        /* not JSON: text damage only */
      }
    }
  }
  for (const c of cuts) {
    const i = Math.floor(c.at * (out.length + 1));
    out = out.slice(0, i) + c.ins + out.slice(i + c.len);
  }
  return out;
}

const cut = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 0, max: 20 }),
  ins: fc.oneof(fc.constantFrom('', '\n', '\t', ' ', '"', '{', '}', '[', ']', ',', ':', '\\', '\\u', '\u0000', '\ufeff', '\ud800', '𠮷', 'T9\tPER 0 1\tx', 'A1\tKind T1 DATE', 'N1\tReference T1 Glossary:%E0\tx', '99999999999999999999'), fc.string({ unit: 'binary', maxLength: 4 })),
});

// ---- invariants ----

function assertLocatedIn(errors: LocatedError[], content: string, file: string): void {
  const starts = lineStarts(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  const all = lineStarts(content);
  for (const e of errors) {
    if (e.file !== file) throw new Error(`error in another file: ${e.file}`);
    const maxLine = Math.max(starts.length, all.length);
    if (!(Number.isInteger(e.line) && e.line >= 1 && e.line <= maxLine)) throw new Error(`line ${e.line} outside the file (${maxLine} lines): ${e.message}`);
    if (!(Number.isInteger(e.col) && e.col >= 1)) throw new Error(`column ${e.col}: ${e.message}`);
    if (typeof e.message !== 'string' || e.message === '') throw new Error('error without a message');
  }
}

/** What the CLI and the extension do next with annotations that loaded: they must anchor and save. */
function assertUsable(articleText: string, annotations: readonly Annotation[], what: string): void {
  const anchorer = new Anchorer(articleText);
  for (const a of annotations) {
    const problem = anchorer.check(a);
    if (problem) throw new Error(`${what} gave an annotation the article cannot hold: ${a.label} ${a.start}–${a.end}: ${problem}`);
  }
  const s = buildSidecar(articleText, annotations, { path: 'a.txt', generator: { name: 'fuzz', version: '0' }, now: '2026-01-01T00:00:00Z' });
  const back = parseSidecar(serializeSidecar(s), 'back.annotations.json');
  if (back.errors) throw new Error(`${what}: the sidecar written from it does not read back: ${back.errors[0].message}`);
}

const seedArb = fc.nat({ max: SEEDS.length - 1 });
const mutationArb = fc.tuple(fc.array(edit, { maxLength: 3 }), fc.array(cut, { maxLength: 3 }));

test('parseSidecar on corrupted sidecars: a sidecar or located errors, never a throw; what loads can be saved again', () => {
  const jsonSeeds = SEEDS.filter((s) => s.format === 'json');
  check('sidecar.parse-mutated', fc.tuple(fc.nat({ max: jsonSeeds.length - 1 }), mutationArb), ([k, [edits, cuts]]) => {
    const seed = jsonSeeds[k];
    const content = mutate(seed.content, edits, cuts);
    const r = parseSidecar(content, 'x.annotations.json');
    if (r.errors) {
      if (r.errors.length === 0) throw new Error('errors: [] without a sidecar');
      assertLocatedIn(r.errors, content, 'x.annotations.json');
    } else if (!r.sidecar || !Array.isArray(r.sidecar.annotations)) throw new Error('neither sidecar nor errors');
  });
});

test('every importer on corrupted files: located errors or annotations the article can hold, never a throw', () => {
  check('sidecar.import-mutated', fc.tuple(seedArb, mutationArb, fc.boolean()), ([k, [edits, cuts], otherArticle]) => {
    const seed = SEEDS[k];
    const content = mutate(seed.content, edits, cuts);
    const articleText = otherArticle ? ARTICLES[(seed.article + 1) % ARTICLES.length] : ARTICLES[seed.article];
    const importer = IMPORTERS[seed.format]!;
    const r = importer(content, seed.name, articleText);
    if (!r || !Array.isArray(r.errors) || !Array.isArray(r.annotations)) throw new Error('not an ImportResult');
    assertLocatedIn(r.errors, content, seed.name);
    if (r.errors.length === 0) assertUsable(articleText, r.annotations, `${seed.format} import`);
  });
});

const dir = mkdtempSync(join(tmpdir(), 'zhnews-fuzz-open-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('openSidecarFor with a corrupted sidecar on disk: never throws, never touches the article', () => {
  let n = 0;
  const jsonSeeds = SEEDS.filter((s) => s.format === 'json');
  check('sidecar.open-file', fc.tuple(fc.nat({ max: jsonSeeds.length - 1 }), mutationArb, fc.boolean()), ([k, [edits, cuts], editArticle]) => {
    const seed = jsonSeeds[k];
    const root = join(dir, String(n++));
    mkdirSync(join(root, 'sub'), { recursive: true });
    const articlePath = join(root, 'sub', 'a.txt');
    const articleText = editArticle ? ARTICLES[seed.article].replace(/[0-9]/, '７') + '追加' : ARTICLES[seed.article];
    writeFileSync(articlePath, articleText);
    const before = readFileSync(articlePath);
    writeFileSync(join(root, 'sub', 'a.annotations.json'), mutate(seed.content, edits, cuts));
    const article = readArticle(articlePath);
    if ('errors' in article) throw new Error('article unreadable');
    const r = openSidecarFor(articlePath, article, { root, now: '2026-01-01T00:00:00Z' });
    if (!readFileSync(articlePath).equals(before)) throw new Error('the article changed');
    if (r === undefined) throw new Error('the sidecar was not found');
    if ('errors' in r) assertLocatedIn(r.errors, readFileSync(join(root, 'sub', 'a.annotations.json'), 'utf8'), join(root, 'sub', 'a.annotations.json'));
    else assertUsable(article.text, r.sidecar.annotations, `opened (${r.belonging})`);
    rmSync(root, { recursive: true, force: true });
  });
});
