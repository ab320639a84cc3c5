import { CORE_SCHEMA, load } from 'js-yaml';
import { GLOSSARY_LABELS, GlossaryEntry, GlossaryLabel, GlossaryLocation, GlossarySource } from './types';
import { ENTRY_FIELDS, isHttpUrl, UPDATED_PATTERN } from './validate';

/*
 * The fast path of parseGlossary, for files without a single problem (the usual case, and the
 * one that matters for a 10,000-entry glossary): js-yaml reads YAML about eight times faster than
 * the `yaml` package's Document API. It is only a shortcut: it returns undefined at the first
 * doubt (a YAML error, any rule of validate.ts broken, a duplicate id), and the caller then parses
 * again with `yaml` to locate every problem. It must accept exactly what the slow path accepts
 * without problems and give the same entries; test/core/glossary/fast.test.ts holds them together.
 */

type Plain = Record<string, unknown>;

const ANCHOR_OR_ALIAS = /(^|[\s[{,:?-])[&*][^\s]/m;

function isPlain(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonBlank(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function stringList(v: unknown): string[] | undefined {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(nonBlank)) return undefined;
  return v.map((s: string) => s.trim());
}

const SOURCE_FIELDS = new Set(['title', 'url', 'publication']);

function source(v: unknown): GlossarySource | undefined | false {
  if (v === undefined) return undefined;
  if (!isPlain(v) || Object.keys(v).some((k) => !SOURCE_FIELDS.has(k)) || !nonBlank(v.title)) return false;
  const s: GlossarySource = { title: v.title.trim() };
  if (v.url !== undefined) {
    if (!nonBlank(v.url) || !isHttpUrl(v.url.trim())) return false;
    s.url = v.url.trim();
  }
  if (v.publication !== undefined) {
    if (typeof v.publication !== 'string') return false;
    s.publication = v.publication;
  }
  return s;
}

const FIELDS = new Set<string>(ENTRY_FIELDS);

/** An entry from a plain object as a YAML reader gives it, if it has no problem at all (else undefined). */
export function entryFromPlain(v: unknown, file: string, location: GlossaryLocation): GlossaryEntry | undefined {
  if (!isPlain(v) || Object.keys(v).some((k) => !FIELDS.has(k)) || !nonBlank(v.term)) return undefined;
  if (v.id !== undefined && !nonBlank(v.id)) return undefined;
  const aliases = stringList(v.aliases);
  const related = stringList(v.related);
  if (!aliases || !related) return undefined;
  const term = v.term.trim();
  const e: GlossaryEntry = { id: v.id !== undefined ? (v.id as string).trim() : term, term, aliases, related, location };
  for (const k of ['category', 'definition', 'summary', 'updated'] as const) {
    const x = v[k];
    if (x === undefined) continue;
    if (typeof x !== 'string') return undefined;
    if (k === 'summary' && /[\r\n]/.test(x)) return undefined;
    if (k === 'updated' && !UPDATED_PATTERN.test(x)) return undefined;
    e[k] = x;
  }
  if (v.label !== undefined) {
    if (typeof v.label !== 'string' || !(GLOSSARY_LABELS as readonly string[]).includes(v.label)) return undefined;
    e.label = v.label as GlossaryLabel;
  }
  const s = source(v.source);
  if (s === false) return undefined;
  if (s) e.source = s;
  return e;
}

/** Entries of a problem-free glossary, or undefined when the slow path must look. */
export function parseGlossaryFast(text: string, file: string, at: (offset: number) => { line: number; col: number }): GlossaryEntry[] | undefined {
  // Anchors and aliases: the slow path sees alias nodes where js-yaml sees copies; leave them to it.
  if (ANCHOR_OR_ALIAS.test(text)) return undefined;
  // js-yaml drops a leading BOM before counting positions.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const opens: number[] = [];
  let depth = 0;
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          depth++;
          // Root mapping = 1, the `terms` key and its list = 2, the list's items = 3.
          if (depth === 3) opens.push(state.position + shift);
        } else depth--;
      },
    });
  } catch {
    return undefined;
  }
  if (!isPlain(value) || Object.keys(value).length !== 1 || !Array.isArray(value.terms)) return undefined;
  const items = value.terms as unknown[];
  if (opens.length !== items.length) return undefined;
  const entries: GlossaryEntry[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const { line, col } = at(opens[i]);
    const e = entryFromPlain(items[i], file, { file, line, col, offset: opens[i] });
    if (!e || ids.has(e.id)) return undefined;
    ids.add(e.id);
    entries.push(e);
  }
  return entries;
}
