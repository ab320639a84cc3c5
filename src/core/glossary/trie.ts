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
  const b = new Builder(keys);
  // One call per node rather than one long loop: V8 optimises a small function after a few calls,
  // while a long loop waits for on-stack replacement and deoptimised repeatedly on a cold start.
  for (let node = 0; node < b.nodes; node++) b.expand(node);
  return finish(b);
}

/** The root table and the edge filter (apart from the loop above, which V8 compiles on its own). */
function finish(b: Builder): FlatTrie {
  const { first, chars, out, nodes } = b;
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

/** Breadth-first construction (see buildTrie). */
class Builder {
  /**
   * Key indices, ordered as the trie is built: node n stands for ord[from[n] .. to[n]), the keys
   * whose first depth[n] units lead to it, and sorts that run by the unit at its depth when it is
   * expanded (a most-significant-unit radix sort, done breadth-first: no string comparisons; the
   * engine's sort of 20,000 keys as strings took longer than all the rest of the build).
   */
  readonly ord: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly depth: Int32Array;
  readonly first: Int32Array;
  readonly chars: Uint16Array;
  readonly out: Int32Array;
  nodes = 1;
  private count: Int32Array | undefined;
  private tmp: Int32Array | undefined;

  constructor(readonly keys: readonly string[]) {
    let units = 0;
    for (const k of keys) units += k.length;
    const size = units + 1; // at most one node per key unit, and the root
    this.ord = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) this.ord[i] = i;
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.depth = new Int32Array(size);
    this.first = new Int32Array(size + 1);
    this.chars = new Uint16Array(size);
    this.out = new Int32Array(size).fill(-1);
    this.to[0] = keys.length;
  }

  /** Records where node's children start and appends them: one per distinct unit at its depth. */
  expand(node: number): void {
    const { keys, ord } = this;
    let a = this.from[node];
    const b = this.to[node];
    const d = this.depth[node];
    this.first[node] = this.nodes - 1;
    if (b - a > 256) this.countingSort(a, b, d);
    else if (b - a > 1) this.insertionSort(a, b, d);
    // The key ending here (distinct keys: at most one), sorted first.
    if (a < b && keys[ord[a]].length === d) this.out[node] = ord[a++];
    while (a < b) {
      const c = keys[ord[a]].charCodeAt(d);
      let e = a + 1;
      while (e < b && keys[ord[e]].charCodeAt(d) === c) e++;
      const child = this.nodes++;
      this.chars[child - 1] = c;
      this.from[child] = a;
      this.to[child] = e;
      this.depth[child] = d + 1;
      a = e;
    }
  }

  /** The unit at d of key i, or -1 if the key ends there. */
  private unit(i: number, d: number): number {
    const k = this.keys[i];
    return k.length === d ? -1 : k.charCodeAt(d);
  }

  private insertionSort(a: number, b: number, d: number): void {
    const ord = this.ord;
    for (let i = a + 1; i < b; i++) {
      const x = ord[i];
      const u = this.unit(x, d);
      let j = i - 1;
      while (j >= a && this.unit(ord[j], d) > u) {
        ord[j + 1] = ord[j];
        j--;
      }
      ord[j + 1] = x;
    }
  }

  /** Long runs (the root's, a prefix shared by hundreds of keys): one counting sort over all units. */
  private countingSort(a: number, b: number, d: number): void {
    const ord = this.ord;
    const count = (this.count ??= new Int32Array(65538));
    const tmp = (this.tmp ??= new Int32Array(this.keys.length));
    count.fill(0);
    for (let i = a; i < b; i++) count[this.unit(ord[i], d) + 2]++;
    for (let u = 0; u < 65537; u++) count[u + 1] += count[u];
    for (let i = a; i < b; i++) {
      const x = ord[i];
      tmp[count[this.unit(x, d) + 1]++] = x;
    }
    for (let i = a; i < b; i++) ord[i] = tmp[i - a];
  }
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
