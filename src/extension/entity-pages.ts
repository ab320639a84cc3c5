import { Annotation, EntityLabel } from '../core/types';

/** Entities listed under a label (or under its "more" item) at once. */
export const ENTITY_PAGE = 300;

/** An entity of the explorer: its text and its mentions, in text order. */
export interface EntityGroup {
  text: string;
  mentions: Annotation[];
}

/**
 * The entities of one label, most mentioned first, then in Chinese collation order. A 1 MB article
 * has thousands: listing them all made VS Code build thousands of tree items on every refresh, and
 * nobody scrolls through them; the rest follow a page at a time behind a "N more" item.
 */
export function entityGroups(annotations: readonly Annotation[], label: EntityLabel, text: string, compare: (a: string, b: string) => number): EntityGroup[] {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.label !== label) continue;
    const key = text.slice(a.start, a.end);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || compare(a[0], b[0])).map(([t, mentions]) => ({ text: t, mentions }));
}

/** One page of a list and what is left after it (empty when it all fits). */
export function pageOf<T>(items: readonly T[], size = ENTITY_PAGE): { page: T[]; rest: T[] } {
  // A last page of one would be a "1 more" item standing in for the item itself.
  if (items.length <= size + 1) return { page: [...items], rest: [] };
  return { page: items.slice(0, size), rest: items.slice(size) };
}
