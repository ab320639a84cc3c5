/** Shared test data: a text with everything that breaks naive offsets, and its annotations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotation, Label, NumKind } from '../../../src/core/types';
import { AnnotationInput } from '../../../src/core/sidecar';

export const REPO = join(__dirname, '..', '..', '..', '..');
export const SHARED = join(REPO, '..', 'shared');

/** CRLF line ends, 𠮷 (outside the BMP), emoji (one with a ZWJ sequence), full-width punctuation. */
export const HARD_TEXT =
  '𠮷野家在重庆开了第3家店😀重庆人都来了。\r\n' +
  '市人大代表何春阳说：“2024年营收增长8.8%👨‍👩‍👧。”\r\n' +
  '\r\n' +
  '邱小雅在两江新区𠮷祥路工作。\r\n';

function at(text: string, needle: string, label: Label, extra: Partial<AnnotationInput> = {}, nth = 0): AnnotationInput {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { start, end: start + needle.length, label, confidence: 0.9, source: 'auto', status: 'suggested', ...extra };
}

export function hardAnnotations(text = HARD_TEXT): AnnotationInput[] {
  return [
    at(text, '𠮷野家', 'ORG', { status: 'accepted', note: '名字里有𠮷' }),
    at(text, '重庆', 'LOC'),
    // Right after an emoji: a code point that follows a surrogate pair.
    at(text, '重庆', 'LOC', { status: 'accepted' }, 1),
    at(text, '第3', 'NUM', { kind: 'ORDINAL' as NumKind, value: { value: 3 }, status: 'accepted' }),
    at(text, '市人大', 'ORG', { source: 'manual', status: 'accepted', confidence: 1 }),
    at(text, '何春阳', 'PER', { roles: [{ role: '代表', org: '市人大' }] }),
    at(text, '2024年', 'NUM', { kind: 'DATE', status: 'rejected' }),
    at(text, '8.8%', 'NUM', { kind: 'PERCENT', value: { value: 0.088 } }),
    at(text, '邱小雅', 'PER', { status: 'accepted' }),
    at(text, '两江新区', 'LOC', { source: 'manual', status: 'accepted', confidence: 1 }),
    at(text, '两江新区', 'TERM', { source: 'glossary', status: 'suggested', glossaryId: 'liangjiang new area', confidence: 1 }),
    at(text, '𠮷祥路', 'LOC', { status: 'accepted' }),
  ];
}

export const GENERATOR = { name: 'zh-news-annotator', version: '0.1.0-test', model: 'test-model' };
export const NOW = '2026-01-02T03:04:05.000Z';

export interface GoldSeed {
  text: string;
  annotations: Annotation[];
}

export function seedArticle(): GoldSeed {
  const text = readFileSync(join(SHARED, 'data', 'seed-article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(SHARED, 'data', 'seed-article.gold.json'), 'utf8')) as {
    entities: { start: number; end: number; label: Label; kind?: NumKind }[];
  };
  const annotations = gold.entities.map((e) => ({
    start: e.start,
    end: e.end,
    label: e.label,
    ...(e.kind ? { kind: e.kind } : {}),
    confidence: 1,
    source: 'manual' as const,
    status: 'accepted' as const,
  }));
  return { text, annotations };
}
