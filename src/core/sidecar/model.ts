/**
 * The default sidecar, `<article>.annotations.json`: where an editor's work on one article lives.
 * Offsets are stored twice, in UTF-16 units (what editors and JavaScript use) and in code points
 * (what most annotation tools use), so that readers in either world need no conversion.
 */
import { createHash } from 'node:crypto';
import { Annotation } from '../types';
import { CUTS_CHARACTER, OffsetMap, spanCutsCharacter, splitsSurrogatePair } from '../text/offsets';

export const SIDECAR_FORMAT_VERSION = 1;
/** `$schema` written into every sidecar; the same file ships as schemas/annotations.schema.json. */
export const SIDECAR_SCHEMA_URI = 'https://zh-news-annotator.github.io/schemas/annotations.schema.json';
/** Code points of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

export type LineEndings = 'lf' | 'crlf' | 'mixed' | 'none';

/** Fields this version does not know, kept in their order so a rewrite gives them back unchanged. */
export type Extra = Record<string, unknown>;

export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface SidecarDocument {
  /** The article's path relative to the sidecar's folder, with `/` separators. */
  path: string;
  /** sha256 of the article's bytes (BOM included when it had one). */
  sha256: string;
  length: { utf16: number; codePoints: number };
  lineEndings: LineEndings;
  hadBom: boolean;
  extra?: Extra;
}

export interface Generator {
  name: string;
  version: string;
  model?: string;
  extra?: Extra;
}

export interface SidecarAnnotation extends Annotation {
  id: string;
  startCodePoint: number;
  endCodePoint: number;
  quote: Quote;
  status: NonNullable<Annotation['status']>;
  note?: string;
  created?: string;
  modified?: string;
  /** For an orphan: when its text was found gone. */
  orphaned?: string;
  extra?: Extra;
}

export interface Sidecar {
  $schema: string;
  formatVersion: number;
  document: SidecarDocument;
  generator: Generator;
  annotations: SidecarAnnotation[];
  /** Annotations whose text is gone from the article; offsets and quote are from the last text they matched. */
  orphans: SidecarAnnotation[];
  extra?: Extra;
}

/** An annotation as callers hand it in: the core model plus whatever sidecar fields it already has. */
export type AnnotationInput = Annotation & Partial<Pick<SidecarAnnotation, 'id' | 'note' | 'created' | 'modified' | 'extra'>>;

export interface BuildMeta {
  /** Article path relative to the sidecar folder. */
  path: string;
  hadBom?: boolean;
  generator: Omit<Generator, 'extra'>;
  /** ISO timestamp used for new and changed annotations (default: now). */
  now?: string;
  /** The sidecar this one replaces: keeps unknown fields, ids' creation times, and its orphans. */
  previous?: Sidecar;
  /** Orphans to keep; default: the previous sidecar's. Pass [] to drop them (the user deleted them). */
  orphans?: SidecarAnnotation[];
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** sha256 of the file the text was read from (decoders drop the BOM; it is part of the file). */
export function articleSha256(text: string, hadBom: boolean): string {
  return sha256Hex(hadBom ? '\uFEFF' + text : text);
}

export function detectLineEndings(text: string): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (lf + crlf + cr === 0) return 'none';
  if (cr === 0 && crlf === 0) return 'lf';
  if (cr === 0 && lf === 0) return 'crlf';
  return 'mixed';
}

/** The quote of a span: its text and up to 32 code points on each side (never half a surrogate pair). */
export function quoteAt(text: string, start: number, end: number): Quote {
  const before = Array.from(text.slice(Math.max(0, start - 2 * QUOTE_CONTEXT), start));
  const after = Array.from(text.slice(end, end + 2 * QUOTE_CONTEXT));
  // A slice that begins on a low surrogate leaves a lone half as its first "character": drop it.
  if (before.length > QUOTE_CONTEXT || (before.length && splitsSurrogatePair(text, Math.max(0, start - 2 * QUOTE_CONTEXT)))) {
    before.splice(0, Math.max(before.length - QUOTE_CONTEXT, 1));
  }
  return { exact: text.slice(start, end), prefix: before.join(''), suffix: after.slice(0, QUOTE_CONTEXT).join('') };
}

/** Fills in code-point offsets and the quote for annotations that are valid in `text`. */
export class Anchorer {
  private readonly map: OffsetMap;
  constructor(readonly text: string) {
    this.map = new OffsetMap(text);
  }
  check(a: { start: number; end: number }): string | undefined {
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end <= a.start || a.end > this.text.length) {
      return `span ${a.start}–${a.end} is not inside the text (length ${this.text.length})`;
    }
    if (spanCutsCharacter(this.text, a.start, a.end)) {
      return `span ${a.start}–${a.end} ${CUTS_CHARACTER}`;
    }
    return undefined;
  }
  /** The span is valid here and covers exactly its quote: it can be shown and saved as it is. */
  holds(a: { start: number; end: number; quote: { exact: string } }): boolean {
    return this.check(a) === undefined && this.text.slice(a.start, a.end) === a.quote.exact;
  }
  codePoint(utf16: number): number {
    return this.map.toCodePoint(utf16);
  }
  utf16(codePoint: number): number {
    return this.map.toUtf16(codePoint);
  }
  get codePointLength(): number {
    return this.map.codePointLength;
  }
  anchor(a: { start: number; end: number }): Pick<SidecarAnnotation, 'startCodePoint' | 'endCodePoint' | 'quote'> {
    return { startCodePoint: this.map.toCodePoint(a.start), endCodePoint: this.map.toCodePoint(a.end), quote: quoteAt(this.text, a.start, a.end) };
  }
}

