/**
 * The glossary model: entries as read from YAML files, where each came from, and located problems.
 * Positions carry both a UTF-16 `offset` (for editors: `document.positionAt(offset)`) and a 1-based
 * line and column in code points (for `file:line:col` messages), so neither side converts.
 */

export type GlossaryLabel = 'PER' | 'ORG' | 'LOC';
export const GLOSSARY_LABELS: readonly GlossaryLabel[] = ['PER', 'ORG', 'LOC'];

/** Where the facts of an entry can be checked. */
export interface GlossarySource {
  title: string;
  /** Only http(s); anything else is rejected by the loader. */
  url?: string;
  publication?: string;
}

/** A place in a glossary file. */
export interface GlossaryLocation {
  /** The file name or URI the loader was given. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in code points. */
  col: number;
  /** UTF-16 offset in the file text. */
  offset: number;
}

export interface GlossaryEntry {
  /** Unique key; defaults to `term`. TERM annotations carry it as `glossaryId`. */
  id: string;
  term: string;
  aliases: string[];
  category?: string;
  /** One line. */
  summary?: string;
  definition?: string;
  source?: GlossarySource;
  /** Terms or ids of other entries. */
  related: string[];
  /** A name the recogniser should know (PER/ORG/LOC). */
  label?: GlossaryLabel;
  /** When the entry was last checked, YYYY-MM or YYYY-MM-DD. */
  updated?: string;
  /** Start of the entry (its `-` item) in its file: "open the entry" goes here. */
  location: GlossaryLocation;
}

export type Severity = 'error' | 'warning';

export interface GlossaryProblem {
  severity: Severity;
  message: string;
  file: string;
  line: number;
  col: number;
  /** UTF-16 range in the file text, `endOffset` exclusive (>= offset). */
  offset: number;
  endOffset: number;
  /** A stable code for tests and quick fixes: yaml-syntax, duplicate-key, schema, unknown-field, empty, binary, too-large, duplicate-entry, duplicate-alias. */
  code: string;
}

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  /** Errors and warnings, in file order. A file with any `error` should not replace the last good one. */
  errors: GlossaryProblem[];
}

/** Largest glossary file the loader reads: 4 MiB of UTF-8 (about 10,000 entries with a summary and a definition of 40–60 characters each). */
export const MAX_GLOSSARY_BYTES = 4 * 1024 * 1024;
