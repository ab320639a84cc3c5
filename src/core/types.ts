/**
 * The annotation model shared by every part of the product.
 * Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive.
 */

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'NUM';
export type Label = EntityLabel | 'TERM';
export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'NUM'];
export const ALL_LABELS: readonly Label[] = ['PER', 'ORG', 'LOC', 'NUM', 'TERM'];

export type NumKind = 'DATE' | 'PERCENT' | 'MONEY' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';
export const NUM_KINDS: readonly NumKind[] = ['DATE', 'PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL'];

/** A calendar point; any part may be missing (1月20日 has no year). */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** Time of day when stated (20日15时30分). */
  hour?: number;
  minute?: number;
  /** Day of the week when stated (周二, 2025年12月16日周二): 1 = Monday … 7 = Sunday, as ISO 8601 numbers them. */
  weekday?: number;
}

/** The normalised meaning of a NUM span. */
export interface NumValue {
  /** The number itself, scaled by magnitude words: 2700亿元 → 270000000000, 8.8% → 0.088, 第四 → 4. */
  value?: number;
  /** For a range (6—8年, 6000元—7000元/千瓦): both ends, scaled like `value`. */
  low?: number;
  high?: number;
  /** Unit or measure word after the number, as written: 元, 辆, 元/千瓦, 元/年·人. */
  unit?: string;
  /** 多 / 余 inside the expression: the true figure is somewhat more. */
  approx?: boolean;
  /** For DATE: the calendar point, and for a date range the last point. */
  date?: DateParts;
  dateEnd?: DateParts;
}

/** Who produced an annotation. `auto` covers every recogniser; `manual` is the editor's own. */
export type AnnotationSource = 'auto' | 'manual' | 'glossary';

/** Where an editor stands on an annotation. */
export type AnnotationStatus = 'suggested' | 'accepted' | 'rejected';

/** The role and organisation stated next to a person's name (市发展改革委主任高健 → 主任, 市发展改革委). */
export interface PersonRole {
  role?: string;
  org?: string;
}

export interface Annotation {
  start: number;
  end: number;
  label: Label;
  kind?: NumKind;
  value?: NumValue;
  /** In [0, 1]: how sure the recogniser is. Manual spans have 1. */
  confidence: number;
  source: AnnotationSource;
  /** Which recogniser produced it (numbers, rules, model, lexicon, consistency); for debugging and exports. */
  recogniser?: string;
  status?: AnnotationStatus;
  /** For TERM: the glossary entry id. */
  glossaryId?: string;
  /** For PER: role and organisation stated in the article. */
  roles?: PersonRole[];
}

/** A span of gold or exported data: the minimum every format carries. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  kind?: NumKind;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}

/** Every field of Annotation; the check below fails to compile when a field is added and not listed. */
const OPTIONAL_FIELDS = ['kind', 'value', 'recogniser', 'status', 'glossaryId', 'roles'] as const;
type Unlisted = Exclude<keyof Annotation, (typeof OPTIONAL_FIELDS)[number] | 'start' | 'end' | 'label' | 'confidence' | 'source'>;
const allFieldsListed: [Unlisted] extends [never] ? true : Unlisted = true;
void allFieldsListed;

/**
 * A copy moved by `by`, built field by field, each named: `{ ...a, start, end }` over annotations of
 * many shapes takes V8's slow path (five times slower), and so do stores under a computed key; an
 * edit moves every annotation after it.
 */
export function movedAnnotation(a: Annotation, by: number): Annotation {
  const b: Annotation = { start: a.start + by, end: a.end + by, label: a.label, confidence: a.confidence, source: a.source };
  if (a.kind !== undefined) b.kind = a.kind;
  if (a.value !== undefined) b.value = a.value;
  if (a.recogniser !== undefined) b.recogniser = a.recogniser;
  if (a.status !== undefined) b.status = a.status;
  if (a.glossaryId !== undefined) b.glossaryId = a.glossaryId;
  if (a.roles !== undefined) b.roles = a.roles;
  return b;
}
