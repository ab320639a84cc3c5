/*
 * Output of the whole annotator on fixed texts, for checking that a speed change keeps every
 * annotation byte for byte (scripts/identical.mjs builds and runs this), and a plain run of the
 * throughput section's work for `node --cpu-prof`.
 *   node bench/tmp/identical.js dump OUT.jsonl [DEV.jsonl]   one JSON line per text
 *   node bench/tmp/identical.js profile [seed|news] [runs]   annotate as the throughput section does
 *   node bench/tmp/identical.js stages [seed|news] [runs]    CPU ms of the stages one by one
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { Annotator } from '../src/core/annotate';
import { JiebaSegmenter } from '../src/core/segment/jieba';
import { cliNameRecogniser } from '../src/cli/engine';
import { loadCliGlossary } from '../src/cli/glossary-files';
import { ModelNameRecogniser } from '../src/core/recognise/names/recogniser';
import { defaultModelPath, loadNameModel } from '../src/core/recognise/names/load';
import { hasCorpora, MB, newsText, seedArticle, toSize } from './common';
import { recogniseNumbers } from '../src/core/recognise/numbers';
import { consolidateNames } from '../src/core/recognise/names/consolidate';
import { splitParagraphs } from '../src/core/text/paragraphs';
import { Annotation } from '../src/core/types';

function engine(paragraphCache: boolean): Annotator {
  const terms = loadCliGlossary([], () => {}).matcher;
  return new Annotator({ segmenter: new JiebaSegmenter(), names: cliNameRecogniser(), terms, paragraphCache });
}

async function dump(out: string, devPath: string): Promise<void> {
  const w = createWriteStream(out);
  const line = (id: string, x: unknown) => w.write(`${JSON.stringify({ id, x })}\n`);
  const cold = engine(false);
  const seed = seedArticle();
  line('seed', cold.annotate(seed));
  // The language server's path: the paragraph cache and the incremental document pass, over edits.
  const warm = engine(true);
  let text = seed;
  line('seed-cached', warm.annotate(text));
  let r = 11;
  const rand = () => ((r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let k = 0; k < 60; k++) {
    const pos = Math.floor(rand() * text.length);
    const what = rand();
    if (what < 0.4) text = text.slice(0, pos) + '王志杰' + text.slice(pos);
    else if (what < 0.7) text = text.slice(0, pos) + text.slice(pos + 1 + Math.floor(rand() * 5));
    else text = text.slice(0, pos) + '\n' + text.slice(pos);
    const c = warm.annotateChanges(text);
    line(`edit${k}`, { edits: c.edits, shift: c.shift, shiftFrom: c.shiftFrom, all: c.annotations() });
  }
  if (existsSync(devPath)) {
    const model = loadNameModel(process.env.ZHNEWS_NAME_MODEL || defaultModelPath()!);
    const names = new ModelNameRecogniser(model);
    const lines = readFileSync(devPath, 'utf8').split('\n').filter(Boolean);
    for (const l of lines) {
      const { id, text: t } = JSON.parse(l) as { id: string; text: string };
      line(id, { all: cold.annotate(t), spans: model.tagSpans(t), plain: model.tagSpans(t, false), names: names.recognise(t) });
    }
  }
  if (hasCorpora()) {
    // Paragraph by paragraph (each line alone), then as whole documents of ~200 paragraphs.
    const news = newsText(3 * MB).split('\n');
    for (let i = 0; i < news.length; i += 200) line(`news${i}`, cold.annotate(news.slice(i, i + 200).join('\n')));
  }
  line('seed1MB', cold.annotate(toSize(seed, MB)).length);
  await new Promise((resolve) => w.end(resolve));
}

function profile(which: string, runs: number): void {
  const a = engine(false);
  const text = which === 'news' ? newsText(5 * MB) : toSize(seedArticle(), MB);
  a.annotate(seedArticle().slice(0, 2000));
  let cpu = 0;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    a.annotate(text);
    const u = process.cpuUsage(c);
    cpu = (u.user + u.system) / 1000;
    console.log(`${which} run ${i}: ${Math.round(cpu)} ms CPU, ${Math.round(text.length / cpu)} kchar/s`);
  }
}

/** The annotator's stages timed one by one over the paragraphs (medians of runs after the first). */
function stages(which: string, runs: number): void {
  const text = which === 'news' ? newsText(5 * MB) : toSize(seedArticle(), MB);
  const paras = splitParagraphs(text);
  const model = loadNameModel(process.env.ZHNEWS_NAME_MODEL || defaultModelPath()!);
  const names = new ModelNameRecogniser(model);
  const terms = loadCliGlossary([], () => {}).matcher;
  const a = engine(false);
  const all: Annotation[] = [];
  for (const p of paras) for (const x of a.annotateParagraph(p.text)) all.push({ ...x, start: x.start + p.start, end: x.end + p.start });
  const cpu = (f: () => void) => {
    const c = process.cpuUsage();
    f();
    const u = process.cpuUsage(c);
    return (u.user + u.system) / 1000;
  };
  const parts: Record<string, () => void> = {
    model: () => { for (const p of paras) model.tagSpans(p.text); },
    names: () => { for (const p of paras) names.recognise(p.text); },
    numbers: () => { for (const p of paras) recogniseNumbers(p.text); },
    terms: () => { for (const p of paras) terms.find(p.text); },
    paragraphs: () => { for (const p of paras) a.annotateParagraph(p.text); },
    document: () => void consolidateNames(text, all),
    annotate: () => void a.annotate(text),
  };
  const times: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) for (const [k, f] of Object.entries(parts)) (times[k] ??= []).push(cpu(f));
  const med = (xs: number[]) => [...xs.slice(1)].sort((x, y) => x - y)[(xs.length - 1) >> 1];
  console.log(Object.entries(times).map(([k, xs]) => `${k} ${Math.round(med(xs))}`).join('  '));
}

const [mode, arg, arg2] = process.argv.slice(2);
if (mode === 'dump') void dump(arg, arg2 ?? '/tmp/acc/dev.jsonl');
else if (mode === 'profile') profile(arg ?? 'news', Number(arg2 ?? 3));
else if (mode === 'stages') stages(arg ?? 'news', Number(arg2 ?? 4));
else {
  console.error('usage: identical.js dump OUT.jsonl [DEV.jsonl] | profile [seed|news] [runs]');
  process.exit(2);
}
