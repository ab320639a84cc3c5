import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import { decodeUtf8Text } from '../text/decode';
import { lineColAt, lineStarts } from '../text/offsets';
import { GlossaryEntry, GlossaryProblem, MAX_GLOSSARY_BYTES, ParsedGlossary, Severity } from './types';
import { validateEntry } from './validate';
import { parseGlossaryFast } from './fast';
import { scanGlossary } from './scan';

/**
 * Reads one glossary file. Never throws: every problem (YAML syntax, duplicate keys, schema
 * violations, an empty, binary or oversized file) comes back located, with the entries that are sound.
 * Pass bytes when you have them (encoding problems are then found exactly); a string is what an
 * editor document holds.
 */
export function parseGlossary(input: string | Uint8Array, fileName: string, options: ParseOptions = {}): ParsedGlossary {
  try {
    return parseUnsafe(input, fileName, options);
  } catch (e) {
    // The YAML library or a validator bug must never take the editor down; report it at the top.
    return { entries: [], errors: [problemAt(fileName, 1, 1, 0, 0, 'error', 'internal', `could not read glossary: ${(e as Error)?.message ?? String(e)}`)] };
  }
}

export interface ParseOptions {
  /** false: skip the js-yaml fast path (tests compare both paths). */
  fast?: boolean;
  /**
   * The string was decoded from bytes found to be valid UTF-8: a U+FFFD in it is that character, written in the file,
   * not the mark of a byte that failed to decode.
   */
  validUtf8?: boolean;
}

function parseUnsafe(input: string | Uint8Array, file: string, options: ParseOptions): ParsedGlossary {
  const tooLarge = `file is larger than ${MAX_GLOSSARY_BYTES / 1024 / 1024} MiB, the most a glossary may be; split it into several *.glossary.yaml files`;
  let text: string;
  if (typeof input === 'string') {
    if (utf8Length(input) > MAX_GLOSSARY_BYTES) return fail(file, 'too-large', tooLarge);
    text = input;
  } else {
    if (input.length > MAX_GLOSSARY_BYTES) return fail(file, 'too-large', tooLarge);
    const decoded = decodeUtf8Text(input);
    if (!decoded.ok) return { entries: [], errors: [problemAt(file, decoded.line, decoded.col, 0, 0, 'error', 'binary', decoded.message)] };
    text = decoded.text;
  }
  const lines = new Lines(text, file);
  const bad = findBinary(text, typeof input !== 'string' || options.validUtf8 === true);
  if (bad >= 0) {
    const what = text.charCodeAt(bad) === 0 ? 'binary file (NUL character)' : 'not valid UTF-8 text (replacement character U+FFFD)';
    return { entries: [], errors: [lines.problem(bad, bad + 1, 'error', 'binary', `${what}; expected a UTF-8 YAML glossary`)] };
  }

  if (options.fast !== false) {
    const entries = scanGlossary(text, file) ?? parseGlossaryFast(text, file, (offset) => lines.location(offset));
    if (entries) return { entries, errors: [] };
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: new LineCounter() });
  const errors: GlossaryProblem[] = [];
  for (const e of doc.errors) {
    const code = e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    const message = e.code === 'DUPLICATE_KEY' ? `duplicate key: ${e.message}` : `YAML syntax: ${e.message}`;
    errors.push(lines.problem(e.pos[0], e.pos[1], 'error', code, message));
  }
  for (const w of doc.warnings) errors.push(lines.problem(w.pos[0], w.pos[1], 'warning', 'yaml-syntax', `YAML: ${w.message}`));
  // After a syntax error the tree is a guess; checking it against the schema would add noise.
  if (errors.some((e) => e.code === 'yaml-syntax' && e.severity === 'error')) return { entries: [], errors: sorted(errors) };

  const entries = readEntries(doc, lines, errors);
  return { entries, errors: sorted(errors) };
}

