/**
 * The bridge between the editor's decisions and the sidecar. A sidecar stores every shown annotation
 * (suggestions included, so other tools see them) plus rejected suggestions and orphans; only the
 * decided ones — manual, accepted, rejected, orphaned — come back as decisions when a file is opened,
 * because suggestions are recomputed by the engine.
 */
import { Annotation, EntityLabel, ENTITY_LABELS } from '../types';
import { Decision } from '../annotations/decisions';
import { Anchorer, AnnotationInput, SidecarAnnotation } from './model';

const isEntity = (l: string): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l);

function toDecision(a: SidecarAnnotation, orphan: boolean): Decision | undefined {
  if (!isEntity(a.label) && a.label !== 'TERM') return undefined;
  // A note on a suggestion is the editor's work too (as isDecision says for the CLI's merge).
  const action: Decision['action'] | undefined =
    a.status === 'rejected'
      ? 'reject'
      : a.source === 'manual'
        ? 'mark'
        : a.status === 'accepted'
          ? 'accept'
          : a.note
            ? 'note'
            : orphan
              ? a.label === 'TERM' ? 'note' : 'mark'
              : undefined;
  if (!action) return undefined;
  const now = new Date().toISOString();
  return {
    id: a.id,
    action,
    start: a.start,
    end: a.end,
    label: a.label,
    kind: a.kind,
    value: a.value,
    roles: a.roles,
    confidence: a.confidence,
    glossaryId: a.glossaryId,
    quote: a.quote.exact,
    orphan: orphan || undefined,
    manual: (action === 'reject' && a.source === 'manual') || undefined,
    note: a.note,
    created: a.created ?? now,
    modified: a.modified ?? now,
  };
}

/** Decisions stored in a sidecar (after re-anchoring, so offsets fit the current text). */
export function decisionsFromSidecar(annotations: readonly SidecarAnnotation[], orphans: readonly SidecarAnnotation[]): Decision[] {
  const out: Decision[] = [];
  for (const a of annotations) {
    const d = toDecision(a, false);
    if (d) out.push(d);
  }
  for (const a of orphans) {
    const d = toDecision(a, true);
    if (d) out.push(d);
  }
  return out;
}

const spanKey = (x: { start: number; end: number; label: string }) => `${x.start}:${x.end}:${x.label}`;

/**
 * What to write: the shown annotations (decided ones keep their decision's id, so ids stay stable
 * across saves), every decision the shown list does not hold written from the decision itself —
 * rejected suggestions with status `rejected`, and accepted, hand-marked and noted spans when there is
 * no current list from the engine (shown = []) or the engine no longer proposes them — and orphans as
 * they were last seen. No decision is left out: one whose span no longer fits the text is an orphan.
 */
export function sidecarContent(
  text: string,
  shown: readonly Annotation[],
  decisions: readonly Decision[],
  previousOrphans: readonly SidecarAnnotation[],
): { annotations: AnnotationInput[]; orphans: SidecarAnnotation[] } {
  const live = decisions.filter((d) => !d.orphan);
  const byKey = new Map(live.filter((d) => d.action !== 'reject').map((d) => [spanKey(d), d]));
  const written = new Set<Decision>();
  const annotations: AnnotationInput[] = shown.map((a) => {
    const d = byKey.get(spanKey(a));
    if (!d) return a;
    written.add(d);
    const decided = d.action === 'note' ? {} : { status: 'accepted' as const, ...(d.action === 'mark' ? { source: 'manual' as const } : {}) };
    return { ...a, ...decided, id: d.id, note: d.note, created: d.created, modified: d.modified };
  });
  const anchorer = new Anchorer(text);
  const lost: Decision[] = [];
  for (const d of live) {
    if (written.has(d)) continue;
    if (anchorer.check(d) !== undefined) lost.push(d);
    else annotations.push(annotationOf(d));
  }
  const previous = new Map(previousOrphans.map((o) => [o.id, o]));
  const orphans: SidecarAnnotation[] = decisions
    .filter((d) => d.orphan)
    .map((d) => {
      const before = previous.get(d.id);
      return before && before.quote.exact === d.quote && before.label === d.label ? before : orphanOf(d);
    });
  for (const d of lost) orphans.push(orphanOf(d));
  return { annotations, orphans };
}

function sourceOf(d: Decision): SidecarAnnotation['source'] {
  return d.action === 'mark' || d.manual ? 'manual' : d.label === 'TERM' ? 'glossary' : 'auto';
}

function statusOf(d: Decision): SidecarAnnotation['status'] {
  return d.action === 'reject' ? 'rejected' : d.action === 'note' ? 'suggested' : 'accepted';
}

/** A decision written as it stands, when the engine's list does not hold its span. */
function annotationOf(d: Decision): AnnotationInput {
  return {
    id: d.id,
    start: d.start,
    end: d.end,
    label: d.label,
    kind: d.kind,
    value: d.value,
    roles: d.roles,
    glossaryId: d.glossaryId,
    confidence: d.confidence ?? (d.action === 'reject' ? 0 : 1),
    source: sourceOf(d),
    status: statusOf(d),
    note: d.note,
    created: d.created,
    modified: d.modified,
  };
}

/**
 * A decision orphaned during this session: its last offsets and quote, without context. The text it
 * stood in is gone, so its code-point offsets can only repeat the UTF-16 ones. Its end is where its
 * quote ends, so the orphan always fits its quote (a sidecar reader checks that).
 */
function orphanOf(d: Decision): SidecarAnnotation {
  return {
    id: d.id,
    start: d.start,
    end: d.start + d.quote.length,
    startCodePoint: d.start,
    endCodePoint: d.start + [...d.quote].length,
    label: d.label,
    kind: d.kind,
    value: d.value,
    roles: d.roles,
    glossaryId: d.glossaryId,
    confidence: d.confidence ?? 1,
    source: sourceOf(d),
    status: statusOf(d),
    quote: { exact: d.quote, prefix: '', suffix: '' },
    note: d.note,
    created: d.created,
    modified: d.modified,
    orphaned: new Date().toISOString(),
  };
}
