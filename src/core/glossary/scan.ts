import { entryFromPlain } from './fast';
import { GlossaryEntry } from './types';

/*
 * The fastest path of parseGlossary: a line scanner for the plain block YAML that glossaries are
 * written in (and that `yaml.stringify` and appendTermToGlossary write):
 *
 *   terms:
 *     - term: 新质生产力          # comments anywhere a line may end
 *       aliases: [新质, "x y"]    # or a block list of `- item` lines
 *       source:
 *         title: …
 *
 * Scalars on one line only: plain, 'single' or "double" quoted (without escapes). Anything else —
 * block scalars, flow mappings, anchors, tags, escapes, a plain scalar YAML would read as a number,
 * boolean or null, continuation lines, tabs, unusual characters — and it returns undefined at once,
 * leaving the file to js-yaml (fast.ts) and then the located `yaml` parse. Each entry goes through
 * the same checks as fast.ts's (entryFromPlain), so when it answers, it answers what they would;
 * test/core/glossary/fast.test.ts holds the three paths together.
 *
 * Why: js-yaml spent about 150 ms CPU on a 10,000-entry glossary (3.6 MB), most of a 200 ms budget
 * for loading and compiling it; this reads the same file in a fraction of that.
 */

type Plain = Record<string, unknown>;

/** Characters after which the scanner does not trust itself: control characters, tabs, BOM, surrogates, line separators, backslash. */
const UNSURE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\t\ufeff\ufffe\uffff\ud800-\udfff\u2028\u2029\\]|\r(?!\n)/;
/** Plain scalars that YAML's core schema reads as null, a boolean or a number (with room to spare: underscores, 0b). */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0[oxb][0-9a-fA-F_]+)$/;
/** Characters a plain scalar may not start with (YAML indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

class Bail extends Error {}
const BAIL = new Bail();

export function scanGlossary(text: string, file: string): GlossaryEntry[] | undefined {
  if (UNSURE.test(text)) return undefined;
  try {
    return scan(new Lines(text), file);
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

/**
 * A cursor over the significant lines (not blank, not comments) of the text. Works on offsets into
 * the text: a string is cut only for a value, never per line or per key (cutting and hashing each
 * key name cost more than js-yaml's whole parse).
 */
class Lines {
  /** The current line: number, indent, and its content text[start .. end) without comment and trailing space. */
  line = 0;
  indent = 0;
  start = 0;
  end = 0;
  done = false;
  private next = 0;
  /** Where the next ` #` is at or after some earlier point (kept so finding comments stays linear). */
  private hash = -1;

  constructor(readonly text: string) {
    this.advance();
  }

  advance(): void {
    const text = this.text;
    for (;;) {
      if (this.next >= text.length) {
        this.done = true;
        return;
      }
      const from = this.next;
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      this.next = end + 1;
      this.line++;
      let p = from;
      while (text.charCodeAt(p) === 0x20) p++;
      if (text.charCodeAt(end - 1) === 0x0d) end--;
      if (p >= end || text.charCodeAt(p) === 0x23 /* # */) continue;
      // ` #` starts a comment outside quotes. With quotes on the line the comment stays, for
      // inlineValue to tell from a quoted `#` (yaml.stringify quotes a value containing ` #`).
      if (this.hash < p) {
        this.hash = text.indexOf(' #', p);
        if (this.hash < 0) this.hash = text.length;
      }
      if (this.hash < end) {
        let quotes = false;
        for (let q = p; q < end && !quotes; q++) quotes = text.charCodeAt(q) === 0x22 || text.charCodeAt(q) === 0x27;
        if (!quotes) end = this.hash;
      }
      while (end > p && text.charCodeAt(end - 1) === 0x20) end--;
      const c0 = text.charCodeAt(p);
      if (c0 === 0x25 /* % */ || ((c0 === 0x2d || c0 === 0x2e) && (text.startsWith('---', p) || text.startsWith('...', p)) && end - p === 3)) throw BAIL;
      this.indent = p - from;
      this.start = p;
      this.end = end;
      return;
    }
  }

  /** The content is exactly s. */
  is(s: string): boolean {
    return this.end - this.start === s.length && this.text.startsWith(s, this.start);
  }

  /** The content starts with `- `. */
  isItem(): boolean {
    return this.text.charCodeAt(this.start) === 0x2d && this.text.charCodeAt(this.start + 1) === 0x20;
  }
}

function scan(lines: Lines, file: string): GlossaryEntry[] {
  if (lines.done || lines.indent !== 0) throw BAIL;
  if (lines.is('terms: []')) {
    lines.advance();
    if (!lines.done) throw BAIL;
    return [];
  }
  if (!lines.is('terms:')) throw BAIL;
  lines.advance();
  if (lines.done) throw BAIL;
  const itemIndent = lines.indent;
  const entries: GlossaryEntry[] = [];
  const ids = new Set<string>();
  const text = lines.text;
  while (!lines.done) {
    if (lines.indent !== itemIndent || !lines.isItem()) throw BAIL;
    // The entry's mapping starts at its first key, after `- ` and any further spaces.
    let p = lines.start + 2;
    while (text.charCodeAt(p) === 0x20) p++;
    const mapIndent = lines.indent + (p - lines.start);
    const location = { file, line: lines.line, col: mapIndent + 1, offset: p };
    lines.start = p;
    lines.indent = mapIndent;
    const value: Plain = {};
    mapping(lines, mapIndent, value, ENTRY_KEYS);
    const e = entryFromPlain(value, file, location);
    if (!e || ids.has(e.id)) throw BAIL;
    ids.add(e.id);
    entries.push(e);
  }
  return entries;
}