/** A short id derived from what the annotation is, so exporting twice gives the same file. */
export function newAnnotationId(label: string, start: number, end: number, exact: string, taken: Set<string>): string {
  const base = 'a' + sha256Hex(`${label}\u0000${start}\u0000${end}\u0000${exact}`).slice(0, 12);
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** What an editor would call a change: anything but timestamps and the re-derived offsets. */
function sameContent(a: SidecarAnnotation, b: SidecarAnnotation): boolean {
  const key = (x: SidecarAnnotation) =>
    JSON.stringify([x.label, x.kind, x.value, x.roles, x.start, x.end, x.quote.exact, x.source, x.status, x.glossaryId, x.note]);
  return key(a) === key(b);
}

/**
 * Builds the sidecar for `text`. Ids are kept; new annotations get one. Timestamps: `created` is kept
 * from the previous sidecar (by id), `modified` moves to `now` only when the annotation changed.
 */
export function buildSidecar(text: string, annotations: readonly AnnotationInput[], meta: BuildMeta): Sidecar {
  const now = meta.now ?? new Date().toISOString();
  const anchorer = new Anchorer(text);
  const previous = new Map<string, SidecarAnnotation>();
  for (const a of meta.previous?.annotations ?? []) previous.set(a.id, a);
  for (const a of meta.previous?.orphans ?? []) previous.set(a.id, a);
  const orphans = meta.orphans ?? meta.previous?.orphans ?? [];
  const taken = new Set<string>(orphans.map((o) => o.id));
  for (const a of annotations) if (a.id) taken.add(a.id);
  const seen = new Set<string>();
  const out: SidecarAnnotation[] = [];
  for (const a of annotations) {
    const problem = anchorer.check(a);
    if (problem) throw new RangeError(`annotation ${a.id ?? a.label}: ${problem}`);
    let id = a.id;
    if (!id || seen.has(id)) id = newAnnotationId(a.label, a.start, a.end, text.slice(a.start, a.end), taken);
    seen.add(id);
    const before = previous.get(id);
    const s: SidecarAnnotation = {
      ...stripSidecarFields(a),
      id,
      ...anchorer.anchor(a),
      status: a.status ?? (a.source === 'manual' ? 'accepted' : 'suggested'),
      note: a.note,
      created: a.created ?? before?.created ?? now,
      modified: a.modified ?? before?.modified ?? now,
      extra: a.extra ?? before?.extra,
    };
    if (before && !sameContent(before, s)) s.modified = now;
    out.push(s);
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end || (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  const prevDoc = meta.previous?.document;
  const prevGen = meta.previous?.generator;
  return {
    $schema: meta.previous?.$schema ?? SIDECAR_SCHEMA_URI,
    formatVersion: SIDECAR_FORMAT_VERSION,
    document: {
      path: meta.path,
      sha256: articleSha256(text, meta.hadBom ?? false),
      length: { utf16: text.length, codePoints: anchorer.codePointLength },
      lineEndings: detectLineEndings(text),
      hadBom: meta.hadBom ?? false,
      extra: prevDoc?.extra,
    },
    generator: { ...meta.generator, extra: prevGen?.extra },
    annotations: out,
    orphans: [...orphans],
    extra: meta.previous?.extra,
  };
}

function stripSidecarFields(a: AnnotationInput): Annotation {
  const { id: _id, note: _n, created: _c, modified: _m, extra: _e, ...rest } = a as AnnotationInput & Partial<SidecarAnnotation>;
  const { startCodePoint: _s, endCodePoint: _t, quote: _q, orphaned: _o, ...core } = rest as Partial<SidecarAnnotation> & Annotation;
  return core;
}

// ---- serialisation: known keys in a fixed order, then unknown ones as they came ----

const ANNOTATION_KEYS: readonly (keyof SidecarAnnotation)[] = [
  'id', 'label', 'kind', 'value', 'roles', 'start', 'end', 'startCodePoint', 'endCodePoint', 'quote',
  'source', 'recogniser', 'status', 'confidence', 'glossaryId', 'note', 'created', 'modified', 'orphaned',
];

function sortedDeep(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedDeep);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) o[k] = sortedDeep((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

function ordered(obj: object, keys: readonly string[], extra: Extra | undefined, deep: readonly string[] = []): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const o: Record<string, unknown> = {};
  for (const k of keys) {
    if (src[k] === undefined) continue;
    o[k] = deep.includes(k) ? sortedDeep(src[k]) : src[k];
  }
  for (const [k, v] of Object.entries(extra ?? {})) if (!(k in o)) o[k] = v;
  return o;
}

function annotationJson(a: SidecarAnnotation): Record<string, unknown> {
  const quote = { exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix };
  return ordered({ ...a, quote }, ANNOTATION_KEYS as string[], a.extra, ['value', 'roles']);
}

/** The JSON object written to disk (exported for formats that embed it). */
export function sidecarJson(s: Sidecar): Record<string, unknown> {
  const d = s.document;
  return ordered(
    {
      $schema: s.$schema,
      formatVersion: s.formatVersion,
      document: ordered(
        { ...d, length: { utf16: d.length.utf16, codePoints: d.length.codePoints } },
        ['path', 'sha256', 'length', 'lineEndings', 'hadBom'],
        d.extra,
      ),
      generator: ordered(s.generator, ['name', 'version', 'model'], s.generator.extra),
      annotations: s.annotations.map(annotationJson),
      orphans: s.orphans.map(annotationJson),
    },
    ['$schema', 'formatVersion', 'document', 'generator', 'annotations', 'orphans'],
    s.extra,
  );
}

/** Two-space JSON with a trailing newline; the same sidecar always gives the same bytes. */
export function serializeSidecar(s: Sidecar): string {
  return JSON.stringify(sidecarJson(s), null, 2) + '\n';
}
