import { charType, CharType, foldChar } from './normalise';
import { HASH_SEED, hashStep, LEX, LEX_MAX_LEN, Lexicon } from './lexicon';

/**
 * Character features for the sequence model. Each feature is a template id and up to three values,
 * hashed to a weight row: no feature dictionary to store, and adding data never changes the layout.
 * Absent features (no lexicon match) cost nothing; every position has at most MAX_FEATURES.
 */
export const MAX_FEATURES = 56;
/**
 * Bumped when templates change: a model trained with other templates must not load. Version 3
 * hashes like version 2 but places the templates of one n-gram side by side (see the note above
 * extractFeatures); version 4 adds the dictionary proper nouns' classes (LEX.NAME_*), which a
 * version-3 lexicon never holds, so its features are version 3's; version 2 models still load.
 */
export const FEATURE_VERSION = 4;
export const FEATURE_VERSIONS: readonly number[] = [2, 3, 4];

const BOUNDARY = 0x110000;

function mix(k: number, a: number, b: number, c: number): number {
  return mixFrom(Math.imul(k + 1, 0x9e3779b1), a, b, c);
}

/** mix with its first step (which depends on the template only) done: h0 = H0[template]. */
function mixFrom(h0: number, a: number, b: number, c: number): number {
  let h = Math.imul(h0 ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Features of one sentence: rows[i * MAX_FEATURES + j] for j < counts[i]. */
export interface SentenceFeatures {
  length: number;
  rows: Int32Array;
  counts: Uint8Array;
}

/** Name classes of the lexicon: jieba's and the gazetteer's three, then the dictionary's proper nouns'. */
const LEX_CLASSES = [LEX.PER, LEX.LOC, LEX.ORG, LEX.NAME_PER, LEX.NAME_LOC, LEX.NAME_ORG] as const;
const NAME_CLASSES = LEX.PER | LEX.LOC | LEX.ORG | LEX.NAME_PER | LEX.NAME_LOC | LEX.NAME_ORG;

/**
 * Longest match per lexicon class starting / ending at each position, and inside-cover marks; per
 * position i, flat arrays (class k of PER/LOC/ORG at [k * cap + i]).
 */
interface LexMatches {
  /** Positions the arrays hold; the arrays are scratch reused by the next paragraph. */
  cap: number;
  wordStart: Uint8Array;
  wordEnd: Uint8Array;
  start: Uint8Array; // per LEX_CLASSES, at k * cap + i
  end: Uint8Array;
  inside: Uint8Array;
  titleEnd: Uint8Array; // a title ends at i (length)
  titleStart: Uint8Array;
  orgSufEnd: Uint8Array;
  locSufEnd: Uint8Array;
  surname: Uint8Array;
  /** Dictionary segmentation (jieba's max-probability route without its HMM): per character. */
  segPos: Uint8Array; // 0 single, 1 begin, 2 middle, 3 end
  segLen: Uint8Array;
  segTag: Uint8Array; // part-of-speech id of the word, 0 if not in the dictionary
  segWord: Uint32Array; // hash of the word (0 for an unknown single character)
  /** Tag of the word before / after the word holding i (255 at the text's edges). */
  tagBefore: Uint8Array;
  tagAfter: Uint8Array;
  // Working arrays of the segmentation route.
  cand: Int32Array;
  route: Float64Array;
  choice: Uint8Array;
  codes: Int32Array;
  types: Uint8Array;
}

/** Log-probability scale of a quantised dictionary frequency; unknown characters get the floor. */
const LN_TOTAL = 18;

function newMatches(cap: number): LexMatches {
  return {
    cap,
    wordStart: new Uint8Array(cap),
    wordEnd: new Uint8Array(cap),
    start: new Uint8Array(6 * cap),
    end: new Uint8Array(6 * cap),
    inside: new Uint8Array(6 * cap),
    titleEnd: new Uint8Array(cap),
    titleStart: new Uint8Array(cap),
    orgSufEnd: new Uint8Array(cap),
    locSufEnd: new Uint8Array(cap),
    surname: new Uint8Array(cap),
    segPos: new Uint8Array(cap),
    segLen: new Uint8Array(cap),
    segTag: new Uint8Array(cap),
    segWord: new Uint32Array(cap),
    tagBefore: new Uint8Array(cap),
    tagAfter: new Uint8Array(cap),
    cand: new Int32Array(cap * LEX_MAX_LEN),
    route: new Float64Array(cap + 1),
    choice: new Uint8Array(cap),
    codes: new Int32Array(cap),
    types: new Uint8Array(cap),
  };
}

// One set of working arrays for every paragraph: allocating fourteen arrays per paragraph was a
// tenth of annotation time in GC. Grown to the longest text seen (MAX_PIECE in practice).
let scratch = newMatches(256);

function matchesFor(n: number): LexMatches {
  if (scratch.cap < n) scratch = newMatches(Math.max(n, scratch.cap * 2));
  const m = scratch;
  const cap = m.cap;
  m.wordStart.fill(0, 0, n);
  m.wordEnd.fill(0, 0, n);
  for (let k = 0; k < 6; k++) {
    m.start.fill(0, k * cap, k * cap + n);
    m.end.fill(0, k * cap, k * cap + n);
    m.inside.fill(0, k * cap, k * cap + n);
  }
  m.titleEnd.fill(0, 0, n);
  m.titleStart.fill(0, 0, n);
  m.orgSufEnd.fill(0, 0, n);
  m.locSufEnd.fill(0, 0, n);
  m.surname.fill(0, 0, n);
  m.cand.fill(-1, 0, n * LEX_MAX_LEN);
  m.route[n] = 0;
  return m;
}

/** Where touching loops put what they read (nothing reads it). */
let sink = 0;

/** Fills m for the first n codes of m.codes (types already in m.types). */
function lexMatches(m: LexMatches, n: number, lex: Lexicon): void {
  const codes = m.codes;
  const types = m.types;
  const cap = m.cap;
  const cand = m.cand;
  const P = lex.packed();
  const mask = lex.keys.length - 1;
  const { wordStart, wordEnd, start, end, inside, titleEnd, titleStart, orgSufEnd, locSufEnd, surname } = m;
  // The first probes of every position (words of one to three characters, where most chains end)
  // touched in one loop of independent loads, so their cache misses overlap; the probing below,
  // where each probe waits for the one before, then mostly hits the cache.
  let touched = 0;
  for (let i = 0; i < n; i++) {
    const h1 = hashStep(HASH_SEED, codes[i]);
    touched |= P[2 * (h1 & mask)];
    if (i + 1 < n) {
      const h2 = hashStep(h1, codes[i + 1]);
      touched |= P[2 * (h2 & mask)];
      if (i + 2 < n) touched |= P[2 * (hashStep(h2, codes[i + 2]) & mask)];
    }
  }
  sink ^= touched; // a use of the loads, so the compiler keeps them
  for (let i = 0; i < n; i++) {
    const t0 = types[i];
    if (t0 === CharType.Space || t0 === CharType.Punct) continue;
    let h = HASH_SEED;
    const maxLen = Math.min(LEX_MAX_LEN, n - i);
    for (let len = 1; len <= maxLen; len++) {
      const j = i + len - 1;
      const t = types[j];
      if (t === CharType.Space || t === CharType.Punct) break;
      h = hashStep(h, codes[j]);
      // Lexicon.slotOf, on the packed table.
      const key = h === 0 ? 1 : h;
      let slot = key & mask;
      for (let k = P[2 * slot]; k !== key; k = P[2 * slot]) {
        if (k === 0) {
          slot = -1;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (slot < 0) break;
      const meta = P[2 * slot + 1];
      const cls = meta & 0xffff;
      if (cls === LEX.PREFIX) continue;
      if ((meta >>> 16) & 0xff) cand[i * LEX_MAX_LEN + len - 1] = slot;
      if (cls & LEX.WORD) {
        if (len > wordStart[i]) wordStart[i] = len;
        if (len > wordEnd[j]) wordEnd[j] = len;
      }
      if (len >= 2 && cls & NAME_CLASSES) {
        for (let k = 0; k < 6; k++) {
          if (!(cls & LEX_CLASSES[k])) continue;
          const o = k * cap;
          if (len > start[o + i]) start[o + i] = len;
          if (len > end[o + j]) end[o + j] = len;
          for (let x = i + 1; x < j; x++) inside[o + x] = 1;
        }
      }
      if (cls & LEX.TITLE) {
        if (len > titleEnd[j]) titleEnd[j] = len;
        if (len > titleStart[i]) titleStart[i] = len;
      }
      if (cls & LEX.ORG_SUFFIX && len > orgSufEnd[j]) orgSufEnd[j] = len;
      if (cls & LEX.LOC_SUFFIX && len > locSufEnd[j]) locSufEnd[j] = len;
      if (len === 1 && cls & LEX.SURNAME) surname[i] = 1;
    }
  }
  // Max-probability route over the word candidates, right to left (as jieba does).
  const route = m.route;
  const choice = m.choice;
  for (let i = n - 1; i >= 0; i--) {
    let best = route[i + 1] - LN_TOTAL;
    let arg = 1;
    for (let len = 1; len <= LEX_MAX_LEN && i + len <= n; len++) {
      const slot = cand[i * LEX_MAX_LEN + len - 1];
      if (slot < 0) continue;
      const sc = ((P[2 * slot + 1] >>> 16) & 0xff) / 2 - LN_TOTAL + route[i + len];
      if (sc > best) {
        best = sc;
        arg = len;
      }
    }
    route[i] = best;
    choice[i] = arg;
  }
  const { segPos, segLen, segTag, segWord, tagBefore, tagAfter } = m;
  let prevWordTag = 255;
  for (let i = 0; i < n; ) {
    const len = choice[i];
    const slot = cand[i * LEX_MAX_LEN + len - 1];
    const tag = slot >= 0 ? P[2 * slot + 1] >>> 24 : 0;
    const word = slot >= 0 ? P[2 * slot] : 0;
    for (let k = 0; k < len; k++) {
      segPos[i + k] = len === 1 ? 0 : k === 0 ? 1 : k === len - 1 ? 3 : 2;
      segLen[i + k] = len;
      segTag[i + k] = tag;
      segWord[i + k] = word;
      tagBefore[i + k] = prevWordTag;
    }
    prevWordTag = tag;
    i += len;
  }
  let nextWordTag = 255;
  for (let i = n - 1; i >= 0; ) {
    const len = segLen[i];
    for (let k = 0; k < len; k++) tagAfter[i - k] = nextWordTag;
    nextWordTag = segTag[i];
    i -= len;
  }
}

const H0 = Int32Array.from({ length: 64 }, (_, k) => Math.imul(k + 1, 0x9e3779b1));

/*
 * Version 3 of the templates hashes as version 2 but places the templates that read one n-gram at
 * different offsets side by side: the unigram x is C+2 at i−2, C+1 at i−1 … C−2 at i+2, and its five
 * rows lie in one aligned block of 8 (row = hash(x) with the low 3 bits cleared | offset slot) that
 * the first of those positions brings into the cache and the next four find there; likewise the
 * four bigram templates (block of 4), the three trigram templates and the dictionary word's rows by
 * the character's place in it. Far fewer cache lines a character: the weight table is larger than
 * the caches, and those misses were most of the decoding time.
 */
// One position's features before hashing: template, values.
const FT = new Int32Array(MAX_FEATURES);
const FA = new Int32Array(MAX_FEATURES);
const FB = new Int32Array(MAX_FEATURES);
const FC = new Int32Array(MAX_FEATURES);

// Scratch buffers for callers that use a result before the next call (`reuse`): the rows of a
// paragraph are the largest allocation of the hot path. Only the first `length` positions are valid.
let scratchRows = new Int32Array(0);
let scratchCounts = new Uint8Array(0);
/** Version 3: block rows of the unigram, bigram and trigram starting at each position (−2 … n+1). */
let gram = new Int32Array(0);

export function extractFeatures(text: string, lex: Lexicon, bits: number, reuse = false, version = FEATURE_VERSION): SentenceFeatures {
  const n = text.length;
  if (reuse && scratchCounts.length < n) {
    scratchRows = new Int32Array(Math.max(n, 256) * 2 * MAX_FEATURES);
    scratchCounts = new Uint8Array(Math.max(n, 256) * 2);
  }
  const rows = reuse ? scratchRows : new Int32Array(n * MAX_FEATURES);
  const counts = reuse ? scratchCounts : new Uint8Array(n);
  const lm = matchesFor(n);
  const codes = lm.codes;
  const types = lm.types;
  for (let i = 0; i < n; i++) {
    const c = foldChar(text.charCodeAt(i));
    codes[i] = c;
    types[i] = charType(c);
  }
  lexMatches(lm, n, lex);
  const shift = 32 - bits;
  const cap = lm.cap;
  if (version === 2) {
    hashVersion2(n, lm, rows, counts, shift);
    return { length: n, rows, counts };
  }
  // Version 3: an n-gram's templates share its hash, so each unigram, bigram and trigram is hashed
  // once, at its first character, and each dictionary word once (not 12 + 1 hashes a character).
  if (gram.length < 3 * (n + 4)) gram = new Int32Array(Math.max(n + 4, 256) * 2 * 3);
  const stride = gram.length / 3;
  const at = (j: number) => (j >= 0 && j < n ? codes[j] : BOUNDARY);
  for (let j = -2; j <= n + 1; j++) {
    const p = j + 2;
    const a = at(j), b = at(j + 1), c = at(j + 2);
    gram[p] = (mixFrom(H0[1], a, 0, 0) >>> shift) & ~7;
    if (j <= n) gram[stride + p] = (mixFrom(H0[6], a, b, 0) >>> shift) & ~3;
    if (j <= n - 1) gram[2 * stride + p] = (mixFrom(H0[11], a, b, c) >>> shift) & ~3;
  }
  const { wordStart, wordEnd, start, end, inside, titleEnd, titleStart, orgSufEnd, locSufEnd, surname } = lm;
  const { segPos, segLen, segTag, segWord, tagBefore, tagAfter } = lm;
  const U = 0, B = stride, T3 = 2 * stride;
  let lastWord = -1;
  let wordRow = 0;
  for (let i = 0; i < n; i++) {
    const base = i * MAX_FEATURES;
    const p = i + 2;
    // The rows that share blocks first (the order of version 3; see reference-decoder.ts).
    rows[base] = gram[U + p];
    rows[base + 1] = gram[U + p - 1] | 1;
    rows[base + 2] = gram[U + p + 1] | 2;
    rows[base + 3] = gram[U + p - 2] | 3;
    rows[base + 4] = gram[U + p + 2] | 4;
    rows[base + 5] = gram[B + p - 1];
    rows[base + 6] = gram[B + p] | 1;
    rows[base + 7] = gram[B + p - 2] | 2;
    rows[base + 8] = gram[B + p + 1] | 3;
    rows[base + 9] = gram[T3 + p - 1];
    rows[base + 10] = gram[T3 + p - 2] | 1;
    rows[base + 11] = gram[T3 + p] | 2;
    const word = segWord[i];
    if (word !== lastWord) {
      lastWord = word;
      wordRow = (mixFrom(H0[42], word, 0, 0) >>> shift) & ~3;
    }
    const sp = segPos[i];
    rows[base + 12] = wordRow | sp;
    let q = 0;
    const cm1 = i >= 1 ? codes[i - 1] : BOUNDARY;
    const c0 = codes[i];
    const cp1 = i + 1 < n ? codes[i + 1] : BOUNDARY;
    { FT[q] = 0; FA[q] = 0; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 10; FA[q] = cm1; FB[q] = cp1; FC[q++] = 0; }
    const tm2 = i >= 2 ? types[i - 2] : CharType.Boundary;
    const tm1 = i >= 1 ? types[i - 1] : CharType.Boundary;
    const t0 = types[i];
    const tp1 = i + 1 < n ? types[i + 1] : CharType.Boundary;
    const tp2 = i + 2 < n ? types[i + 2] : CharType.Boundary;
    { FT[q] = 14; FA[q] = tm1; FB[q] = t0; FC[q++] = tp1; }
    { FT[q] = 15; FA[q] = tm2 * 100 + tm1 * 10 + t0; FB[q] = tp1 * 10 + tp2; FC[q++] = 0; }
    // Segmentation-like evidence: the longest dictionary word starting and ending here.
    const ws = wordStart[i], we = wordEnd[i];
    { FT[q] = 16; FA[q] = ws; FB[q] = we; FC[q++] = 0; }
    { FT[q] = 17; FA[q] = ws; FB[q] = c0; FC[q++] = 0; }
    { FT[q] = 18; FA[q] = we; FB[q] = c0; FC[q++] = 0; }
    for (let x = 0; x < 3; x++) {
      const o = x * cap + i;
      const s = start[o], e = end[o];
      if (s) { FT[q] = 19 + x; FA[q] = s; FB[q] = 0; FC[q++] = 0; }
      if (e) { FT[q] = 22 + x; FA[q] = e; FB[q] = 0; FC[q++] = 0; }
      if (inside[o]) { FT[q] = 25 + x; FA[q] = 1; FB[q] = 0; FC[q++] = 0; }
      if (s && e) { FT[q] = 28 + x; FA[q] = s; FB[q] = e; FC[q++] = 0; }
    }
    // Version 4: the dictionary's proper nouns (a version-3 lexicon holds none).
    if (version >= 4) for (let x = 0; x < 3; x++) {
      const o = (x + 3) * cap + i;
      if (start[o]) { FT[q] = 43 + x; FA[q] = start[o]; FB[q] = 0; FC[q++] = 0; }
      if (end[o]) { FT[q] = 46 + x; FA[q] = end[o]; FB[q] = 0; FC[q++] = 0; }
      if (inside[o]) { FT[q] = 49 + x; FA[q] = 1; FB[q] = 0; FC[q++] = 0; }
    }
    // Titles next to a name: 主任高健 / 高健主任.
    const tBefore = i > 0 ? titleEnd[i - 1] : 0;
    const tAfter = i + 1 < n ? titleStart[i + 1] : 0;
    if (tBefore) { FT[q] = 31; FA[q] = tBefore; FB[q] = 0; FC[q++] = 0; }
    if (tAfter) { FT[q] = 32; FA[q] = tAfter; FB[q] = 0; FC[q++] = 0; }
    if (titleStart[i]) { FT[q] = 33; FA[q] = titleStart[i]; FB[q] = 0; FC[q++] = 0; }
    if (orgSufEnd[i]) { FT[q] = 34; FA[q] = orgSufEnd[i]; FB[q] = 0; FC[q++] = 0; }
    if (locSufEnd[i]) { FT[q] = 35; FA[q] = locSufEnd[i]; FB[q] = 0; FC[q++] = 0; }
    if (surname[i]) { FT[q] = 36; FA[q] = tm1; FB[q] = tp1; FC[q++] = 0; }
    if (i + 1 < n && orgSufEnd[i + 1] === 1) { FT[q] = 37; FA[q] = c0; FB[q] = cp1; FC[q++] = 0; }
    // The segmentation: where the character sits in its word, the word's tag, the word itself,
    // and the tags of the words around it.
    const tag = segTag[i];
    { FT[q] = 38; FA[q] = sp * 16 + Math.min(segLen[i], 8); FB[q] = tag; FC[q++] = 0; }
    { FT[q] = 40; FA[q] = c0; FB[q] = sp; FC[q++] = tag; }
    { FT[q] = 41; FA[q] = tagBefore[i] * 256 + tag; FB[q] = tagAfter[i]; FC[q++] = sp; }
    const into = base + 13;
    for (let x = 0; x < q; x++) rows[into + x] = mixFrom(H0[FT[x]], FA[x], FB[x], FC[x]) >>> shift;
    counts[i] = q + 13;
  }
  return { length: n, rows, counts };
}

/**
 * Row k of a position's features at `bits`, from the same row extracted at `wideBits` (features
 * counted wide for pruning, then trained at the model's width): the hash's top bits, with a shared
 * block's slot kept in the low bits (version 3 lists those rows first: 5 in blocks of 8, then 8 in
 * blocks of 4).
 */
export function narrowRow(row: number, k: number, wideBits: number, bits: number, version = FEATURE_VERSION): number {
  const down = wideBits - bits;
  if (version === 2 || k >= 13) return row >>> down;
  const low = k < 5 ? 7 : 3;
  return (((row & ~low) >>> down) & ~low) | (row & low);
}

/** Version 2 of the templates, each hashed on its own (models trained before version 3). */
function hashVersion2(n: number, lm: LexMatches, rows: Int32Array, counts: Uint8Array, shift: number): void {
  const { codes, types, cap } = lm;
  const { wordStart, wordEnd, start, end, inside, titleEnd, titleStart, orgSufEnd, locSufEnd, surname } = lm;
  const { segPos, segLen, segTag, segWord, tagBefore, tagAfter } = lm;
  // The templates below are hashed exactly as the model was trained (mix(template, a, b, c), absent
  // values 0). Collected first and hashed in one loop: one call site of mix, which V8 inlines (42
  // call sites exceed its inlining budget, and a helper closure kept its counters off registers).
  for (let i = 0; i < n; i++) {
    let q = 0;
    const cm2 = i >= 2 ? codes[i - 2] : BOUNDARY;
    const cm1 = i >= 1 ? codes[i - 1] : BOUNDARY;
    const c0 = codes[i];
    const cp1 = i + 1 < n ? codes[i + 1] : BOUNDARY;
    const cp2 = i + 2 < n ? codes[i + 2] : BOUNDARY;
    { FT[q] = 0; FA[q] = 0; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 1; FA[q] = c0; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 2; FA[q] = cm1; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 3; FA[q] = cp1; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 4; FA[q] = cm2; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 5; FA[q] = cp2; FB[q] = 0; FC[q++] = 0; }
    { FT[q] = 6; FA[q] = cm1; FB[q] = c0; FC[q++] = 0; }
    { FT[q] = 7; FA[q] = c0; FB[q] = cp1; FC[q++] = 0; }
    { FT[q] = 8; FA[q] = cm2; FB[q] = cm1; FC[q++] = 0; }
    { FT[q] = 9; FA[q] = cp1; FB[q] = cp2; FC[q++] = 0; }
    { FT[q] = 10; FA[q] = cm1; FB[q] = cp1; FC[q++] = 0; }
    { FT[q] = 11; FA[q] = cm1; FB[q] = c0; FC[q++] = cp1; }
    { FT[q] = 12; FA[q] = cm2; FB[q] = cm1; FC[q++] = c0; }
    { FT[q] = 13; FA[q] = c0; FB[q] = cp1; FC[q++] = cp2; }
    const tm2 = i >= 2 ? types[i - 2] : CharType.Boundary;
    const tm1 = i >= 1 ? types[i - 1] : CharType.Boundary;
    const t0 = types[i];
    const tp1 = i + 1 < n ? types[i + 1] : CharType.Boundary;
    const tp2 = i + 2 < n ? types[i + 2] : CharType.Boundary;
    { FT[q] = 14; FA[q] = tm1; FB[q] = t0; FC[q++] = tp1; }
    { FT[q] = 15; FA[q] = tm2 * 100 + tm1 * 10 + t0; FB[q] = tp1 * 10 + tp2; FC[q++] = 0; }
    // Segmentation-like evidence: the longest dictionary word starting and ending here.
    const ws = wordStart[i], we = wordEnd[i];
    { FT[q] = 16; FA[q] = ws; FB[q] = we; FC[q++] = 0; }
    { FT[q] = 17; FA[q] = ws; FB[q] = c0; FC[q++] = 0; }
    { FT[q] = 18; FA[q] = we; FB[q] = c0; FC[q++] = 0; }
    for (let x = 0; x < 3; x++) {
      const o = x * cap + i;
      const s = start[o], e = end[o];
      if (s) { FT[q] = 19 + x; FA[q] = s; FB[q] = 0; FC[q++] = 0; }
      if (e) { FT[q] = 22 + x; FA[q] = e; FB[q] = 0; FC[q++] = 0; }
      if (inside[o]) { FT[q] = 25 + x; FA[q] = 1; FB[q] = 0; FC[q++] = 0; }
      if (s && e) { FT[q] = 28 + x; FA[q] = s; FB[q] = e; FC[q++] = 0; }
    }
    // Titles next to a name: 主任高健 / 高健主任.
    const tBefore = i > 0 ? titleEnd[i - 1] : 0;
    const tAfter = i + 1 < n ? titleStart[i + 1] : 0;
    if (tBefore) { FT[q] = 31; FA[q] = tBefore; FB[q] = 0; FC[q++] = 0; }
    if (tAfter) { FT[q] = 32; FA[q] = tAfter; FB[q] = 0; FC[q++] = 0; }
    if (titleStart[i]) { FT[q] = 33; FA[q] = titleStart[i]; FB[q] = 0; FC[q++] = 0; }
    if (orgSufEnd[i]) { FT[q] = 34; FA[q] = orgSufEnd[i]; FB[q] = 0; FC[q++] = 0; }
    if (locSufEnd[i]) { FT[q] = 35; FA[q] = locSufEnd[i]; FB[q] = 0; FC[q++] = 0; }
    if (surname[i]) { FT[q] = 36; FA[q] = tm1; FB[q] = tp1; FC[q++] = 0; }
    if (i + 1 < n && orgSufEnd[i + 1] === 1) { FT[q] = 37; FA[q] = c0; FB[q] = cp1; FC[q++] = 0; }
    // The segmentation: where the character sits in its word, the word's tag, the word itself,
    // and the tags of the words around it.
    const sp = segPos[i];
    const tag = segTag[i];
    { FT[q] = 38; FA[q] = sp * 16 + Math.min(segLen[i], 8); FB[q] = tag; FC[q++] = 0; }
    { FT[q] = 39; FA[q] = segWord[i]; FB[q] = sp; FC[q++] = 0; }
    { FT[q] = 40; FA[q] = c0; FB[q] = sp; FC[q++] = tag; }
    { FT[q] = 41; FA[q] = tagBefore[i] * 256 + tag; FB[q] = tagAfter[i]; FC[q++] = sp; }
    const base = i * MAX_FEATURES;
    for (let x = 0; x < q; x++) rows[base + x] = mixFrom(H0[FT[x]], FA[x], FB[x], FC[x]) >>> shift;
    counts[i] = q;
  }
}
