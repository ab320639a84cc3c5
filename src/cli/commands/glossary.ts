import { mergeGlossaries } from '../../core/glossary/merge';
import { parseArgs } from '../args';
import { UsageError, located } from '../errors';
import { builtinGlossaryPath, formatProblem, loadGlossaryFile } from '../glossary-files';
import { CliIO } from '../io';

export const glossaryHelp = `zhnews glossary check FILE… [--builtin]
  check     report every problem in glossary YAML files as file:line:col: message
            (YAML syntax, duplicate keys, schema violations, terms defined twice);
            exit 1 if any is an error, 0 if all files are clean or have only warnings
  --builtin also check the built-in glossary (alone when no FILE is given)`;

export async function glossaryCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'check') throw new UsageError(sub === undefined ? 'glossary needs a subcommand: check' : `unknown glossary subcommand '${sub}'`);
  const args = parseArgs(rest, [], ['builtin']);
  const files = [...args.positional];
  if (args.flags.has('builtin')) files.push(builtinGlossaryPath());
  if (files.length === 0) throw new UsageError('glossary check needs a FILE (or --builtin)');
  let errors = 0;
  let warnings = 0;
  let entries = 0;
  const loaded = files.map((file) => ({ file, parsed: loadGlossaryFile(file) }));
  const lines: string[] = [];
  for (const { parsed } of loaded) {
    entries += parsed.entries.length;
    for (const p of parsed.errors) {
      if (p.severity === 'error') errors++;
      else warnings++;
      lines.push(formatProblem(p));
    }
  }
  // Files checked together are merged as one workspace would be: a term defined in two of them is a warning.
  const merged = mergeGlossaries(loaded.map((l) => ({ source: 'workspace', file: l.file, entries: l.parsed.entries })));
  for (const d of merged.duplicates) {
    warnings++;
    const at = d.dropped.location;
    lines.push(located(at.file, at.line, at.col, `warning: ${d.message}`));
  }
  if (lines.length) io.out(lines.join('\n') + '\n');
  io.err(`${files.length} file${files.length === 1 ? '' : 's'}, ${entries} entries: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  return errors ? 1 : 0;
}
