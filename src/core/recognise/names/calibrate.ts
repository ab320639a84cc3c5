import { Calibration, NameModel } from './model';
import { GoldSentence } from './corpora';

/** A predicted span with its raw marginal and whether gold has exactly it. */
export interface ScoredPrediction {
  marginal: number;
  correct: boolean;
}

export function collectPredictions(model: NameModel, dev: readonly GoldSentence[], temperature: number): ScoredPrediction[] {
  const saved = model.calibration;
  model.calibration = { temperature, a: 1, b: 0 };
  const out: ScoredPrediction[] = [];
  for (const s of dev) {
    const gold = new Set(s.spans.map((g) => `${g.start}:${g.end}:${g.label}`));
    for (const p of model.tagSpans(s.text)) out.push({ marginal: p.marginal, correct: gold.has(`${p.start}:${p.end}:${p.label}`) });
  }
  model.calibration = saved;
  return out;
}

const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** Platt scaling: fits sigmoid(a·logit(p) + b) to correctness by Newton's method on the log loss. */
export function fitPlatt(preds: readonly ScoredPrediction[]): { a: number; b: number; logLoss: number } {
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const p of preds) {
      const x = logit(p.marginal);
      const q = 1 / (1 + Math.exp(-(a * x + b)));
      const d = q - (p.correct ? 1 : 0);
      const w = Math.max(q * (1 - q), 1e-9);
      ga += d * x;
      gb += d;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    // A little ridge keeps Newton steady when the marginals are all near 0 or 1.
    haa += 1e-3 * preds.length * 1e-3;
    hbb += 1e-3 * preds.length * 1e-3;
    ga += 1e-6 * preds.length * (a - 1);
    gb += 1e-6 * preds.length * b;
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = Math.max(-2, Math.min(2, (hbb * ga - hab * gb) / det));
    const db = Math.max(-5, Math.min(5, (haa * gb - hab * ga) / det));
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  let loss = 0;
  for (const p of preds) {
    const q = 1 / (1 + Math.exp(-(a * logit(p.marginal) + b)));
    loss -= Math.log(Math.max(1e-12, p.correct ? q : 1 - q));
  }
  return { a, b, logLoss: preds.length ? loss / preds.length : 0 };
}

/**
 * Chooses the temperature that turns perceptron scores into span marginals, then Platt-scales them,
 * both on the dev split: the lowest log loss wins.
 */
export function fitCalibration(model: NameModel, dev: readonly GoldSentence[]): Calibration {
  let best: Calibration = { temperature: 1, a: 1, b: 0 };
  let bestLoss = Infinity;
  // A third of dev is plenty to place the temperature; Platt is refitted on it too.
  const sample = dev.filter((_, i) => i % 3 === 0);
  for (const t of [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2]) {
    const preds = collectPredictions(model, sample, t);
    if (preds.length === 0) continue;
    const fit = fitPlatt(preds);
    if (fit.logLoss < bestLoss) {
      bestLoss = fit.logLoss;
      best = { temperature: t, a: fit.a, b: fit.b };
    }
  }
  return best;
}

export interface ReliabilityRow {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Reliability table: predicted spans binned by calibrated confidence, with how many were right. */
export function reliability(model: NameModel, dev: readonly GoldSentence[], bins = [0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001]): ReliabilityRow[] {
  const rows = bins.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, bins[i + 1]), count: 0, sum: 0, right: 0 }));
  for (const s of dev) {
    const gold = new Set(s.spans.map((g) => `${g.start}:${g.end}:${g.label}`));
    for (const p of model.tagSpans(s.text)) {
      const r = rows.find((x, i) => p.confidence >= bins[i] && p.confidence < bins[i + 1]);
      if (!r) continue;
      r.count++;
      r.sum += p.confidence;
      if (gold.has(`${p.start}:${p.end}:${p.label}`)) r.right++;
    }
  }
  return rows.map((r) => ({ from: r.from, to: r.to, count: r.count, meanConfidence: r.count ? r.sum / r.count : 0, accuracy: r.count ? r.right / r.count : 0 }));
}
