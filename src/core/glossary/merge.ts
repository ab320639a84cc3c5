import { termKey } from './fold';
import { GlossaryEntry, GlossaryLocation } from './types';

export type GlossaryOrigin = 'workspace' | 'user' | 'builtin';

/** Highest precedence first. */
export const ORIGIN_ORDER: readonly GlossaryOrigin[] = ['workspace', 'user', 'builtin'];

export interface GlossarySourceFile {
  source: GlossaryOrigin;
  file: string;
  entries: readonly GlossaryEntry[];
}

export interface GlossaryDuplicate {
  /** `id`: two entries with the same id; `term`: a term or alias claimed by two different entries. */
  kind: 'id' | 'term';
  /** The id, or the term/alias as written in the dropped entry. */
  key: string;
  kept: { id: string; source: GlossaryOrigin; location: GlossaryLocation };
  dropped: { id: string; source: GlossaryOrigin; location: GlossaryLocation };
  /** "… at file:line:col overrides … at file:line:col", for a diagnostic or a log line. */
  message: string;
}

export interface MergedGlossary {
  /** In precedence order: workspace files, then user files, then the built-in glossary. */
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
  /** Which source each kept entry came from. */
  origin: Map<string, GlossaryOrigin>;
  duplicates: GlossaryDuplicate[];
}

/**
 * Merges glossaries with precedence workspace > user > built-in (within one origin, files keep the
 * order given). An entry whose id is already taken is dropped; a term or alias that a kept entry
 * already claims is removed from the later entry. Each case is reported with both locations.
 */
export function mergeGlossaries(files: readonly GlossarySourceFile[]): MergedGlossary {
  const ordered = [...files].sort((a, b) => ORIGIN_ORDER.indexOf(a.source) - ORIGIN_ORDER.indexOf(b.source));
  const byId = new Map<string, GlossaryEntry>();
  const origin = new Map<string, GlossaryOrigin>();
  const claims = new Map<string, GlossaryEntry>();
  const entries: GlossaryEntry[] = [];
  const duplicates: GlossaryDuplicate[] = [];
  for (const f of ordered) {
    for (const e of f.entries) {
      const same = byId.get(e.id);
      if (same) {
        duplicates.push(duplicate('id', e.id, same, origin.get(same.id)!, e, f.source));
        continue;
      }
      const forms: string[] = [];
      for (const form of [e.term, ...e.aliases]) {
        const key = termKey(form);
        const owner = claims.get(key);
        if (owner && owner.id !== e.id) duplicates.push(duplicate('term', form, owner, origin.get(owner.id)!, e, f.source));
        else forms.push(form);
      }
      // The entry stays (its card, its id) even when its forms are taken; only the contested forms go.
      const kept: GlossaryEntry = forms.length === 1 + e.aliases.length ? e : { ...e, aliases: e.aliases.filter((a) => forms.includes(a)) };
      for (const form of forms) if (!claims.has(termKey(form))) claims.set(termKey(form), kept);
      byId.set(kept.id, kept);
      origin.set(kept.id, f.source);
      entries.push(kept);
    }
  }
  return { entries, byId, origin, duplicates };
}

function where(l: GlossaryLocation): string {
  return `${l.file}:${l.line}:${l.col}`;
}

function duplicate(kind: 'id' | 'term', key: string, kept: GlossaryEntry, keptSource: GlossaryOrigin, dropped: GlossaryEntry, droppedSource: GlossaryOrigin): GlossaryDuplicate {
  const what = kind === 'id' ? `entry \`${key}\`` : `term \`${key}\``;
  const message =
    `${what} is defined twice: ${keptSource} ${where(kept.location)} (entry \`${kept.id}\`) is used, ` +
    `${droppedSource} ${where(dropped.location)} (entry \`${dropped.id}\`) is ${kind === 'id' ? 'ignored' : 'not matched by this form'}`;
  return {
    kind,
    key,
    kept: { id: kept.id, source: keptSource, location: kept.location },
    dropped: { id: dropped.id, source: droppedSource, location: dropped.location },
    message,
  };
}
