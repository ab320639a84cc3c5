import { dirname, resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { ENTITY_LABELS, Label, Span } from '../core/types';
import { isNumKind } from '../core/eval/score';
import { CUTS_CHARACTER, LineCol, lineColAt, lineStarts, spanCutsCharacter } from '../core/text/offsets';
import { InputError, located } from './errors';
import { readTextFile } from './read-text';

export interface GoldDocument {
  id: string;
  text: string;
  entities: Span[];
  /** `message` placed at entity k in the gold file (file:line:col), as this reader's own messages are. */
  locate(k: number, message: string): string;
}

const GOLD_LABELS: readonly Label[] = [...ENTITY_LABELS, 'TERM'];

const UTF16_OFFSETS = 'gold offsets count UTF-16 code units (a character outside the BMP, such as 𠮷, counts 2)';

/** The seed format's own keys: any of them on the top-level object says "seed format". */
const SEED_KEYS = ['offsets', 'sha256'];

/**
 * Reads gold data: JSON Lines of {"id","text","entities"}, or one JSON object in the seed gold format
 * ({"text": "<file beside it>", "offsets": "utf16", "entities": [...]}). The format is decided by the
 * file's shape, and each format reports its own errors:
 *   - one JSON object over several lines (pretty-printed) is the seed format: JSON Lines puts a record on one line;
 *   - a single line that is an object with "offsets" or "sha256", or without "id" and whose "text" is a
 *     file name (x.txt), is the seed format;
 *   - anything else, and every *.jsonl file, is JSON Lines.
 * Offsets are UTF-16 code units in both. Overlapping or nested gold entities go to `warn` (they are scored).
 */
export function readGold(path: string, warn: (message: string) => void = () => {}): GoldDocument[] {
  const content = readTextFile(path);
  const lines = content.split(/\r?\n/);
  const nonBlank = lines.filter((l) => l.trim() !== '');
  if (!path.toLowerCase().endsWith('.jsonl') && content.trimStart().startsWith('{')) {
    if (nonBlank.length > 1) {
      let whole: unknown;
      try {
        whole = JSON.parse(content);
      } catch (e) {
        // Several lines: JSON Lines when its first line is a record by itself, else one broken document.
        if (opensDocument(nonBlank[0])) throw new InputError(jsonError(path, content, e as Error));
      }
      if (whole !== undefined) return [readSeedFormat(path, content, whole, warn, false)];
    } else {
      let one: unknown;
      try {
        one = JSON.parse(content);
      } catch {
        // reported as JSON Lines below
      }
      if (looksSeed(one)) return [readSeedFormat(path, content, one, warn, !SEED_KEYS.some((k) => k in one))];
    }
  }
  const docs: GoldDocument[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw new InputError(located(path, i + 1, 1, `invalid JSON: ${(e as Error).message}`));
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string' || !Array.isArray(rec.entities)) {
      throw new InputError(located(path, i + 1, 1, 'expected {"id", "text", "entities": [...]}'));
    }
    const starts = entityStarts(line);
    const where = (k: number) => (msg: string) => located(path, i + 1, starts[k] === undefined ? 1 : column(line, starts[k]), msg);
    docs.push({ id: String(rec.id ?? i + 1), text: rec.text, entities: checkEntities(rec.entities, rec.text, where, warn), locate: (k, m) => where(k)(m) });
  });
  return docs;
}

