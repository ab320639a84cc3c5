import { Annotation } from '../../types';
import { resolveOverlaps } from '../combine';
import { rolesBefore } from './roles';
import { placeMedia, placeOrgans } from './rules';
import { extendPlaces } from './place-rules';
import { NameLabel } from './tags';

/** Confidence a name needs before its other mentions are marked too. */
export const CONSISTENCY_THRESHOLD = 0.6;

const NAME_LABELS = new Set(['PER', 'ORG', 'LOC']);

/**
 * Document-level pass: every confident PER/ORG/LOC string (two characters or more) is marked at its
 * other mentions that no span covers yet, longest names first; roles are read for each person and
 * shared across the mentions of the same name. Existing spans (NUM included) are never moved, so
 * the result stays free of overlaps.
 */
export function consolidateNames(text: string, annotations: Annotation[]): Annotation[] {
  const entities = harmonise(text, annotations.filter((a) => a.label !== 'TERM'));
  const terms = annotations.filter((a) => a.label === 'TERM');
  const best = new Map<string, Annotation>();
  for (const a of entities) {
    if (!NAME_LABELS.has(a.label) || a.end - a.start < 2 || a.confidence < CONSISTENCY_THRESHOLD) continue;
    const s = text.slice(a.start, a.end);
    const prev = best.get(s);
    if (!prev || a.confidence > prev.confidence) best.set(s, a);
  }
  // Names by their first two characters: one pass over the text finds every mention.
  const byPrefix = new Map<string, Array<[string, Annotation]>>();
  for (const [s, a] of best) {
    const key = s.slice(0, 2);
    const list = byPrefix.get(key) ?? [];
    list.push([s, a]);
    byPrefix.set(key, list);
  }
  for (const list of byPrefix.values()) list.sort((x, y) => y[0].length - x[0].length || (x[0] < y[0] ? -1 : 1));
  const added: Annotation[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const list = byPrefix.get(text.slice(i, i + 2));
    if (!list) continue;
    for (const [s, a] of list) {
      if (!text.startsWith(s, i)) continue;
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
  const existing = new Set(entities);
  let result = resolveOverlaps([...entities, ...added], (x) => (existing.has(x) ? 1 : 0));
  result = withRoles(text, result);
  return [...result, ...terms].sort((a, b) => a.start - b.start || a.end - b.end);
}

function withRoles(text: string, all: Annotation[]): Annotation[] {
  const orgs = new Map(all.filter((a) => a.label === 'ORG').map((o) => [o.end, o]));
  const byName = new Map<string, Annotation['roles']>();
  const out = all.map((a) => {
    if (a.label !== 'PER') return a;
    const roles = rolesBefore(text, a, orgs);
    if (roles.length === 0) return a;
    const name = text.slice(a.start, a.end);
    const known = byName.get(name) ?? [];
    for (const r of roles) if (!known.some((k) => k.role === r.role && k.org === r.org)) known.push(r);
    byName.set(name, known);
    return a;
  });
  return out.map((a) => {
    if (a.label !== 'PER') return a;
    const roles = byName.get(text.slice(a.start, a.end));
    return roles && roles.length ? { ...a, roles } : a;
  });
}

/**
 * One label per name in a document: where the same string carries different name labels, the
 * mentions whose confidence is below the best mention's take the best mention's label.
 */
function harmonise(text: string, entities: Annotation[]): Annotation[] {
  const best = new Map<string, Annotation>();
  for (const a of entities) {
    if (!NAME_LABELS.has(a.label) || a.end - a.start < 2) continue;
    const s = text.slice(a.start, a.end);
    const b = best.get(s);
    if (!b || a.confidence > b.confidence) best.set(s, a);
  }
  return entities.map((a) => {
    if (!NAME_LABELS.has(a.label)) return a;
    const b = best.get(text.slice(a.start, a.end));
    return b && b.label !== a.label && a.confidence < b.confidence ? { ...a, label: b.label, recogniser: 'consistency' } : a;
  });
}
