import { Annotation, Label, PersonRole } from '../../types';
import { addWhereFree, allKept } from '../combine';
import { concatInTextOrder } from '../../text/sorted-spans';
import { rolesBefore } from './roles';
import { placeMedia } from './rules';
import { placeOrgans } from './organ-rules';
import { extendPlaces } from './place-heads';
import { ministryOfDepartments, organBodies } from './org-rules';
import { NameLabel } from './tags';
import { COMPANY_TRADE, insideLatinWord, onlyTrades, ORG_SUFFIXES } from './lists';
import { teamAliases } from './team-rules';
import { LEX } from './lexicon';
import { inTerm } from './place-suffixes';
import { isKnownCompany, opensModelName } from './known-companies';
import { ministerTitleAt, noPersonInPhrase } from './person-edges';
import { serialAfter } from './span-edges';

/** Confidence a name needs before its other mentions are marked too. */
export const CONSISTENCY_THRESHOLD = 0.6;
/** Just below the threshold: what a rule gives a name it marks but is not sure enough of to spread to its other mentions. */
export const NOT_SPREAD_CONFIDENCE = Math.round((CONSISTENCY_THRESHOLD - 0.05) * 100) / 100;

const NAME_LABELS = new Set<string>(['PER', 'ORG', 'LOC']);
/**
 * Organisation heads that name no particular organisation when they stand alone (公司, 委员会, 人大,
 * 法院, 党委): a bare mention refers back or speaks generally (各级人大, 保险公司), so the model's
 * reading of each mention in its context stands. Organs named by their level (市委, 县委) are
 * abbreviations of one organ (GUIDELINES) and are spread as names.
 */
const BARE_HEADS = new Set(ORG_SUFFIXES.filter((h) => h.length >= 2 && !/^[省市区县镇乡]/.test(h)));

/** A street's, district's or town's suffix: what makes a place's word a place again. */
const PLACE_SUFFIX_AFTER = /^[街路道区县镇乡村城市州]$/;

// 马克思列宁主义 names two people before 主义.
const DOCTRINE = /^(?:列宁)?(?:主义|思想|理论)/;

/** The most confident mention of a name string: the first one in document order on a tie. */
export interface NameBest {
  label: Label;
  confidence: number;
  /**
   * A name whose label its form settles — a company named with its legal form or before a title only
   * companies give, a team shown by a match — or a short name it goes by: ORG at every mention,
   * whatever the model read there.
   */
  definite?: boolean;
  /** The string is a place of the dictionary that jieba lists as a person's name too (梁平), and no person the dictionary of proper nouns knows (普京). */
  place?: boolean;
  /** How many spans of the model and the rules read the string as a name (aliases not counted); 1 when not counted. */
  readings?: number;
}

/** A place's mention at least this sure outranks any other reading below SURE_PERSON_OVER_PLACE, for a place jieba also lists as a name. */
const PLACE_MENTION = 0.6;
const SURE_PERSON_OVER_PLACE = 0.9;

/**
 * How a mention ranks: its confidence, but a place of the dictionary read as a place with some confidence ranks as a
 * sure one, above any reading below 0.9 (梁平 read as a person once at 0.75 and as a place at 0.74 and 0.64 is the county:
 * the model's confidence in one mention says little against the dictionary and the other mentions). One score per
 * mention keeps the ranking a total order, which the document pass (DocumentNames) relies on.
 */
function rankOf(x: NameBest): number {
  return x.place && x.label === 'LOC' && x.confidence >= PLACE_MENTION ? Math.max(x.confidence, SURE_PERSON_OVER_PLACE) : x.confidence;
}

/**
 * Whether `x` is a better mention of a name than `y`: a definite name outranks any reading of the
 * model; otherwise the surer one.
 */
export function betterBest(x: NameBest, y: NameBest): boolean {
  if (!!x.definite !== !!y.definite) return !!x.definite;
  return rankOf(x) > rankOf(y);
}

/**
 * Confident names by their first two UTF-16 units (as one number: no string is made per position
 * of the text), longest first: one pass over a text finds every mention.
 */
export type NamesByPrefix = Map<number, Array<[string, NameBest]>>;

