import { ENTITY_LABELS } from '../../core/types';
import { evaluate, EvalReport, Scores } from '../../core/eval/score';
import { parseArgs, stringFlag } from '../args';
import { createCliAnnotator } from '../engine';
import { InputError, located, UsageError } from '../errors';
import { readGold } from '../gold';
import { parseLabels } from '../labels';
import { CliIO } from '../io';

export const evalHelp = `zhnews eval GOLD [--labels PER,ORG,LOC,NUM] [--json] [--model FILE]
  GOLD      JSON Lines {"id","text","entities"}, or a gold file in the seed format; offsets in
            UTF-16 code units. Overlapping or nested gold entities are warned about and scored.
  --model FILE  the name model to score (default: $ZHNEWS_NAME_MODEL, else models/names.model)
  prints precision, recall and F1 per label and micro-averaged (exact span and label)`;

export async function evalCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['labels', 'model'], ['json']);
  if (args.positional.length !== 1) throw new UsageError('eval needs exactly one GOLD file');
  const labels = parseLabels(stringFlag(args, 'labels'), [...ENTITY_LABELS, 'TERM']) ?? ENTITY_LABELS;
  const path = args.positional[0];
  const gold = readGold(path, (m) => io.err(m + '\n'));
  if (gold.length === 0) throw new InputError(located(path, 1, 1, 'no documents (expected JSON Lines {"id","text","entities"} or a gold file in the seed format)'));
  const annotator = createCliAnnotator(labels, {}, stringFlag(args, 'model'));
  const report = evaluate(
    gold.map((d) => ({ gold: d.entities, predicted: annotator.annotate(d.text) })),
    labels,
  );
  io.out(args.flags.has('json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

export function formatReport(report: EvalReport): string {
  const row = (name: string, s: Scores) =>
    `${name.padEnd(9)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${String(s.tp + s.fn).padStart(8)}${String(s.tp + s.fp).padStart(8)}`;
  const lines = [`${'label'.padEnd(9)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}${'gold'.padStart(8)}${'pred'.padStart(8)}`];
  for (const [label, s] of Object.entries(report.labels)) lines.push(row(label, s!));
  lines.push(row('micro', report.micro));
  if (report.numKind) lines.push(row('NUM+kind', report.numKind));
  lines.push(`${report.documents} document(s)`);
  return lines.join('\n') + '\n';
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(8);
}
