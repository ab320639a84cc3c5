import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildTrie, childOf, FlatTrie } from '../../../src/core/glossary/trie';
import { TermMatcher } from '../../../src/core/glossary/matcher';
import { foldWidthCode, isAsciiWordChar, isOpeningQuote, isQuote, termKey } from '../../../src/core/glossary/fold';
import { GlossaryEntry } from '../../../src/core/glossary/types';
import { splitsSurrogatePair } from '../../../src/core/text/offsets';
import { check } from '../../fuzz/support';

/** The key index the trie finds for `key` by walking it, or -1. */
function lookup(t: FlatTrie, key: string): number {
  let node = t.root[key.charCodeAt(0)];
  for (let i = 1; i < key.length && node >= 0; i++) node = childOf(t, node, key.charCodeAt(i));
  return node < 0 ? -1 : t.out[node];
}

/** 600 distinct keys over a small alphabet: runs of hundreds of keys, at the root and below it. */
function manyKeys(): string[] {
  const keys = new Set<string>();
  let seed = 3;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
  while (keys.size < 600) {
    let k = '';
    for (let i = 1 + rand(4); i > 0; i--) k += String.fromCharCode(0x4e00 + rand(rand(2) ? 3 : 400));
    keys.add(k);
  }
  return [...keys];
}

const TRIE_TABLE: { name: string; keys: string[]; absent: string[] }[] = [
  { name: 'no keys', keys: [], absent: ['a', '两'] },
  { name: 'prefixes of each other', keys: ['abc', 'a', 'ab'], absent: ['b', 'abcd', 'ac'] },
  { name: 'siblings given out of order', keys: ['两新', '两重', '两会', '两'], absent: ['新', '两重两新'] },
  { name: 'code units across the range, a lone surrogate', keys: ['\u0000x', '\uffff', '\ud840', '\ud840\udc00'], absent: ['x', '\udc00'] },
  // 100 children of one node: a binary search among them.
  { name: 'a wide node', keys: Array.from({ length: 100 }, (_, i) => `中${String.fromCharCode(0x4e00 + ((i * 37) % 100))}`), absent: ['中', '中z'] },
  // Runs longer than 256 keys are sorted by counting, shorter ones by insertion.
  { name: 'hundreds of keys sharing prefixes', keys: manyKeys(), absent: ['\u4e00\u4e00\u4e00\u4e00\u4e00', 'x'] },
];

for (const row of TRIE_TABLE) {
  test(`trie: ${row.name}: every key found with its index, nothing else`, () => {
    const t = buildTrie(row.keys);
    row.keys.forEach((k, i) => assert.equal(lookup(t, k), i, k));
    for (const k of row.absent) if (!row.keys.includes(k)) assert.equal(lookup(t, k), -1, k);
    // One node per distinct prefix, and the root.
    const prefixes = new Set(row.keys.flatMap((k) => Array.from({ length: k.length }, (_, i) => k.slice(0, i + 1))));
    assert.equal(t.out.length, prefixes.size + 1);
    // Children of every node are sorted, and numbered breadth-first right after their parent's run.
    for (let n = 0; n < t.out.length; n++) {
      for (let p = t.first[n] + 1; p < t.first[n + 1]; p++) assert.ok(t.chars[p - 1] < t.chars[p], `node ${n} unsorted`);
    }
  });
}

// ---- TermMatcher against a plain reference on random glossaries and text ----

/**
 * The matching rules written as directly as possible: at each position try every key, skipping
 * non-opening quotation marks between its characters, keep the longest that passes the boundary
 * rules, and continue after it.
 */
function reference(entries: GlossaryEntry[], text: string): [number, number, string][] {
  const keys = new Map<string, string>();
  for (const e of entries) for (const f of [e.term, ...e.aliases]) if (termKey(f) !== '' && !keys.has(termKey(f))) keys.set(termKey(f), e.id);
  const at = (i: number) => foldWidthCode(text.charCodeAt(i));
  const n = text.length;
  const matchAt = (key: string, i: number): number => {
    let p = i;
    for (let t = 0; t < key.length; t++) {
      if (t > 0) while (p < n && isQuote(at(p)) && !isOpeningQuote(at(p))) p++;
      if (p >= n || at(p) !== key.charCodeAt(t)) return -1;
      p++;
    }
    return p;
  };
  const boundaryOk = (key: string, start: number, end: number): boolean => {
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return false;
    const before = start > 0 ? at(start - 1) : -1;
    const after = end < n ? at(end) : -1;
    if (/^[0-9+\-./]+$/.test(key)) return isQuote(before) && isQuote(after);
    if (isAsciiWordChar(key.charCodeAt(0)) && isAsciiWordChar(before)) return false;
    return !(isAsciiWordChar(key.charCodeAt(key.length - 1)) && isAsciiWordChar(after));
  };
  const found: [number, number, string][] = [];
  for (let i = 0; i < n; ) {
    let best = -1;
    let id = '';
    for (const [key, owner] of keys) {
      const end = matchAt(key, i);
      if (end > best && boundaryOk(key, i, end)) [best, id] = [end, owner];
    }
    if (best < 0) i++;
    else {
      found.push([i, best, id]);
      i = best;
    }
  }
  return found;
}

const ALPHABET = ['两', '重', '新', '会', '“', '”', '‘', '’', '"', "'", '「', '」', '3', '３', '6', '+', '＋', 'G', 'g', 'Ｇ', '　', ' ', '𠀀', '\ud840', '.'];
const piece = fc.constantFrom(...ALPHABET);
const word = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const glossary = fc.array(fc.tuple(word, fc.array(word, { maxLength: 2 })), { minLength: 1, maxLength: 8 });

test('TermMatcher finds what the reference finds, on random glossaries and text dense with their terms', () => {
  const arb = glossary.chain((g) => {
    const forms = g.flatMap(([t, a]) => [t, ...a]);
    return fc.tuple(fc.constant(g), fc.array(fc.oneof(piece, fc.constantFrom(...forms)), { maxLength: 40 }));
  });
  check('matcher.reference', arb, ([g, pieces]) => {
    const entries: GlossaryEntry[] = g.map(([term, aliases], i) => ({ id: `e${i}`, term, aliases, related: [], location: { file: 'g', line: 1, col: 1, offset: 0 } }));
    const text = pieces.join('');
    const got = new TermMatcher(entries).find(text).map((a): [number, number, string] => [a.start, a.end, a.glossaryId!]);
    assert.deepEqual(got, reference(entries, text), JSON.stringify({ g, text }));
  });
});

test('TermMatcher finds what the reference finds with hundreds of keys (long runs sorted by counting)', () => {
  const keys = manyKeys();
  const entries: GlossaryEntry[] = keys.map((term, i) => ({ id: `e${i}`, term, aliases: [], related: [], location: { file: 'g', line: 1, col: 1, offset: 0 } }));
  let seed = 9;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
  let text = '';
  while (text.length < 3000) text += rand(3) ? keys[rand(keys.length)] : String.fromCharCode(0x4e00 + rand(400));
  const got = new TermMatcher(entries).find(text).map((a): [number, number, string] => [a.start, a.end, a.glossaryId!]);
  assert.ok(got.length > 300);
  assert.deepEqual(got, reference(entries, text));
});