function prefixKey(s: string, i = 0): number {
  return s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
}

/**
 * Document-level pass: every confident PER/ORG/LOC string (two characters or more) is marked at its
 * other mentions that no span covers yet, longest names first; roles are read for each person and
 * shared across the mentions of the same name. Existing spans (NUM included) are never moved, so
 * the result stays free of overlaps.
 *
 * Every step reads only the paragraph a span lies in, given the document's best mention of each
 * name and the roles stated for each person anywhere in it: DocumentNames (document-names.ts)
 * keeps those up to date paragraph by paragraph and must give exactly this result.
 */
export function consolidateNames(text: string, annotations: Annotation[], lookup?: LexiconLookup, frequency?: WordFrequency): Annotation[] {
  const entities = annotations.filter((a) => a.label !== 'TERM');
  const terms = annotations.filter((a) => a.label === 'TERM');
  const best = nameBests(text, entities, lookup);
  const byPrefix: NamesByPrefix = new Map();
  for (const [s, b] of best) if (b.confidence >= CONSISTENCY_THRESHOLD) addToPrefixes(byPrefix, s, b);
  const marked = markMentions(text, entities, best, byPrefix, lookup, frequency);
  return concatInTextOrder(withRoles(text, marked, personRoles(text, marked)), terms);
}

/** The classes (LEX bits) the model's dictionary gives a string: lets a company's short name drop its place. */
export type LexiconLookup = (s: string) => number;
/** A dictionary word's frequency class, round(2·ln(count + 1)), 0 for no word (Lexicon.frequency). */
export type WordFrequency = (s: string) => number;

/** Organs named by their level alone (县委, 市政府): common words of the dictionary, but each one organ where an article names it. */
const LEVEL_ORGAN = /^[省市区县州镇乡村]/;

/** A reading this sure spreads even a common word: the model was not guessing (a bank's or brand's short name, 交行, 光大). */
const SURE_OF_WORD = 0.9;

/**
 * Whether a place or organisation is one of the dictionary's common words (博物馆, 西部, 中华, 中央) that the model read as a
 * name without being sure: a weak reading is weak evidence against the dictionary, so it is not spread to the other
 * mentions. Organs named by their level, definite names (a company before a title only companies give), names any
 * dictionary knows as names (jieba's classes, the dictionary of proper nouns: 小米, 东盟) and people are spread: a person
 * found once by a title or a byline is found (程途, 汪洋), whatever else the characters spell.
 */
function plainWordName(s: string, b: NameBest, lookup: LexiconLookup | undefined): boolean {
  if (!lookup || b.definite || b.label === 'PER' || b.confidence >= SURE_OF_WORD || (b.readings ?? 1) > 1 || (b.label === 'ORG' && LEVEL_ORGAN.test(s))) return false;
  const cls = lookup(s);
  return (cls & LEX.WORD) !== 0 && (cls & (LEX.PER | LEX.LOC | LEX.ORG | LEX.NAME_PER | LEX.NAME_LOC | LEX.NAME_ORG)) === 0;
}

/** The longest dictionary word looked for across a mention's edge. */
const CROSSING_WORD = 4;

/** A crossing word rarer than this (a count under about 150 in jieba's dictionary) is no evidence: 交来 across 中交. */
const COMMON_WORD = 10;

/**
 * Whether a mention of two characters at [start, end) is a piece of the words around it (民丰 of 农民丰收节, 京东 of 京东方):
 * a common dictionary word runs across one of its edges, and is commoner both than the mention itself and than any word
 * the characters it takes from the far side begin or end there. 赴美 runs across 美国 in 赴美国, but 美国 is the commoner
 * word; 同一 runs across 大同 in 大同一直, but 一直 is commoner than 同一. Longer names seldom turn up inside other words by
 * chance, and a short word often runs across one's edge where it is meant (重庆市民主村社区, 目前人民银行).
 */
