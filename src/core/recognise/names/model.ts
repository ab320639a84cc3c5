import { deflateSync, inflateSync } from 'node:zlib';
import { emissions, Marginals, viterbi, Weights } from './decode';
import { extractFeatures, FEATURE_VERSION } from './features';
import { Lexicon } from './lexicon';
import { LabelledSpan, NUM_TAGS, tagsToSpans, tagId } from './tags';

const MAGIC = 'ZHNM';
const FORMAT_VERSION = 1;

export interface ModelInfo {
  /** Free-form provenance: data, epochs, seed, dev scores; shown by the CLI and the model card. */
  [key: string]: unknown;
}

export interface ScoredSpan extends LabelledSpan {
  /** Calibrated probability that the span is right (edges and label). */
  confidence: number;
  /** The model's own span marginal before calibration. */
  marginal: number;
}

/** Maps a span marginal to a calibrated probability: sigmoid(a · logit(p) + b) (Platt scaling). */
export interface Calibration {
  temperature: number;
  a: number;
  b: number;
}

/**
 * The trained character tagger: hashed feature weights (int16, one row of NUM_TAGS per bucket),
 * transition scores, the lexicon used by the features, and a calibration for confidences.
 */
export class NameModel {
  constructor(
    readonly bits: number,
    readonly weights: Weights,
    readonly lexicon: Lexicon,
    public calibration: Calibration,
    public info: ModelInfo = {},
  ) {}

  tagSpans(text: string, withConfidence = true): ScoredSpan[] {
    if (text.length === 0) return [];
    const f = extractFeatures(text, this.lexicon, this.bits);
    const em = emissions(f, this.weights);
    const tags = viterbi(em, text.length, this.weights);
    const spans = tagsToSpans(tags);
    if (spans.length === 0 || !withConfidence) return spans.map((s) => ({ ...s, confidence: 1, marginal: 1 }));
    const marg = new Marginals(em, text.length, this.weights, this.calibration.temperature / this.scale);
    return spans.map((s) => {
      const m = marg.pathProbability(s.start, spanTags(s));
      return { ...s, marginal: m, confidence: calibrate(m, this.calibration) };
    });
  }

  serialise(): Buffer {
    const em = this.weights.emission;
    let max = 0;
    for (let i = 0; i < em.length; i++) max = Math.max(max, Math.abs(em[i]));
    const scale = max > 0 ? 32767 / max : 1;
    const q = new Int16Array(em.length);
    for (let i = 0; i < em.length; i++) q[i] = Math.round(em[i] * scale);
    const trans = Float32Array.from(this.weights.trans, (x) => x * scale);
    const start = Float32Array.from(this.weights.start, (x) => x * scale);
    const header = {
      format: FORMAT_VERSION,
      features: FEATURE_VERSION,
      bits: this.bits,
      tags: NUM_TAGS,
      scale,
      lexiconSize: this.lexicon.keys.length,
      calibration: this.calibration,
      info: this.info,
    };
    const payload = deflateSync(
      Buffer.concat([
        bytes(q),
        bytes(trans),
        bytes(start),
        bytes(this.lexicon.keys),
        bytes(this.lexicon.classes),
        bytes(this.lexicon.freq),
        bytes(this.lexicon.pos),
      ]),
      { level: 9 },
    );
    const head = Buffer.from(JSON.stringify(header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    return Buffer.concat([Buffer.from(MAGIC, 'ascii'), len, head, payload]);
  }

  /** Reads a model file; throws an Error with a plain message if it is not one this code can use. */
  static deserialise(buf: Buffer): NameModel {
    if (buf.length < 8 || buf.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a zh-news name model file');
    const hlen = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + hlen));
    if (header.format !== FORMAT_VERSION || header.features !== FEATURE_VERSION || header.tags !== NUM_TAGS) {
      throw new Error(`model file version ${header.format}/${header.features} does not match this program`);
    }
    const raw = inflateSync(buf.subarray(8 + hlen));
    const rows = 2 ** header.bits;
    let off = 0;
    const take = (n: number): ArrayBuffer => {
      const ab = raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + n) as ArrayBuffer;
      off += n;
      return ab;
    };
    // Weights stay int16 in memory; transitions are scaled to the same units.
    const emission = new Int16Array(take(rows * NUM_TAGS * 2));
    const trans = new Float32Array(take(NUM_TAGS * NUM_TAGS * 4));
    const start = new Float32Array(take(NUM_TAGS * 4));
    const keys = new Uint32Array(take(header.lexiconSize * 4));
    const classes = new Uint16Array(take(header.lexiconSize * 2));
    const freq = new Uint8Array(take(header.lexiconSize));
    const pos = new Uint8Array(take(header.lexiconSize));
    const cal: Calibration = { ...header.calibration };
    const model = new NameModel(header.bits, { emission, trans, start }, new Lexicon(keys, classes, freq, pos), cal, header.info);
    model.scale = header.scale;
    return model;
  }

  /** Units of the stored weights per unit of trained score (1 for a freshly trained model). */
  scale = 1;
}

function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

export function spanTags(s: LabelledSpan): number[] {
  const n = s.end - s.start;
  if (n === 1) return [tagId('S', s.label)];
  const t = [tagId('B', s.label)];
  for (let i = 1; i < n - 1; i++) t.push(tagId('I', s.label));
  t.push(tagId('E', s.label));
  return t;
}

export function calibrate(p: number, c: Calibration): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  const z = c.a * Math.log(q / (1 - q)) + c.b;
  return 1 / (1 + Math.exp(-z));
}
