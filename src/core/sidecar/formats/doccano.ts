/**
 * doccano sequence labelling, JSON Lines: `{"text": …, "label": [[start, end, "LABEL"], …]}` with offsets
 * in UTF-16 units (doccano's front end indexes JavaScript strings). One line per article. Only spans and
 * labels travel: rejected suggestions are left out, since doccano would show them as entities.
 */
import { Locator } from '../located';
import { splitsSurrogatePair } from '../../text/offsets';
import { parseLocatedJson } from '../json-located';
import { attachToArticle } from './attach';
import { ExportedFile, ExportInput, ImportedAnnotation, ImportResult, isLabel, visible } from './common';

export function exportDoccano(input: ExportInput): ExportedFile[] {
  const label = visible(input.sidecar.annotations).map((a) => [a.start, a.end, a.label]);
  return [{ name: `${input.stem}.doccano.jsonl`, content: JSON.stringify({ text: input.text, label }) + '\n' }];
}

/** Reads the line whose text is the article's (else the first line), located errors per line. */
export function importDoccano(content: string, fileName: string, articleText: string): ImportResult {
  const lines = content.split('\n');
  const records: { rec: Record<string, unknown>; lineNo: number; at: (path: (string | number)[], m: string) => ReturnType<Locator['at']> }[] = [];
  const errors: ImportResult['errors'] = [];
  const whole = new Locator(fileName, content);
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
      errors.push(...parsed.errors.map(shift));
      return;
    }
    const rec = parsed.json.value as Record<string, unknown>;
    const at = (path: (string | number)[], m: string) => shift(parsed.json.at(path, m));
    if (!rec || typeof rec !== 'object' || typeof rec.text !== 'string') {
      errors.push(at([], 'expected {"text": "…", "label": [[start, end, "LABEL"], …]}'));
      return;
    }
    records.push({ rec, lineNo: i + 1, at });
  });
  if (errors.length) return { annotations: [], errors };
  const chosen = records.find((r) => r.rec.text === articleText) ?? records[0];
  if (!chosen) return { annotations: [], errors: [whole.at(0, 'no doccano record (a line with "text") in the file')] };
  const text = chosen.rec.text as string;
  const spans = chosen.rec.label ?? chosen.rec.labels ?? [];
  if (!Array.isArray(spans)) return { annotations: [], errors: [chosen.at(['label'], 'expected "label": [[start, end, "LABEL"], …]')] };
  const annotations: ImportedAnnotation[] = [];
  spans.forEach((s, k) => {
    const [start, end, label] = Array.isArray(s) ? s : [];
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      errors.push(chosen.at(['label', k], `span ${JSON.stringify(s)} is not [start, end, label] inside the text (UTF-16 units)`));
      return;
    }
    if (!isLabel(label)) {
      errors.push(chosen.at(['label', k, 2], `unknown label ${JSON.stringify(label)}`));
      return;
    }
    if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
      errors.push(chosen.at(['label', k], `span ${JSON.stringify(s)} cuts a character (a surrogate pair) in half`));
      return;
    }
    annotations.push({ start, end, label, confidence: 1, source: 'manual', status: 'accepted' });
  });
  const attached = attachToArticle(text, annotations, articleText);
  return { text, annotations: attached.annotations, orphans: attached.orphans, errors };
}