/** A first line such as `{` or `{"text": "a.txt",`: the start of a pretty-printed document, not a record. */
function opensDocument(line: string): boolean {
  return /[{[,:]$/.test(line.trim());
}

function looksSeed(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  if (SEED_KEYS.some((k) => k in r)) return true;
  return r.id === undefined && typeof r.text === 'string' && /^[^\n\r\t<>|"]{1,255}\.[A-Za-z][A-Za-z0-9]{0,5}$/.test(r.text);
}

/** "file:line:col: invalid JSON: …" at the position JSON.parse names, when it names one. */
function jsonError(path: string, content: string, e: Error): string {
  const m = /at position (\d+)/.exec(e.message);
  const at = m ? Number(m[1]) : /end of JSON input/.test(e.message) ? content.length : 0;
  const { line, col } = lineCol(content, at);
  return located(path, line, col, `invalid JSON: ${e.message.split('\n')[0]}`);
}

function readSeedFormat(path: string, content: string, whole: unknown, warn: (message: string) => void, byFileName: boolean): GoldDocument {
  if (!whole || typeof whole !== 'object' || Array.isArray(whole)) {
    throw new InputError(located(path, 1, 1, 'expected one JSON object {"text": "<article file>", "offsets": "utf16", "entities": [...]} (seed gold format)'));
  }
  const w = whole as Record<string, unknown>;
  if (typeof w.text !== 'string' || !Array.isArray(w.entities)) {
    throw new InputError(located(path, 1, 1, 'expected "text" (the article file beside this one) and "entities": [...] (seed gold format)'));
  }
  if (w.offsets !== undefined && w.offsets !== 'utf16') {
    throw new InputError(located(path, 1, 1, `offsets "${String(w.offsets)}" not supported (expected "utf16")`));
  }
  const textPath = resolve(dirname(path), w.text);
  let text: string;
  try {
    text = readTextFile(textPath);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    // The gold file's own place first: which file named the article, then what is wrong with it.
    const at = lineCol(content, Math.max(0, content.indexOf('"text"')));
    const hint = byFileName ? ' (read as the seed gold format, as "text" is a file name; a JSON Lines record gives "id")' : '';
    throw new InputError(`${located(path, at.line, at.col, `cannot read the article "${w.text}" of this seed gold file${hint}`)}\n${e.message}`);
  }
  const starts = entityStarts(content);
  const where = (k: number) => (msg: string) => {
    const { line, col } = lineCol(content, starts[k] ?? 0);
    return located(path, line, col, msg);
  };
  return { id: w.text, text, entities: checkEntities(w.entities, text, where, warn), locate: (k, m) => where(k)(m) };
}

function checkEntities(raw: unknown[], text: string, where: (k: number) => (msg: string) => string, warn: (message: string) => void): Span[] {
  const spans = raw.map((e, k) => {
    const fail = (msg: string): never => {
      throw new InputError(where(k)(`entity ${k + 1}: ${msg}`));
    };
    const r = e as Record<string, unknown>;
    if (!r || typeof r !== 'object' || Array.isArray(r)) fail('expected an object {"start", "end", "label"}');
    const { start, end } = r;
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end)) {
      fail(`expected integer "start" and "end", got ${JSON.stringify(start)} and ${JSON.stringify(end)}`);
    }
    const s = start as number;
    const t = end as number;
    if (!(s >= 0 && t > s)) fail(`expected 0 ≤ start < end, got ${s}–${t}`);
    if (t > text.length) fail(`${s}–${t} is outside the text, which is ${text.length} UTF-16 code units long`);
    if (!GOLD_LABELS.includes(r.label as Label)) fail(`label ${JSON.stringify(r.label)} is not one of ${GOLD_LABELS.join('/')}`);
    // Half a character would be scored, and trained, as a name of its own.
    if (spanCutsCharacter(text, s, t)) fail(`${s}–${t} ${CUTS_CHARACTER}; ${UTF16_OFFSETS}`);
    if (typeof r.text === 'string' && text.slice(s, t) !== r.text) {
      const atCodePoints = Array.from(text).slice(s, t).join('') === r.text;
      fail(
        `text "${r.text}" does not match the text at ${s}–${t} ("${text.slice(s, t)}")` +
          (atCodePoints ? `; it is there at code points ${s}–${t}: ${UTF16_OFFSETS}` : ''),
      );
    }
    const span: Span = { start: s, end: t, label: r.label as Label };
    if (isNumKind(r.kind)) span.kind = r.kind;
    return span;
  });
  warnOverlaps(spans, text, where, warn);
  return spans;
}

/** A located warning for each gold entity that overlaps or sits inside an earlier one (both are still scored). */
function warnOverlaps(spans: readonly Span[], text: string, where: (k: number) => (msg: string) => string, warn: (message: string) => void): void {
  const order = spans.map((_, k) => k).sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[a].end || a - b);
  const show = (k: number) => `entity ${k + 1} (${spans[k].label} ${spans[k].start}–${spans[k].end} "${text.slice(spans[k].start, spans[k].end)}")`;
  const warnings: Array<[number, string]> = [];
  let widest = -1;
  for (const k of order) {
    if (widest >= 0 && spans[k].start < spans[widest].end) {
      const relation = spans[k].end <= spans[widest].end ? 'lies inside' : 'overlaps';
      warnings.push([k, where(k)(`warning: ${show(k)} ${relation} ${show(widest)}; both are scored`)]);
    }
    if (widest < 0 || spans[k].end > spans[widest].end) widest = k;
  }
  // In the file's order.
  for (const [, w] of warnings.sort((a, b) => a[0] - b[0])) warn(w);
}

/**
 * The offsets in `json` (one JSON object) where each element of its top-level "entities" array begins,
 * for locating messages; empty when the array is not found.
 */
function entityStarts(json: string): number[] {
  const root = parseTree(json);
  const entities = root && findNodeAtLocation(root, ['entities']);
  return entities?.type === 'array' ? (entities.children ?? []).map((n) => n.offset) : [];
}

function lineCol(text: string, offset: number): LineCol {
  return lineColAt(text, lineStarts(text), Math.min(offset, text.length));
}

/** The column, in code points from 1, of a UTF-16 offset within one line. */
function column(line: string, offset: number): number {
  return lineColAt(line, [0], offset).col;
}
