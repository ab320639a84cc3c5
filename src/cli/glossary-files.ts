import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GlossaryProblem, ParsedGlossary, MAX_GLOSSARY_BYTES } from '../core/glossary/types';
import { parseGlossary } from '../core/glossary/parse';
import { decodeUtf8Text } from '../core/text/decode';
import { mergeGlossaries, MergedGlossary } from '../core/glossary/merge';
import { TermMatcher } from '../core/glossary/matcher';
import { InputError, located, UsageError } from './errors';
import { ioReason, notRegularFile } from '../node/regular-file';

const BUILTIN = join('glossary', 'builtin.glossary.yaml');

/**
 * The built-in glossary shipped beside the code: dist/cli.js → ../glossary/, and the compiled
 * out/src/cli/*.js (tests) → ../../../glossary/.
 */
export function builtinGlossaryPath(): string {
  const candidates = [join(__dirname, '..', BUILTIN), join(__dirname, '..', '..', BUILTIN), join(__dirname, '..', '..', '..', BUILTIN)];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

/**
 * Reads and parses one glossary file; a missing or unreadable file is a located problem, not a throw.
 * `text` is the file as decoded, when it could be, for turning problem offsets into editor positions.
 */
export function loadGlossaryFile(path: string): ParsedGlossary & { text?: string } {
  const problem = notRegularFile(path, 'a glossary YAML file');
  if (problem) return fileProblem(path, problem);
  try {
    // Checked before reading so a huge file costs nothing.
    if (statSync(path).size > MAX_GLOSSARY_BYTES) return parseGlossary(new Uint8Array(MAX_GLOSSARY_BYTES + 1), path);
    const bytes = readFileSync(path);
    const decoded = decodeUtf8Text(bytes);
    // Bytes that do not decode go to the parser as they are: it locates the bad byte.
    return decoded.ok ? { ...parseGlossary(decoded.text, path, { validUtf8: true }), text: decoded.text } : parseGlossary(bytes, path);
  } catch (e) {
    return fileProblem(path, ioReason(e, 'a glossary YAML file'));
  }
}

function fileProblem(file: string, message: string): ParsedGlossary {
  return { entries: [], errors: [{ severity: 'error', message, file, line: 1, col: 1, offset: 0, endOffset: 0, code: 'io' }] };
}

export function formatProblem(p: GlossaryProblem): string {
  return located(p.file, p.line, p.col, p.severity === 'warning' ? `warning: ${p.message}` : p.message);
}

/**
 * The glossary `zhnews annotate` uses: the built-in one plus files named with --glossary (which take
 * precedence). An error in any file stops the run with its location; warnings go to `warn`. Of an
 * entry or term in two --glossary files the first file given wins, with a warning naming both places;
 * one that replaces a built-in entry does so silently (that is what the option is for).
 */
export function loadCliGlossary(files: readonly string[], warn: (s: string) => void): { merged: MergedGlossary; matcher: TermMatcher } {
  const builtinPath = builtinGlossaryPath();
  // A file named twice would clash with itself on every entry.
  const unique = files.filter((f, i) => files.findIndex((g) => resolve(g) === resolve(f)) === i);
  const sources = [{ source: 'builtin' as const, path: builtinPath }, ...unique.map((path) => ({ source: 'user' as const, path }))];
  const loaded = sources.map((s) => ({ ...s, parsed: loadGlossaryFile(s.path) }));
  const errors = loaded.flatMap((l) => l.parsed.errors.filter((e) => e.severity === 'error'));
  if (errors.length) throw new InputError(errors.map(formatProblem).join('\n'));
  for (const l of loaded) for (const w of l.parsed.errors) warn(formatProblem(w) + '\n');
  const merged = mergeGlossaries(loaded.map((l) => ({ source: l.source, file: l.path, entries: l.parsed.entries })));
  for (const d of merged.duplicates) {
    if (d.kept.source !== 'user' || d.dropped.source !== 'user') continue;
    const at = d.dropped.location;
    warn(located(at.file, at.line, at.col, `warning: ${d.message}`) + '\n');
  }
  return { merged, matcher: new TermMatcher(merged.entries) };
}

/** Takes every `--name V` / `--name=V` (comma-separated lists too) out of argv, for a flag that may repeat. */
export function takeRepeated(argv: readonly string[], name: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (a === `--${name}`) {
      value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    } else if (a.startsWith(`--${name}=`)) value = a.slice(name.length + 3);
    else {
      rest.push(a);
      continue;
    }
    values.push(...value.split(',').map((v) => v.trim()).filter((v) => v !== ''));
  }
  return { values, rest };
}
