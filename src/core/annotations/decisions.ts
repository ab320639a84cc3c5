import { Annotation, Label, NumKind, NumValue, PersonRole } from '../types';
import { firstStartingAt, mergeInTextOrder, overlapsDisjoint } from '../text/sorted-spans';
import { reanchor } from '../sidecar/reanchor';
import { SidecarAnnotation } from '../sidecar/model';
import { numValueOf } from './num-value';

/**
 * An editor's decision about a span. `mark` is a span the editor drew (source manual), `accept`
 * confirms a suggestion, `reject` hides a suggestion: it stays hidden when the recogniser proposes
 * the same span again. Decisions are the editor's work: they are never dropped; a decision whose
 * text was deleted becomes an orphan and keeps its old quote until the editor re-attaches or deletes it.
 * `note` is a suggestion the editor wrote a note on (read from a sidecar): it claims and hides nothing,
 * but its note is kept. A glossary term (label TERM) can be rejected (hidden) or carry a note.
 */
export interface Decision {
  id: string;
  action: 'mark' | 'accept' | 'reject' | 'note';
  start: number;
  end: number;
  label: Label;
  kind?: NumKind;
  value?: NumValue;
  roles?: PersonRole[];
  confidence?: number;
  /** For TERM: the glossary entry. */
  glossaryId?: string;
  /** The text the span covered when the decision was made or last re-anchored. */
  quote: string;
  /**
   * For a rejection: the span was the editor's own mark, withdrawn and kept for its note. It is
   * written with source manual, never as a suggestion of the recognisers (which never made it).
   */
  manual?: boolean;
  /** True when the span's text is gone; start/end then tell where it used to be. */
  orphan?: boolean;
  note?: string;
  created: string;
  modified: string;
  /** Fields read from a sidecar that this version does not know; written back unchanged. */
  extra?: Record<string, unknown>;
}

/** Automatic annotations with the decisions applied: what the editor sees. */
export function applyDecisions(auto: readonly Annotation[], decisions: readonly Decision[]): Annotation[] {
  // This runs on every update of a document in the extension host, where a 1 MB article has 25,000
  // spans: every step is linear or n log n in them (a find or an overlap scan per span was not).
  const sorted = isInTextOrder(auto) ? auto : [...auto].sort(inTextOrder);
  const live = decisions.filter((d) => !d.orphan);
  if (live.length === 0) return sorted.map(asShown);
  const rejected = new Set(live.filter((d) => d.action === 'reject').map((d) => `${d.start}:${d.end}:${d.label}`));
  // Only the editor's own entity spans claim their text; a note or a term decision shows the engine's span.
  const decided: Annotation[] = live
    .filter((d) => (d.action === 'mark' || d.action === 'accept') && d.label !== 'TERM')
    .map((d) => {
      const match = findSpan(sorted, d.start, d.end, d.label);
      return {
        start: d.start,
        end: d.end,
        label: d.label,
        kind: d.kind ?? match?.kind,
        value: d.value ?? match?.value,
        roles: d.roles ?? match?.roles,
        confidence: d.action === 'mark' ? 1 : (match?.confidence ?? d.confidence ?? 1),
        source: d.action === 'mark' ? ('manual' as const) : ('auto' as const),
        recogniser: match?.recogniser,
        status: 'accepted' as const,
      };
    })
    .sort(inTextOrder);
  const occupied = unionOf(decided);
  const suggestions: Annotation[] = [];
  for (const a of sorted) {
    if (rejected.size && rejected.has(`${a.start}:${a.end}:${a.label}`)) continue;
    if (a.label === 'TERM' || !overlapsDisjoint(occupied, a.start, a.end)) suggestions.push(asShown(a));
  }
  // Both runs are in text order: merged, a decided span goes first among equals.
  return mergeInTextOrder(decided, suggestions);
}

/**
 * How an automatic annotation is shown when no decision covers it: an entity as a suggestion (a copy;
 * Object.assign copies the fields ≈ 9× faster than a spread), a glossary term as it is.
 */
export function asShown(a: Annotation): Annotation {
  return a.label === 'TERM' ? a : Object.assign({}, a, { status: a.status ?? ('suggested' as const) });
}

function inTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end;
}

export function isInTextOrder(list: readonly Annotation[]): boolean {
  for (let i = 1; i < list.length; i++) if (inTextOrder(list[i - 1], list[i]) > 0) return false;
  return true;
}

function findSpan(sorted: readonly Annotation[], start: number, end: number, label: string): Annotation | undefined {
  for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i].start === start; i++) {
    if (sorted[i].end === end && sorted[i].label === label) return sorted[i];
  }
  return undefined;
}

