import { foldChar } from './normalise';

/** Word classes a lexicon entry can carry (bits). */
export const LEX = {
  PER: 1,
  LOC: 2,
  ORG: 4,
  WORD: 8,
  TITLE: 16,
  ORG_SUFFIX: 32,
  LOC_SUFFIX: 64,
  SURNAME: 128,
  /** Some longer entry starts with this string: lets a lookup stop early. */
  PREFIX: 256,
  /** A dictionary's proper noun (CC-CEDICT) by its gloss: apart from PER/LOC/ORG, which come from
   * jieba's tags and the gazetteer, so the model weighs the two sources on their own. */
  NAME_PER: 512,
  NAME_LOC: 1024,
  NAME_ORG: 2048,
} as const;
export const LEX_MAX_LEN = 10;

/** Hash step over folded char codes; the same function builds and probes the table. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193) >>> 0;
}
export const HASH_SEED = 0x811c9dc5;

/**
 * A set of strings with class bits, stored as 32-bit hashes in an open-addressing table, so a
 * model file carries it as two typed arrays and loads it without building anything. A hash
 * collision can give a false match (rate ~ entries / 2^32 per probe), which only adds noise to
 * one feature.
 */
export class Lexicon {
  constructor(
    readonly keys: Uint32Array,
    readonly classes: Uint16Array,
    /** Per slot: round(2·ln(frequency + 1)) of a dictionary word, 0 if none: for segmentation. */
    readonly freq: Uint8Array,
    /** Per slot: a small id of the word's part-of-speech tag (0 = none). */
    readonly pos: Uint8Array,
  ) {}

  /** entries: [word, class bits, frequency?, part-of-speech id?] */
  static build(entries: Iterable<[string, number, number?, number?]>): Lexicon {
    const map = new Map<number, number>();
    const freqOf = new Map<number, number>();
    const posOf = new Map<number, number>();
    for (const [word, cls, freq, pos] of entries) {
      if (word.length === 0 || word.length > LEX_MAX_LEN) continue;
      const h = Lexicon.hashWord(word);
      map.set(h, (map.get(h) ?? 0) | cls);
      if (freq !== undefined) {
        const q = Math.max(1, Math.min(255, Math.round(2 * Math.log(freq + 1))));
        if (q > (freqOf.get(h) ?? 0)) {
          freqOf.set(h, q);
          if (pos !== undefined) posOf.set(h, pos);
        }
      }
      for (let k = 1; k < word.length; k++) {
        const p = Lexicon.hashWord(word.slice(0, k));
        map.set(p, (map.get(p) ?? 0) | LEX.PREFIX);
      }
    }
    let size = 1024;
    while (size < map.size * 2) size *= 2;
    const keys = new Uint32Array(size);
    const classes = new Uint16Array(size);
    const freq = new Uint8Array(size);
    const pos = new Uint8Array(size);
    // Insertion order must not depend on Map iteration of equal data: sort for reproducible bytes.
    const sorted = [...map.entries()].sort((a, b) => a[0] - b[0]);
    for (const [h, cls] of sorted) {
      let slot = h & (size - 1);
      while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & (size - 1);
      keys[slot] = h;
      classes[slot] |= cls;
      freq[slot] = freqOf.get(h) ?? 0;
      pos[slot] = posOf.get(h) ?? 0;
    }
    return new Lexicon(keys, classes, freq, pos);
  }

  static hashWord(word: string): number {
    let h = HASH_SEED;
    for (let i = 0; i < word.length; i++) h = hashStep(h, foldChar(word.charCodeAt(i)));
    return h === 0 ? 1 : h;
  }

  /**
   * The table as one array of [key, classes | freq << 16 | pos << 24] pairs, built on first use (8 MB for the shipped
   * model): a probe then costs one cache miss instead of two or three (keys, classes and frequencies are separate arrays
   * of 1M entries, larger than the caches together with the model's weights). The rules probe it thousands of times a
   * paragraph, the features at every position.
   */
  packed(): Uint32Array {
    if (this.table) return this.table;
    const size = this.keys.length;
    const p = new Uint32Array(size * 2);
    for (let s = 0; s < size; s++) {
      p[2 * s] = this.keys[s];
      p[2 * s + 1] = (this.classes[s] | (this.freq[s] << 16) | (this.pos[s] << 24)) >>> 0;
    }
    this.table = p;
    return p;
  }
  private table: Uint32Array | undefined;

