/**
 * Formats that carry their own copy of the text (label-studio, doccano) may have been made from an older
 * version of the article. Their offsets are good for that copy; this moves them to the article the way
 * any sidecar is re-anchored, so an import never places a span on the wrong words.
 */
import { Anchorer, newAnnotationId, SidecarAnnotation } from '../model';
import { AnchorReport, reanchor } from '../reanchor';
import { ImportAnchor, ImportedAnnotation } from './common';

export interface Attached {
  annotations: ImportedAnnotation[];
  orphans: SidecarAnnotation[];
  report: AnchorReport[];
  /** Those not at their place in the file's text: moved, fuzzy or orphan (offsets in the file's units). */
  anchors: ImportAnchor[];
}

export function attachToArticle(sourceText: string, annotations: ImportedAnnotation[], articleText: string, unit: 'code points' | 'UTF-16' = 'UTF-16'): Attached {
  if (sourceText === articleText) return { annotations, orphans: [], report: [], anchors: [] };
  const anchorer = new Anchorer(sourceText);
  const withQuotes: SidecarAnnotation[] = annotations.map((a, i) => ({
    ...a,
    id: a.id ?? `import-${i + 1}`,
    status: a.status ?? 'accepted',
    ...anchorer.anchor(a),
  }));
  const r = reanchor(articleText, withQuotes, { oldLength: sourceText.length });
  const made = new Set(withQuotes.filter((_, i) => !annotations[i].id).map((a) => a.id));
  const offsets = (x: { start: number; end: number }) =>
    unit === 'code points' ? `${anchorer.codePoint(x.start)}–${anchorer.codePoint(x.end)} (code points)` : `${x.start}–${x.end} (UTF-16 units)`;
  const anchors: ImportAnchor[] = r.report
    .filter((rep) => rep.outcome !== 'kept')
    .map((rep) => ({ outcome: rep.outcome as ImportAnchor['outcome'], label: rep.label, quote: rep.oldQuote, from: offsets(rep.from) }));
  return { ...withFileIds(r, (id) => made.has(id)), report: r.report, anchors };
}

/**
 * Ids made up for the search (`madeUp`) are not the file's: a found annotation drops its, to get its own
 * in the sidecar, and an orphan, which is written as it is, gets a proper one.
 */
function withFileIds<A extends SidecarAnnotation, O extends SidecarAnnotation>(
  r: { annotations: A[]; orphans: O[] },
  madeUp: (id: string) => boolean,
): { annotations: A[]; orphans: O[] } {
  return {
    annotations: r.annotations.map((a) => (madeUp(a.id) ? { ...a, id: undefined as unknown as string } : a)),
    orphans: r.orphans.map((a) => (madeUp(a.id) ? { ...a, id: newAnnotationId(a.label, a.start, a.end, a.quote.exact, new Set()) } : a)),
  };
}

/** An annotation whose offsets do not fit the article, to be found again by its quoted text. */
export interface ToFind {
  annotation: ImportedAnnotation;
  exact: string;
  /** Its place as the file gives it (UTF-16 in the article), the first guess of where to look. */
  start: number;
  /** The file's offsets as the file writes them, for the report. */
  from: string;
}

/**
 * Finds each annotation by its quoted text, nearest its stated place; one whose text is nowhere in the
 * article comes back as an orphan with its old offsets, never dropped.
 */
export function findByQuote(articleText: string, items: readonly ToFind[]): { annotations: ImportedAnnotation[]; orphans: SidecarAnnotation[]; anchors: ImportAnchor[] } {
  if (!items.length) return { annotations: [], orphans: [], anchors: [] };
  const anchorer = new Anchorer(articleText);
  const toFind: SidecarAnnotation[] = items.map((t, i) => {
    const start = Math.max(0, Math.min(t.start, articleText.length));
    return {
      ...t.annotation,
      id: t.annotation.id ?? `import-quote-${i + 1}`,
      status: t.annotation.status ?? 'accepted',
      start,
      end: start + t.exact.length,
      startCodePoint: anchorer.codePoint(start),
      endCodePoint: anchorer.codePoint(start) + [...t.exact].length,
      quote: { exact: t.exact, prefix: '', suffix: '' },
    };
  });
  const r = reanchor(articleText, toFind);
  const byId = new Map(toFind.map((a, i) => [a.id, items[i]]));
  const anchors: ImportAnchor[] = r.report.map((rep) => ({
    outcome: rep.outcome === 'kept' ? 'moved' : rep.outcome,
    label: rep.label,
    quote: rep.oldQuote,
    from: byId.get(rep.id)?.from ?? '',
  }));
  return { ...withFileIds(r, (id) => !byId.get(id)?.annotation.id), anchors };
}
