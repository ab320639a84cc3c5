import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseGlossary } from '../../src/core/glossary/parse';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { termKey } from '../../src/core/glossary/fold';
import { GlossaryEntry, ParsedGlossary } from '../../src/core/glossary/types';
import { lineStarts } from '../../src/core/text/offsets';
import { assertSpanInvariants, check } from './support';

const REPO = join(__dirname, '..', '..', '..');
const BUILTIN = readFileSync(join(REPO, 'glossary', 'builtin.glossary.yaml'), 'utf8');
/** The built-in file cut into its entries (each starts at `  - `), so excerpts stay small and fast. */
const HEADER = BUILTIN.slice(0, BUILTIN.indexOf('\nterms:') + '\nterms:\n'.length);
const ENTRIES = BUILTIN.slice(HEADER.length).split(/\n(?=  - )/);

// ---- mutations ----

const SPECIAL = [
  ':', ' ', '  ', '\t', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '&a', '*a', '!!str ', '!!binary ', '|', '>', '%', '@', '`', '#',
  '\n', '\r\n', '\r', '? ', '---\n', '...\n', '<<: *a', '\u0000', '\ufeff', '\ufffd', '\ud842', '\udfb7', '𠮷', '\u2028', '\u0085',
  'term:', 'id:', 'aliases:', 'source:', 'url: javascript:alert(1)', 'label: XYZ', 'terms:', '~', 'null', '1e999', '0x1F',
];

