import { Annotation, Label, PersonRole } from '../../types';
import { addWhereFree, allKept } from '../combine';
import { rolesBefore } from './roles';
import { placeMedia, placeOrgans } from './rules';
import { extendPlaces } from './place-rules';
import { NameLabel } from './tags';
import { ORG_SUFFIXES } from './lists';

/** Confidence a name needs before its other mentions are marked too. */
export const CONSISTENCY_THRESHOLD = 0.6;

const NAME_LABELS = new Set<string>(['PER', 'ORG', 'LOC']);
/**
 * Organisation heads that name no particular organisation when they stand alone (公司, 委员会, 人大,
 * 法院, 党委): a bare mention refers back or speaks generally (各级人大, 保险公司), so the model's
 * reading of each mention in its context stands. Organs named by their level (市委, 县委) are
 * abbreviations of one organ (GUIDELINES) and are spread as names.
 */
const BARE_HEADS = new Set(ORG_SUFFIXES.filter((h) => h.length >= 2 && !/^[省市区县镇乡]/.test(h)));

// 马克思列宁主义 names two people before 主义.
const DOCTRINE = /^(?:列宁)?(?:主义|思想|理论)/;

/** The most confident mention of a name string: the first one in document order on a tie. */
export interface NameBest {
  label: Label;
  confidence: number;
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
export function consolidateNames(text: string, annotations: Annotation[]): Annotation[] {
  const entities = annotations.filter((a) => a.label !== 'TERM');
  const terms = annotations.filter((a) => a.label === 'TERM');
  const best = nameBests(text, entities);
  const byPrefix: NamesByPrefix = new Map();
  for (const [s, b] of best) if (b.confidence >= CONSISTENCY_THRESHOLD) addToPrefixes(byPrefix, s, b);
  const marked = markMentions(text, entities, best, byPrefix);
  return [...withRoles(text, marked, personRoles(text, marked)), ...terms].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The most confident mention of each name string of two characters or more, first one on a tie. */
export function nameBests(text: string, entities: readonly Annotation[]): Map<string, NameBest> {
  const best = new Map<string, NameBest>();
  for (const a of entities) {
    if (!NAME_LABELS.has(a.label) || a.end - a.start < 2) continue;
    const s = text.slice(a.start, a.end);
    const b = best.get(s);
    // A long name is copied: V8 keeps a slice of 13 characters or more as a view of the whole text,
    // and the document pass keeps these keys across edits.
    if (!b) best.set(s.length > 12 ? (' ' + s).slice(1) : s, { label: a.label, confidence: a.confidence });
    else if (a.confidence > b.confidence) best.set(s, { label: a.label, confidence: a.confidence });
  }
  return best;
}

/**
 * Per NamesByPrefix, a bit per bucket of its keys' first two units (set when a key is added, left set
 * when it goes: a stale bit only costs a lookup), and how many keys it should hold. markMentions
 * asks the map only at positions whose bucket is set: most positions of a text start no name, and a
 * Map lookup with a key above 2^30 (any two CJK characters) first boxes the number.
 */
interface PrefixFilter {
  /** 2^20 bits: with 2^16 (one byte each) a third of the positions of 5 MB of news passed, two thirds of those falsely. */
  bits: Uint32Array;
  keys: number;
}
const filters = new WeakMap<NamesByPrefix, PrefixFilter>();

function bucket(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> 12;
}

function setBucket(bits: Uint32Array, b: number): void {
  bits[b >>> 5] |= 1 << (b & 31);
}

/** The filter of byPrefix, rebuilt if the map was changed other than by add/removeFromPrefixes. */
function filterOf(byPrefix: NamesByPrefix): PrefixFilter {
  let f = filters.get(byPrefix);
  if (!f || f.keys !== byPrefix.size) {
    f = { bits: new Uint32Array(1 << 15), keys: byPrefix.size };
    for (const key of byPrefix.keys()) setBucket(f.bits, bucket(Math.floor(key / 65536), key % 65536));
    filters.set(byPrefix, f);
  }
  return f;
}

export function addToPrefixes(byPrefix: NamesByPrefix, s: string, b: NameBest): void {
  const key = prefixKey(s);
  const list = byPrefix.get(key);
  if (!list) {
    const f = filterOf(byPrefix);
    setBucket(f.bits, bucket(s.charCodeAt(0), s.charCodeAt(1)));
    f.keys++;
    return void byPrefix.set(key, [[s, b]]);
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
export function markMentions(text: string, entities: readonly Annotation[], best: ReadonlyMap<string, NameBest>, byPrefix: NamesByPrefix): Annotation[] {
  const harmonised = entities.map((a) => {
    if (!NAME_LABELS.has(a.label)) return a;
    const b = best.get(text.slice(a.start, a.end));
    return b && b.label !== a.label && a.confidence < b.confidence ? { ...a, label: b.label, recogniser: 'consistency' } : a;
  });
  const added: Annotation[] = [];
  const bits = filterOf(byPrefix).bits;
  // A mention inside a span already there is never chosen (the edge rules below only widen it):
  // most mentions are the spans themselves, so they are passed over before the edge rules run.
  const kept = allKept(harmonised);
  let next = 0; // the first span of `harmonised` that ends after i (when kept)
  for (let i = 0; i + 1 < text.length; i++) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const b = bucket(c0, c1);
    if ((bits[b >>> 5] & (1 << (b & 31))) === 0) continue;
    const list = byPrefix.get(c0 * 65536 + c1);
    if (!list) continue;
    // Names sharing a common head (中国…, 北京…) make lists of twenty and more: their third unit
    // rules most of them out before a string comparison.
    const c2 = text.charCodeAt(i + 2);
    for (let k = 0; k < list.length; k++) {
      const s = list[k][0];
      if ((s.length > 2 && s.charCodeAt(2) !== c2) || !text.startsWith(s, i)) continue;
      if (kept) {
        while (next < harmonised.length && harmonised[next].end <= i) next++;
        if (next < harmonised.length && harmonised[next].start < i + s.length) continue;
      }
      const a = list[k][1];
      // 马克思主义, 毛泽东思想, 邓小平理论: a doctrine named after a person is a word, not a mention of them.
      if (a.label === 'PER' && DOCTRINE.test(text.slice(i + s.length, i + s.length + 4))) continue;
      if (a.label === 'ORG' && BARE_HEADS.has(s)) continue;
      // A new mention gets the same edge rules as the model's spans (重庆 + 日报 is an outlet).
      const [x] = placeMedia(text, extendPlaces(text, placeOrgans(text, [{ start: i, end: i + s.length, label: a.label as NameLabel }])));
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
  return addWhereFree(harmonised, added);
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
