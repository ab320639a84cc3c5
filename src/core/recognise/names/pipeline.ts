import { evaluate, EvalReport } from '../../eval/score';
import { Span } from '../../types';
import { fitCalibration, reliability, ReliabilityRow } from './calibrate';
import { abbreviationLabels, GoldSentence, parseMsra, parsePfr, splitByDocument, splitTail } from './corpora';
import { Lexicon } from './lexicon';
import { NameModel } from './model';
import { trainPerceptron } from './train';
import { NameLabel } from './tags';

export interface TrainingData {
  /** Text of msra-train.bio and pfr-199801-train.txt, when the base corpora are used. */
  msra?: string;
  pfr?: string;
  /** The user's own gold sentences (doc set), added to the base or alone. */
  user?: GoldSentence[];
}

export interface PipelineOptions {
  epochs: number;
  seed: number;
  bits: number;
  lexicon: Lexicon;
  /** Features seen fewer times in training get no weights (see TrainOptions.minCount). */
  minCount?: number;
  /** Perceptrons on differently shuffled data, averaged (see TrainOptions.shuffles). */
  shuffles?: number;
  log?: (line: string) => void;
}

export interface TrainingReport {
  sentences: { train: number; dev: number };
  dev: Record<string, EvalReport>;
  reliability: ReliabilityRow[];
}

/**
 * Splits each source into train and dev (document-disjoint), trains, quantises, calibrates on dev
 * and scores dev. Returns the model exactly as it will be stored (serialised and read back), so
 * the scores are those of the shipped bytes.
 */
export function trainNameModel(data: TrainingData, opts: PipelineOptions): { model: NameModel; report: TrainingReport } {
  const log = opts.log ?? (() => {});
  const { train, devSets } = splitData(data);
  const dev = Object.values(devSets).flat();
  log(`training on ${train.length} sentences, dev ${dev.length} (${Object.keys(devSets).join(', ') || 'none'})`);
  return trainOn(train, devSets, dev, opts, log);
}

/** The dev split exactly as training holds it out (all sources together). */
export function devSplit(data: TrainingData): GoldSentence[] {
  return Object.values(splitData(data).devSets).flat();
}

function splitData(data: TrainingData): { train: GoldSentence[]; devSets: Record<string, GoldSentence[]> } {
  const train: GoldSentence[] = [];
  const devSets: Record<string, GoldSentence[]> = {};
  let abbreviations: Map<string, NameLabel> | undefined;
  if (data.msra) {
    const s = splitTail(parseMsra(data.msra), 0.1);
    train.push(...s.train);
    devSets.msra = s.dev;
    // From MSRA's training part only: the dev block must not shape PFR's labels.
    abbreviations = abbreviationLabels(s.train);
  }
  if (data.pfr) {
    const s = splitByDocument(parsePfr(data.pfr, abbreviations), 10);
    train.push(...s.train);
    devSets.pfr = s.dev;
  }
  if (data.user && data.user.length) {
    const docs = new Set(data.user.map((s) => s.doc));
    if (docs.size >= 10) {
      const s = splitByDocument(data.user, 10);
      train.push(...s.train);
      devSets.user = s.dev;
    } else train.push(...data.user);
  }
  return { train, devSets };
}

function trainOn(
  train: GoldSentence[],
  devSets: Record<string, GoldSentence[]>,
  dev: GoldSentence[],
  opts: PipelineOptions,
  log: (line: string) => void,
): { model: NameModel; report: TrainingReport } {
  const t0 = Date.now();
  const trained = trainPerceptron(train, {
    epochs: opts.epochs,
    seed: opts.seed,
    bits: opts.bits,
    lexicon: opts.lexicon,
    minCount: opts.minCount,
    shuffles: opts.shuffles,
    onEpoch: (e, mistakes, _, run) => {
      const which = (opts.shuffles ?? 1) > 1 ? `shuffle ${run}/${opts.shuffles}, ` : '';
      log(`${which}epoch ${e}: ${mistakes} sentences wrong, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    },
  });
  let model = NameModel.deserialise(trained.serialise());
  if (dev.length) {
    model.calibration = fitCalibration(model, dev);
    log(`calibration: ${JSON.stringify(model.calibration)}`);
  }
  const report: TrainingReport = { sentences: { train: train.length, dev: dev.length }, dev: {}, reliability: [] };
  for (const [name, set] of Object.entries(devSets)) report.dev[name] = scoreModel(model, set);
  if (dev.length > 0) {
    report.dev.all = scoreModel(model, dev);
    report.reliability = reliability(model, dev);
  }
  model.info = { ...model.info, sentences: report.sentences, epochs: opts.epochs, seed: opts.seed, bits: opts.bits };
  // Only when pruned: a model trained without pruning keeps the bytes it had before the option.
  if ((opts.minCount ?? 1) > 1) model.info.minCount = opts.minCount;
  if ((opts.shuffles ?? 1) > 1) model.info.shuffles = opts.shuffles;
  model = NameModel.deserialise(model.serialise());
  return { model, report };
}

export function scoreModel(model: NameModel, set: readonly GoldSentence[]): EvalReport {
  const toSpans = (x: Array<{ start: number; end: number; label: 'PER' | 'ORG' | 'LOC' }>): Span[] => x;
  return evaluate(
    set.map((s) => ({ gold: toSpans(s.spans), predicted: toSpans(model.tagSpans(s.text, false)) })),
    ['PER', 'ORG', 'LOC'],
  );
}
