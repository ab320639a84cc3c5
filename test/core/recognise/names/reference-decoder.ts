/*
 * The name model's decoding path as it was before it was tuned for speed (features.ts and decode.ts
 * of commit 1372255, with fresh arrays everywhere and no caching): kept only for the test that
 * checks the fast path gives the same spans and confidences.
 */
import { charType, CharType, foldText } from '../../../../src/core/recognise/names/normalise';
import { HASH_SEED, hashStep, LEX, LEX_MAX_LEN, Lexicon } from '../../../../src/core/recognise/names/lexicon';
import { allowed, allowedLast, NUM_TAGS, PREDECESSORS, SUCCESSORS } from '../../../../src/core/recognise/names/tags';
import { Weights } from '../../../../src/core/recognise/names/decode';
import { calibrate, NameModel, ScoredSpan, spanTags } from '../../../../src/core/recognise/names/model';
import { tagsToSpans } from '../../../../src/core/recognise/names/tags';

const MAX_FEATURES = 56;
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
interface SentenceFeaturesRef {
  length: number;
  rows: Int32Array;
  counts: Uint8Array;
}

const LEX_CLASSES = [LEX.PER, LEX.LOC, LEX.ORG, LEX.NAME_PER, LEX.NAME_LOC, LEX.NAME_ORG] as const;

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
        for (let k = 0; k < LEX_CLASSES.length; k++) {
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

/**
 * Version 3 of the features: the templates reading one n-gram at different offsets hash the n-gram
 * once (under the first template's id) and take neighbouring rows of an aligned block.
 */
const BLOCKS: Record<number, { first: number; size: number; slot: number }> = {};
for (const [templates, size] of [[[1, 2, 3, 4, 5], 8], [[6, 7, 8, 9], 4], [[11, 12, 13], 4]] as Array<[number[], number]>) {
  templates.forEach((t, slot) => (BLOCKS[t] = { first: templates[0], size, slot }));
}

export function referenceFeatures(text: string, lex: Lexicon, bits: number, version = 4): SentenceFeaturesRef {
  const codes = foldText(text);
  const n = codes.length;
  const rows = new Int32Array(n * MAX_FEATURES);
  const counts = new Uint8Array(n);
  const types = new Uint8Array(n);
  for (let i = 0; i < n; i++) types[i] = charType(codes[i]);
  const lm = lexMatches(codes, lex);
  const shift = 32 - bits;
  const cAt = (i: number) => (i < 0 || i >= n ? BOUNDARY : codes[i]);
  const tAt = (i: number) => (i < 0 || i >= n ? CharType.Boundary : types[i]);
  let base = 0;
  let k = 0;
  const add = (tpl: number, a: number, b = 0, c = 0) => {
    templates.push(tpl);
    const block = version >= 3 ? BLOCKS[tpl] : undefined;
    if (block) rows[base + k++] = ((mix(block.first, a, b, c) >>> shift) & ~(block.size - 1)) | block.slot;
    else rows[base + k++] = mix(tpl, a, b, c) >>> shift;
  };
  // Version 3: the dictionary word's four rows (by the character's place in it) in one block.
  const addWord = (word: number, place: number) => {
    templates.push(42);
    rows[base + k++] = ((mix(42, word, 0, 0) >>> shift) & ~3) | place;
  };
  /** Version 3 lists the rows that share blocks first: templates 1–9, 11–13 and the word, then the rest. */
  const grouped = (t: number) => (t >= 1 && t <= 13 && t !== 10) || t === 42;
  const templates: number[] = [];
  for (let i = 0; i < n; i++) {
    base = i * MAX_FEATURES;
    k = 0;
    templates.length = 0;
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
    if (version >= 4) for (let x = 3; x < 6; x++) {
      if (lm.start[x][i]) add(40 + x, lm.start[x][i]);
      if (lm.end[x][i]) add(43 + x, lm.end[x][i]);
      if (lm.inside[x][i]) add(46 + x, 1);
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
    if (version >= 3) addWord(lm.segWord[i], sp);
    else add(39, lm.segWord[i], sp);
    add(40, c0, sp, tag);
    const prevTag = i - (sp === 0 || sp === 1 ? 1 : 0) >= 0 ? wordTagBefore(lm, i) : 255;
    const nextTag = wordTagAfter(lm, i);
    add(41, prevTag * 256 + tag, nextTag, sp);
    counts[i] = k;
    if (version >= 3) {
      const own = Array.from(rows.subarray(base, base + k));
      const order = own.map((_, x) => x).sort((x, y) => Number(grouped(templates[y])) - Number(grouped(templates[x])) || x - y);
      order.forEach((x, to) => (rows[base + to] = own[x]));
    }
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

const NEG = -Infinity;

/** Emissions from int8 codes: T[code + 128] is the weight a code stands for. */
export function referenceEmissions(f: SentenceFeaturesRef, W: Int8Array, T: Float32Array): Float64Array {
  const n = f.length;
  const em = new Float64Array(n * NUM_TAGS);
  const rows = f.rows;
  const counts = f.counts;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
    const base = i * MAX_FEATURES;
    const end = base + counts[i];
    for (let j = base; j < end; j++) {
      const r = rows[j] * 13;
      s0 += T[W[r] + 128]; s1 += T[W[r + 1] + 128]; s2 += T[W[r + 2] + 128]; s3 += T[W[r + 3] + 128];
      s4 += T[W[r + 4] + 128]; s5 += T[W[r + 5] + 128]; s6 += T[W[r + 6] + 128]; s7 += T[W[r + 7] + 128];
      s8 += T[W[r + 8] + 128]; s9 += T[W[r + 9] + 128]; s10 += T[W[r + 10] + 128]; s11 += T[W[r + 11] + 128];
      s12 += T[W[r + 12] + 128];
    }
    const o = i * 13;
    em[o] = s0; em[o + 1] = s1; em[o + 2] = s2; em[o + 3] = s3; em[o + 4] = s4; em[o + 5] = s5; em[o + 6] = s6;
    em[o + 7] = s7; em[o + 8] = s8; em[o + 9] = s9; em[o + 10] = s10; em[o + 11] = s11; em[o + 12] = s12;
  }
  return em;
}

/** Best tag sequence under BIOES constraints (Viterbi). */
export function referenceViterbi(em: Float64Array, n: number, w: Weights): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * NUM_TAGS);
  const back = new Uint8Array(n * NUM_TAGS);
  for (let t = 0; t < NUM_TAGS; t++) score[t] = allowed(-1, t) ? w.start[t] + em[t] : NEG;
  for (let i = 1; i < n; i++) {
    const o = i * NUM_TAGS;
    const p = o - NUM_TAGS;
    for (let t = 0; t < NUM_TAGS; t++) {
      const preds = PREDECESSORS[t];
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const f = preds[k];
        const s = score[p + f] + w.trans[f * NUM_TAGS + t];
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      score[o + t] = best + em[o + t];
      back[o + t] = arg;
    }
  }
  const o = (n - 1) * NUM_TAGS;
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < NUM_TAGS; t++) {
    if (allowedLast(t) && score[o + t] > best) {
      best = score[o + t];
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NUM_TAGS + tags[i]];
  return tags;
}

/**
 * Forward-backward over scores × temperature, for the probability that a given tag run is the one
 * in the sentence: P(y_s..y_e) under the model's (Gibbs) distribution. Scaled per position, so it
 * works on paragraphs of any length.
 */
export class ReferenceMarginals {
  private alpha: Float64Array;
  private beta: Float64Array;
  private c: Float64Array;
  private B: Float64Array;
  private A: Float64Array;
  private S: Float64Array;
  private zEnd: number;

  constructor(em: Float64Array, private readonly n: number, w: Weights, temperature: number) {
    const T = NUM_TAGS;
    this.A = new Float64Array(T * T);
    this.S = new Float64Array(T);
    for (let f = 0; f < T; f++) {
      this.S[f] = allowed(-1, f) ? Math.exp(w.start[f] * temperature) : 0;
      for (let t = 0; t < T; t++) this.A[f * T + t] = allowed(f, t) ? Math.exp(w.trans[f * T + t] * temperature) : 0;
    }
    const B = (this.B = new Float64Array(n * T));
    for (let i = 0; i < n; i++) {
      let m = NEG;
      for (let t = 0; t < T; t++) m = Math.max(m, em[i * T + t]);
      for (let t = 0; t < T; t++) B[i * T + t] = Math.exp((em[i * T + t] - m) * temperature);
    }
    const alpha = (this.alpha = new Float64Array(n * T));
    const c = (this.c = new Float64Array(n));
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let t = 0; t < T; t++) {
        let v = 0;
        if (i === 0) v = this.S[t];
        else {
          const preds = PREDECESSORS[t];
          for (let k = 0; k < preds.length; k++) v += alpha[(i - 1) * T + preds[k]] * this.A[preds[k] * T + t];
        }
        v *= B[i * T + t];
        alpha[i * T + t] = v;
        sum += v;
      }
      c[i] = sum || 1e-300;
      for (let t = 0; t < T; t++) alpha[i * T + t] /= c[i];
    }
    const beta = (this.beta = new Float64Array(n * T));
    this.zEnd = 0;
    for (let t = 0; t < T; t++) {
      const e = allowedLast(t) ? 1 : 0;
      beta[(n - 1) * T + t] = e;
      this.zEnd += alpha[(n - 1) * T + t] * e;
    }
    const next = new Float64Array(T);
    for (let i = n - 2; i >= 0; i--) {
      const o = (i + 1) * T;
      for (let t = 0; t < T; t++) next[t] = B[o + t] * beta[o + t];
      for (let f = 0; f < T; f++) {
        let v = 0;
        const succ = SUCCESSORS[f];
        for (let k = 0; k < succ.length; k++) v += this.A[f * T + succ[k]] * next[succ[k]];
        beta[i * T + f] = v / c[i + 1];
      }
    }
  }

  /** Probability that positions start..end-1 carry exactly `tags` (e.g. B I E of one span). */
  pathProbability(start: number, tags: ArrayLike<number>): number {
    const T = NUM_TAGS;
    if (start < 0 || start + tags.length > this.n || tags.length === 0) return 0;
    let p = 0;
    const y0 = tags[0];
    if (start === 0) p = this.S[y0];
    else for (let f = 0; f < T; f++) p += this.alpha[(start - 1) * T + f] * this.A[f * T + y0];
    p *= this.B[start * T + y0] / this.c[start];
    for (let k = 1; k < tags.length; k++) {
      const i = start + k;
      p *= (this.A[tags[k - 1] * T + tags[k]] * this.B[i * T + tags[k]]) / this.c[i];
    }
    const end = start + tags.length - 1;
    p *= this.beta[end * T + tags[tags.length - 1]];
    return this.zEnd > 0 ? Math.min(1, Math.max(0, p / this.zEnd)) : 0;
  }
}

