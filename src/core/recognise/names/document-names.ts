import { Annotation, PersonRole } from '../../types';
import {
  addToPrefixes,
  betterBest,
  CONSISTENCY_THRESHOLD,
  markMentions,
  mergeRoles,
  NameBest,
  LexiconLookup,
  WordFrequency,
  nameBests,
  NamesByPrefix,
  personRoles,
  removeFromPrefixes,
  withRoles,
} from './consolidate';
import type { DocumentPass, PassParagraph } from './index';
import { lastStartingAtOrBefore } from '../../text/sorted-spans';

/** What the pass knows of one paragraph (offsets relative to it). */
interface State {
  /** Its best mention of each name string: its share of the document's best mentions. */
  bests: Map<string, NameBest>;
  /** Its entities after harmonising labels and marking the other mentions of confident names. */
  marked: Annotation[];
  /** Roles stated in it, by person name: its share of each person's roles. */
  roles: Map<string, PersonRole[]>;
  /** Names of the persons it mentions: they carry the roles stated anywhere. */
  persons: Set<string>;
  out: Annotation[];
}

/**
 * consolidateNames kept up to date paragraph by paragraph. The document-level inputs of that pass —
 * the best mention of each name and the roles of each person — are held with each paragraph's share
 * of them, so an edit recomputes the shares of the paragraphs it replaced; only when a name's best
 * mention changes are the paragraphs containing that name marked again, and only when a person's
 * roles change do that person's paragraphs take the new roles. The result equals consolidateNames
 * on the whole document (test/core/annotate-document-pass.test.ts).
 */
export class DocumentNames implements DocumentPass {
  private readonly states = new Map<PassParagraph, State>();
  /** Name → the paragraphs with a mention of it, and their best mention. */
  private readonly sources = new Map<string, Map<PassParagraph, NameBest>>();
  private readonly best = new Map<string, NameBest>();
  private readonly byPrefix: NamesByPrefix = new Map();
  private readonly roleSources = new Map<string, Set<PassParagraph>>();
  private readonly personParagraphs = new Map<string, Set<PassParagraph>>();
  private readonly roles = new Map<string, PersonRole[]>();

  constructor(
    private readonly lookup?: LexiconLookup,
    private readonly frequency?: WordFrequency,
  ) {}

  update(text: string, paragraphs: readonly PassParagraph[], removed: Iterable<PassParagraph>, added: readonly PassParagraph[]): Set<PassParagraph> {
    const names = new Set<string>();
    const roleNames = new Set<string>();
    for (const p of removed) {
      const st = this.states.get(p);
      if (!st) continue;
      for (const s of st.bests.keys()) {
        const m = this.sources.get(s)!;
        m.delete(p);
        if (m.size === 0) this.sources.delete(s);
        names.add(s);
      }
      this.dropShares(p, st, roleNames);
      this.states.delete(p);
    }
    for (const p of added) {
      const bests = nameBests(text.slice(p.start, p.start + p.length), p.entities, this.lookup);
      for (const [s, b] of bests) {
        let m = this.sources.get(s);
        if (!m) this.sources.set(s, (m = new Map()));
        m.set(p, b);
        names.add(s);
      }
      this.states.set(p, { bests, marked: [], roles: new Map(), persons: new Set(), out: [] });
    }

    const changed: string[] = [];
    for (const s of names) {
      const now = this.bestOf(s);
      const was = this.best.get(s);
      if (now?.confidence === was?.confidence && now?.label === was?.label && now?.definite === was?.definite && now?.readings === was?.readings) continue;
      changed.push(s);
      if (now) this.best.set(s, now);
      else this.best.delete(s);
      if (was && was.confidence >= CONSISTENCY_THRESHOLD) removeFromPrefixes(this.byPrefix, s);
      if (now && now.confidence >= CONSISTENCY_THRESHOLD) addToPrefixes(this.byPrefix, s, now);
    }

    // A name whose best mention changed is marked (or harmonised) differently wherever it occurs.
    // Finding those paragraphs is a native scan of the text per name: past a few dozen names (a
    // first annotation, a pasted article) marking every paragraph again is cheaper.
    const dirty = new Set<PassParagraph>(added);
    if (changed.length > 32) for (const p of paragraphs) dirty.add(p);
    else for (const s of changed) addParagraphsContaining(text, s, paragraphs, dirty);

    // Within one update the document's names are fixed, so paragraphs of the same text (a repeated
    // dateline, a boilerplate line) are marked once.
    const marking = new Map<string, Pick<State, 'marked' | 'roles' | 'persons'>>();
    for (const p of dirty) {
      const st = this.states.get(p)!;
      const ptext = text.slice(p.start, p.start + p.length);
      this.dropShares(p, st, roleNames);
      let m = marking.get(ptext);
      if (!m) {
        const marked = markMentions(ptext, p.entities, this.best, this.byPrefix, this.lookup, this.frequency);
        const persons = new Set<string>();
        for (const a of marked) if (a.label === 'PER') persons.add(ptext.slice(a.start, a.end));
        marking.set(ptext, (m = { marked, roles: personRoles(ptext, marked), persons }));
      }
      st.marked = m.marked;
      st.roles = m.roles;
      st.persons = m.persons;
      for (const n of st.roles.keys()) {
        addTo(this.roleSources, n, p);
        roleNames.add(n);
      }
      for (const n of st.persons) addTo(this.personParagraphs, n, p);
    }

    const out = dirty;
    for (const n of roleNames) {
      const now = this.rolesOf(n);
      const was = this.roles.get(n);
      if (sameRoles(now, was)) continue;
      if (now) this.roles.set(n, now);
      else this.roles.delete(n);
      for (const p of this.personParagraphs.get(n) ?? []) out.add(p);
    }
    const finished = new Map<Annotation[], Annotation[]>();
    for (const p of out) {
      const st = this.states.get(p)!;
      let done = finished.get(st.marked);
      if (!done) finished.set(st.marked, (done = withRoles(text.slice(p.start, p.start + p.length), st.marked, this.roles)));
      st.out = done;
    }
    return out;
  }

