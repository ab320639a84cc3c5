import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { TermFinder } from '../core/annotate';
import { GlossaryEntry, GlossaryProblem } from '../core/glossary/types';
import { GlossaryOrigin, mergeGlossaries, MergedGlossary } from '../core/glossary/merge';
import { TermMatcher } from '../core/glossary/matcher';
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
    this.files.set(path, {
      origin,
      lastGood: hasError ? (previous?.lastGood ?? []) : parsed.entries,
      problems: parsed.errors,
    });
  }

  private rebuild(): void {
    this.merged = mergeGlossaries([...this.files].map(([file, s]) => ({ source: s.origin, file, entries: s.lastGood })));
    this.matcher = new TermMatcher(this.merged.entries);
    this.version++;
    const byFile = new Map<string, Diagnostic[]>([...this.files.keys()].map((f) => [f, []]));
    for (const [file, s] of this.files) {
      for (const p of s.problems) byFile.get(file)!.push(toDiagnostic(p));
    }
    for (const d of this.merged.duplicates) {
      const loc = d.dropped.location;
      byFile.get(loc.file)?.push({
        range: { start: { line: loc.line - 1, character: loc.col - 1 }, end: { line: loc.line - 1, character: loc.col - 1 } },
        severity: DiagnosticSeverity.Warning,
        message: d.message,
        source: 'zh-news-annotator',
      });
    }
    for (const [file, diagnostics] of byFile) this.publish(pathToFileURL(file).toString(), diagnostics);
  }
}

function toDiagnostic(p: GlossaryProblem): Diagnostic {
  // line/col are 1-based, col in code points; LSP wants 0-based UTF-16 — close enough for YAML keys,
  // and exact for the ASCII structure where YAML errors occur.
  return {
    range: { start: { line: p.line - 1, character: p.col - 1 }, end: { line: p.line - 1, character: p.col - 1 + Math.max(1, p.endOffset - p.offset) } },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    message: p.message,
    source: 'zh-news-annotator',
    code: p.code,
  };
}