/** NameModel.tagSpans as it was: pieces of at most 2000 characters cut after sentence punctuation. */
export function referenceTagSpans(model: NameModel, text: string): ScoredSpan[] {
  const MAX_PIECE = 2000;
  if (text.length <= MAX_PIECE) return referencePiece(model, text);
  const out: ScoredSpan[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + MAX_PIECE);
    if (end < text.length) {
      const cut = Math.max(...['。', '！', '？', '；', '\n'].map((p) => text.lastIndexOf(p, end - 1)));
      if (cut > start + MAX_PIECE / 4) end = cut + 1;
      else if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
    }
    for (const s of referencePiece(model, text.slice(start, end))) out.push({ ...s, start: s.start + start, end: s.end + start });
    start = end;
  }
  return out;
}

function referencePiece(model: NameModel, text: string): ScoredSpan[] {
  if (text.length === 0) return [];
  const f = referenceFeatures(text, model.lexicon, model.bits, model.featureVersion);
  const em = referenceEmissions(f, model.weights.emission as Int8Array, model.weights.dequant!);
  const tags = referenceViterbi(em, text.length, model.weights);
  const spans = tagsToSpans(tags);
  if (spans.length === 0) return [];
  const marg = new ReferenceMarginals(em, text.length, model.weights, model.calibration.temperature);
  return spans.map((s) => {
    const m = marg.pathProbability(s.start, spanTags(s));
    const p = Number.isFinite(m) ? m : 0;
    return { ...s, marginal: p, confidence: calibrate(p, model.calibration) };
  });
}

