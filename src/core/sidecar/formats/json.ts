/** The default sidecar as an export format: the file itself, and reading one back for import. */
import { serializeSidecar } from '../model';
import { parseSidecar } from '../parse';
import { reanchor } from '../reanchor';
import { articleSha256 } from '../model';
import { ExportedFile, ExportInput, ImportResult } from './common';

export function exportJson(input: ExportInput): ExportedFile[] {
  return [{ name: `${input.stem}.annotations.json`, content: serializeSidecar(input.sidecar) }];
}

/** Reads a sidecar; when it was written for another version of the article, re-anchors it. */
export function importJson(content: string, fileName: string, articleText: string): ImportResult {
  const parsed = parseSidecar(content, fileName);
  if (parsed.errors) return { annotations: [], errors: parsed.errors };
  const s = parsed.sidecar;
  if (s.document.sha256 === articleSha256(articleText, s.document.hadBom)) {
    return { annotations: s.annotations, orphans: s.orphans, errors: [] };
  }
  const r = reanchor(articleText, s.annotations);
  return { annotations: r.annotations, orphans: [...s.orphans, ...r.orphans], errors: [] };
}
