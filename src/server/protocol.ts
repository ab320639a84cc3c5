import { Annotation } from '../core/types';

/** Messages between the extension (client) and the language server beside the LSP standard ones. */

/** server → client: the annotations of one document version. */
export const ANNOTATIONS_NOTIFICATION = 'zhNews/annotations';
export interface AnnotationsParams {
  uri: string;
  version: number;
  /** All annotations of the version; empty when `delta` is set. */
  annotations: Annotation[];
  /** Only what changed since `delta.baseVersion`, the version the client was last sent. */
  delta?: AnnotationDelta;
  /** Set when the document was not annotated, and why (e.g. above the size limit). */
  skipped?: 'tooLarge' | 'binary';
  /** Milliseconds the engine spent on this version. */
  engineMs: number;
}

/** The change from one sorted annotation list to the next. */
export interface AnnotationDelta {
  /** The version the delta applies to; a client holding another one asks for the full list (RESEND). */
  baseVersion: number;
  /** Annotations kept at the start, unchanged. */
  keep: number;
  /** Annotations after those that are replaced by `insert`. */
  remove: number;
  insert: Annotation[];
  /** Added to start and end of every annotation after the replaced ones (the text grew or shrank). */
  shift: number;
}

export function applyAnnotationDelta(before: readonly Annotation[], d: AnnotationDelta): Annotation[] {
  const out = before.slice(0, d.keep).concat(d.insert);
  for (let i = d.keep + d.remove; i < before.length; i++) {
    const a = before[i];
    out.push(d.shift === 0 ? a : { ...a, start: a.start + d.shift, end: a.end + d.shift });
  }
  return out;
}

/** client → server: the client could not apply a delta; send this document's full list again. */
export const RESEND_NOTIFICATION = 'zhNews/resend';
export interface ResendParams {
  uri: string;
}

/** client → server: annotate this document now, even above the size limit. */
export const ANNOTATE_NOW_REQUEST = 'zhNews/annotateNow';
export interface AnnotateNowParams {
  uri: string;
}

/** client → server: settings changed. */
export const SETTINGS_NOTIFICATION = 'zhNews/settings';

/** Settings the server needs (the client sends them at start and on change). */
export interface ServerSettings {
  debounceMs: number;
  maxFileSize: number;
  locale: string;
  /** A trained name model to use instead of the shipped one ('' = shipped). */
  modelPath: string;
}

export const DEFAULT_SETTINGS: ServerSettings = { debounceMs: 120, maxFileSize: 2 * 1024 * 1024, locale: 'en', modelPath: '' };

/** client → server: the glossary files to use besides the built-in one (absolute paths). */
export const GLOSSARY_FILES_NOTIFICATION = 'zhNews/glossaryFiles';
export interface GlossaryFilesParams {
  files: Array<{ path: string; origin: 'workspace' | 'user' }>;
}

/** client → server: a glossary file changed on disk. */
export const GLOSSARY_CHANGED_NOTIFICATION = 'zhNews/glossaryChanged';
export interface GlossaryChangedParams {
  path: string;
}

/** client → server: is this path a glossary file in use, and where does entry `id` start in it? */
export const GLOSSARY_ENTRY_REQUEST = 'zhNews/glossaryEntry';
export interface GlossaryEntryParams {
  id: string;
}
export interface GlossaryEntryResult {
  file: string;
  line: number;
  col: number;
}

/** client → server: the hover card (markdown, all glossary text escaped) of a glossary entry. */
export const TERM_CARD_REQUEST = 'zhNews/termCard';
export interface TermCardParams {
  glossaryId: string;
  locale: string;
}