function pieceOfWords(text: string, start: number, end: number, frequency: WordFrequency): boolean {
  const own = frequency(text.slice(start, end));
  // The commonest word of the far side that begins at `at` (words to the right) or ends there (words to the left).
  const beginsAt = (at: number) => {
    let best = 0;
    for (let b = at + 1; b <= text.length && b - at <= CROSSING_WORD; b++) best = Math.max(best, frequency(text.slice(at, b)));
    return best;
  };
  const endsAt = (at: number) => {
    let best = 0;
    for (let a = at - 1; a >= 0 && at - a <= CROSSING_WORD; a--) best = Math.max(best, frequency(text.slice(a, at)));
    return best;
  };
  const wins = (word: number, farSide: number) => word >= COMMON_WORD && word > own && word > farSide;
  const left = endsAt(start);
  for (let a = Math.max(0, start - CROSSING_WORD + 1); a < start; a++) {
    for (let b = start + 1; b < end && b - a <= CROSSING_WORD; b++) if (wins(frequency(text.slice(a, b)), left)) return true;
  }
  const right = beginsAt(end);
  for (let a = start + 1; a < end; a++) {
    for (let b = end + 1; b <= text.length && b - a <= CROSSING_WORD; b++) if (wins(frequency(text.slice(a, b)), right)) return true;
  }
  return false;
}

/** A company's legal form at the end of its full name, with an optional bracketed group or place before it. */
const LEGAL_FORM = /(?:（[^（）]{1,6}）)?(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司|集团)$/;
/** Confidence of a short name against that of the full name it comes from. */
const ALIAS_FACTOR = 0.9;

/** Sectors a state group is named by after its province or city (湖北港口集团, 重庆交通开投集团, 四川旅游投资集团). */
const SECTOR = /^(?:港口|港务|港航|机场|铁路|交通|交通开投|交通投资|水务|水利|燃气|城投|城建|建工|文旅|旅游|旅游投资|航运|广电|出版|发展|建设|投资|国投|国资|农业|林业|渔业|粮食|商贸|物资|医疗|教育|地产|资产管理)$/;

/** Industries a country's name goes before as often as a company's (中国航天, 中国民航). */
const INDUSTRY = /^(?:航天|民航)$/;

/**
 * Short names a company named in full goes by later in the same article: 重庆华峰化工有限公司 →
 * 重庆华峰化工, and without its place (a prefix the dictionary knows as one), 华峰化工; 赛力斯集团 → 赛力斯.
 * Both must keep two characters or more.
 */
export function companyAliases(name: string, lookup?: LexiconLookup): string[] {
  const isPlace = (x: string) => lookup !== undefined && (lookup(x) & LEX.LOC) !== 0;
  const m = LEGAL_FORM.exec(name);
  // 小鹏汽车 → 小鹏: a name ending in its trade, without a legal form, goes by what is left (the loop below).
  if (!m && !COMPANY_TRADE.test(name)) return [];
  const body = m ? name.slice(0, m.index) : name;
  // 中国公司, 重庆集团: a place with a company head names no company of its own.
  if (body.length < 2 || !/^[\u4e00-\u9fff]+$/.test(body) || isPlace(body)) return [];
  // 太平洋保险公司: what is left is a common word (保险), no name.
  const named = (x: string) => {
    const cls = lookup ? lookup(x) : 0;
    return !(cls & LEX.WORD) || (cls & (LEX.PER | LEX.LOC | LEX.ORG)) !== 0;
  };
  // 能源集团, 智能科技有限公司: a body of trades alone names no company and would mark the trades all through the article
  // (小米集团 → 小米 and 苹果公司 → 苹果 stay).
  if (m && onlyTrades(body)) return [];
  const out = [body];
  for (let k = Math.min(4, body.length - 2); k >= 2 && lookup; k--) {
    const place = body.slice(0, k);
    if (isPlace(place) || (/[省市]$/.test(place) && isPlace(place.slice(0, -1)))) {
      const rest = body.slice(k);
      // 湖北港口集团, 重庆交通集团: a group named by its sector after its place goes by no sector alone.
      if (named(rest) && !onlyTrades(rest) && !SECTOR.test(rest)) out.push(rest);
      break;
    }
  }
  // Each without its trades, when a name of two characters or more is left that is no place (重庆汽车 keeps
  // 重庆汽车; 宁德时代新能源科技 → 宁德时代新能源 → 宁德时代), unless the table knows the company the trade
  // ends (长安汽车 → 长安, 吉利汽车 → 吉利: news names the carmaker by the place's word).
  for (let i = 0; i < out.length; i++) {
    const x = out[i];
    const trade = COMPANY_TRADE.exec(x);
    const rest = trade ? x.slice(0, trade.index) : '';
    // 重庆能源科技 → 重庆能源: a place and a trade name no company of their own (重庆能源消费结构).
    // 中国航天科技 → 中国航天: a country and its space or aviation industry name the industry (中国航天的新蓝图), no company.
    const placeAndTrades = [2, 3].some((k) => rest.length > k && isPlace(rest.slice(0, k)) && (onlyTrades(rest.slice(k)) || INDUSTRY.test(rest.slice(k))));
    if (rest.length >= 2 && (!isPlace(rest) || isKnownCompany(x)) && named(rest) && !placeAndTrades && !SECTOR.test(rest) && !out.includes(rest)) out.push(rest);
  }
  // Without a legal form the body is the name itself, no alias of it.
  return m ? out : out.slice(1);
}

