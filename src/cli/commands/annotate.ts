import { createInterface } from 'node:readline';
import { Annotator } from '../../core/annotate';
import { describeValue } from '../../core/recognise/numbers/describe';
import { lineColAt, lineStarts } from '../../core/text/offsets';
import { parseArgs, stringFlag } from '../args';
import { createCliAnnotator } from '../engine';
import { takeRepeated } from '../glossary-files';
import { toEntityJson } from '../entity-json';
import { InputError, located, UsageError } from '../errors';
import { parseLabels } from '../labels';
import { readTextFile } from '../read-text';
import { CliIO } from '../io';

export const annotateHelp = `zhnews annotate FILE… [--labels PER,ORG,LOC,NUM,TERM] [--json]
zhnews annotate --jsonl [--labels …]   < in.jsonl > out.jsonl
  FILE…     print each entity as line:col, label (and kind), text, value
  --jsonl   read {"id", "text"} per line on stdin, write {"id", "entities"} per line, same order
  --json    print one JSON object per file instead of the readable listing
  --glossary FILE[,FILE…]  more glossary YAML files for TERM, above the built-in one (repeatable)`;

export async function annotateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: glossaryFiles, rest } = takeRepeated(argv, 'glossary');
  const args = parseArgs(rest, ['labels'], ['jsonl', 'json']);
  const labels = parseLabels(stringFlag(args, 'labels'));
  const glossary = { files: glossaryFiles, warn: (s: string) => io.err(s) };
  if (args.flags.has('jsonl')) {
    if (args.positional.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    return annotateJsonl(io, createCliAnnotator(labels, glossary));
  }
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
    for (const a of annotations) {
      const { line, col } = lineColAt(text, starts, a.start);
      const label = a.kind ? `${a.label}/${a.kind}` : a.label;
      const value = a.value ? `\t${describeValue(a)}` : a.glossaryId ? `\t→ ${a.glossaryId}` : '';
      lines.push(`${file}:${line}:${col}\t${label}\t${text.slice(a.start, a.end)}${value}`);
    }
    if (lines.length) io.out(lines.join('\n') + '\n');
    if (args.positional.length > 1 || lines.length === 0) io.err(`${file}: ${annotations.length} entities\n`);
  }
  return 0;
}

/** Streams JSON Lines: one output line per input line, in order; bad lines are reported and skipped. */
async function annotateJsonl(io: CliIO, annotator: Annotator): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (e) {
      failures++;
      io.err(located('stdin', lineNo, undefined, `invalid JSON: ${(e as Error).message}`) + '\n');
      io.out(JSON.stringify({ line: lineNo, error: 'invalid JSON' }) + '\n');
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      failures++;
      io.err(located('stdin', lineNo, undefined, 'expected an object with a string "text"') + '\n');
      io.out(JSON.stringify({ id: (record as { id?: unknown })?.id ?? null, line: lineNo, error: 'no text' }) + '\n');
      continue;
    }
    const text = record.text;
    const entities = annotator.annotate(text).map((a) => toEntityJson(text, a));
    if (!io.out(JSON.stringify({ id: record.id ?? null, entities }) + '\n')) await io.drain();
  }
  if (failures) throw new InputError(`stdin: ${failures} of ${lineNo} lines were not valid input (see above)`);
  return 0;
}