type Mutation = (s: string) => string;
const at = (s: string, r: number) => Math.floor(r * (s.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Insert, replace or delete characters.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', maxLength: 3 }))).map(
    ([r, ins]): Mutation => (s) => s.slice(0, at(s, r)) + ins + s.slice(at(s, r)),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...SPECIAL)).map(
    ([r, n, rep]): Mutation => (s) => s.slice(0, at(s, r)) + rep + s.slice(at(s, r) + n),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([r, n]): Mutation => (s) => s.slice(0, at(s, r)) + s.slice(at(s, r) + n),
  ),
  // Truncation (a file cut short, possibly inside a surrogate pair).
  fc.double({ min: 0, max: 1, noNaN: true }).map((r): Mutation => (s) => s.slice(0, at(s, r))),
  // Shift the indentation of a line, with spaces or a tab.
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 }), fc.boolean()).map(([k, d, tab]): Mutation => (s) => {
    const lines = s.split('\n');
    const i = k % lines.length;
    lines[i] = d >= 0 ? (tab ? '\t' : ' '.repeat(d)) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-d}}`), '');
    return lines.join('\n');
  }),
  // Duplicate a line (duplicate keys) or move one.
  fc.tuple(fc.nat(), fc.nat()).map(([k, m]): Mutation => (s) => {
    const lines = s.split('\n');
    const i = k % lines.length;
    lines.splice(m % (lines.length + 1), 0, lines[i]);
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([k, m]): Mutation => (s) => {
    const lines = s.split('\n');
    const i = k % lines.length;
    const [line] = lines.splice(i, 1);
    lines.splice(m % (lines.length + 1), 0, line);
    return lines.join('\n');
  }),
);

function applyAll(s: string, ms: Mutation[]): string {
  return ms.reduce((t, m) => m(t), s);
}

const excerpt = fc.tuple(fc.nat({ max: ENTRIES.length - 1 }), fc.integer({ min: 0, max: 4 })).map(
  ([i, n]) => HEADER + ENTRIES.slice(i, i + n).join('\n') + '\n',
);

// ---- invariants ----

/** Every problem is located inside the file, the entries are whole, and nothing was an internal crash. */
function assertLocated(result: ParsedGlossary, text: string, file: string): void {
  if (!result || !Array.isArray(result.entries) || !Array.isArray(result.errors)) throw new Error('not a ParsedGlossary');
  const starts = lineStarts(text);
  for (const e of result.errors) {
    const where = `${e.line}:${e.col} ${e.code} ${e.message}`;
    if (e.code === 'internal') throw new Error(`the loader crashed inside: ${e.message}`);
    if (e.file !== file) throw new Error(`wrong file: ${where}`);
    if (!(Number.isInteger(e.line) && e.line >= 1 && e.line <= starts.length)) throw new Error(`line outside the file (${starts.length} lines): ${where}`);
    const lineEnd = e.line < starts.length ? starts[e.line] : text.length;
    const lineLength = [...text.slice(starts[e.line - 1], lineEnd)].length;
    if (!(Number.isInteger(e.col) && e.col >= 1 && e.col <= lineLength + 1)) throw new Error(`column outside line ${e.line} (${lineLength} long): ${where}`);
    if (!(e.offset >= 0 && e.offset <= e.endOffset && e.endOffset <= text.length)) throw new Error(`range ${e.offset}–${e.endOffset} outside the text: ${where}`);
    if (e.severity !== 'error' && e.severity !== 'warning') throw new Error(`severity ${e.severity}`);
  }
  for (const entry of result.entries) {
    if (typeof entry.id !== 'string' || entry.id === '' || typeof entry.term !== 'string' || entry.term.trim() === '') {
      throw new Error(`entry without id or term: ${JSON.stringify(entry)}`);
    }
    if (!Array.isArray(entry.aliases) || !Array.isArray(entry.related)) throw new Error(`entry ${entry.id}: aliases/related not lists`);
    const l = entry.location;
    if (!(l.line >= 1 && l.line <= starts.length && l.offset >= 0 && l.offset <= text.length)) throw new Error(`entry ${entry.id} located outside the file`);
  }
}

test('parseGlossary on mutated excerpts of the built-in glossary: entries or located errors, never a throw', () => {
  check('glossary.mutated-excerpt', fc.tuple(excerpt, fc.array(mutation, { minLength: 1, maxLength: 6 })), ([base, ms]) => {
    const text = applyAll(base, ms);
    assertLocated(parseGlossary(text, 'f.glossary.yaml'), text, 'f.glossary.yaml');
  });
});

test('parseGlossary on the whole built-in glossary, mutated', () => {
  check('glossary.mutated-full', fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
    const text = applyAll(BUILTIN, ms);
    assertLocated(parseGlossary(text, 'f.glossary.yaml'), text, 'f.glossary.yaml');
  });
});

test('parseGlossary on mutated bytes (flipped, cut inside a character): located errors, never a throw', () => {
  const bytesArb = fc.tuple(excerpt, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }));
  check('glossary.bytes', bytesArb, ([base, flips, cut]) => {
    let bytes = Buffer.from(base, 'utf8');
    for (const [r, b] of flips) bytes[Math.min(bytes.length - 1, Math.floor(r * bytes.length))] = b;
    if (cut !== undefined) bytes = bytes.subarray(0, Math.floor(cut * bytes.length));
    const r = parseGlossary(new Uint8Array(bytes), 'b.glossary.yaml');
    // Located against the text as far as it decodes; a decoding error is at line 1.. of the bytes.
    assertLocated(r, bytes.toString('utf8'), 'b.glossary.yaml');
  });
});

// ---- the term matcher ----

const ALPHABET = ['a', 'b', 'Z', '1', '2', '中', '国', '新', '“', '”', '‘', '’', '"', "'", '「', ' ', '　', 'Ａ', '１', '𠮷', '\ud842', '\udfb7', '-', '.', '+', '\n', '😀'];
const word = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const entry = fc.tuple(word, fc.array(word, { maxLength: 2 })).map(([term, aliases], ): Omit<GlossaryEntry, 'id' | 'location'> => ({ term, aliases, related: [] }));

test('TermMatcher on random glossaries and text: sorted, non-overlapping, whole characters, each span is a key of its entry', () => {
  const arb = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(word, fc.constantFrom(...ALPHABET)), { maxLength: 30 }));
  check('matcher.random', arb, ([raw, pieces]) => {
    const entries: GlossaryEntry[] = raw.map((e, i) => ({ ...e, id: `e${i}`, location: { file: 'g', line: 1, col: 1, offset: 0 } }));
    const text = pieces.join('');
    const found = new TermMatcher(entries).find(text);
    assertSpanInvariants(text, found);
    let lastEnd = 0;
    for (const a of found) {
      if (a.start < lastEnd) throw new Error(`TERM spans overlap at ${a.start}`);
      lastEnd = a.end;
      const e = entries.find((x) => x.id === a.glossaryId);
      if (!e) throw new Error(`unknown glossaryId ${a.glossaryId}`);
      const key = termKey(text.slice(a.start, a.end));
      if (![e.term, ...e.aliases].some((f) => termKey(f) === key)) throw new Error(`span ${JSON.stringify(text.slice(a.start, a.end))} is no form of ${e.id}`);
    }
  });
});