/**
 * The short name a district, county or city named with its suffix goes by later in the same article
 * (大足区 → 大足), when the dictionary or the gazetteer knows it as a place.
 */
export function placeAliases(name: string, lookup?: LexiconLookup): string[] {
  if (!lookup || name.length < 3 || !/[区县市]$/.test(name)) return [];
  const body = name.slice(0, -1);
  return /^[\u4e00-\u9fff]+$/.test(body) && (lookup(body) & (LEX.LOC | LEX.PER)) === LEX.LOC ? [body] : [];
}

/**
 * The most confident mention of each name string of two characters or more, first one on a tie. A
 * company named in full also stands for its short names (companyAliases), a little less surely; so does
 * a place named with its suffix (placeAliases).
 */
export function nameBests(text: string, entities: readonly Annotation[], lookup?: LexiconLookup): Map<string, NameBest> {
  const best = new Map<string, NameBest>();
  // A place jieba also lists as a person's name (梁平), not one the dictionary of proper nouns knows as a person (普京).
  const placeOfDictionary = (s: string) => lookup !== undefined && (lookup(s) & (LEX.LOC | LEX.PER | LEX.NAME_PER)) === (LEX.LOC | LEX.PER);
  const offer = (s: string, label: Label, confidence: number, definite = false) => {
    const b = best.get(s);
    // A long name is copied: V8 keeps a slice of 13 characters or more as a view of the whole text,
    // and the document pass keeps these keys across edits.
    const x: NameBest = definite ? { label, confidence, definite } : { label, confidence };
    if (label === 'LOC' && placeOfDictionary(s)) x.place = true;
    if (!b) best.set(s.length > 12 ? (' ' + s).slice(1) : s, x);
    else if (betterBest(x, b)) best.set(s, x);
  };
  const readings = new Map<string, number>();
  for (const a of entities) {
    if (!NAME_LABELS.has(a.label) || a.end - a.start < 2) continue;
    const s = text.slice(a.start, a.end);
    readings.set(s, (readings.get(s) ?? 0) + 1);
    const team = a.recogniser === 'rule:team';
    const aliases = a.label === 'LOC' ? placeAliases(s, lookup) : a.label !== 'ORG' ? [] : team ? teamAliases(s, lookup) : companyAliases(s, lookup);
    // A name before a title or word only companies have (宁德时代董事长, 比亚迪股价) is a company's too; so is the
    // short form an article gives a name in brackets (下称井谷元食品).
    const definite = aliases.length > 0 || team || a.recogniser === 'rule:company-title' || a.recogniser === 'rule:company-word' || a.recogniser === 'rule:alias';
    offer(s, a.label, a.confidence, definite);
    for (const alias of aliases) offer(alias, a.label === 'LOC' ? 'LOC' : 'ORG', a.confidence * ALIAS_FACTOR, definite && a.label !== 'LOC');
  }
  for (const [s, n] of readings) if (n > 1) best.get(s)!.readings = n;
  return best;
}