function readEntries(doc: Document, lines: Lines, errors: GlossaryProblem[]): GlossaryEntry[] {
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    errors.push(lines.problem(0, Math.min(lines.text.length, 1), 'error', 'empty', 'empty glossary: expected a top-level `terms:` list'));
    return [];
  }
  if (!isMap(root)) {
    errors.push(lines.nodeProblem(root, 'error', 'schema', 'the top level must be a mapping with a `terms:` list'));
    return [];
  }
  let terms: Pair | undefined;
  for (const pair of (root as YAMLMap).items) {
    const key = keyName(pair);
    if (key === 'terms') terms = pair;
    else lines.pushAt(errors, pair.key as Node | null, root, 'warning', 'unknown-field', `unknown top-level field \`${key}\` (expected only \`terms\`)`);
  }
  if (!terms) {
    errors.push(lines.nodeProblem(root, 'error', 'schema', 'missing required field `terms` (a list of entries)'));
    return [];
  }
  const list = terms.value as Node | null;
  if (!isSeq(list)) {
    lines.pushAt(errors, list, terms.key as Node, 'error', 'schema', '`terms` must be a list of entries (items starting with `- term: …`)');
    return [];
  }
  const entries: GlossaryEntry[] = [];
  const ids = new Map<string, GlossaryEntry>();
  for (const listed of list.items) {
    const item = anchored(doc, listed);
    if (isMap(item)) for (const pair of item.items) pair.value = anchored(doc, pair.value);
    const entry = validateEntry(item as Node | null, list, lines, errors);
    if (!entry) continue;
    const previous = ids.get(entry.id);
    if (previous) {
      errors.push(lines.problem(entry.location.offset, entry.location.offset + 1, 'error', 'duplicate-entry',
        `duplicate entry id \`${entry.id}\`; the first is at line ${previous.location.line}, column ${previous.location.col}`));
      continue;
    }
    ids.set(entry.id, entry);
    entries.push(entry);
  }
  return entries;
}

export function keyName(pair: Pair): string {
  const k = pair.key;
  if (isScalar(k)) return String((k as Scalar).value);
  return String(k);
}

/** Turns UTF-16 offsets into located problems for one file. */
export class Lines {
  // Computed on first use: a problem-free file read by the scanner never needs them.
  private starts: number[] | undefined;
  constructor(readonly text: string, readonly file: string) {}

  location(offset: number): { line: number; col: number } {
    this.starts ??= lineStarts(this.text);
    return lineColAt(this.text, this.starts, Math.max(0, Math.min(offset, this.text.length)));
  }

  problem(offset: number, endOffset: number, severity: Severity, code: string, message: string): GlossaryProblem {
    const n = this.text.length;
    const start = Math.max(0, Math.min(offset, n));
    const { line, col } = this.location(start);
    return problemAt(this.file, line, col, start, Math.max(start, Math.min(endOffset, n)), severity, code, message);
  }

  nodeProblem(node: Node, severity: Severity, code: string, message: string): GlossaryProblem {
    const [start, end] = node.range ?? [0, 0];
    return this.problem(start, end, severity, code, message);
  }

  /** A problem at `node`, or at `fallback` when the node is missing (an empty value has no range). */
  pushAt(errors: GlossaryProblem[], node: Node | null | undefined, fallback: Node, severity: Severity, code: string, message: string): void {
    errors.push(this.nodeProblem(node && node.range ? node : fallback, severity, code, message));
  }
}

function problemAt(file: string, line: number, col: number, offset: number, endOffset: number, severity: Severity, code: string, message: string): GlossaryProblem {
  return { severity, message, file, line, col, offset, endOffset, code };
}

function fail(file: string, code: string, message: string): ParsedGlossary {
  return { entries: [], errors: [problemAt(file, 1, 1, 0, 0, 'error', code, message)] };
}

function sorted(errors: GlossaryProblem[]): GlossaryProblem[] {
  return errors.sort((a, b) => a.offset - b.offset || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * What an alias (*src) stands for: the node its anchor (&src) names, one level deep — an entry, or a field's value.
 * Deeper aliases are not followed, so a file of nested aliases (a "billion laughs") costs no more than its length.
 */
function anchored<T>(doc: Document, node: T): T | Node {
  return isAlias(node) ? (node.resolve(doc) ?? node) : node;
}

/** Offset of the first NUL or (unless the text was checked as UTF-8) U+FFFD, or -1: what a binary or mis-decoded file looks like once it is a string. */
function findBinary(text: string, validUtf8: boolean): number {
  const nul = text.indexOf('\0');
  const bad = validUtf8 ? -1 : text.indexOf('\ufffd');
  return nul < 0 ? bad : bad < 0 ? nul : Math.min(nul, bad);
}

function utf8Length(text: string): number {
  // Fast path: even at 3 bytes per unit the text is under the limit.
  if (text.length * 3 <= MAX_GLOSSARY_BYTES) return text.length;
  // Native: a loop over the units of a 3.6 MB glossary took 30–40 ms of its load.
  return Buffer.byteLength(text, 'utf8');
}
