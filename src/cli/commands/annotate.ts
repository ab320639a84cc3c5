import { availableParallelism } from 'node:os';
import { describeValue } from '../../core/recognise/numbers/describe';
import { lineColAt, lineStarts } from '../../core/text/offsets';
import { parseArgs, stringFlag } from '../args';
import { createCliAnnotator } from '../engine';
import { loadCliGlossary, takeRepeated } from '../glossary-files';
import { toEntityJson } from '../entity-json';
import { UsageError } from '../errors';
import { annotateJsonlInProcess, annotateJsonlParallel } from '../annotate-jsonl';
import { parseLabels } from '../labels';
import { readTextFile } from '../read-text';
import { CliIO } from '../io';

export const annotateHelp = `zhnews annotate FILE… [--labels PER,ORG,LOC,NUM,TERM] [--json]
zhnews annotate --jsonl [--labels …] [--workers N]   < in.jsonl > out.jsonl
  FILE…     print each entity as line:col, label (and kind), text, value
  --jsonl   read {"id", "text"} per line on stdin, write {"id", "entities"} per line, same order
  --workers N  with --jsonl: annotate on N threads (default: the CPU count, at most 8; 1 = this
            thread only). Output order is input order. Each thread loads its own dictionary (~235 MB).
  --json    print one JSON object per file instead of the readable listing
  --glossary FILE[,FILE…]  more glossary YAML files for TERM, above the built-in one (repeatable)`;

export async function annotateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: glossaryFiles, rest } = takeRepeated(argv, 'glossary');
  const args = parseArgs(rest, ['labels', 'workers'], ['jsonl', 'json']);
  const labels = parseLabels(stringFlag(args, 'labels'));
  const glossary = { files: glossaryFiles, warn: (s: string) => io.err(s) };
  if (args.flags.has('jsonl')) {
    if (args.positional.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    const workers = workerCount(stringFlag(args, 'workers'));
    if (workers <= 1) return annotateJsonlInProcess(io, createCliAnnotator(labels, glossary));
    // Glossary errors and warnings once, here, before any thread starts (as createCliAnnotator would).
    if (!labels || labels.includes('TERM')) loadCliGlossary(glossaryFiles, glossary.warn);
    return annotateJsonlParallel(io, workers, { labels, glossaryFiles });
  }
  if (args.flags.has('workers')) throw new UsageError('--workers goes with --jsonl');
  if (args.positional.length === 0) throw new UsageError('annotate needs a FILE or --jsonl');
  const annotator = createCliAnnotator(labels, glossary);
  for (const file of args.positional) {
    const text = readTextFile(file);
    const annotations = annotator.annotate(text);
    if (args.flags.has('json')) {
      io.out(JSON.stringify({ file, entities: annotations.map((a) => toEntityJson(text, a)) }) + '\n');
      continue;
    }
    const starts = lineStarts(text);
    const lines: string[] = [];
    // Columns are counted on from the previous annotation on the same line: lineColAt counts from the
    // line's start, which on a 1 MB line made the listing quadratic (200,000 units: 39 s).
    let at = { offset: 0, line: 1, col: 1 };
    for (const a of annotations) {
      const nextLine = at.line < starts.length ? starts[at.line] : Infinity;
      if (a.start >= at.offset && a.start < nextLine) {
        let col = at.col;
        for (let i = at.offset; i < a.start; i++) {
          const c = text.charCodeAt(i);
          if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) col++;
        }
        at = { offset: a.start, line: at.line, col };
      } else at = { offset: a.start, ...lineColAt(text, starts, a.start) };
      const { line, col } = at;
      const label = a.kind ? `${a.label}/${a.kind}` : a.label;
      const value = a.value ? `\t${describeValue(a)}` : a.glossaryId ? `\t→ ${a.glossaryId}` : '';
      lines.push(`${file}:${line}:${col}\t${label}\t${text.slice(a.start, a.end)}${value}`);
    }
    if (lines.length) io.out(lines.join('\n') + '\n');
    if (args.positional.length > 1 || lines.length === 0) io.err(`${file}: ${annotations.length} entities\n`);
  }
  return 0;
}

/** --workers N, or the CPU count capped at 8 (each thread holds its own ~235 MB dictionary). */
function workerCount(flag: string | undefined): number {
  if (flag === undefined) return Math.min(availableParallelism(), 8);
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, got '${flag}'`);
  return n;
}