/**
 * Per NamesByPrefix, a bit per bucket of its keys' first two units (set when a key is added, left set
 * when it goes: a stale bit only costs a lookup), and how many keys it should hold. markMentions
 * asks the map only at positions whose bucket is set: most positions of a text start no name, and a
 * Map lookup with a key above 2^30 (any two CJK characters) first boxes the number.
 */
interface PrefixFilter {
  /**
   * 2^(32 − shift) bits, up to 2^20: with 2^16 (one byte each) a third of the positions of 5 MB of news
   * passed, two thirds of those falsely. A short text's few names get a small filter (each text of a
   * batch builds its own, and 128 KB apiece was a tenth of the time on a folder of sentences).
   */
  bits: Uint32Array;
  shift: number;
  keys: number;
}
const filters = new WeakMap<NamesByPrefix, PrefixFilter>();
/** Smallest and largest filter, in log2 of bits; at least this many bits per key. */
const MIN_FILTER_LOG = 10;
const MAX_FILTER_LOG = 20;
const BITS_PER_KEY = 32;

function bucket(c0: number, c1: number, shift: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> shift;
}

function setBucket(bits: Uint32Array, b: number): void {
  bits[b >>> 5] |= 1 << (b & 31);
}

function filterLog(keys: number): number {
  let log = MIN_FILTER_LOG;
  while (log < MAX_FILTER_LOG && 2 ** log < keys * BITS_PER_KEY) log++;
  return log;
}

/** The filter of byPrefix, rebuilt if the map was changed other than by add/removeFromPrefixes or outgrew it. */
function filterOf(byPrefix: NamesByPrefix): PrefixFilter {
  let f = filters.get(byPrefix);
  if (!f || f.keys !== byPrefix.size) {
    const log = filterLog(byPrefix.size);
    f = { bits: new Uint32Array(2 ** (log - 5)), shift: 32 - log, keys: byPrefix.size };
    for (const key of byPrefix.keys()) setBucket(f.bits, bucket(Math.floor(key / 65536), key % 65536, f.shift));
    filters.set(byPrefix, f);
  }
  return f;
}

export function addToPrefixes(byPrefix: NamesByPrefix, s: string, b: NameBest): void {
  const key = prefixKey(s);
  const list = byPrefix.get(key);
  if (!list) {
    const f = filterOf(byPrefix);
    byPrefix.set(key, [[s, b]]);
    // Outgrown: the next filterOf builds a larger one from the keys (its count no longer matches).
    if (32 - f.shift < filterLog(byPrefix.size)) return;
    setBucket(f.bits, bucket(s.charCodeAt(0), s.charCodeAt(1), f.shift));
    f.keys++;
    return;
  }
  // Longest first, then in code-unit order: put in its place by a scan from the end instead of
  // sorting the list again (a document's 15,000 names, some under heads shared by dozens).
  let k = list.length;
  while (k > 0 && precedes(s, list[k - 1][0])) k--;
  list.splice(k, 0, [s, b]);
}

function precedes(x: string, y: string): boolean {
  return x.length > y.length || (x.length === y.length && x < y);
}

export function removeFromPrefixes(byPrefix: NamesByPrefix, s: string): void {
  const key = prefixKey(s);
  const list = byPrefix.get(key);
  if (!list) return;
  const i = list.findIndex(([x]) => x === s);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) {
    const f = filterOf(byPrefix);
    byPrefix.delete(key);
    f.keys--;
  }
}

/**
 * One label per name (mentions less confident than the name's best mention take its label), then
 * the confident names marked at their free mentions. `text` is the document or one paragraph of it:
 * names and the edge rules below never reach across a line break.
 */
