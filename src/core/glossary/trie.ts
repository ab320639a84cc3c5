/*
 * A read-only trie over UTF-16 code units, laid out flat for matching speed:
 * - the root's children in a table indexed by code unit (`root`): most characters of news text
 *   start no key and cost one array read;
 * - nodes numbered breadth-first, so the children of node n are the nodes first[n] + 1 ..
 *   first[n + 1] and their code units chars[first[n] .. first[n + 1]), sorted: a lookup is a short
 *   scan or a binary search of one run, and the child's number is where its unit was found, + 1;
 * - for the children of first-level nodes, a small Bloom filter of their edges (`edgeBits`): on
 *   text dense with term characters nearly every position starts a walk that fails at its second
 *   character, and the filter answers most of those from a few kilobytes that stay in cache,
 *   without a search. (The open-addressing hash of all edges used before cost a random read of a
 *   megabyte-sized table per step; a binary search alone cost its mispredicted branches. Either
 *   held such text under 20 Mchar/s.)
 *
 * Built breadth-first: a node stands for the run of keys sharing its prefix, sorts that run by the
 * next unit and splits it into its children. No object per node, no hash map, no string comparison.
 */

export interface FlatTrie {
  /** Child of the root by code unit, or -1. */
  readonly root: Int32Array;
  /** Children of node n are nodes first[n] + 1 .. first[n + 1], with code units chars[first[n] .. first[n + 1]). */
  readonly first: Int32Array;
  readonly chars: Uint16Array;
  /** Index of the key ending at each node (in the `keys` given to buildTrie), or -1. */
  readonly out: Int32Array;
  /** Nodes 1 .. firstLevel are the root's children. */
  readonly firstLevel: number;
  /**
   * A blocked Bloom filter of the edges from first-level nodes: for each such edge, the two bits
   * edgeMask(h) of word edgeBits[h >>> edgeShift], h = edgeHash(node, c), are set; a clear one
   * means no such child.
   */
  readonly edgeBits: Int32Array;
  readonly edgeShift: number;
}

/** A hash of the edge (node, c): its top bits choose a word of `edgeBits`, its low ten bits two bits in it. */
export function edgeHash(node: number, c: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77);
}

