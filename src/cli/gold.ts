import { dirname, resolve } from 'node:path';
import { ENTITY_LABELS, Label, Span } from '../core/types';
import { isNumKind } from '../core/eval/score';
import { InputError, located } from './errors';
import { readTextFile } from './read-text';

export interface GoldDocument {
  id: string;
  text: string;
  entities: Span[];
}

const GOLD_LABELS: readonly Label[] = [...ENTITY_LABELS, 'TERM'];

/**
 * Reads gold data: JSON Lines of {"id","text","entities"}, or one JSON object in the seed gold format
 * ({"text": "<file beside it>", "offsets": "utf16", "entities": [...]}).
 */
export function readGold(path: string): GoldDocument[] {
  const content = readTextFile(path);
  const trimmed = content.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const whole = JSON.parse(content) as Record<string, unknown>;
      if (whole && typeof whole === 'object' && Array.isArray(whole.entities) && typeof whole.text === 'string') {
        return [readSeedFormat(path, whole)];
      }
    } catch {
      // not one JSON document: read it as JSON Lines below
    }
  }
  const docs: GoldDocument[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw new InputError(located(path, i + 1, 1, `invalid JSON: ${(e as Error).message}`));
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string' || !Array.isArray(rec.entities)) {
      throw new InputError(located(path, i + 1, 1, 'expected {"id", "text", "entities": [...]}'));
    }
    docs.push({
      id: String(rec.id ?? i + 1),
      text: rec.text,
      entities: checkEntities(rec.entities, rec.text, (msg) => located(path, i + 1, 1, msg)),
    });
  });
  return docs;
}

function readSeedFormat(path: string, whole: Record<string, unknown>): GoldDocument {
  if (whole.offsets !== undefined && whole.offsets !== 'utf16') {
    throw new InputError(located(path, 1, 1, `offsets "${String(whole.offsets)}" not supported (expected "utf16")`));
  }
  const textPath = resolve(dirname(path), whole.text as string);
  const text = readTextFile(textPath);
  return { id: whole.text as string, text, entities: checkEntities(whole.entities as unknown[], text, (m) => located(path, 1, 1, m)) };
}

function checkEntities(raw: unknown[], text: string, where: (msg: string) => string): Span[] {
  return raw.map((e, k) => {
    const r = e as Record<string, unknown>;
    const ok =
      r && typeof r.start === 'number' && typeof r.end === 'number' && Number.isInteger(r.start) && Number.isInteger(r.end) &&
      r.start >= 0 && r.end > r.start && r.end <= text.length && GOLD_LABELS.includes(r.label as Label);
    if (!ok) throw new InputError(where(`entity ${k + 1}: expected integer start < end within the text and a label of ${GOLD_LABELS.join('/')}`));
    if (typeof r.text === 'string' && text.slice(r.start as number, r.end as number) !== r.text) {
      throw new InputError(where(`entity ${k + 1}: text "${r.text}" does not match the text at ${r.start}–${r.end}`));
    }
    const span: Span = { start: r.start as number, end: r.end as number, label: r.label as Label };
    if (isNumKind(r.kind)) span.kind = r.kind;
    return span;
  });
}