export function markMentions(
  text: string,
  entities: readonly Annotation[],
  best: ReadonlyMap<string, NameBest>,
  byPrefix: NamesByPrefix,
  lookup?: LexiconLookup,
  frequency?: WordFrequency,
): Annotation[] {
  const isWord = (w: string) => lookup !== undefined && (lookup(w) & LEX.WORD) !== 0;
  const harmonised = entities.map((a) => {
    if (!NAME_LABELS.has(a.label)) return a;
    const b = best.get(text.slice(a.start, a.end));
    return b && b.label !== a.label && (a.confidence < rankOf(b) || b.definite) ? { ...a, label: b.label, recogniser: 'consistency' } : a;
  });
  const added: Annotation[] = [];
  const replaced = new Set<Annotation>();
  const { bits, shift } = filterOf(byPrefix);
  // A mention inside a span already there is never chosen (the edge rules below only widen it):
  // most mentions are the spans themselves, so they are passed over before the edge rules run.
  const kept = allKept(harmonised);
  // Built for this call only: the lists change between calls (add/removeFromPrefixes).
  const thirds = new Map<NameList, Thirds>();
  let next = 0; // the first span of `harmonised` that ends after i (when kept)
  for (let i = 0; i + 1 < text.length; i++) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const b = bucket(c0, c1, shift);
    if ((bits[b >>> 5] & (1 << (b & 31))) === 0) continue;
    const list = byPrefix.get(c0 * 65536 + c1);
    if (!list) continue;
    // Names sharing a common head (中国…, 北京…) make lists of twenty and more: their third unit
    // rules most of them out before a string comparison; a long list is asked by it (byThird).
    const c2 = text.charCodeAt(i + 2);
    let first = list;
    let second = NO_NAMES;
    if (list.length > SHORT_LIST) {
      let t = thirds.get(list);
      if (!t) thirds.set(list, (t = byThird(list)));
      first = t.long.get(c2) ?? NO_NAMES;
      second = t.two;
    }
    for (let k = 0, n = first.length + second.length; k < n; k++) {
      const entry = k < first.length ? first[k] : second[k - first.length];
      const s = entry[0];
      if ((s.length > 2 && s.charCodeAt(2) !== c2) || !text.startsWith(s, i)) continue;
      const a = entry[1];
      if (kept) {
        while (next < harmonised.length && harmonised[next].end <= i) next++;
        if (next < harmonised.length && harmonised[next].start < i + s.length) {
          // Weaker names strictly inside a mention of a surer, longer organisation are its pieces (华峰 of
          // 华峰化工). Not so for places: 太原 of 太原市场 is no piece of 太原市.
          // A definite name takes in whatever the model read inside it (宁德 of 宁德时代).
          // So are a surer person's pieces (刘结 of 刘结一, 静涛 of 傅静涛, the place 朝阳 of 付朝阳): the model cut the name short,
          // or read another name in it, where it was less sure.
          const inside =
            a.label === 'ORG' || a.label === 'PER'
              ? piecesInside(harmonised, next, i, i + s.length, a.label === 'ORG' && a.definite ? Infinity : a.confidence * 0.95)
              : undefined;
          if (!inside) continue;
          for (const x of inside) replaced.add(x);
        }
      }
      // IoT of AIoT, Meta of Metaverse: a mention never starts or ends inside a word of Latin letters.
      if (insideLatinWord(text, i) || insideLatinWord(text, i + s.length) || opensModelName(text, s, i + s.length)) continue;
      // 马克思主义, 毛泽东思想, 邓小平理论: a doctrine named after a person is a word, not a mention of them (a thought with its
      // field, 习近平法治思想, keeps the person, as annotators of current news mark it).
      if (a.label === 'PER' && (DOCTRINE.test(text.slice(i + s.length, i + s.length + 4)) || noPersonInPhrase(text, { start: i, end: i + s.length }))) continue;
      if (a.label === 'ORG' && BARE_HEADS.has(s)) continue;
      // 神舟 + 二十号: what a serial follows names a craft, wherever the name was read.
      if (s.length <= 4 && serialAfter(text, i + s.length)) continue;
      if (plainWordName(s, a, lookup)) continue;
      // A person's name runs into the next word too often (李强调研) for word edges to tell.
      if (a.label !== 'PER' && s.length === 2 && frequency && pieceOfWords(text, i, i + s.length, frequency)) continue;
      // 长安 of 长安汽车 at 长安街 or 长安区: a company going by a place's word is not the place's street or district.
      if (a.label === 'ORG' && PLACE_SUFFIX_AFTER.test(text[i + s.length] ?? '') && lookup !== undefined && (lookup(s) & LEX.LOC) !== 0) continue;
      // 外交部长, 区委员, 水利部门: the name's last character makes a title or a word with the next (部长, 委员, 部门).
      if (a.label === 'ORG' && (ministerTitleAt(text, i + s.length, isWord) || (s.endsWith('委') && text[i + s.length] === '员') || ministryOfDepartments(text, i + s.length))) continue;
      // 中国式现代化, 北京时间: a place's name inside a term is no mention of it.
      if (a.label === 'LOC' && inTerm(text, { start: i, end: i + s.length })) continue;
      // A new mention gets the same edge rules as the model's spans (重庆 + 日报 is an outlet).
      const [x] = organBodies(text, placeMedia(text, extendPlaces(text, placeOrgans(text, [{ start: i, end: i + s.length, label: a.label as NameLabel }]))));
      added.push({
        start: x.start,
        end: x.end,
        label: x.label,
        confidence: a.confidence * 0.95,
        source: 'auto',
        recogniser: 'consistency',
      });
    }
  }
  // Existing spans first (priority 1), new mentions only where nothing is yet.
  return addWhereFree(replaced.size ? harmonised.filter((x) => !replaced.has(x)) : harmonised, added);
}

