import { TermFinder } from '../annotate';
import { Annotation } from '../types';
import { splitsSurrogatePair } from '../text/offsets';
import { foldWidthCode, isAsciiWordChar, isOpeningQuote, isQuote, termKey } from './fold';
import { GlossaryEntry, GlossaryLabel } from './types';
import { buildTrie, childOf, FlatTrie } from './trie';

/** Code names such as 33618 and 6+3: matched only between quotation marks. */
const QUOTED_ONLY = /^[0-9+\-./]+$/;

/*
 * Finds every term and alias of a glossary in one left-to-right pass, longest match first at the
 * leftmost position, non-overlapping. A trie over width-folded keys in flat typed arrays (trie.ts),
 * walked over the text with width folding done on the fly, so nothing is allocated per character.
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

export class TermMatcher implements TermFinder {
  private readonly trie: FlatTrie;
  /** Per key (trie `out` index): the entry id, the key, whether it matches only between quotes. */
  private readonly ids: string[] = [];
  private readonly keys: string[] = [];
  private readonly quotedOnly: boolean[] = [];
  private readonly maxKeyLength: number = 0;
  /** Entries that name a person, organisation or place (`label`): their terms are also that name. */
  private readonly labels = new Map<string, GlossaryLabel>();
  /** Keys claimed by more than one entry: the first entry given keeps them. */
  readonly shadowed: { key: string; keptId: string; droppedId: string }[] = [];

  /** `entries` in precedence order (as `mergeGlossaries` returns them); each term and alias becomes a key. */
  constructor(entries: readonly GlossaryEntry[]) {
    const owner = new Map<string, number>();
    for (const e of entries) {
      if (e.label && !this.labels.has(e.id)) this.labels.set(e.id, e.label);
      this.addKey(termKey(e.term), e.id, owner);
      for (const a of e.aliases) this.addKey(termKey(a), e.id, owner);
    }
    for (const k of this.keys) if (k.length > this.maxKeyLength) this.maxKeyLength = k.length;
    this.trie = buildTrie(this.keys);
  }

  private addKey(key: string, id: string, owner: Map<string, number>): void {
    if (key === '') return;
    const out = owner.get(key);
    if (out !== undefined) {
      if (this.ids[out] !== id) this.shadowed.push({ key, keptId: this.ids[out], droppedId: id });
      return;
    }
    owner.set(key, this.keys.length);
    this.ids.push(id);
    this.keys.push(key);
    const c = key.charCodeAt(0);
    // The test only for keys that can pass it: a regular expression per key was a tenth of compiling.
    this.quotedOnly.push(c >= 0x2b && c <= 0x39 && QUOTED_ONLY.test(key));
  }

  nameLabel(glossaryId: string): GlossaryLabel | undefined {
    return this.labels.get(glossaryId);
  }

  get size(): number {
    return this.keys.length;
  }

  find(text: string): Annotation[] {
    const found: Annotation[] = [];
    const n = text.length;
    const { root, first, chars, out: outs, firstLevel, edgeBits: bits, edgeShift: shift } = this.trie;
    // Ends and keys of the terms ending along the current walk, shortest first.
    const endAt = new Int32Array(this.maxKeyLength + 1);
    const outAt = new Int32Array(this.maxKeyLength + 1);
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      // Width folding inline (foldWidthCode): a call per unit is measurable at this rate.
      if (c >= 0x3000) c = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
      let node = root[c];
      if (node < 0) continue;
      let count = 0;
      let j = i + 1;
      for (;;) {
        const out = outs[node];
        if (out >= 0) {
          endAt[count] = j;
          outAt[count++] = out;
        }
        let lo = first[node];
        const hi = first[node + 1];
        if (lo === hi || j >= n) break;
        c = text.charCodeAt(j);
        if (c >= 0x3000) c = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
        // The child along c (childOf, inlined): first-level nodes ask the edge filter first; then a
        // scan of a short sorted run or a binary search of a long one.
        let next = -1;
        let search = true;
        if (node <= firstLevel) {
          const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77);
          const mask = (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
          search = (bits[h >>> shift] & mask) === mask;
        }
        if (!search) {
          // no such child
        } else if (hi - lo <= 8) {
          for (; lo < hi; lo++) {
            const x = chars[lo];
            if (x >= c) {
              if (x === c) next = lo + 1;
              break;
            }
          }
        } else {
          let h2 = hi;
          while (lo < h2) {
            const mid = (lo + h2) >>> 1;
            const x = chars[mid];
            if (x < c) lo = mid + 1;
            else if (x > c) h2 = mid;
            else {
              next = mid + 1;
              break;
            }
          }
        }
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
        const after = childOf(this.trie, node, foldWidthCode(text.charCodeAt(k)));
        if (after < 0) break;
        node = after;
        j = k + 1;
      }
      for (let k = count - 1; k >= 0; k--) {
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