  /** Slot of a hash, or -1 if absent. */
  slotOf(h: number): number {
    if (h === 0) h = 1;
    const P = this.table ?? this.packed();
    const mask = this.keys.length - 1;
    let slot = h & mask;
    for (;;) {
      const k = P[2 * slot];
      if (k === 0) return -1;
      if (k === h) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Class bits, frequency class (bits 16–23) and part-of-speech id (bits 24–31) of a slot from slotOf (≥ 0). */
  metaAt(slot: number): number {
    return (this.table ?? this.packed())[2 * slot + 1];
  }

  /** Class bits of a hash (0 if absent). */
  lookupHash(h: number): number {
    const slot = this.slotOf(h);
    return slot < 0 ? 0 : this.metaAt(slot) & 0xffff;
  }

  lookup(word: string): number {
    return this.lookupHash(Lexicon.hashWord(word));
  }

  /** A word's frequency class, round(2·ln(count + 1)) (0 if absent). */
  frequency(word: string): number {
    const slot = this.slotOf(Lexicon.hashWord(word));
    return slot < 0 ? 0 : (this.metaAt(slot) >>> 16) & 0xff;
  }

  /** Whether jieba's dictionary gives `word` the part of speech it gives `exemplar` (the table keeps tags as ids). */
  taggedLike(word: string, exemplar: string): boolean {
    const slot = this.slotOf(Lexicon.hashWord(word));
    const other = this.slotOf(Lexicon.hashWord(exemplar));
    return slot >= 0 && other >= 0 && this.metaAt(slot) >>> 24 === this.metaAt(other) >>> 24;
  }

  /** Whether jieba's dictionary tags `word` a verb (感谢, 走近, 收购), as it tags 表示. */
  isVerb(word: string): boolean {
    return this.taggedLike(word, '表示');
  }

  /** Whether any two characters side by side in `run` make a verb of the dictionary (球迷挤满, 人员进入): a clause, not a name. */
  holdsVerb(run: string): boolean {
    for (let i = 0; i + 2 <= run.length; i++) if (this.isVerb(run.slice(i, i + 2))) return true;
    return false;
  }

  /** Whether `run` is words of two characters that jieba's dictionary tags as common nouns, as it tags 城乡 (住房城乡). */
  nounsOnly(run: string): boolean {
    if (run.length < 2 || run.length % 2 !== 0) return false;
    for (let i = 0; i < run.length; i += 2) if (!this.taggedLike(run.slice(i, i + 2), '城乡')) return false;
    return true;
  }

  /** Whether the dictionary or the gazetteer knows `word` as a place and never as a person's name (长江三峡, 荣昌; not 普京). */
  isPlaceOnly(word: string): boolean {
    return (this.lookup(word) & (LEX.LOC | LEX.PER)) === LEX.LOC;
  }

  /** Whether a place of two or three characters the dictionary knows (and no person) begins in `text` at `at` (大连 of 大连国际会议中心). */
  placeOnlyAt(text: string, at: number): boolean {
    return this.isPlaceOnly(text.slice(at, at + 2)) || this.isPlaceOnly(text.slice(at, at + 3));
  }

  /** Whether the two characters of `text` at `at` and `at + 1` make a word of the dictionary (false off the text's ends). */
  isWordAt(text: string, at: number): boolean {
    return at >= 0 && at + 2 <= text.length && (this.lookup(text.slice(at, at + 2)) & LEX.WORD) !== 0;
  }
}

/**
 * A common word of the dictionary (苹果, 电视, 水利): known, but never as a person, place or
 * organisation. Such a word alone is no evidence of a name, whatever list it stands in.
 */
export function isPlainWord(lex: Lexicon | undefined, s: string): boolean {
  if (!lex || s.length < 2) return false;
  const cls = lex.lookup(s);
  return (cls & LEX.WORD) !== 0 && (cls & (LEX.PER | LEX.LOC | LEX.ORG)) === 0;
}
