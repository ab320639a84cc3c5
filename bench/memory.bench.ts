/*
 * Memory benchmark (not a test): resident set size of a fresh process at each step of loading the
 * engine and annotating a 1 MB article, against `bare`: a node process that loaded nothing.
 *   node --expose-gc bench/tmp/memory.bench.js
 */
import { execFileSync } from 'node:child_process';
import { Annotator } from '../src/core/annotate';
import { isJiebaLoaded, JiebaSegmenter } from '../src/core/segment/jieba';
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
const names = cliNameRecogniser();
const terms = loadCliGlossary([], () => {}).matcher;
const afterModel = rss();
const annotator = new Annotator({ segmenter: new JiebaSegmenter(), names, terms });
const annotations = annotator.annotate(text);
const peak = process.memoryUsage().rss;
const afterAnnotate = rss();
// The annotator loads nodejieba only when its name recogniser needs words (the jieba baseline);
// either way, state what nodejieba alone costs.
const jiebaUsed = isJiebaLoaded();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jieba = require('nodejieba') as { load(): void; tag(t: string): unknown };
const beforeJieba = rss();
if (!jiebaUsed) {
  jieba.load();
  jieba.tag('测试');
}
const afterJieba = rss();
const r = {
  bareMB: mb(bare),
  codeAndTextMB: mb(afterCode - bare), // this program's code and the 1 MB text
  modelAndGlossaryMB: mb(afterModel - afterCode),
  annotate1MBMB: mb(afterAnnotate - afterModel),
  totalAboveBareMB: mb(afterAnnotate - bare),
  peakAboveBareMB: mb(peak - bare),
  nodejiebaLoadedByAnnotator: jiebaUsed,
  nodejiebaMB: jiebaUsed ? undefined : mb(afterJieba - beforeJieba),
  annotations: annotations.length,
  nameRecogniser: names.constructor.name,
  gcBetweenSteps: typeof (globalThis as { gc?: unknown }).gc === 'function',
};
console.log(
  `memory: bare ${r.bareMB} MB; +code/text ${r.codeAndTextMB}, +name model/glossary ${r.modelAndGlossaryMB}, +annotating 1 MB ${r.annotate1MBMB} ` +
    `(${r.nameRecogniser}, nodejieba ${jiebaUsed ? 'loaded by it' : 'not loaded'}) → ${r.totalAboveBareMB} MB above bare (peak ${r.peakAboveBareMB}); ` +
    (jiebaUsed ? '' : `nodejieba alone would add ${r.nodejiebaMB} MB`),
);
emit({ memory: r });