// span-edges.ts's break test as it was (string sets; the fast one compares char codes).
const CLAUSE_PUNCT = new Set('，。；！？：、,;!?\n\r\t');
const OPENERS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '《': '》', '“': '”', '「': '」', '『': '』', '〔': '〕' };
const CLOSERS = new Map(Object.entries(OPENERS).map(([o, c]) => [c, o]));

/** Index of the first character of text[start, end) a name cannot contain, or -1. */
export function referenceFirstBreak(text: string, start: number, end: number): number {
  const open: string[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (CLAUSE_PUNCT.has(c)) return i;
    if (c in OPENERS) open.push(OPENERS[c]);
    else if (CLOSERS.has(c)) {
      if (open.pop() !== c) return i;
    }
  }
  return -1;
}

/** trimAtBreaks as it was, on referenceFirstBreak. */
export function referenceTrimAtBreaks<T extends { start: number; end: number; label: string }>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (let s of spans) {
    if (text[s.start] === '《' && s.end - s.start > 2 && !text.slice(s.start, s.end).includes('》')) s = { ...s, start: s.start + 1 };
    const cut = referenceFirstBreak(text, s.start, s.end);
    const end = closedPrefix(text, s.start, cut < 0 ? s.end : cut);
    if (end === s.end) out.push(s);
    else if (end - s.start >= (s.label === 'LOC' ? 1 : 2)) out.push({ ...s, end });
  }
  return out;
}

function closedPrefix(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if (!(text[i] in OPENERS)) continue;
    const close = text.indexOf(OPENERS[text[i]], i + 1);
    if (close < 0 || close >= end) return i;
  }
  return end;
}
