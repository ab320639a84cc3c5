// Measures the name model as shipped: load time, throughput of the recogniser alone and of the
// CLI annotator (numbers + names, with and without nodejieba.tag) against raw nodejieba.tag on the
// same text, and memory. Run after `npm run build`: node scripts/train-measure.mjs [MODEL] [TEXT]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);

const modelPath = process.argv[2] ?? 'models/names.model';
const textPath = process.argv[3] ?? '../shared/data/seed-article.txt';
const paras = readFileSync(textPath, 'utf8').split('\n').filter((p) => p.trim());
const chars = paras.reduce((n, p) => n + p.length, 0);

const { NameModel } = require('../out/src/core/recognise/names/model.js');
const { ModelNameRecogniser } = require('../out/src/core/recognise/names/recogniser.js');
const { recogniseNumbers } = require('../out/src/core/recognise/numbers/index.js');

const rss0 = process.memoryUsage().rss;
let t = performance.now();
const model = NameModel.deserialise(readFileSync(modelPath));
const loadMs = performance.now() - t;
const rec = new ModelNameRecogniser(model);
const rssModel = process.memoryUsage().rss - rss0;

function rate(fn, rounds = 20) {
  for (let i = 0; i < 3; i++) for (const p of paras) fn(p);
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const p of paras) fn(p);
  return (chars * rounds) / ((performance.now() - t0) / 1000);
}

const jieba = require('nodejieba');
jieba.load();
// Interleave the runs so that load from other processes hits them alike.
const res = { tag: [], names: [], pipelineNoSeg: [], pipelineSeg: [] };
for (let k = 0; k < 3; k++) {
  res.tag.push(rate((p) => jieba.tag(p)));
  res.names.push(rate((p) => rec.recognise(p, [])));
  res.pipelineNoSeg.push(rate((p) => [...recogniseNumbers(p), ...rec.recognise(p, [])]));
  res.pipelineSeg.push(rate((p) => [...recogniseNumbers(p), ...rec.recognise(p, jieba.tag(p))]));
}
const best = (a) => Math.max(...a);
const fmt = (x) => `${(x / 1e6).toFixed(2)} M chars/s`;
console.log(`model ${modelPath}: load ${loadMs.toFixed(0)} ms, +${(rssModel / 1e6).toFixed(0)} MB resident`);
console.log(`text ${textPath}: ${paras.length} paragraphs, ${chars} chars`);
console.log(`nodejieba.tag                      ${fmt(best(res.tag))}`);
console.log(`names recogniser alone             ${fmt(best(res.names))}`);
console.log(`numbers + names (no segmentation)  ${fmt(best(res.pipelineNoSeg))}  = ${(best(res.pipelineNoSeg) / best(res.tag)).toFixed(2)}x tag`);
console.log(`numbers + names + nodejieba.tag    ${fmt(best(res.pipelineSeg))}  = ${(best(res.pipelineSeg) / best(res.tag)).toFixed(2)}x tag`);
