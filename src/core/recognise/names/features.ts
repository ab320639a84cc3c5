import { charType, CharType, foldText } from './normalise';
import { HASH_SEED, hashStep, LEX, LEX_MAX_LEN, Lexicon } from './lexicon';

/**
 * Character features for the sequence model. Each feature is a template id and up to three values,
 * hashed to a weight row: no feature dictionary to store, and adding data never changes the layout.
 * Absent features (no lexicon match) cost nothing; every position has at most MAX_FEATURES.
 */
export const MAX_FEATURES = 48;
/** Bumped when templates change: a model trained with other templates must not load. */
export const FEATURE_VERSION = 2;

const BOUNDARY = 0x110000;

function mix(k: number, a: number, b: number, c: number): number {
  let h = Math.imul(k + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
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

const LEX_CLASSES = [LEX.PER, LEX.LOC, LEX.ORG] as const;

/** Longest match per lexicon class starting / ending at each position, and inside-cover marks. */
interface LexMatches {
  wordStart: Uint8Array;
  wordEnd: Uint8Array;
  start: Uint8Array[]; // per LEX_CLASSES
  end: Uint8Array[];
  inside: Uint8Array[];
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
}

/** Log-probability scale of a quantised dictionary frequency; unknown characters get the floor. */
const LN_TOTAL = 18;

function lexMatches(codes: Int32Array, lex: Lexicon): LexMatches {
  const n = codes.length;
  const m: LexMatches = {
    wordStart: new Uint8Array(n),
    wordEnd: new Uint8Array(n),
    start: LEX_CLASSES.map(() => new Uint8Array(n)),
    end: LEX_CLASSES.map(() => new Uint8Array(n)),
    inside: LEX_CLASSES.map(() => new Uint8Array(n)),
    titleEnd: new Uint8Array(n),
    titleStart: new Uint8Array(n),
    orgSufEnd: new Uint8Array(n),
    locSufEnd: new Uint8Array(n),
    surname: new Uint8Array(n),
    segPos: new Uint8Array(n),
    segLen: new Uint8Array(n),
    segTag: new Uint8Array(n),
    segWord: new Uint32Array(n),
  };
  // Word candidates for the segmentation route: slot in the lexicon per (start, length).
  const cand = new Int32Array(n * LEX_MAX_LEN).fill(-1);
  for (let i = 0; i < n; i++) {
    const t0 = charType(codes[i]);
    if (t0 === CharType.Space || t0 === CharType.Punct) continue;
    let h = HASH_SEED;
    const maxLen = Math.min(LEX_MAX_LEN, n - i);
    for (let len = 1; len <= maxLen; len++) {
      const c = codes[i + len - 1];
      const t = charType(c);
      if (t === CharType.Space || t === CharType.Punct) break;
      h = hashStep(h, c);
      const slot = lex.slotOf(h);
      if (slot < 0) break;
      const cls = lex.classes[slot];
      if (cls === LEX.PREFIX) continue;
      if (lex.freq[slot] > 0) cand[i * LEX_MAX_LEN + len - 1] = slot;
      const j = i + len - 1;
      if (cls & LEX.WORD) {
        if (len > m.wordStart[i]) m.wordStart[i] = len;
        if (len > m.wordEnd[j]) m.wordEnd[j] = len;
      }
      if (len >= 2) {
        for (let k = 0; k < 3; k++) {
          if (!(cls & LEX_CLASSES[k])) continue;
          if (len > m.start[k][i]) m.start[k][i] = len;
          if (len > m.end[k][j]) m.end[k][j] = len;
          for (let x = i + 1; x < j; x++) m.inside[k][x] = 1;
        }
      }
      if (cls & LEX.TITLE) {
        if (len > m.titleEnd[j]) m.titleEnd[j] = len;
        if (len > m.titleStart[i]) m.titleStart[i] = len;
      }
      if (cls & LEX.ORG_SUFFIX && len > m.orgSufEnd[j]) m.orgSufEnd[j] = len;
      if (cls & LEX.LOC_SUFFIX && len > m.locSufEnd[j]) m.locSufEnd[j] = len;
      if (len === 1 && cls & LEX.SURNAME) m.surname[i] = 1;
    }
  }
  // Max-probability route over the word candidates, right to left (as jieba does).
  const route = new Float64Array(n + 1);
  const choice = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let best = route[i + 1] - LN_TOTAL;
    let arg = 1;
    for (let len = 1; len <= LEX_MAX_LEN && i + len <= n; len++) {
      const slot = cand[i * LEX_MAX_LEN + len - 1];
      if (slot < 0) continue;
      const sc = lex.freq[slot] / 2 - LN_TOTAL + route[i + len];
      if (sc > best) {
        best = sc;
        arg = len;
      }
    }
    route[i] = best;
    choice[i] = arg;
  }
  for (let i = 0; i < n; ) {
    const len = choice[i];
    const slot = cand[i * LEX_MAX_LEN + len - 1];
    const tag = slot >= 0 ? lex.pos[slot] : 0;
    const word = slot >= 0 ? lex.keys[slot] : 0;
    for (let k = 0; k < len; k++) {
      m.segPos[i + k] = len === 1 ? 0 : k === 0 ? 1 : k === len - 1 ? 3 : 2;
      m.segLen[i + k] = len;
      m.segTag[i + k] = tag;
      m.segWord[i + k] = word;
    }
    i += len;
  }
  return m;
}

// Scratch buffers for callers that use a result before the next call (`reuse`): the rows of a
// paragraph are the largest allocation of the hot path. Only the first `length` positions are valid.
let scratchRows = new Int32Array(0);
let scratchCounts = new Uint8Array(0);

export function extractFeatures(text: string, lex: Lexicon, bits: number, reuse = false): SentenceFeatures {
  const codes = foldText(text);
  const n = codes.length;
  if (reuse && scratchCounts.length < n) {
    scratchRows = new Int32Array(Math.max(n, 256) * 2 * MAX_FEATURES);
    scratchCounts = new Uint8Array(Math.max(n, 256) * 2);
  }
  const rows = reuse ? scratchRows : new Int32Array(n * MAX_FEATURES);
  const counts = reuse ? scratchCounts : new Uint8Array(n);
  const types = new Uint8Array(n);
  for (let i = 0; i < n; i++) types[i] = charType(codes[i]);
  const lm = lexMatches(codes, lex);
  const shift = 32 - bits;
  const cAt = (i: number) => (i < 0 || i >= n ? BOUNDARY : codes[i]);
  const tAt = (i: number) => (i < 0 || i >= n ? CharType.Boundary : types[i]);
  let base = 0;
  let k = 0;
  const add = (tpl: number, a: number, b = 0, c = 0) => {
    rows[base + k++] = mix(tpl, a, b, c) >>> shift;
  };
  for (let i = 0; i < n; i++) {
    base = i * MAX_FEATURES;
    k = 0;
    const cm2 = cAt(i - 2), cm1 = cAt(i - 1), c0 = codes[i], cp1 = cAt(i + 1), cp2 = cAt(i + 2);
    add(0, 0);
    add(1, c0);
    add(2, cm1);
    add(3, cp1);
    add(4, cm2);
    add(5, cp2);
    add(6, cm1, c0);
    add(7, c0, cp1);
    add(8, cm2, cm1);
    add(9, cp1, cp2);
    add(10, cm1, cp1);
    add(11, cm1, c0, cp1);
    add(12, cm2, cm1, c0);
    add(13, c0, cp1, cp2);
    const tm2 = tAt(i - 2), tm1 = tAt(i - 1), t0 = types[i], tp1 = tAt(i + 1), tp2 = tAt(i + 2);
    add(14, tm1, t0, tp1);
    add(15, tm2 * 100 + tm1 * 10 + t0, tp1 * 10 + tp2);
    // Segmentation-like evidence: the longest dictionary word starting and ending here.
    add(16, lm.wordStart[i], lm.wordEnd[i]);
    add(17, lm.wordStart[i], c0);
    add(18, lm.wordEnd[i], c0);
    for (let x = 0; x < 3; x++) {
      const s = lm.start[x][i], e = lm.end[x][i];
      if (s) add(19 + x, s);
      if (e) add(22 + x, e);
      if (lm.inside[x][i]) add(25 + x, 1);
      if (s && e) add(28 + x, s, e);
    }
    // Titles next to a name: 主任高健 / 高健主任.
    const tBefore = i > 0 ? lm.titleEnd[i - 1] : 0;
    const tAfter = i + 1 < n ? lm.titleStart[i + 1] : 0;
    if (tBefore) add(31, tBefore);
    if (tAfter) add(32, tAfter);
    if (lm.titleStart[i]) add(33, lm.titleStart[i]);
    if (lm.orgSufEnd[i]) add(34, lm.orgSufEnd[i]);
    if (lm.locSufEnd[i]) add(35, lm.locSufEnd[i]);
    if (lm.surname[i]) add(36, tm1, tp1);
    if (i + 1 < n && lm.orgSufEnd[i + 1] === 1) add(37, c0, cp1);
    // The segmentation: where the character sits in its word, the word's tag, the word itself,
    // and the tags of the words around it.
    const sp = lm.segPos[i];
    const tag = lm.segTag[i];
    add(38, sp * 16 + Math.min(lm.segLen[i], 8), tag);
    add(39, lm.segWord[i], sp);
    add(40, c0, sp, tag);
    const prevTag = i - (sp === 0 || sp === 1 ? 1 : 0) >= 0 ? wordTagBefore(lm, i) : 255;
    const nextTag = wordTagAfter(lm, i);
    add(41, prevTag * 256 + tag, nextTag, sp);
    counts[i] = k;
  }
  return { length: n, rows, counts };
}

/** Tag of the word before the one holding position i (255 at the start). */
function wordTagBefore(lm: LexMatches, i: number): number {
  let j = i;
  while (j > 0 && lm.segPos[j] !== 0 && lm.segPos[j] !== 1) j--;
  return j > 0 ? lm.segTag[j - 1] : 255;
}

/** Tag of the word after the one holding position i (255 at the end). */
function wordTagAfter(lm: LexMatches, i: number): number {
  let j = i;
  const n = lm.segPos.length;
  while (j < n - 1 && lm.segPos[j] !== 0 && lm.segPos[j] !== 3) j++;
  return j + 1 < n ? lm.segTag[j + 1] : 255;
}
