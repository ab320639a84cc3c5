import { isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { GLOSSARY_LABELS, GlossaryEntry, GlossaryLabel, GlossaryProblem, GlossarySource } from './types';
import { keyName, Lines } from './parse';

/*
 * Checks one `terms:` item against the format that schemas/glossary.schema.json describes.
 * Kept by hand rather than generated from the schema so every message can name the field, say what
 * was expected and point at the value; test/core/glossary/schema-agreement.test.ts holds the two together.
 */

export const ENTRY_FIELDS = ['id', 'term', 'aliases', 'category', 'summary', 'definition', 'source', 'related', 'label', 'updated'] as const;
const SOURCE_FIELDS = ['title', 'url', 'publication'];
export const UPDATED_PATTERN = /^\d{4}-\d{2}(-\d{2})?$/;
export const URL_PATTERN = /^https?:\/\/\S+$/;

export function validateEntry(item: Node | null, list: Node, lines: Lines, errors: GlossaryProblem[]): GlossaryEntry | undefined {
  if (!isMap(item)) {
    lines.pushAt(errors, item, list, 'error', 'schema', 'each entry must be a mapping such as `- term: 新质生产力`');
    return undefined;
  }
  const map = item as YAMLMap;
  const fields = new Map<string, Pair>();
  for (const pair of map.items) {
    const name = keyName(pair);
    if ((ENTRY_FIELDS as readonly string[]).includes(name)) fields.set(name, pair);
    else lines.pushAt(errors, pair.key as Node, map, 'warning', 'unknown-field', `unknown field \`${name}\` (known: ${ENTRY_FIELDS.join(', ')})`);
  }
  const ctx = { lines, errors, map };
  const termPair = fields.get('term');
  if (!termPair) {
    errors.push(lines.nodeProblem(map, 'error', 'schema', 'missing required field `term`'));
    return undefined;
  }
  const term = text(ctx, termPair, 'term', true);
  if (term === undefined) return undefined;
  const id = fields.has('id') ? text(ctx, fields.get('id')!, 'id', true) : undefined;
  const offset = map.range?.[0] ?? 0;
  const { line, col } = lines.location(offset);
  const entry: GlossaryEntry = {
    id: id ?? term,
    term,
    aliases: list_(ctx, fields.get('aliases'), 'aliases'),
    related: list_(ctx, fields.get('related'), 'related'),
    location: { file: lines.file, line, col, offset },
  };
  for (const name of ['category', 'definition'] as const) {
    const p = fields.get(name);
    if (p) assign(entry, name, text(ctx, p, name, false));
  }
  const summary = fields.get('summary');
  if (summary) {
    const s = text(ctx, summary, 'summary', false);
    if (s !== undefined && /[\r\n]/.test(s)) warn(ctx, summary, 'schema', '`summary` should be one line; put longer text in `definition`');
    assign(entry, 'summary', s);
  }
  const label = fields.get('label');
  if (label) {
    const v = scalar(label.value);
    if (typeof v === 'string' && (GLOSSARY_LABELS as readonly string[]).includes(v)) entry.label = v as GlossaryLabel;
    else err(ctx, label, 'schema', `\`label\` must be one of ${GLOSSARY_LABELS.join(', ')}`);
  }
  const updated = fields.get('updated');
  if (updated) {
    const v = text(ctx, updated, 'updated', false);
    if (v !== undefined && !UPDATED_PATTERN.test(v)) err(ctx, updated, 'schema', '`updated` must be a date written YYYY-MM-DD or YYYY-MM');
    else assign(entry, 'updated', v);
  }
  const source = fields.get('source');
  if (source) assign(entry, 'source', readSource(ctx, source));
  return entry;
}

interface Ctx {
  lines: Lines;
  errors: GlossaryProblem[];
  map: YAMLMap;
}

function assign<K extends keyof GlossaryEntry>(entry: GlossaryEntry, key: K, value: GlossaryEntry[K] | undefined): void {
  if (value !== undefined) entry[key] = value;
}

function err(ctx: Ctx, pair: Pair, code: string, message: string): void {
  ctx.lines.pushAt(ctx.errors, (pair.value as Node | null) ?? (pair.key as Node), ctx.map, 'error', code, message);
}

function warn(ctx: Ctx, pair: Pair, code: string, message: string): void {
  ctx.lines.pushAt(ctx.errors, (pair.value as Node | null) ?? (pair.key as Node), ctx.map, 'warning', code, message);
}

function scalar(node: unknown): unknown {
  return isScalar(node) ? (node as Scalar).value : undefined;
}

/** A string field; numbers are refused with a hint, because YAML reads `term: 2349` as a number. */
function text(ctx: Ctx, pair: Pair, name: string, required: boolean): string | undefined {
  const node = pair.value;
  const v = scalar(node);
  if (typeof v === 'string') {
    if (required && v.trim() === '') {
      err(ctx, pair, 'schema', `\`${name}\` must not be empty`);
      return undefined;
    }
    return required ? v.trim() : v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    err(ctx, pair, 'schema', `\`${name}\` must be a string; YAML read ${String(v)} as a ${typeof v}: quote it, e.g. ${name}: "${String(scalarSource(node) ?? v)}"`);
  } else if (node === null || v === null) {
    err(ctx, pair, 'schema', `\`${name}\` has no value; expected a string`);
  } else {
    err(ctx, pair, 'schema', `\`${name}\` must be a string, not a ${isSeq(node) ? 'list' : isMap(node) ? 'mapping' : 'value of another type'}`);
  }
  return undefined;
}

function scalarSource(node: unknown): string | undefined {
  return isScalar(node) ? (node as Scalar).source : undefined;
}

function list_(ctx: Ctx, pair: Pair | undefined, name: string): string[] {
  if (!pair) return [];
  const node = pair.value as Node | null;
  if (!isSeq(node)) {
    err(ctx, pair, 'schema', `\`${name}\` must be a list of strings, e.g. ${name}: [长护险]`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.items) {
    const v = scalar(item);
    if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
    else {
      const what = typeof v === 'number' ? `${String(v)} is a number here; quote it` : 'each item must be a non-empty string';
      ctx.lines.pushAt(ctx.errors, item as Node | null, node, 'error', 'schema', `\`${name}\`: ${what}`);
    }
  }
  return out;
}

function readSource(ctx: Ctx, pair: Pair): GlossarySource | undefined {
  const node = pair.value as Node | null;
  if (!isMap(node)) {
    err(ctx, pair, 'schema', '`source` must be a mapping with `title` and `url` or `publication`');
    return undefined;
  }
  const map = node as YAMLMap;
  const inner: Ctx = { ...ctx, map };
  const fields = new Map<string, Pair>();
  for (const p of map.items) {
    const name = keyName(p);
    if (SOURCE_FIELDS.includes(name)) fields.set(name, p);
    else ctx.lines.pushAt(ctx.errors, p.key as Node, map, 'warning', 'unknown-field', `unknown field \`source.${name}\` (known: ${SOURCE_FIELDS.join(', ')})`);
  }
  const titlePair = fields.get('title');
  if (!titlePair) {
    ctx.errors.push(ctx.lines.nodeProblem(map, 'error', 'schema', 'missing required field `source.title`'));
    return undefined;
  }
  const title = text(inner, titlePair, 'source.title', true);
  if (title === undefined) return undefined;
  const source: GlossarySource = { title };
  const urlPair = fields.get('url');
  if (urlPair) {
    const url = text(inner, urlPair, 'source.url', true);
    if (url !== undefined) {
      if (isHttpUrl(url)) source.url = url;
      else err(inner, urlPair, 'schema', '`source.url` must be an http:// or https:// address');
    }
  }
  const pubPair = fields.get('publication');
  if (pubPair) {
    const pub = text(inner, pubPair, 'source.publication', false);
    if (pub !== undefined) source.publication = pub;
  }
  return source;
}

/** True for an absolute http(s) URL with a host and no white space: the only URLs a card may link. */
export function isHttpUrl(url: string): boolean {
  if (!URL_PATTERN.test(url)) return false;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}
