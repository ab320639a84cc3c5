import { Annotation } from '../core/types';

/** The JSON form of an entity in CLI output: offsets in UTF-16 units, plus the covered text. */
export interface EntityJson {
  start: number;
  end: number;
  label: string;
  kind?: string;
  value?: unknown;
  glossaryId?: string;
  roles?: unknown;
  confidence: number;
  text: string;
}

export function toEntityJson(text: string, a: Annotation): EntityJson {
  const e: EntityJson = { start: a.start, end: a.end, label: a.label, confidence: round(a.confidence), text: text.slice(a.start, a.end) };
  if (a.kind) e.kind = a.kind;
  if (a.value) e.value = a.value;
  if (a.glossaryId) e.glossaryId = a.glossaryId;
  if (a.roles && a.roles.length) e.roles = a.roles;
  // Keep key order stable and readable: text last.
  const { text: t, ...rest } = e;
  return { ...rest, text: t };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
