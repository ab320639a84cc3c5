/**
 * doccano sequence labelling, JSON Lines: `{"text": …, "label": [[start, end, "LABEL"], …]}` with offsets
 * in UTF-16 units (doccano's front end indexes JavaScript strings). One line per article. Only spans and
 * labels travel: rejected suggestions are left out, since doccano would show them as entities.
 */
import { Locator, placeOf } from '../located';
import { CUTS_CHARACTER, spanCutsCharacter } from '../../text/offsets';
import { parseLocatedJson } from '../json-located';
import { attachToArticle } from './attach';
import { ExportedFile, ExportInput, ImportedAnnotation, ImportResult, isLabel, visible } from './common';

export function exportDoccano(input: ExportInput): ExportedFile[] {
  const label = visible(input.sidecar.annotations).map((a) => [a.start, a.end, a.label]);
  return [{ name: `${input.stem}.doccano.jsonl`, content: JSON.stringify({ text: input.text, label }) + '\n' }];
}

const MAX_SHOWN = 5;
const LAYOUTS = '{"text": "…", "label": [[start, end, "LABEL"], …]} or {"text": "…", "entities": [{"start_offset", "end_offset", "label"}, …]}';

/**
 * Reads the line whose text is the article's (or the only line), located errors per line. Both doccano
 * layouts are read: `label` as [start, end, label] triples (older exports, and ours) and `entities` as
 * {id, start_offset, end_offset, label} objects (current exports). doccano carries no quote: a span that
 * does not fit its line's text cannot be found again, and is refused.
 */
export function importDoccano(content: string, fileName: string, articleText: string): ImportResult {
  const lines = content.split('\n');
  const records: { rec: Record<string, unknown>; lineNo: number; at: (path: (string | number)[], m: string) => ReturnType<Locator['at']> }[] = [];
  const errors: ImportResult['errors'] = [];
  const whole = new Locator(fileName, content);
  let badLines = 0;
  let offset = 0;
  lines.forEach((raw, i) => {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const parsed = parseLocatedJson(line, fileName);
    // Errors of one line are found in that line; shift them to the whole file's line numbers.
    const shift = (e: { offset?: number; message: string }) => whole.at(lineStart + (i === 0 && raw.charCodeAt(0) === 0xfeff ? 1 : 0) + (e.offset ?? 0), e.message);
    if ('errors' in parsed) {
      badLines++;
      errors.push(...parsed.errors.map(shift));
      return;
    }
    const rec = parsed.json.value as Record<string, unknown>;
    const at = (path: (string | number)[], m: string) => shift(parsed.json.at(path, m));
    if (!rec || typeof rec !== 'object' || Array.isArray(rec) || typeof rec.text !== 'string') {
      errors.push(at([], `not a doccano record: expected ${LAYOUTS}`));
      return;
    }
    if (!['label', 'labels', 'entities'].some((k) => k in rec)) {
      errors.push(at([], `a doccano record with no spans: expected "label" or "entities", as in ${LAYOUTS}`));
      return;
    }
    records.push({ rec, lineNo: i + 1, at });
  });
  if (errors.length) {
    // One JSON value over several lines (a pretty-printed file, a Label Studio or W3C export) is not
    // JSON Lines: say that once rather than once a line.
    if (badLines > 1 && !('errors' in parseLocatedJson(content, fileName))) {
      return { annotations: [], errors: [whole.at(0, `not JSON Lines: the file is one JSON value over ${lines.length} lines, and doccano has one record a line, ${LAYOUTS}`)] };
    }
    if (errors.length > MAX_SHOWN) errors.splice(MAX_SHOWN, errors.length, { ...errors[MAX_SHOWN], message: `and ${errors.length - MAX_SHOWN} more lines that are not doccano records` });
    return { annotations: [], errors };
  }
  if (!records.length) return { annotations: [], errors: [whole.at(0, `no doccano record in the file: expected one JSON object per line, ${LAYOUTS}`)] };
  const notes: string[] = [];
  let chosen = records.find((r) => r.rec.text === articleText);
  if (!chosen && records.length === 1) chosen = records[0];
  if (!chosen) {
    return {
      annotations: [],
      errors: [
        whole.at(0, `${records.length} records (lines ${records.map((r) => r.lineNo).join(', ')}) and none has the article's text: import one line at a time`),
      ],
    };
  }
  if (records.length > 1) {
    const others = records.filter((r) => r !== chosen).map((r) => r.lineNo);
    notes.push(`${fileName}:${chosen.lineNo}: imported this record, whose text is the article's; ${others.length} other records (lines ${others.join(', ')}) are other texts and were left out`);
  }
  const text = chosen.rec.text as string;
  const key = 'entities' in chosen.rec ? 'entities' : 'label' in chosen.rec ? 'label' : 'labels';
  const spans = chosen.rec[key];
  if (!Array.isArray(spans)) return { annotations: [], errors: [chosen.at([key], key === 'entities' ? 'expected "entities": [{"start_offset", "end_offset", "label"}, …]' : `expected "${key}": [[start, end, "LABEL"], …]`)] };
  const annotations: ImportedAnnotation[] = [];
  spans.forEach((s, k) => {
    const obj = s && typeof s === 'object' && !Array.isArray(s) ? (s as Record<string, unknown>) : undefined;
    const [start, end, label] = key === 'entities' ? (obj ? [obj.start_offset, obj.end_offset, obj.label] : []) : Array.isArray(s) ? s : [];
    const shape = key === 'entities' ? '{"start_offset", "end_offset", "label"}' : '[start, end, label]';
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      errors.push(chosen.at([key, k], `span ${JSON.stringify(s)} is not ${shape} with whole offsets, end after start (UTF-16 units)`));
      return;
    }
    if (end > text.length) {
      errors.push(
        chosen.at([key, k], `offsets ${start}–${end} do not fit the record's text (${text.length} UTF-16 units); doccano keeps no quote to find the span again by`),
      );
      return;
    }
    if (!isLabel(label)) {
      errors.push(chosen.at(key === 'entities' ? [key, k, 'label'] : [key, k, 2], `unknown label ${JSON.stringify(label)}`));
      return;
    }
    if (spanCutsCharacter(text, start, end)) {
      errors.push(chosen.at([key, k], `span ${JSON.stringify(s)} ${CUTS_CHARACTER}`));
      return;
    }
    // doccano has spans and labels only: every other field of an annotation already there is kept.
    annotations.push({ start, end, label, confidence: 1, source: 'manual', status: 'accepted', stated: [], where: placeOf(chosen.at([key, k], '')) });
  });
  const attached = attachToArticle(text, annotations, articleText);
  return { text, annotations: attached.annotations, orphans: attached.orphans, anchors: attached.anchors, errors, notes };
}
