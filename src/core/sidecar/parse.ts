/**
 * Reads a sidecar: JSON syntax, then the shipped JSON Schema, then what a schema cannot say (spans that
 * fit their quote, unique ids). Every problem is located at line:col in the sidecar file, so a broken
 * file is reported where it broke and never half-read.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schemas/annotations.schema.json';
import { Extra, Generator, Quote, Sidecar, SIDECAR_SCHEMA_URI, SidecarAnnotation, SidecarDocument } from './model';
import { LocatedError } from './located';
import { JsonPath, parseLocatedJson, pathText } from './json-located';

export type { JsonPath } from './json-located';

export type ParseSidecarResult =
  | { sidecar: Sidecar; errors?: undefined; locate(path: JsonPath, message?: string): LocatedError }
  | { sidecar?: undefined; errors: LocatedError[] };

const MAX_ERRORS = 20;

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    // The one format the schema uses; a full format library is not worth a dependency for it.
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/);
    validator = ajv.compile(schema);
  }
  return validator;
}

export function parseSidecar(jsonText: string, fileName: string): ParseSidecarResult {
  const parsed = parseLocatedJson(jsonText, fileName, MAX_ERRORS);
  if ('errors' in parsed) return { errors: parsed.errors };
  const { value, at } = parsed.json;
  const locate = (path: JsonPath, message = '') => at(path, message);
  fillOldImportConfidence(value);
  const check = validate();
  if (!check(value)) {
    return { errors: schemaErrors(check.errors ?? []).map(({ path, message }) => locate(path, message)) };
  }
  const raw = value as RawSidecar;
  const problems = semanticProblems(raw);
  if (problems.length) return { errors: problems.slice(0, MAX_ERRORS).map(({ path, message }) => locate(path, message)) };
  return { sidecar: fromRaw(raw), locate };
}

/**
 * `zhnews import` of before 2026-12-01 wrote a relabelled name (brat T1 PER changed to ORG) without its confidence, and
 * every reader then refused the sidecar. Such a name in a sidecar of ours is read as the decision it was meant to be
 * (confidence 1, as a mark made in the editor); the file is written whole at the next save. Another tool's sidecar
 * without confidence is still refused: nothing says what it meant.
 */
function fillOldImportConfidence(value: unknown): void {
  const raw = value as { generator?: { name?: unknown }; annotations?: unknown; orphans?: unknown } | null;
  if (!raw || typeof raw !== 'object' || raw.generator?.name !== 'zh-news-annotator') return;
  for (const list of [raw.annotations, raw.orphans]) {
    if (!Array.isArray(list)) continue;
    for (const a of list) if (a && typeof a === 'object' && !Array.isArray(a) && !('confidence' in a)) (a as Record<string, unknown>).confidence = 1;
  }
}

function schemaErrors(errors: ErrorObject[]): { path: JsonPath; message: string }[] {
  const out: { path: JsonPath; message: string }[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path: JsonPath = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    let message = e.message ?? 'invalid';
    if (e.keyword === 'enum') message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'required') message = `missing "${(e.params as { missingProperty: string }).missingProperty}"`;
    const line = `${pathText(path)}: ${message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out.push({ path, message: line });
    if (out.length >= MAX_ERRORS) break;
  }
  return out;
}

interface RawAnnotation extends Record<string, unknown> {
  id: string;
  start: number;
  end: number;
  startCodePoint: number;
  endCodePoint: number;
  quote: Quote & Record<string, unknown>;
}
interface RawSidecar extends Record<string, unknown> {
  document: SidecarDocument & Record<string, unknown>;
  generator: Generator & Record<string, unknown>;
  annotations: RawAnnotation[];
  orphans?: RawAnnotation[];
}

function semanticProblems(raw: RawSidecar): { path: JsonPath; message: string }[] {
  const out: { path: JsonPath; message: string }[] = [];
  const ids = new Map<string, string>();
  const check = (list: RawAnnotation[], key: 'annotations' | 'orphans') =>
    list.forEach((a, i) => {
      const where = `${key}[${i}]`;
      if (a.end <= a.start) out.push({ path: [key, i, 'end'], message: `${where}.end: must be greater than start (${a.start})` });
      else if (a.end - a.start !== a.quote.exact.length) {
        out.push({ path: [key, i, 'quote', 'exact'], message: `${where}.quote.exact: has ${a.quote.exact.length} UTF-16 units but the span ${a.start}–${a.end} has ${a.end - a.start}` });
      } else if (key === 'annotations' && a.endCodePoint - a.startCodePoint !== [...a.quote.exact].length) {
        // (An orphan's offsets only say where it used to be; a reader has no text to check them against.)
        out.push({ path: [key, i, 'endCodePoint'], message: `${where}: code-point span ${a.startCodePoint}–${a.endCodePoint} does not fit quote.exact (${[...a.quote.exact].length} code points)` });
      } else if (key === 'annotations' && a.end > raw.document.length.utf16) {
        out.push({ path: [key, i, 'end'], message: `${where}.end: ${a.end} is past the end of the document (length ${raw.document.length.utf16})` });
      }
      const other = ids.get(a.id);
      if (other) out.push({ path: [key, i, 'id'], message: `${where}.id: "${a.id}" is also the id of ${other}` });
      else ids.set(a.id, where);
    });
  check(raw.annotations, 'annotations');
  check(raw.orphans ?? [], 'orphans');
  return out;
}

function split<T>(obj: Record<string, unknown>, known: readonly string[]): { known: T; extra?: Extra } {
  const k: Record<string, unknown> = {};
  const extra: Extra = {};
  for (const [key, v] of Object.entries(obj)) (known.includes(key) ? k : extra)[key] = v;
  return { known: k as T, extra: Object.keys(extra).length ? extra : undefined };
}

const ANNOTATION_FIELDS = [
  'id', 'label', 'kind', 'value', 'roles', 'start', 'end', 'startCodePoint', 'endCodePoint', 'quote',
  'source', 'recogniser', 'status', 'confidence', 'glossaryId', 'note', 'created', 'modified', 'orphaned',
];

function annotationFromRaw(raw: RawAnnotation): SidecarAnnotation {
  const { known, extra } = split<SidecarAnnotation>(raw, ANNOTATION_FIELDS);
  const quote = { exact: raw.quote.exact, prefix: raw.quote.prefix, suffix: raw.quote.suffix };
  return extra ? { ...known, quote, extra } : { ...known, quote };
}

function fromRaw(raw: RawSidecar): Sidecar {
  const top = split<Record<string, unknown>>(raw, ['$schema', 'formatVersion', 'document', 'generator', 'annotations', 'orphans']);
  const doc = split<SidecarDocument>(raw.document, ['path', 'sha256', 'length', 'lineEndings', 'hadBom']);
  const gen = split<Generator>(raw.generator, ['name', 'version', 'model']);
  return {
    $schema: typeof raw.$schema === 'string' && raw.$schema ? raw.$schema : SIDECAR_SCHEMA_URI,
    formatVersion: raw.formatVersion as number,
    document: { ...doc.known, length: { utf16: raw.document.length.utf16, codePoints: raw.document.length.codePoints }, extra: doc.extra },
    generator: { ...gen.known, extra: gen.extra },
    annotations: raw.annotations.map(annotationFromRaw),
    orphans: (raw.orphans ?? []).map(annotationFromRaw),
    extra: top.extra,
  };
}
