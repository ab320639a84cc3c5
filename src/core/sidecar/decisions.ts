/**
 * The bridge between the editor's decisions and the sidecar. A sidecar stores every shown annotation
 * (suggestions included, so other tools see them) plus rejected suggestions and orphans; only the
 * decided ones — manual, accepted, rejected, orphaned — come back as decisions when a file is opened,
 * because suggestions are recomputed by the engine.
 */
import { Annotation, EntityLabel, ENTITY_LABELS } from '../types';
import { Decision } from '../annotations/decisions';
import { AnnotationInput, SidecarAnnotation } from './model';

const isEntity = (l: string): l is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(l);

function toDecision(a: SidecarAnnotation, orphan: boolean): Decision | undefined {
  if (!isEntity(a.label)) return undefined;
  const action: Decision['action'] | undefined =
    a.status === 'rejected' ? 'reject' : a.source === 'manual' ? 'mark' : a.status === 'accepted' ? 'accept' : orphan ? 'mark' : undefined;
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
    quote: a.quote.exact,
    orphan: orphan || undefined,
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

/**
 * What to write: the shown annotations (decided ones keep their decision's id, so ids stay stable
 * across saves), rejected suggestions with status `rejected`, and orphans as they were last seen.
 */
export function sidecarContent(
  text: string,
  shown: readonly Annotation[],
  decisions: readonly Decision[],
  previousOrphans: readonly SidecarAnnotation[],
): { annotations: AnnotationInput[]; orphans: SidecarAnnotation[] } {
  const live = decisions.filter((d) => !d.orphan);
  const byKey = new Map(live.filter((d) => d.action !== 'reject').map((d) => [`${d.start}:${d.end}:${d.label}`, d]));
  const annotations: AnnotationInput[] = shown.map((a) => {
    const d = byKey.get(`${a.start}:${a.end}:${a.label}`);
    return d ? { ...a, id: d.id, note: d.note, created: d.created, modified: d.modified } : a;
  });
  for (const d of live.filter((x) => x.action === 'reject')) {
    if (d.end > text.length) continue;
    annotations.push({
      id: d.id,
      start: d.start,
      end: d.end,
      label: d.label,
      kind: d.kind,
      value: d.value,
      confidence: d.confidence ?? 0,
      source: 'auto',
      status: 'rejected',
      note: d.note,
      created: d.created,
      modified: d.modified,
    });
  }
  const previous = new Map(previousOrphans.map((o) => [o.id, o]));
  const orphans: SidecarAnnotation[] = decisions
    .filter((d) => d.orphan)
    .map((d) => previous.get(d.id) ?? orphanOf(d));
  return { annotations, orphans };
}

/**
 * A decision orphaned during this session: its old offsets and quote, without context. The text it
 * stood in is gone, so its code-point offsets can only repeat the UTF-16 ones.
 */
function orphanOf(d: Decision): SidecarAnnotation {
  return {
    id: d.id,
    start: d.start,
    end: d.end,
    startCodePoint: d.start,
    endCodePoint: d.start + [...d.quote].length,
    label: d.label,
    kind: d.kind,
    value: d.value,
    roles: d.roles,
    confidence: d.confidence ?? 1,
    source: d.action === 'mark' ? 'manual' : 'auto',
    status: d.action === 'reject' ? 'rejected' : 'accepted',
    quote: { exact: d.quote, prefix: '', suffix: '' },
    note: d.note,
    created: d.created,
    modified: d.modified,
    orphaned: new Date().toISOString(),
  };
}