const ENTRY_KEYS = ['id', 'term', 'aliases', 'category', 'summary', 'definition', 'source', 'related', 'label', 'updated'];
const SOURCE_KEYS = ['title', 'url', 'publication'];

/** Which of `keys` the current line's content starts with, followed by `:` and a space or its end; -1 if none. */
function keyAt(lines: Lines, keys: string[]): number {
  const { text, start, end } = lines;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const after = start + key.length;
    if (after < end && text.charCodeAt(after) === 0x3a && text.startsWith(key, start) && (after + 1 === end || text.charCodeAt(after + 1) === 0x20)) return k;
  }
  return -1;
}

/**
 * Reads a block mapping whose first key is the current line; every further key is a line at
 * `indent`. Leaves the cursor on the first line after the mapping.
 */
function mapping(lines: Lines, indent: number, into: Plain, keys: string[]): void {
  const text = lines.text;
  let seen = 0;
  for (;;) {
    const k = keyAt(lines, keys);
    if (k < 0 || seen & (1 << k)) throw BAIL;
    seen |= 1 << k;
    const key = keys[k];
    let p = lines.start + key.length + 1;
    while (p < lines.end && text.charCodeAt(p) === 0x20) p++;
    const rest = p < lines.end ? text.slice(p, lines.end) : '';
    lines.advance();
    if (rest !== '') into[key] = inlineValue(rest);
    else {
      // A nested block on deeper lines: a mapping for source, else a list.
      const nested = lines.indent;
      if (lines.done || nested <= indent) throw BAIL; // no value: null
      if (key === 'source') {
        const inner: Plain = {};
        mapping(lines, nested, inner, SOURCE_KEYS);
        into[key] = inner;
      } else {
        const items: unknown[] = [];
        while (!lines.done && lines.indent === nested) {
          if (!lines.isItem()) throw BAIL;
          let q = lines.start + 2;
          while (text.charCodeAt(q) === 0x20) q++;
          const v = inlineValue(text.slice(q, lines.end));
          if (typeof v !== 'string') throw BAIL;
          items.push(v);
          lines.advance();
        }
        into[key] = items;
      }
    }
    if (lines.done || lines.indent < indent) return;
    if (lines.indent > indent) throw BAIL; // a continuation line or a misplaced block
  }
}
/** A value written on the key's line: a quoted or plain scalar, or a flow list of them. */
function inlineValue(v: string): unknown {
  if (v.charCodeAt(0) === 0x5b /* [ */) {
    if (v.charCodeAt(v.length - 1) !== 0x5d) throw BAIL;
    const inner = v.slice(1, -1).trim();
    if (inner === '') return [];
    const items: string[] = [];
    let p = 0;
    for (;;) {
      while (inner.charCodeAt(p) === 0x20) p++;
      let item: string;
      const q = inner.charCodeAt(p);
      if (q === 0x22 || q === 0x27) {
        const [s, end] = quoted(inner, p);
        item = s;
        p = end;
        while (inner.charCodeAt(p) === 0x20) p++;
      } else {
        let e = inner.indexOf(',', p);
        if (e < 0) e = inner.length;
        item = inner.slice(p, e).trim();
        if (/[[\]{}#"']|: |:$/.test(item)) throw BAIL;
        plainOk(item);
        p = e;
      }
      items.push(item);
      if (p >= inner.length) return items;
      if (inner.charCodeAt(p) !== 0x2c) throw BAIL;
      p++;
    }
  }
  const q = v.charCodeAt(0);
  if (q === 0x22 || q === 0x27) {
    const [s, end] = quoted(v, 0);
    if (end !== v.length && !/^ +#/.test(v.slice(end))) throw BAIL;
    return s;
  }
  if (v.includes(': ') || v.endsWith(':') || v.includes(' #')) throw BAIL;
  plainOk(v);
  return v;
}

function plainOk(v: string): void {
  if (v === '' || INDICATOR.test(v) || NOT_A_STRING.test(v)) throw BAIL;
}

/** A quoted scalar starting at `p`: its value and the offset after the closing quote. */
function quoted(s: string, p: number): [string, number] {
  const q = s[p];
  if (q === '"') {
    const end = s.indexOf('"', p + 1);
    if (end < 0) throw BAIL;
    return [s.slice(p + 1, end), end + 1];
  }
  let out = '';
  let from = p + 1;
  for (;;) {
    const end = s.indexOf("'", from);
    if (end < 0) throw BAIL;
    out += s.slice(from, end);
    if (s[end + 1] !== "'") return [out, end + 1];
    out += "'";
    from = end + 2;
  }
}
