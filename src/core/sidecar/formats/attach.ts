/**
 * Formats that carry their own copy of the text (label-studio, doccano) may have been made from an older
 * version of the article. Their offsets are good for that copy; this moves them to the article the way
 * any sidecar is re-anchored, so an import never places a span on the wrong words.
 */
import { Anchorer, SidecarAnnotation } from '../model';
import { AnchorReport, reanchor } from '../reanchor';
import { ImportedAnnotation } from './common';

export interface Attached {
  annotations: ImportedAnnotation[];
  orphans: SidecarAnnotation[];
  report: AnchorReport[];
}

export function attachToArticle(sourceText: string, annotations: ImportedAnnotation[], articleText: string): Attached {
  if (sourceText === articleText) return { annotations, orphans: [], report: [] };
  const anchorer = new Anchorer(sourceText);
  const withQuotes: SidecarAnnotation[] = annotations.map((a, i) => ({
    ...a,
    id: a.id ?? `import-${i + 1}`,
    status: a.status ?? 'accepted',
    ...anchorer.anchor(a),
  }));
  const r = reanchor(articleText, withQuotes, { oldLength: sourceText.length });
  return { annotations: r.annotations, orphans: r.orphans, report: r.report };
}
