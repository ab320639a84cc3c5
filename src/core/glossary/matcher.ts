import { TermFinder } from '../annotate';
import { Annotation } from '../types';
import { splitsSurrogatePair } from '../text/offsets';
import { foldWidthCode, isAsciiWordChar, isOpeningQuote, isQuote, termKey } from './fold';
import { GlossaryEntry } from './types';

/*
 * Finds every term and alias of a glossary in one left-to-right pass, longest match first at the
 * leftmost position, non-overlapping. A trie over width-folded keys with a table of the code units
 * that can start a key: most characters of news text start no term and cost one array read.
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

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Index into `ids` of the key ending here, or -1. */
  out: number;
}

export class TermMatcher implements TermFinder {
  private readonly root: TrieNode = { next: new Map(), out: -1 };
  private readonly starts = new Uint8Array(65536);
  private readonly ids: string[] = [];
  private readonly keys: string[] = [];
  private readonly quotedOnly: boolean[] = [];
  /** Keys claimed by more than one entry: the first entry given keeps them. */
  readonly shadowed: { key: string; keptId: string; droppedId: string }[] = [];

  /** `entries` in precedence order (as `mergeGlossaries` returns them); each term and alias becomes a key. */
  constructor(entries: readonly GlossaryEntry[]) {
    for (const e of entries) {
      for (const form of [e.term, ...e.aliases]) this.add(termKey(form), e.id);
    }
  }

  get size(): number {
    return this.keys.length;
  }

  private add(key: string, id: string): void {
    if (key === '') return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), out: -1 };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.out >= 0) {
      if (this.ids[node.out] !== id) this.shadowed.push({ key, keptId: this.ids[node.out], droppedId: id });
      return;
    }
    node.out = this.ids.length;
    this.ids.push(id);
    this.keys.push(key);
    this.quotedOnly.push(/^[0-9+\-./]+$/.test(key));
    this.starts[key.charCodeAt(0)] = 1;
  }

  find(text: string): Annotation[] {
    const found: Annotation[] = [];
    const n = text.length;
    const starts = this.starts;
    const ends: number[] = [];
    const outs: number[] = [];
    for (let i = 0; i < n; i++) {
      const c0 = foldWidthCode(text.charCodeAt(i));
      if (starts[c0] === 0) continue;
      ends.length = 0;
      outs.length = 0;
      let node: TrieNode | undefined = this.root;
      let j = i;
      while (j < n) {
        const c = foldWidthCode(text.charCodeAt(j));
        if (j > i && isQuote(c) && !node.next.has(c)) {
          if (isOpeningQuote(c)) break;
          j++;
          continue;
        }
        node = node.next.get(c);
        if (!node) break;
        j++;
        if (node.out >= 0) {
          ends.push(j);
          outs.push(node.out);
        }
      }
      for (let k = ends.length - 1; k >= 0; k--) {
        const end = ends[k];
        if (!this.boundaryOk(text, i, end, outs[k])) continue;
        found.push({ start: i, end, label: 'TERM', confidence: 1, source: 'glossary', recogniser: 'glossary', glossaryId: this.ids[outs[k]] });
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
