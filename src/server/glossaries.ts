import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { TermFinder } from '../core/annotate';
import { GlossaryEntry, GlossaryProblem } from '../core/glossary/types';
import { GlossaryOrigin, mergeGlossaries, MergedGlossary } from '../core/glossary/merge';
import { TermMatcher } from '../core/glossary/matcher';
import { lineStarts, positionAt } from '../core/text/offsets';
import { Annotation } from '../core/types';
import { builtinGlossaryPath, loadGlossaryFile } from '../cli/glossary-files';

export interface GlossaryFileRef {
  path: string;
  origin: GlossaryOrigin;
}

interface FileState {
  origin: GlossaryOrigin;
  /** Entries of the last version of the file that had no error: a broken edit never empties the glossary. */
  lastGood: GlossaryEntry[];
  problems: GlossaryProblem[];
  /** Line starts of the text the problems, and of the one the entries, were read from (none if it did not decode). */
  starts?: number[];
  goodStarts?: number[];
}

/**
 * The glossaries the server matches: the built-in one, the workspace's and the user's files. Each file
 * is parsed on its own; a file whose new version has errors keeps its last good entries, and its
 * problems go to the Problems panel at their line and column.
 */
export class GlossaryService implements TermFinder {
  private readonly files = new Map<string, FileState>();
  private merged: MergedGlossary = mergeGlossaries([]);
  private matcher = new TermMatcher([]);
  /** Bumped on every rebuild so the annotator drops term matches cached under the old glossary. */
  version = 0;

  constructor(private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void) {
    this.setFiles([]);
  }

  find(text: string): Annotation[] {
    return this.matcher.find(text);
  }

  nameLabel(glossaryId: string): 'PER' | 'ORG' | 'LOC' | undefined {
    return this.matcher.nameLabel(glossaryId);
  }

  entry(id: string): GlossaryEntry | undefined {
    return this.merged.byId.get(id);
  }

  /** True when `path` is one of the glossary files in use (the open-entry command opens only those). */
  isGlossaryFile(path: string): boolean {
    return this.files.has(path);
  }

  /** Replaces the set of files (the built-in glossary is always there) and reloads them. */
  setFiles(refs: readonly GlossaryFileRef[]): void {
    const wanted = new Map<string, GlossaryOrigin>([[builtinGlossaryPath(), 'builtin'], ...refs.map((r) => [r.path, r.origin] as const)]);
    for (const path of [...this.files.keys()]) {
      if (!wanted.has(path)) {
        this.files.delete(path);
        this.publish(pathToFileURL(path).toString(), []);
      }
    }
    for (const [path, origin] of wanted) this.load(path, origin);
    this.rebuild();
  }

  reload(path: string): void {
    const state = this.files.get(path);
    if (!state) return;
    this.load(path, state.origin);
    this.rebuild();
  }

  private load(path: string, origin: GlossaryOrigin): void {
    const parsed = loadGlossaryFile(path);
    const hasError = parsed.errors.some((e) => e.severity === 'error');
    const previous = this.files.get(path);
    const starts = parsed.text === undefined ? undefined : lineStarts(parsed.text);
    // A file with an error keeps its last good version; read for the first time, its sound entries are used (a duplicate id
    // among a hundred entries left the glossary without a single term), and the errors are shown as always.
    const keepPrevious = hasError && previous !== undefined;
    this.files.set(path, {
      origin,
      lastGood: keepPrevious ? previous.lastGood : parsed.entries,
      problems: parsed.errors,
      starts,
      goodStarts: keepPrevious ? previous.goodStarts : starts,
    });
  }

  private rebuild(): void {
    this.merged = mergeGlossaries([...this.files].map(([file, s]) => ({ source: s.origin, file, entries: s.lastGood })));
    this.matcher = new TermMatcher(this.merged.entries);
    this.version++;
    const byFile = new Map<string, Diagnostic[]>([...this.files.keys()].map((f) => [f, []]));
    for (const [file, s] of this.files) {
      for (const p of s.problems) byFile.get(file)!.push(toDiagnostic(p, s.starts));
    }
    for (const d of this.merged.duplicates) {
      const loc = d.dropped.location;
      const at = fromOffset(loc, this.files.get(loc.file)?.goodStarts) ?? { line: loc.line - 1, character: loc.col - 1 };
      byFile.get(loc.file)?.push({
        range: { start: at, end: at },
        severity: DiagnosticSeverity.Warning,
        message: d.message,
        source: 'zh-news-annotator',
      });
    }
    for (const [file, diagnostics] of byFile) this.publish(pathToFileURL(file).toString(), diagnostics);
  }
}

function toDiagnostic(p: GlossaryProblem, starts: number[] | undefined): Diagnostic {
  const start = fromOffset(p, starts);
  const end = start && p.endOffset > p.offset ? positionAt(starts!, p.endOffset) : undefined;
  const at = start ?? { line: p.line - 1, character: p.col - 1 };
  return {
    range: { start: at, end: end ?? { line: at.line, character: at.character + Math.max(1, p.endOffset - p.offset) } },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    message: p.message,
    source: 'zh-news-annotator',
    code: p.code,
  };
}

/**
 * The LSP position (UTF-16 units) of a place whose `col` counts code points: each 𠮷 before it on
 * the line is one unit more. Undefined when the text is unknown or the offset is not on the place's
 * line (a file that did not decode is located by its bytes, at offset 0).
 */
function fromOffset(at: { line: number; offset: number }, starts: number[] | undefined): { line: number; character: number } | undefined {
  const p = starts && positionAt(starts, at.offset);
  return p && p.line === at.line - 1 ? p : undefined;
}
