import { isMap, isScalar, isSeq, Node, parseDocument, stringify, YAMLMap, YAMLSeq } from 'yaml';
import { keyName } from './parse';
import { lineColAt, lineStarts } from '../text/offsets';

/** The fields an author gives for a new entry (no location yet: it is being written). */
export interface NewGlossaryEntry {
  id?: string;
  term: string;
  aliases?: string[];
  category?: string;
  summary?: string;
  definition?: string;
  source?: { title: string; url?: string; publication?: string };
  related?: string[];
  label?: 'PER' | 'ORG' | 'LOC';
  updated?: string;
}

export type AppendResult =
  | { ok: true; text: string; line: number; offset: number }
  | { ok: false; message: string; line: number; col: number };

const FIELD_ORDER: (keyof NewGlossaryEntry)[] = ['id', 'term', 'aliases', 'category', 'summary', 'definition', 'source', 'related', 'label', 'updated'];

/**
 * Appends an entry to the `terms:` list of a glossary file, as text: every existing byte (comments,
 * blank lines, quoting, indentation) stays as it was, and the entry is written in the list's own
 * indentation. `terms:` is created when missing. `line` (1-based) and `offset` (UTF-16) point at the
 * new entry's `-`. A file that is not valid YAML is left alone (ok: false, with where).
 */
export function appendTermToGlossary(yamlText: string, entry: NewGlossaryEntry): AppendResult {
  try {
    return appendUnsafe(yamlText, entry);
  } catch (e) {
    // A command handler must not crash on an odd file: say so instead.
    return { ok: false, message: `cannot add the entry: ${(e as Error)?.message ?? String(e)}`, line: 1, col: 1 };
  }
}

function appendUnsafe(yamlText: string, entry: NewGlossaryEntry): AppendResult {
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const { line, col } = lineColAt(yamlText, lineStarts(yamlText), e.pos[0]);
    return { ok: false, message: `cannot add to a file with YAML errors: ${e.message}`, line, col };
  }
  const nl = yamlText.includes('\r\n') ? '\r\n' : '\n';
  const root = doc.contents as Node | null;
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    return { ok: false, message: 'the top level is not a mapping; expected `terms:`', line: 1, col: 1 };
  }
  const termsPair = isMap(root) ? (root as YAMLMap).items.find((p) => keyName(p) === 'terms') : undefined;
  const list = termsPair?.value as Node | null | undefined;

  if (termsPair && isSeq(list) && !(list as YAMLSeq).flow && (list as YAMLSeq).items.length > 0) {
    // After the last item's last line, at the column of the list's dashes.
    const seq = list as YAMLSeq;
    const seqStart = seq.range![0];
    const indent = seqStart - lineStartOf(yamlText, seqStart);
    const last = seq.items[seq.items.length - 1] as Node;
    const at = endOfLine(yamlText, Math.max(last.range![1] - 1, seqStart));
    return insert(yamlText, at, renderItem(entry, indent, nl), nl);
  }
  if (termsPair && (list === null || list === undefined || (isScalar(list) && list.value === null))) {
    // `terms:` with nothing after it: the list goes on the lines that follow the key.
    const keyNode = termsPair.key as Node;
    const keyIndent = keyNode.range![0] - lineStartOf(yamlText, keyNode.range![0]);
    const at = endOfLine(yamlText, keyNode.range![0]);
    return insert(yamlText, at, renderItem(entry, keyIndent + 2, nl), nl);
  }
  if (termsPair && isSeq(list)) {
    // A flow list (`terms: []`): rewrite just that value as a block list.
    const seq = list as YAMLSeq;
    const keyNode = termsPair.key as Node;
    const keyIndent = keyNode.range![0] - lineStartOf(yamlText, keyNode.range![0]);
    const previous = seq.toJSON() as unknown[];
    const pad = ' '.repeat(keyIndent + 2);
    const kept = previous.length ? stringify(previous, { lineWidth: 0 }).replace(/\n$/, '').split('\n').map((l) => pad + l).join(nl) + nl : '';
    const before = yamlText.slice(0, seq.range![0]).replace(/[ \t]+$/, '') + nl + kept;
    const item = renderItem(entry, keyIndent + 2, nl);
    const rest = yamlText.slice(seq.range![1]).replace(/^[ \t]*\r?\n/, '');
    return locate(before + item + rest, before.length + keyIndent + 2);
  }
  if (termsPair) return { ok: false, message: '`terms` is not a list; fix it before adding entries', line: 1, col: 1 };
  // No `terms:` at all: add it at the end of the file.
  let base = yamlText;
  if (base !== '' && !base.endsWith('\n')) base += nl;
  const head = `terms:${nl}`;
  const text = base + head + renderItem(entry, 2, nl);
  return locate(text, base.length + head.length + 2);
}

function toPlain(entry: NewGlossaryEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) {
    const v = entry[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    if (k === 'id' && v === entry.term) continue;
    out[k] = v;
  }
  return out;
}

/** `- term: …` lines at `indent`, ending with a newline. */
function renderItem(entry: NewGlossaryEntry, indent: number, nl: string): string {
  const yaml = stringify([toPlain(entry)], { lineWidth: 0 }).replace(/\n$/, '');
  const pad = ' '.repeat(indent);
  return yaml.split('\n').map((l) => pad + l).join(nl) + nl;
}

function insert(text: string, at: number, item: string, nl: string): AppendResult {
  // `at` is the end of a line (before its line break) or the end of the text.
  let before = text.slice(0, at);
  let after = text.slice(at);
  if (after.startsWith('\r\n')) {
    before += '\r\n';
    after = after.slice(2);
  } else if (after.startsWith('\n')) {
    before += '\n';
    after = after.slice(1);
  } else before += nl;
  const dash = before.length + (item.length - item.trimStart().length);
  return locate(before + item + after, dash);
}

function locate(text: string, offset: number): AppendResult {
  return { ok: true, text, line: lineColAt(text, lineStarts(text), offset).line, offset };
}

function lineStartOf(text: string, offset: number): number {
  const i = text.lastIndexOf('\n', offset - 1);
  return i + 1;
}

function endOfLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  if (i < 0) return text.length;
  return text[i - 1] === '\r' ? i - 1 : i;
}
