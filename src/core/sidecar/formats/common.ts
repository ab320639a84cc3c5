/** What every export and import format shares: the files it writes and what an import gives back. */
import { ALL_LABELS, Label, NUM_KINDS, NumKind } from '../../types';
import { AnnotationInput, Sidecar, SidecarAnnotation } from '../model';
import { LocatedError } from '../located';

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
}

export interface ExportedFile {
  /** File name, relative to the output folder. */
  name: string;
  content: string;
}

/** An imported annotation: offsets are UTF-16 in the text the format refers to. */
export type ImportedAnnotation = AnnotationInput;

export interface ImportResult {
  /** The text the offsets refer to when the format carries it (label-studio, doccano, json quotes). */
  text?: string;
  annotations: ImportedAnnotation[];
  /** Orphans carried by the format (only the json sidecar has them). */
  orphans?: SidecarAnnotation[];
  errors: LocatedError[];
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
