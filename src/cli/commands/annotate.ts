import { availableParallelism } from 'node:os';
import { parseArgs, stringFlag } from '../args';
import { cliModelPath, cliNameRecogniser, createCliAnnotator } from '../engine';
import { loadCliGlossary, takeRepeated } from '../glossary-files';
import { writeAnnotations } from '../annotate-listing';
import { InputError, UsageError } from '../errors';
import { annotateJsonlInProcess, annotateJsonlParallel } from '../annotate-jsonl';
import { parseLabels } from '../labels';
import { readTextFile } from '../read-text';
import { CliIO } from '../io';

export const annotateHelp = `zhnews annotate FILE… [--labels PER,ORG,LOC,NUM,TERM] [--json] [--glossary FILE] [--model FILE]
zhnews annotate --jsonl [--labels …] [--workers N]   < in.jsonl > out.jsonl
  FILE…     print each entity as line:col, label (and kind), text, value; a file that cannot be
            read is reported and the rest annotated (exit 1 at the end)
  --jsonl   read {"id", "text"} per line of UTF-8 on stdin, write {"id", "line", "entities"} per
            input line, same order (a blank line gets no entities; a bad line {"line", "error"})
  --workers N  with --jsonl: annotate on N threads (default: the CPU count, at most 8; 1 = this
            thread only). Output order is input order. Each thread loads its own name model (~200 MB each).
  --json    print one JSON object per file instead of the readable listing
  --glossary FILE[,FILE…]  more glossary YAML files for TERM, above the built-in one (repeatable);
            an entry in two of them: the first file given wins, with a warning
  --model FILE  the name model to use (default: $ZHNEWS_NAME_MODEL, else models/names.model)`;

export async function annotateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: glossaryFiles, rest } = takeRepeated(argv, 'glossary');
  const args = parseArgs(rest, ['labels', 'workers', 'model'], ['jsonl', 'json']);
  const labels = parseLabels(stringFlag(args, 'labels'));
  const glossary = { files: glossaryFiles, warn: (s: string) => io.err(s) };
  const model = stringFlag(args, 'model');
  if (args.flags.has('jsonl')) {
    if (args.positional.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    if (args.flags.has('json')) throw new UsageError('--jsonl already writes JSON Lines; --json goes with FILE arguments');
    const workers = workerCount(stringFlag(args, 'workers'));
    if (workers <= 1) return annotateJsonlInProcess(io, createCliAnnotator(labels, glossary, model));
    // Glossary errors and warnings once, here, before any thread starts (as createCliAnnotator would).
    if (!labels || labels.includes('TERM')) loadCliGlossary(glossaryFiles, glossary.warn);
    // A bad model file likewise: one located message here, not one crash per thread.
    const modelPath = cliModelPath(model);
    cliNameRecogniser(modelPath);
    return annotateJsonlParallel(io, workers, { labels, glossaryFiles, modelPath });
  }
  if (args.flags.has('workers')) throw new UsageError('--workers goes with --jsonl');
  if (args.positional.length === 0) throw new UsageError('annotate needs a FILE or --jsonl');
  const annotator = createCliAnnotator(labels, glossary, model);
  // A file that cannot be read is reported where it comes and the others still annotated; exit 1 at the end.
  let failures = 0;
  for (const file of args.positional) {
    let text: string;
    try {
      text = readTextFile(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failures++;
      io.err(`${e.message}\n`);
      continue;
    }
    const annotations = annotator.annotate(text);
    const json = args.flags.has('json');
    await writeAnnotations(io, file, text, annotations, { json });
    if (!json && (args.positional.length > 1 || annotations.length === 0)) io.err(`${file}: ${annotations.length} entities\n`);
  }
  if (failures) throw new InputError(`${failures} of ${args.positional.length} files not annotated (see above)`);
  return 0;
}

/** --workers N, or the CPU count capped at 8 (each thread holds its own name model and annotator, ~200 MB). */
function workerCount(flag: string | undefined): number {
  if (flag === undefined) return Math.min(availableParallelism(), 8);
  const n = Number(flag);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, got '${flag}'`);
  return n;
}
