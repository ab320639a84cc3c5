import { TermFinder } from '../annotate';
import { Annotation } from '../types';
import { splitsSurrogatePair } from '../text/offsets';
import { foldWidthCode, isAsciiWordChar, isOpeningQuote, isQuote, termKey } from './fold';
import { GlossaryEntry } from './types';

/*
 * Finds every term and alias of a glossary in one left-to-right pass, longest match first at the
 * leftmost position, non-overlapping. A trie over width-folded keys: its root is a table indexed by
 * code unit (most characters of news text start no term and cost one array read), its other edges
 * one open-addressing hash in typed arrays (no object per node: 10,000 terms compile in tens of ms).
 * (An Aho–Corasick automaton reports all overlapping matches and would still need this
 * longest-leftmost selection afterwards; the npm packages checked do not do the folding, quote
 * skipping and word-boundary rules below, so the trie is written here.)
 *
 * Rules:
 * - Text and keys are width-folded (３３６１８ finds 33618); folding keeps offsets, so spans are in
 *   the original text.
 * - Quotation marks are removed from keys, and skipped inside a match unless they open a new quote:
 *   “33618”现代制造业集群体系 is found by the key 33618现代制造业集群体系, but ‘两重’‘两新’ is two terms.
 *   A span never starts or ends with a quotation mark: in “33618” the TERM is 33618 (GUIDELINES.md:
 *   a term's span is the term, and punctuation stays outside spans as it does for every label).
 * - A key that begins or ends with an ASCII letter or digit does not match inside a longer run of
 *   them: 2349 is not found in 12349.
 * - A key made only of digits and + - . / (the alias 33618, 6+3) matches only between quotation
 *   marks: news text writes such code names quoted (“33618”), while a bare 2349 is far more often a
 *   quantity (2349家). Unquoted, the code is still found as part of a longer key
 *   (33618现代制造业集群体系).
 */

/** An open-addressing hash of trie edges (node, code unit) → child, in typed arrays. */
class EdgeTable {
  private mask: number;
  private nodes: Int32Array;
  private chars: Uint16Array;
  private children: Int32Array;
  private count = 0;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.mask = cap - 1;
    this.nodes = new Int32Array(cap).fill(-1);
    this.chars = new Uint16Array(cap);
    this.children = new Int32Array(cap);
  }

  get(node: number, c: number): number {
    const nodes = this.nodes;
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
    for (;;) {
      const n = nodes[h];
      if (n === -1) return -1;
      if (n === node && this.chars[h] === c) return this.children[h];
      h = (h + 1) & this.mask;
    }
  }

  set(node: number, c: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
    while (this.nodes[h] !== -1) h = (h + 1) & this.mask;
    this.nodes[h] = node;
    this.chars[h] = c;
    this.children[h] = child;
    this.count++;
  }

  private grow(): void {
    const { nodes, chars, children } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.nodes = new Int32Array(cap).fill(-1);
    this.chars = new Uint16Array(cap);
    this.children = new Int32Array(cap);
    this.count = 0;
    for (let i = 0; i < nodes.length; i++) if (nodes[i] !== -1) this.set(nodes[i], chars[i], children[i]);
  }
}

export class TermMatcher implements TermFinder {
  /** Children of the root by code unit (-1: no key starts with it): most text characters stop here. */
  private readonly rootChild = new Int32Array(65536).fill(-1);
  private readonly edges: EdgeTable;
  /** Per trie node: index into `ids`/`keys` of the key ending there, or -1. Node 0 is the root. */
  private outs: Int32Array;
  private nodeCount = 1;
  private readonly ids: string[] = [];
  private readonly keys: string[] = [];
  private readonly quotedOnly: boolean[] = [];
  private maxKeyLength = 0;
  /** Keys claimed by more than one entry: the first entry given keeps them. */
  readonly shadowed: { key: string; keptId: string; droppedId: string }[] = [];

