import { Label, NumKind, Span } from '../types';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  /** Per label, exact span and label match. */
  labels: Partial<Record<Label, Scores>>;
  /** Micro average over the labels evaluated. */
  micro: Scores;
  /** NUM spans whose span matched and whose kind matched too, over gold NUM spans. */
  numKind?: Scores;
  documents: number;
}

export function toScores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface EvalDocument {
  gold: Span[];
  predicted: Span[];
}

/** Exact-match precision, recall and F1 per label and micro-averaged over `labels`. */
export function evaluate(docs: EvalDocument[], labels: readonly Label[]): EvalReport {
  const per = new Map<Label, Counts>(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const kind: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const doc of docs) {
    const key = (s: Span) => `${s.start}:${s.end}:${s.label}`;
    const gold = doc.gold.filter((s) => per.has(s.label));
    const pred = doc.predicted.filter((s) => per.has(s.label));
    const goldByKey = new Map(gold.map((s) => [key(s), s]));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) {
      const c = per.get(p.label)!;
      const g = goldByKey.get(key(p));
      if (g) {
        c.tp++;
        if (p.label === 'NUM') {
          if (g.kind === p.kind) kind.tp++;
          else kind.fp++, kind.fn++;
        }
      } else {
        c.fp++;
        if (p.label === 'NUM') kind.fp++;
      }
    }
    for (const g of gold) {
      if (!predKeys.has(key(g))) {
        per.get(g.label)!.fn++;
        if (g.label === 'NUM') kind.fn++;
      }
    }
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const report: EvalReport = { labels: {}, micro: toScores(total), documents: docs.length };
  for (const [label, c] of per) {
    report.labels[label] = toScores(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  report.micro = toScores(total);
  if (per.has('NUM')) report.numKind = toScores(kind);
  return report;
}

export function isNumKind(x: unknown): x is NumKind {
  return typeof x === 'string' && ['DATE', 'PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL', 'ORDINAL'].includes(x);
}