/** The two bits of edge hash h within its word. */
export function edgeMask(h: number): number {
  return (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
}

/** `keys` must be distinct and non-empty; out[] refers to their indices. */
export function buildTrie(keys: readonly string[]): FlatTrie {
  let units = 0;
  for (const k of keys) units += k.length;
  const size = units + 1; // at most one node per key unit, and the root
  // Key indices, ordered as the trie is built: node n stands for ord[from[n] .. to[n]), the keys
  // whose first depth[n] units lead to it, and sorts that run by the next unit when it is visited
  // (a most-significant-unit radix sort done breadth-first, so no string comparisons).
  const ord = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ord[i] = i;
  const from = new Int32Array(size);
  const to = new Int32Array(size);
  const depth = new Int32Array(size);
  const first = new Int32Array(size + 1);
  const chars = new Uint16Array(size);
  const out = new Int32Array(size).fill(-1);
  const work: RadixWork = { tmp: new Int32Array(keys.length), count: new Int32Array(257) };
  to[0] = keys.length;
  let nodes = 1;
  for (let node = 0; node < nodes; node++) {
    let a = from[node];
    const b = to[node];
    const d = depth[node];
    first[node] = nodes - 1;
    if (b - a > 64) sortLongRun(keys, ord, a, b, d, work);
    else if (b - a > 1) sortShortRun(keys, ord, a, b, d);
    // The key ending here (shorter than the rest, so sorted first).
    if (a < b && keys[ord[a]].length === d) out[node] = ord[a++];
    while (a < b) {
      const c = keys[ord[a]].charCodeAt(d);
      let e = a + 1;
      while (e < b && keys[ord[e]].charCodeAt(d) === c) e++;
      chars[nodes - 1] = c;
      from[nodes] = a;
      to[nodes] = e;
      depth[nodes] = d + 1;
      nodes++;
      a = e;
    }
  }
  first[nodes] = nodes - 1;

  const root = new Int32Array(65536).fill(-1);
  for (let p = first[0]; p < first[1]; p++) root[chars[p]] = p + 1;
  const firstLevel = first[1];
  const edges = first[firstLevel + 1] - first[1];
  // 16 to 32 bits per edge, two set per edge: about one absent edge in fifty passes the filter.
  let words = 32;
  while (words * 32 < edges * 16) words *= 2;
  const edgeShift = 32 - Math.log2(words);
  const edgeBits = new Int32Array(words);
  for (let node = 1; node <= firstLevel; node++) {
    for (let p = first[node]; p < first[node + 1]; p++) {
      const h = edgeHash(node, chars[p]);
      edgeBits[h >>> edgeShift] |= edgeMask(h);
    }
  }
  return { root, first: first.subarray(0, nodes + 1), chars: chars.subarray(0, nodes - 1), out: out.subarray(0, nodes), firstLevel, edgeBits, edgeShift };
}

function unitAt(keys: readonly string[], i: number, d: number): number {
  return keys[i].length === d ? -1 : keys[i].charCodeAt(d);
}

/**
 * Sorts ord[a .. b) by the unit at `d` of each key (a key of length d first). Two functions, each
 * with one loop: one with both kinds of run deoptimised a hundred times while a glossary compiled.
 */
function sortShortRun(keys: readonly string[], ord: Int32Array, a: number, b: number, d: number): void {
  for (let i = a + 1; i < b; i++) {
    const x = ord[i];
    const u = unitAt(keys, x, d);
    let j = i - 1;
    while (j >= a && unitAt(keys, ord[j], d) > u) {
      ord[j + 1] = ord[j];
      j--;
    }
    ord[j + 1] = x;
  }
}

/**
 * Long runs: a key of length d moved to the front, then a stable two-pass radix sort of the rest on
 * the unit at d, low byte then high byte (plain typed-array loops: a typed array's own sort, with
 * its setup around it, deoptimised at every call).
 */
function sortLongRun(keys: readonly string[], ord: Int32Array, a: number, b: number, d: number, work: RadixWork): void {
  for (let i = a; i < b; i++) {
    if (keys[ord[i]].length === d) {
      const x = ord[i];
      ord[i] = ord[a];
      ord[a] = x;
      a++;
      break;
    }
  }
  const { tmp, count } = work;
  for (let shift = 0; shift <= 8; shift += 8) {
    count.fill(0);
    for (let i = a; i < b; i++) count[((keys[ord[i]].charCodeAt(d) >>> shift) & 255) + 1]++;
    for (let k = 0; k < 256; k++) count[k + 1] += count[k];
    for (let i = a; i < b; i++) {
      const x = ord[i];
      tmp[count[(keys[x].charCodeAt(d) >>> shift) & 255]++] = x;
    }
    for (let i = a; i < b; i++) ord[i] = tmp[i - a];
  }
  }

interface RadixWork {
  tmp: Int32Array;
  count: Int32Array;
}

/** The child of `node` (not the root) along code unit `c`, or -1. */
export function childOf(t: FlatTrie, node: number, c: number): number {
  if (node <= t.firstLevel) {
    const h = edgeHash(node, c);
    const mask = edgeMask(h);
    if ((t.edgeBits[h >>> t.edgeShift] & mask) !== mask) return -1;
  }
  let lo = t.first[node];
  let hi = t.first[node + 1];
  const chars = t.chars;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (chars[lo] >= c) return chars[lo] === c ? lo + 1 : -1;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = chars[mid];
    if (x < c) lo = mid + 1;
    else if (x > c) hi = mid;
    else return mid + 1;
  }
  return -1;
}
