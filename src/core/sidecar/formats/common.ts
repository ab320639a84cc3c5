/** What every export and import format shares: the files it writes and what an import gives back. */
import { ALL_LABELS, Label, NUM_KINDS, NumKind } from '../../types';
import { AnnotationInput, Sidecar, SidecarAnnotation } from '../model';
import { LocatedError, Locator, Place } from '../located';

export type FormatName = 'json' | 'brat' | 'w3c' | 'label-studio' | 'doccano' | 'conll';
export const EXPORT_FORMATS: readonly FormatName[] = ['json', 'brat', 'w3c', 'label-studio', 'doccano', 'conll'];
export const IMPORT_FORMATS: readonly FormatName[] = ['json', 'brat', 'w3c', 'label-studio', 'doccano'];

export interface ExportInput {
  /** The article text (BOM dropped), which the sidecar belongs to. */
  text: string;
  sidecar: Sidecar;
  /** File name stem for the files written: `news` → news.ann, news.txt. */
  stem: string;
  /** An absolute IRI for the article (W3C needs one), e.g. its file: URL. Default: a urn from its hash. */
  documentIri?: string;
  /**
   * brat: the `<stem>.txt` brat will read starts with a byte-order mark (it is the article itself, which
   * has one). brat counts the mark as character 0, so every offset written is one more.
   */
  textHasBom?: boolean;
}

export interface ExportedFile {
  /** File name, relative to the output folder. */
  name: string;
  content: string;
  /**
   * The file may already be there and be someone else's (brat's `<stem>.txt` beside a Markdown article of
   * the same stem, a collection's annotation.conf): a writer writes it only where it is absent, leaves it
   * where it already holds exactly this content, and otherwise refuses (replacementProblem).
   */
  ownedByOthers?: boolean;
  /**
   * The file may be edited where it lies (brat rewrites its .ann in place as one annotates): a writer
   * replaces one already there only where nothing marked in it would be lost (see zhnews export).
   */
  editedInPlace?: boolean;
}

/**
 * Whether writing `file` over the existing `existingText` (read from `path`) would replace something
 * else: undefined when the existing file already holds exactly the content (a byte-order mark aside),
 * else a problem located at the first line and column where the two differ.
 */
export function replacementProblem(file: ExportedFile, path: string, existingText: string): LocatedError | undefined {
  const existing = existingText.charCodeAt(0) === 0xfeff ? existingText.slice(1) : existingText;
  if (existing === file.content) return undefined;
  const i = firstDifference(existing, file.content);
  const what = file.name.endsWith('.txt') ? "the article's text, which brat needs beside the .ann" : `the ${file.name} this export would write`;
  return new Locator(path, existing).at(
    i,
    `${file.name} already exists and is not ${what} (they differ here); it was left unchanged and nothing was exported: move it away or export to another folder`,
  );
}

/** The UTF-16 offset of the first unit where two texts differ (the shorter's length when one begins the other). */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * An imported annotation: offsets are UTF-16 in the text the format refers to. `stated` lists the fields
 * the file itself gave (beyond span and label); when it is there, the other fields are only defaults for
 * a new annotation, and an annotation already in the sidecar keeps its own (zhnews import). Without it,
 * the format carries every field (json). `where` is its place in the file, for problems found when it is
 * merged (two names of the file over each other).
 */
export type ImportedAnnotation = AnnotationInput & { stated?: StatedField[]; where?: Place };
export type StatedField = 'kind' | 'value' | 'roles' | 'recogniser' | 'status' | 'source' | 'confidence' | 'glossaryId' | 'note';

/** One annotation an import had to find again by its quoted text: where it was, and what became of it. */
export interface ImportAnchor {
  outcome: 'moved' | 'fuzzy' | 'orphan';
  label: string;
  quote: string;
  /** Where the file put it, in the file's own units, e.g. "100–102 (code points)". */
  from: string;
}

/** What the file's reader knew about the text it refers to. */
export interface ImportOptions {
  /** brat: the .txt beside the .ann starts with a byte-order mark, which brat counts as character 0. */
  textHasBom?: boolean;
}

