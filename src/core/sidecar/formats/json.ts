/** The default sidecar as an export format: the file itself, and reading one back for import. */
import { serializeSidecar } from '../model';
import { parseSidecar } from '../parse';
import { placeOf } from '../located';
import { reanchor } from '../reanchor';
import { Anchorer, articleSha256 } from '../model';
import { ExportedFile, ExportInput, ImportAnchor, ImportResult } from './common';

export function exportJson(input: ExportInput): ExportedFile[] {
  return [{ name: `${input.stem}.annotations.json`, content: serializeSidecar(input.sidecar) }];
}

/** Reads a sidecar; when it was written for another version of the article, re-anchors it. */
export function importJson(content: string, fileName: string, articleText: string): ImportResult {
  const parsed = parseSidecar(content, fileName);
  if (parsed.errors) return { annotations: [], errors: parsed.errors };
  const where = (i: number) => placeOf(parsed.locate(['annotations', i]));
  const s = { ...parsed.sidecar, annotations: parsed.sidecar.annotations.map((a, i) => ({ ...a, where: where(i) })) };
  const anchorer = new Anchorer(articleText);
  // Same hash and every span where its quote is: take it as it is. Otherwise (an edited article, or a
  // damaged file whose spans do not fit) re-anchor; what still does not fit is kept as an orphan.
  if (s.document.sha256 === articleSha256(articleText, s.document.hadBom) && s.annotations.every((a) => anchorer.holds(a))) {
    return { annotations: s.annotations, orphans: s.orphans, errors: [] };
  }
  const r = reanchor(articleText, s.annotations, { oldLength: s.document.length.utf16 });
  const fit = r.annotations.filter((a) => anchorer.holds(a));
  const unfit = r.annotations.filter((a) => !anchorer.holds(a));
  const anchors: ImportAnchor[] = [
    ...r.report
      .filter((x) => x.outcome !== 'kept')
      .map((x) => ({ outcome: x.outcome as ImportAnchor['outcome'], label: x.label, quote: x.oldQuote, from: `${x.from.start}–${x.from.end} (UTF-16 units)` })),
  ];
  for (const a of unfit) {
    const i = anchors.findIndex((x) => x.outcome !== 'orphan' && x.label === a.label && x.quote === a.quote.exact);
    if (i >= 0) anchors[i] = { ...anchors[i], outcome: 'orphan' };
  }
  return { annotations: fit, orphans: [...s.orphans, ...r.orphans, ...unfit], anchors, errors: [] };
}