type NameList = Array<[string, NameBest]>;
const NO_NAMES: NameList = [];
/** Lists up to this long are scanned whole (5 MB of news: a name head hit 120,000 times, 24 names under it on average). */
const SHORT_LIST = 8;

/** A list's names of three units or more by their third unit, and those of two, each in the list's order. */
interface Thirds {
  long: Map<number, NameList>;
  two: NameList;
}

/**
 * The list split by third unit. Its names come longest first, so the two-unit ones are its tail, and
 * a group followed by them is the list without the names another third unit rules out, in order.
 */
function byThird(list: NameList): Thirds {
  const t: Thirds = { long: new Map(), two: [] };
  for (const entry of list) {
    if (entry[0].length <= 2) {
      t.two.push(entry);
      continue;
    }
    const c2 = entry[0].charCodeAt(2);
    const group = t.long.get(c2);
    if (group) group.push(entry);
    else t.long.set(c2, [entry]);
  }
  return t;
}

/**
 * The spans of `sorted` (disjoint, from index `from`) overlapping [start, end), if all are names lying
 * inside it, shorter than it and less sure than `confidence`; otherwise undefined.
 */
function piecesInside(sorted: readonly Annotation[], from: number, start: number, end: number, confidence: number): Annotation[] | undefined {
  const out: Annotation[] = [];
  for (let k = from; k < sorted.length && sorted[k].start < end; k++) {
    const x = sorted[k];
    if (!NAME_LABELS.has(x.label) || x.start < start || x.end > end || x.end - x.start === end - start || x.confidence >= confidence) return undefined;
    out.push(x);
  }
  return out.length ? out : undefined;
}

/** Roles stated at the persons of `all` (sorted spans of one text), by name, each list without repeats. */
export function personRoles(text: string, all: readonly Annotation[]): Map<string, PersonRole[]> {
  const byName = new Map<string, PersonRole[]>();
  let orgs: Map<number, Annotation> | undefined;
  for (const a of all) {
    if (a.label !== 'PER') continue;
    orgs ??= new Map(all.filter((o) => o.label === 'ORG').map((o) => [o.end, o]));
    const roles = rolesBefore(text, a, orgs);
    if (roles.length) mergeRoles(byName, text.slice(a.start, a.end), roles);
  }
  return byName;
}

/** Adds `roles` to the name's list, in order, skipping those already there. */
export function mergeRoles(byName: Map<string, PersonRole[]>, name: string, roles: readonly PersonRole[]): void {
  let known = byName.get(name);
  if (!known) byName.set(name, (known = []));
  for (const r of roles) if (!known.some((k) => k.role === r.role && k.org === r.org)) known.push(r);
}

/** Every mention of a person carries the roles found for the name anywhere in the document. */
export function withRoles(text: string, all: readonly Annotation[], byName: ReadonlyMap<string, PersonRole[]>): Annotation[] {
  return all.map((a) => {
    if (a.label !== 'PER') return a;
    const roles = byName.get(text.slice(a.start, a.end));
    return roles && roles.length ? { ...a, roles } : a;
  });
}