  /** `entries` in precedence order (as `mergeGlossaries` returns them); each term and alias becomes a key. */
  constructor(entries: readonly GlossaryEntry[]) {
    const forms: [string, string][] = [];
    let units = 0;
    for (const e of entries) {
      for (const form of [e.term, ...e.aliases]) {
        const key = termKey(form);
        if (key === '') continue;
        forms.push([key, e.id]);
        units += key.length;
      }
    }
    this.edges = new EdgeTable(units);
    this.outs = new Int32Array(units + 1).fill(-1);
    for (const [key, id] of forms) this.add(key, id);
  }

  get size(): number {
    return this.keys.length;
  }

  private child(node: number, c: number): number {
    return node === 0 ? this.rootChild[c] : this.edges.get(node, c);
  }

  private add(key: string, id: string): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = this.child(node, c);
      if (next < 0) {
        next = this.nodeCount++;
        if (node === 0) this.rootChild[c] = next;
        else this.edges.set(node, c, next);
      }
      node = next;
    }
    const out = this.outs[node];
    if (out >= 0) {
      if (this.ids[out] !== id) this.shadowed.push({ key, keptId: this.ids[out], droppedId: id });
      return;
    }
    this.outs[node] = this.ids.length;
    this.ids.push(id);
    this.keys.push(key);
    this.quotedOnly.push(/^[0-9+\-./]+$/.test(key));
    this.maxKeyLength = Math.max(this.maxKeyLength, key.length);
  }

  find(text: string): Annotation[] {
    const found: Annotation[] = [];
    const n = text.length;
    const rootChild = this.rootChild;
    const edges = this.edges;
    const outs = this.outs;
    // Ends and keys of the terms ending along the current walk, shortest first.
    const endAt = new Int32Array(this.maxKeyLength + 1);
    const outAt = new Int32Array(this.maxKeyLength + 1);
    for (let i = 0; i < n; i++) {
      let node = rootChild[foldWidthCode(text.charCodeAt(i))];
      if (node < 0) continue;
      let found_ = 0;
      let j = i + 1;
      for (;;) {
        const out = outs[node];
        if (out >= 0) {
          endAt[found_] = j;
          outAt[found_++] = out;
        }
        if (j >= n) break;
        const c = foldWidthCode(text.charCodeAt(j));
        const next = edges.get(node, c);
        if (next >= 0) {
          node = next;
          j++;
          continue;
        }
        // A quotation mark inside a term is skipped, unless it opens a new quotation.
        if (!isQuote(c) || isOpeningQuote(c)) break;
        let k = j + 1;
        while (k < n && isQuote(foldWidthCode(text.charCodeAt(k))) && !isOpeningQuote(foldWidthCode(text.charCodeAt(k)))) k++;
        if (k >= n) break;
        const after = edges.get(node, foldWidthCode(text.charCodeAt(k)));
        if (after < 0) break;
        node = after;
        j = k + 1;
      }
      for (let k = found_ - 1; k >= 0; k--) {
        const end = endAt[k];
        if (!this.boundaryOk(text, i, end, outAt[k])) continue;
        found.push({ start: i, end, label: 'TERM', confidence: 1, source: 'glossary', recogniser: 'glossary', glossaryId: this.ids[outAt[k]] });
        i = end - 1;
        break;
      }
    }
    return found;
  }

  private boundaryOk(text: string, start: number, end: number, out: number): boolean {
    const key = this.keys[out];
    const before = start > 0 ? foldWidthCode(text.charCodeAt(start - 1)) : -1;
    const after = end < text.length ? foldWidthCode(text.charCodeAt(end)) : -1;
    // A key with a lone surrogate (a hostile glossary) must not match half of an astral character.
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return false;
    if (this.quotedOnly[out]) return isQuote(before) && isQuote(after);
    if (isAsciiWordChar(key.charCodeAt(0)) && isAsciiWordChar(before)) return false;
    if (isAsciiWordChar(key.charCodeAt(key.length - 1)) && isAsciiWordChar(after)) return false;
    return true;
  }
}