export interface ImportResult {
  /** The text the offsets refer to when the format carries it (label-studio, doccano, json quotes). */
  text?: string;
  annotations: ImportedAnnotation[];
  /** Orphans carried by the format (only the json sidecar has them). */
  orphans?: SidecarAnnotation[];
  errors: LocatedError[];
  /** Annotations placed by their quoted text because their offsets did not fit (and those not found). */
  anchors?: ImportAnchor[];
  /** Things the user should know that are not errors: records or annotations left out, and why. */
  notes?: string[];
}

export function isLabel(x: unknown): x is Label {
  return typeof x === 'string' && (ALL_LABELS as readonly string[]).includes(x);
}
export function isKind(x: unknown): x is NumKind {
  return typeof x === 'string' && (NUM_KINDS as readonly string[]).includes(x);
}
export const STATUSES = ['suggested', 'accepted', 'rejected'] as const;
export const SOURCES = ['auto', 'manual', 'glossary'] as const;
export function isStatus(x: unknown): x is (typeof STATUSES)[number] {
  return typeof x === 'string' && (STATUSES as readonly string[]).includes(x);
}
export function isSource(x: unknown): x is (typeof SOURCES)[number] {
  return typeof x === 'string' && (SOURCES as readonly string[]).includes(x);
}

/** Annotations a tool that knows nothing of decisions should see: everything not rejected. */
export function visible(annotations: readonly SidecarAnnotation[]): SidecarAnnotation[] {
  return annotations.filter((a) => a.status !== 'rejected');
}

/** The sidecar schema's date-time (parse.ts registers the same pattern with ajv). */
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const DATE_FIELDS: Record<string, (n: number) => boolean> = {
  year: () => true,
  month: (n) => n >= 1 && n <= 12,
  day: (n) => n >= 1 && n <= 31,
  hour: (n) => n >= 0 && n <= 24,
  minute: (n) => n >= 0 && n <= 59,
  weekday: (n) => n >= 1 && n <= 7,
};

function validDate(d: unknown): boolean {
  return isObject(d) && Object.entries(DATE_FIELDS).every(([k, ok]) => d[k] === undefined || (Number.isInteger(d[k]) && ok(d[k] as number)));
}

function validValue(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const k of ['value', 'low', 'high']) if (v[k] !== undefined && !(typeof v[k] === 'number' && Number.isFinite(v[k]))) return false;
  if (v.unit !== undefined && typeof v.unit !== 'string') return false;
  if (v.approx !== undefined && typeof v.approx !== 'boolean') return false;
  return (v.date === undefined || validDate(v.date)) && (v.dateEnd === undefined || validDate(v.dateEnd));
}

/**
 * Formats that carry free fields (W3C's zhnews:* extensions, Label Studio's score) can hold values the
 * sidecar schema refuses; written as they are, the sidecar would not read back. Such fields are dropped
 * (a bad confidence becomes 1, as for a field that is missing).
 */
export function schemaSafe<T extends ImportedAnnotation>(a: T): T {
  const out = { ...a };
  if (!(typeof out.confidence === 'number' && out.confidence >= 0 && out.confidence <= 1)) out.confidence = 1;
  if (out.id !== undefined && (typeof out.id !== 'string' || out.id === '')) delete out.id;
  if (out.glossaryId !== undefined && (typeof out.glossaryId !== 'string' || out.glossaryId === '')) delete out.glossaryId;
  for (const k of ['created', 'modified'] as const) if (out[k] !== undefined && !(typeof out[k] === 'string' && DATE_TIME.test(out[k]!))) delete out[k];
  for (const k of ['note', 'recogniser'] as const) if (out[k] !== undefined && typeof out[k] !== 'string') delete out[k];
  if (out.value !== undefined && !validValue(out.value)) delete out.value;
  if (out.roles !== undefined) {
    const roles = Array.isArray(out.roles) ? out.roles.filter((r) => isObject(r) && ['role', 'org'].every((k) => r[k] === undefined || typeof r[k] === 'string')) : [];
    if (roles.length) out.roles = roles;
    else delete out.roles;
  }
  return out;
}

/** decodeURIComponent that gives the text back unchanged when it is not valid %-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
