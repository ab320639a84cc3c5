/*
 * Memory benchmark (not a test): resident set size of a fresh process at each step of loading the
 * engine and annotating a 1 MB article, against `bare`: a node process that loaded nothing.
 *   node --expose-gc out/bench-run/memory.bench.js
 */
import { execFileSync } from 'node:child_process';
import { Annotator } from '../src/core/annotate';
import { JiebaSegmenter } from '../src/core/segment/jieba';
import { cliNameRecogniser } from '../src/cli/engine';
import { loadCliGlossary } from '../src/cli/glossary-files';
import { emit, MB, seedArticle, toSize } from './common';

const mb = (x: number) => Math.round(x / 1e5) / 10;
function rss(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss;
}

const bare = Number(execFileSync(process.execPath, ['--expose-gc', '-e', 'gc(); process.stdout.write(String(process.memoryUsage().rss))'], { encoding: 'utf8' }));
const text = toSize(seedArticle(), MB);
const afterCode = rss();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jieba = require('nodejieba') as { load(): void; tag(t: string): unknown };
jieba.load();
jieba.tag('测试');
const afterJieba = rss();
const names = cliNameRecogniser();
const terms = loadCliGlossary([], () => {}).matcher;
const afterModel = rss();
const annotator = new Annotator({ segmenter: new JiebaSegmenter(), names, terms });
const annotations = annotator.annotate(text);
const peak = process.memoryUsage().rss;
const afterAnnotate = rss();
const r = {
  bareMB: mb(bare),
  codeAndTextMB: mb(afterCode - bare), // this program's code and the 1 MB text
  nodejiebaMB: mb(afterJieba - afterCode),
  modelAndGlossaryMB: mb(afterModel - afterJieba),
  annotate1MBMB: mb(afterAnnotate - afterModel),
  totalAboveBareMB: mb(afterAnnotate - bare),
  totalAboveBareWithoutJiebaMB: mb(afterAnnotate - bare - (afterJieba - afterCode)),
  peakAboveBareMB: mb(peak - bare),
  annotations: annotations.length,
  gcBetweenSteps: typeof (globalThis as { gc?: unknown }).gc === 'function',
};
console.log(
  `memory: bare ${r.bareMB} MB; +code/text ${r.codeAndTextMB}, +nodejieba ${r.nodejiebaMB}, +name model/glossary ${r.modelAndGlossaryMB}, ` +
    `+annotating 1 MB ${r.annotate1MBMB} → ${r.totalAboveBareMB} MB above bare (${r.totalAboveBareWithoutJiebaMB} without nodejieba; peak ${r.peakAboveBareMB})`,
);
emit({ memory: r });