  entities(p: PassParagraph): readonly Annotation[] {
    return this.states.get(p)?.out ?? [];
  }

  /** The first (in document order) of the most confident mentions of `s`. */
  private bestOf(s: string): NameBest | undefined {
    let best: NameBest | undefined;
    let at = Infinity;
    let readings = 0;
    for (const [p, b] of this.sources.get(s) ?? []) {
      readings += b.readings ?? 1;
      if (!best || betterBest(b, best) || (!betterBest(best, b) && p.start < at)) {
        best = b;
        at = p.start;
      }
    }
    // The readings of the whole document, as consolidateNames counts them.
    return best && readings > 1 ? { ...best, readings } : best;
  }

  /** The roles of person `n` across the document, in document order. */
  private rolesOf(n: string): PersonRole[] | undefined {
    const from = [...(this.roleSources.get(n) ?? [])].sort((a, b) => a.start - b.start);
    if (from.length === 0) return undefined;
    const merged = new Map<string, PersonRole[]>();
    for (const p of from) mergeRoles(merged, n, this.states.get(p)!.roles.get(n)!);
    return merged.get(n);
  }

  /** Withdraws a paragraph's roles and persons from the document's (its names stay). */
  private dropShares(p: PassParagraph, st: State, roleNames: Set<string>): void {
    for (const n of st.roles.keys()) {
      removeFrom(this.roleSources, n, p);
      roleNames.add(n);
    }
    for (const n of st.persons) removeFrom(this.personParagraphs, n, p);
  }
}

/** Adds to `into` every paragraph in which `s` occurs (names never cross a line break). */
function addParagraphsContaining(text: string, s: string, paragraphs: readonly PassParagraph[], into: Set<PassParagraph>): void {
  for (let i = text.indexOf(s); i >= 0; ) {
    const p = paragraphAt(paragraphs, i);
    if (!p) {
      i = text.indexOf(s, i + 1);
      continue;
    }
    into.add(p);
    i = text.indexOf(s, p.start + p.length);
  }
}

/** The paragraph containing offset `i`, by binary search over their starts. */
function paragraphAt(paragraphs: readonly PassParagraph[], i: number): PassParagraph | undefined {
  const p = paragraphs[lastStartingAtOrBefore(paragraphs, i)];
  return p && p.start <= i && i < p.start + p.length ? p : undefined;
}

function sameRoles(a: readonly PersonRole[] | undefined, b: readonly PersonRole[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((r, i) => r.role === b[i].role && r.org === b[i].org);
}

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  let set = m.get(k);
  if (!set) m.set(k, (set = new Set()));
  set.add(v);
}

function removeFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const set = m.get(k);
  if (!set) return;
  set.delete(v);
  if (set.size === 0) m.delete(k);
}