/** The union of the spans as disjoint intervals in order. */
function unionOf(spans: readonly Annotation[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** One text change: `deleted` code units at `offset` replaced by `inserted` ones. */
export interface TextEdit {
  offset: number;
  deleted: number;
  inserted: string;
}

/**
 * Carries decisions through an edit. A span before or after the edit moves with the text; an edit
 * inside a span changes the span's text (a typo fixed in a name) and the span grows or shrinks with it
 * (its quote follows, and a number's value is read again from its new text); an edit that removes the
 * span's text or cuts across its edge looks the quote up again in the text it put there (a whole
 * document replaced, as a change of line endings does, or an undo) near its old place, and only when
 * it is not there turns the decision into an orphan, with the offsets and quote it had before the edit.
 * An orphan moves with the text around it and is attached again when an edit puts its quote back
 * exactly where it was (an undo). Quotes always fit their spans, orphans' included, so every decision
 * can be written to a sidecar and read back. `newText` (the text after the edit) is optional: the
 * quotes are worked out from the edit itself.
 */
export function shiftDecisions(decisions: readonly Decision[], edit: TextEdit, newText?: string): Decision[] {
  const delta = edit.inserted.length - edit.deleted;
  const editEnd = edit.offset + edit.deleted;
  const covered: number[] = [];
  const returning: number[] = [];
  const out = decisions.map((d, i) => {
    if (d.orphan) {
      if (d.quote && edit.offset <= d.start && edit.inserted.startsWith(d.quote, d.start - edit.offset)) {
        returning.push(i);
      }
      if (editEnd <= d.start) return delta === 0 ? d : { ...d, start: d.start + delta, end: d.end + delta };
      return d;
    }
    if (editEnd <= d.start) {
      return delta === 0 ? d : { ...d, start: d.start + delta, end: d.end + delta };
    }
    if (edit.offset >= d.end) return d;
    if (edit.offset >= d.start && editEnd <= d.end && d.end + delta > d.start) {
      const quote =
        newText !== undefined
          ? newText.slice(d.start, d.end + delta)
          : d.quote.slice(0, edit.offset - d.start) + edit.inserted + d.quote.slice(editEnd - d.start);
      return withQuote({ ...d, end: d.end + delta }, quote);
    }
    covered.push(i);
    return { ...d, orphan: true };
  });
  // An orphan whose text came back where it was: attached again, where the edit put it.
  // (Its place, inside the inserted text, has the same offset before and after the edit.)
  for (const i of returning) {
    const d = decisions[i];
    out[i] = { ...d, orphan: undefined, end: d.start + d.quote.length };
  }
  if (covered.length) refind(out, covered, edit);
  return out;
}

/**
 * Looks the quotes of decisions whose span an edit covered up again in the text the edit inserted,
 * with the re-anchoring of sidecars: each where its old place predicts (scaled to the inserted
 * length, and corrected by the decisions found before it), an exact match only.
 */
function refind(out: Decision[], covered: readonly number[], edit: TextEdit): void {
  if (!edit.inserted.length) return;
  const scale = edit.deleted ? edit.inserted.length / edit.deleted : 1;
  const probes: SidecarAnnotation[] = [];
  for (const i of covered) {
    const d = out[i];
    if (!d.quote || !edit.inserted.includes(d.quote)) continue;
    const start = Math.max(0, Math.round((d.start - edit.offset) * scale));
    probes.push({
      id: String(i),
      label: d.label,
      start,
      end: start + d.quote.length,
      startCodePoint: start,
      endCodePoint: start + d.quote.length,
      quote: { exact: d.quote, prefix: '', suffix: '' },
      confidence: 1,
      source: 'manual',
      status: 'accepted',
    });
  }
  if (!probes.length) return;
  // Context is unknown here (the old text is gone): position alone decides, so fuzzy matches are off.
  const found = reanchor(edit.inserted, probes, { fuzzyThreshold: 2, oldLength: edit.inserted.length });
  // Near its old place only: the same name elsewhere in a pasted paragraph is not its text.
  const reach = Math.max(32, Math.round(edit.inserted.length * 0.05));
  const probeAt = new Map(probes.map((p) => [p.id, p.start]));
  for (const a of found.annotations) {
    if (Math.abs(a.start - probeAt.get(a.id)!) > reach) continue;
    const i = Number(a.id);
    out[i] = { ...out[i], orphan: undefined, start: edit.offset + a.start, end: edit.offset + a.end };
  }
}

/** The decision with its span's new text; a number's value is read again from it. */
function withQuote(d: Decision, quote: string): Decision {
  if (quote === d.quote) return d;
  const next = { ...d, quote };
  if (d.label === 'NUM' && d.value !== undefined) next.value = numValueOf(quote);
  return next;
}

let counter = 0;
/** A short id unique within a process run and sortable by creation. */
export function newDecisionId(now = Date.now()): string {
  counter = (counter + 1) % 0x10000;
  return `d${now.toString(36)}${counter.toString(36).padStart(3, '0')}${Math.floor(Math.random() * 0x10000).toString(36)}`;
}
