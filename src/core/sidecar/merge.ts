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
