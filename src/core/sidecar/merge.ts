/**
 * Joins a fresh automatic annotation run with the decisions stored in a sidecar (already re-anchored to
 * the same text). A decision — accepted, rejected, drawn by hand, or carrying a note — is never dropped;
 * an undecided suggestion that the recognisers no longer make is dropped, since it was only ever theirs.
 * As in the editor (applyDecisions), a span the editor drew or accepted claims its text: a fresh
 * PER/ORG/LOC/NUM suggestion overlapping it is dropped, so exports never hold overlapping names.
 */
import { Annotation } from '../types';
import { AnnotationInput, SidecarAnnotation } from './model';

export function isDecision(a: SidecarAnnotation): boolean {
  return a.status !== 'suggested' || a.source === 'manual' || !!a.note;
}

export function mergeDecisions(auto: readonly Annotation[], stored: readonly SidecarAnnotation[]): AnnotationInput[] {
  const key = (a: { label: string; start: number; end: number }) => `${a.label}:${a.start}:${a.end}`;
  const byKey = new Map<string, SidecarAnnotation>();
  for (const s of stored) if (!byKey.has(key(s))) byKey.set(key(s), s);
  const used = new Set<SidecarAnnotation>();
  const claimed = stored.filter((s) => s.label !== 'TERM' && s.status !== 'rejected' && (s.status === 'accepted' || s.source === 'manual'));
  const overlapsClaimed = (a: Annotation) => claimed.some((c) => c.start < a.end && a.start < c.end);
  const out: AnnotationInput[] = [];
  for (const a of auto) {
    const s = byKey.get(key(a));
    if (!s) {
      if (a.label !== 'TERM' && overlapsClaimed(a)) continue;
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
 * they are: each accepted, rejected, hand-drawn or noted annotation, and each orphan, that `next` has
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
    ...previous.orphans.filter((o) => !held.has(`${o.id} ${decision(o)}`)),
  ];
}

/** An annotation read from another tool's file: `stated` lists the fields the file gave (see formats/common). */
export type IncomingAnnotation = AnnotationInput & { stated?: readonly string[] };

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
 * file's defaults.
 */
export function mergeImported(stored: readonly SidecarAnnotation[], imported: readonly IncomingAnnotation[]): AnnotationInput[] {
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
    if (!match) incoming.push(a);
    else if (stated === undefined) incoming.push(a.id ? a : { ...a, id: match.id });
    else {
      const merged: Record<string, unknown> = { ...match, start: a.start, end: a.end, label: a.label, id: match.id };
      const relabelling = match.label !== a.label;
      // What described the old label does not describe the new one.
      if (relabelling) for (const f of ['kind', 'value', 'roles', 'glossaryId', 'recogniser']) delete merged[f];
      if (match.status === 'rejected' && !stated.includes('status')) {
        // The file has the span, and cannot say "rejected": the annotator's word is that it is one.
        merged.status = a.status && a.status !== 'rejected' ? a.status : 'accepted';
        if (!stated.includes('source')) merged.source = a.source ?? 'manual';
      }
      for (const f of stated) merged[f] = (a as Record<string, unknown>)[f];
      if (relabelling) {
        // A new label is a person's word, as a mark in the editor is: the recogniser never suggested it
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
  return [...stored.filter((s) => !replaced.has(s)), ...incoming];
}
