/**
 * Joins a fresh automatic annotation run with the decisions stored in a sidecar (already re-anchored to
 * the same text). A decision — accepted, rejected, drawn by hand, or carrying a note — is never dropped;
 * an undecided suggestion that the recognisers no longer make is dropped, since it was only ever theirs.
 * As in the editor (applyDecisions), a span the editor drew or accepted claims its text: a fresh
 * PER/ORG/LOC/NUM suggestion overlapping it is dropped, so exports never hold overlapping names.
 */
import { Annotation } from '../types';
import { firstStartingAt, overlapsDisjoint } from '../text/sorted-spans';
import { formatLocated, LocatedError, Place } from './located';
import { AnnotationInput, SidecarAnnotation } from './model';

export function isDecision(a: SidecarAnnotation): boolean {
  return a.status !== 'suggested' || a.source === 'manual' || !!a.note;
}

/** A name someone drew or accepted: it claims its text, and no other name is shown over it. */
export function claimsText(a: Pick<Annotation, 'label' | 'status' | 'source'>): boolean {
  return a.label !== 'TERM' && a.status !== 'rejected' && (a.status === 'accepted' || a.source === 'manual');
}

export function mergeDecisions(auto: readonly Annotation[], stored: readonly SidecarAnnotation[]): AnnotationInput[] {
  const key = (a: { label: string; start: number; end: number }) => `${a.label}:${a.start}:${a.end}`;
  const byKey = new Map<string, SidecarAnnotation>();
  for (const s of stored) if (!byKey.has(key(s))) byKey.set(key(s), s);
  const used = new Set<SidecarAnnotation>();
  // The claimed text as disjoint runs: a check is a binary search, for each of a large article's spans.
  const claimed: { start: number; end: number }[] = [];
  for (const c of stored.filter(claimsText).sort((x, y) => x.start - y.start)) {
    const last = claimed[claimed.length - 1];
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else claimed.push({ start: c.start, end: c.end });
  }
  const overlapsClaimed = (a: Annotation) => overlapsDisjoint(claimed, a.start, a.end);
  const out: AnnotationInput[] = [];
  for (const a of auto) {
    const s = byKey.get(key(a));
    // A stored suggestion nobody decided on is only the recogniser's, as a fresh one is (a sidecar that an
    // older import wrote may hold one under a span marked over it).
    if ((!s || !isDecision(s)) && a.label !== 'TERM' && overlapsClaimed(a)) continue;
    if (!s) {
      out.push({ ...a, status: a.status ?? 'suggested' });
      continue;
    }
    used.add(s);
    const decided = isDecision(s);
    out.push({
      ...a,
      id: s.id,
      // What the editor settled (kind, glossary entry, status) wins over what the recogniser says now.
      kind: decided ? (s.kind ?? a.kind) : a.kind,
      glossaryId: decided ? (s.glossaryId ?? a.glossaryId) : a.glossaryId,
      source: s.source === 'manual' ? 'manual' : a.source,
      status: s.status,
      note: s.note,
      created: s.created,
      modified: s.modified,
      extra: s.extra,
    });
  }
  for (const s of stored) if (!used.has(s) && isDecision(s)) out.push(s);
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * The decisions of `previous`, a sidecar of the same text (placed in it), that `next` does not hold as
 * they are: each accepted, rejected, hand-drawn or noted annotation or orphan, that `next` has
 * with another label, span, status, source, kind, glossary entry or note, or not at all. Empty when
 * writing `next` over `previous` loses nothing anyone decided.
 */
export function decisionsLost(
  previous: { annotations: readonly SidecarAnnotation[]; orphans: readonly SidecarAnnotation[] },
  next: { annotations: readonly SidecarAnnotation[]; orphans: readonly SidecarAnnotation[] },
): SidecarAnnotation[] {
  const decision = (a: SidecarAnnotation) => JSON.stringify([a.label, a.start, a.end, a.status, a.source, a.kind ?? null, a.glossaryId ?? null, a.note ?? null]);
  const held = new Set([...next.annotations.map(decision), ...next.orphans.map((o) => `${o.id} ${decision(o)}`)]);
  return [
    ...previous.annotations.filter((a) => isDecision(a) && !held.has(decision(a))),
    // An orphaned suggestion nobody decided on is the recogniser's too: losing it loses no one's work.
    ...previous.orphans.filter((o) => isDecision(o) && !held.has(`${o.id} ${decision(o)}`)),
  ];
}

/**
 * An annotation read from another tool's file: `stated` lists the fields the file gave, `where` is its
 * place in the file (see formats/common).
 */
export type IncomingAnnotation = AnnotationInput & { stated?: readonly string[]; where?: Place };

export interface MergedImport {
  annotations: AnnotationInput[];
  /** Names the file marks over each other, located in the file: nothing of the file should be written. */
  errors: LocatedError[];
  /** Decided names of the sidecar (or noted suggestions) that gave way to a name of the file over them. */
  notes: string[];
}

/**
 * Joins annotations imported from another tool's file with those already in the sidecar. An imported
 * annotation replaces the stored one with its id, or with its span and label, or — a relabelling — the
 * stored name (PER, ORG, LOC, NUM) on its very span whose label the file no longer has there; the others
 * stay. What the file cannot carry (a doccano line has only spans and labels; brat and Label Studio have
 * no normalised value, roles or timestamps) is kept from the stored annotation: a suggestion nobody
 * touched stays a suggestion, a note stays, a NUM keeps its kind and value. Two things the file does
 * say are kept, though it says them without a field: a span in the file is there, so a stored rejection
 * of it that the file does not repeat is withdrawn (accepted, as the file's default); and a new label
 * drops what belonged to the old one (kind, value, roles, glossary entry) and is a person's decision,
 * as a mark is (accepted unless the file rejects it, by hand, confidence 1). A new annotation takes the
 * file's defaults. Names never overlap (settleOverlaps): a name the file marks claims its text as a mark
 * in the editor does. `text` is the article's, for the messages.
 */
export function mergeImported(stored: readonly SidecarAnnotation[], imported: readonly IncomingAnnotation[], text: string): MergedImport {
  const key = (a: { label: string; start: number; end: number }) => `${a.label}:${a.start}:${a.end}`;
  const span = (a: { start: number; end: number }) => `${a.start}:${a.end}`;
  const byId = new Map(stored.map((s) => [s.id, s]));
  const byKey = new Map<string, SidecarAnnotation>();
  for (const s of stored) if (!byKey.has(key(s))) byKey.set(key(s), s);
  const inFile = new Set(imported.map(key));
  const isName = (label: string) => label !== 'TERM';
  // Stored names on a span, rejections last: the one a relabelling in the file replaces.
  const bySpan = new Map<string, SidecarAnnotation[]>();
  for (const s of [...stored].sort((x, y) => Number(x.status === 'rejected') - Number(y.status === 'rejected'))) {
    if (!isName(s.label)) continue;
    bySpan.set(span(s), [...(bySpan.get(span(s)) ?? []), s]);
  }
  const replaced = new Set<SidecarAnnotation>();
  const incoming: AnnotationInput[] = [];
  const seen = new Set<string>();
  for (const { stated, ...a } of imported) {
    // The same label on the same span twice (two brat lines found at one place) is one annotation.
    if (stated !== undefined && seen.has(key(a))) continue;
    seen.add(key(a));
    // A relabelling is read only from a file that names no ids (JSON carries them: another id is another
    // annotation), and never onto a rejection when the file cannot say "rejected" (doccano exports leave
    // rejections out, so a line there is a new label beside it, not the rejected one relabelled).
    const relabelled = () =>
      isName(a.label) && stated !== undefined
        ? bySpan.get(span(a))?.find((s) => s.label !== a.label && !replaced.has(s) && !inFile.has(key(s)) && (s.status !== 'rejected' || stated.includes('status')))
        : undefined;
    const match = (a.id !== undefined ? byId.get(a.id) : undefined) ?? byKey.get(key(a)) ?? relabelled();
    if (match) replaced.add(match);
    if (!match) {
      // A name the file resizes or moves over its old span (brat keeps an entity's Status and Source when its span is
      // changed): the recogniser never suggested this span, so it is a person's word, as a relabelling is; left a
      // suggestion, it would be dropped at the next export and the old span would come back.
      const resized =
        isName(a.label) && stated !== undefined && a.status !== 'rejected' && stored.some((s) => s.label === a.label && s.start < a.end && a.start < s.end && !inFile.has(key(s)));
      incoming.push(resized ? { ...a, status: 'accepted', source: 'manual', confidence: 1 } : a);
    } else if (stated === undefined) incoming.push(a.id ? a : { ...a, id: match.id });
    else {
      const merged: Record<string, unknown> = { ...match, start: a.start, end: a.end, label: a.label, id: match.id, where: a.where };
      const relabelling = match.label !== a.label;
      // Resized in the file (its text is another now): as a new label, a person's word (see below).
      const resized = text.slice(match.start, match.end) !== text.slice(a.start, a.end);
      // What described the old label does not describe the new one.
      if (relabelling) for (const f of ['kind', 'value', 'roles', 'glossaryId', 'recogniser']) delete merged[f];
      if (match.status === 'rejected' && !stated.includes('status')) {
        // The file has the span, and cannot say "rejected": the annotator's word is that it is one.
        merged.status = a.status && a.status !== 'rejected' ? a.status : 'accepted';
        if (!stated.includes('source')) merged.source = a.source ?? 'manual';
      }
      for (const f of stated) merged[f] = (a as Record<string, unknown>)[f];
      if (relabelling || resized) {
        // A new label or span is a person's word, as a mark in the editor is: the recogniser never suggested it
        // there, so a "suggested", "auto" or score the file still gives was said of the old label (brat
        // and W3C tools keep an entity's attributes when its type changes). Left a suggestion, it would
        // be dropped at the next export and the old label would come back.
        if (merged.status !== 'rejected') merged.status = 'accepted';
        merged.source = 'manual';
        merged.confidence = 1;
      }
      // brat has no escape for tabs and line breaks in a note: the stored note, written out, is the same note.
      if (stated.includes('note') && match.note !== undefined && a.note === match.note.replace(/[\t\r\n]+/g, ' ')) merged.note = match.note;
      if (merged.label !== 'NUM') delete merged.kind;
      incoming.push(merged as unknown as AnnotationInput);
    }
  }
  return settleOverlaps(stored.filter((s) => !replaced.has(s)), incoming, text);
}

/**
 * Names (PER, ORG, LOC, NUM) never overlap; TERM may. A name the file marks (drawn or accepted) claims
 * its text as a mark made in the editor does: a suggestion under it gives way, and so does a name the
 * sidecar held as decided that the file no longer has there (a span moved or resized in the other tool);
 * a note on what gives way goes to the mark, and a decided span that gives way is named in `notes`. Two
 * names the file marks over each other are the file's own contradiction: errors, at their places.
 * Rejections claim nothing and stay.
 */
function settleOverlaps(kept: readonly SidecarAnnotation[], incoming: readonly IncomingAnnotation[], text: string): MergedImport {
  const key = (a: { label: string; start: number; end: number }) => `${a.label}:${a.start}:${a.end}`;
  const quoted = (a: { label: string; start: number; end: number }) => `${a.label} "${text.slice(a.start, a.end)}"`;
  const placeOf = (a: IncomingAnnotation): Place => a.where ?? { file: 'the imported file', line: 1, col: 1 };
  const marks = incoming.filter(claimsText).sort((x, y) => x.start - y.start || x.end - y.end);
  const errors: LocatedError[] = [];
  let reach: IncomingAnnotation | undefined;
  for (const m of marks) {
    // The mark reaching furthest so far is one that m overlaps, if m overlaps any.
    if (reach && m.start < reach.end && key(m) !== key(reach)) {
      // Said at the one that comes later in the file, naming the earlier.
      const [earlier, later] = inFileOrder(placeOf(reach), placeOf(m)) <= 0 ? [reach, m] : [m, reach];
      const other = placeOf(earlier);
      const at = `${other.file === placeOf(later).file ? '' : `${other.file}:`}${other.line}:${other.col}`;
      errors.push({
        ...placeOf(later),
        message: `${quoted(later)} overlaps ${quoted(earlier)} (at ${at}): names (PER, ORG, LOC, NUM) may not overlap, only TERM may; keep one of the two, or make them one span`,
      });
    }
    if (!reach || m.end > reach.end) reach = m;
  }
  if (errors.length) return { annotations: [], errors: errors.sort(inFileOrder), notes: [] };
  const notesFor = new Map<IncomingAnnotation, string[]>();
  const notes: string[] = [];
  const markOver = (a: AnnotationInput): IncomingAnnotation | undefined => {
    if (a.label === 'TERM' || a.status === 'rejected') return undefined;
    // Marks are disjoint now: walk back from the last one starting before a's end to the first over a.
    let i = firstStartingAt(marks, a.end) - 1;
    if (i < 0 || marks[i].end <= a.start) return undefined;
    while (i > 0 && marks[i - 1].end > a.start) i--;
    return marks[i];
  };
  const givesWay = (a: AnnotationInput): boolean => {
    const m = markOver(a);
    if (!m) return false;
    if (a.note) notesFor.set(m, [...(notesFor.get(m) ?? []), a.note]);
    if (claimsText(a) || a.note) {
      const held = claimsText(a) ? (a.source === 'manual' ? 'marked by hand' : 'accepted') : 'a suggestion with a note';
      notes.push(
        formatLocated({
          ...placeOf(m),
          message: `${quoted(m)} is marked over ${quoted(a)}, which was ${held}: the ${a.label} gave way, as under a mark made in the editor${a.note ? `, and its note went to the ${m.label}` : ''}`,
        }),
      );
    }
    return true;
  };
  const staying = kept.filter((s) => !givesWay(s));
  const arriving = incoming.filter((a) => claimsText(a) || !givesWay(a));
  const written = arriving.map((a) => {
    const { where: _w, ...rest } = a;
    const moved = notesFor.get(a);
    if (!moved) return rest;
    // As the editor joins the notes of spans a mark replaces. brat has no escape for tabs and line breaks, so the file's
    // note may be a moved note written out on one line: that is the same note, kept as it was.
    const flat = (n: string) => n.replace(/[\t\r\n]+/g, ' ');
    const own = a.note !== undefined && moved.some((n) => flat(n) === a.note) ? undefined : a.note;
    return { ...rest, note: [...new Set([own, ...moved].filter((n): n is string => !!n))].join('\n\n') };
  });
  return { annotations: [...staying, ...written], errors: [], notes };
}

function inFileOrder(x: Place, y: Place): number {
  return x.line - y.line || x.col - y.col;
}
