/*
 * Engine benchmarks (not tests), one section per process so each starts from the same heap:
 *   node bench/tmp/engine.bench.js throughput|scaling|keystroke
 * Each prints a readable line per figure and one `BENCH_RESULT {json}` line for scripts/bench.mjs.
 * The reference (raw nodejieba.tag on the same text) is timed in the same process, interleaved with
 * the annotator, so machine load hits both alike, and both are timed warm (one untimed pass of each
 * over the same text first: see warmOn).
 */
import { Annotator } from '../src/core/annotate';
import { JiebaSegmenter } from '../src/core/segment/jieba';
import { cliNameRecogniser } from '../src/cli/engine';
import { loadCliGlossary } from '../src/cli/glossary-files';
import { DocumentPublisher } from '../src/server/publish';
import { emit, hasCorpora, MB, median, newsText, now, quantile, seedArticle, toSize } from './common';

interface Jieba {
  tag(text: string): Array<{ word: string; tag: string }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jieba = require('nodejieba') as Jieba & { load(): void };

function engine(paragraphCache: boolean): Annotator {
  const names = cliNameRecogniser();
  const terms = loadCliGlossary([], () => {}).matcher;
  return new Annotator({ segmenter: new JiebaSegmenter(), names, terms, paragraphCache });
}

function warm(a: Annotator): void {
  jieba.tag('中共中央总书记、国家主席江泽民发表新年讲话。');
  a.annotate(seedArticle().slice(0, 2000));
}

/**
 * One untimed pass of each over the text that is then timed, so both sides are measured warm: the
 * annotator's code compiled and its working arrays grown, nodejieba's dictionary paged in, as in a
 * language server that has been running. Symmetric: the reference gets the same pass (whole text
 * and paragraph by paragraph, as it is timed).
 */
function warmOn(a: Annotator, text: string, paragraphs: readonly string[], reference: boolean): void {
  a.annotate(text);
  if (!reference) return;
  jieba.tag(text);
  for (const p of paragraphs) if (p) jieba.tag(p);
}

interface Throughput {
  chars: number;
  bytes: number;
  /** Median CPU ms of this process (wall ms in brackets below): robust against other processes' load. */
  annotateMs: number;
  tagMs: number;
  tagParagraphsMs: number;
  annotateWallMs: number;
  tagWallMs: number;
  annotateCps: number;
  tagCps: number;
  /** Reference time (the faster of tag on the whole text and tag paragraph by paragraph) / annotate time. */
  ratio: number;
  annotations: number;
}

/** CPU and wall ms of one call. */
function measure(f: () => void): { cpu: number; wall: number } {
  const c = process.cpuUsage();
  const t = now();
  f();
  const wall = now() - t;
  const u = process.cpuUsage(c);
  return { cpu: (u.user + u.system) / 1000, wall };
}

/**
 * chars/s of the annotator (paragraph cache off: every paragraph is real work) against raw
 * nodejieba.tag, both on the whole text in one call and paragraph by paragraph as the annotator
 * calls it; runs interleaved, medians of CPU time.
 */
function throughputOf(text: string, runs: number, reference = true): Throughput {
  const a = engine(false);
  warm(a);
  const paragraphs = text.split('\n');
  warmOn(a, text, paragraphs, reference);
  const ann: Array<{ cpu: number; wall: number }> = [];
  const whole: Array<{ cpu: number; wall: number }> = [];
  const paras: Array<{ cpu: number; wall: number }> = [];
  let annotations = 0;
  const started = now();
  // Repeats for a median, unless the work is so slow that one run already says enough (30 s).
  for (let i = 0; i < runs && (i === 0 || now() - started < 30_000); i++) {
    ann.push(measure(() => (annotations = a.annotate(text).length)));
    if (!reference) continue;
    whole.push(measure(() => jieba.tag(text)));
    paras.push(measure(() => {
      for (const p of paragraphs) if (p) jieba.tag(p);
    }));
  }
  const cpu = (xs: Array<{ cpu: number }>) => (xs.length ? median(xs.map((x) => x.cpu)) : NaN);
  const wall = (xs: Array<{ wall: number }>) => (xs.length ? median(xs.map((x) => x.wall)) : NaN);
  const annotateMs = cpu(ann);
  const tagMs = cpu(whole);
  const tagParagraphsMs = cpu(paras);
  const ref = Math.min(tagMs, tagParagraphsMs);
  const chars = text.length;
  return {
    chars,
    bytes: Buffer.byteLength(text),
    annotateMs: round(annotateMs),
    tagMs: round(tagMs),
    tagParagraphsMs: round(tagParagraphsMs),
    annotateWallMs: round(wall(ann)),
    tagWallMs: round(Math.min(wall(whole), wall(paras))),
    annotateCps: Math.round((chars / annotateMs) * 1000),
    tagCps: Math.round((chars / ref) * 1000),
    ratio: round(ref / annotateMs, 3),
    annotations,
  };
}

function throughput(): void {
  const seed = toSize(seedArticle(), MB);
  const r: Record<string, unknown> = { seed1MB: throughputOf(seed, 3) };
  console.log(line('seed article ×N, 1 MB', r.seed1MB as Throughput));
  if (hasCorpora()) {
    r.news5MB = throughputOf(newsText(5 * MB), 2);
    console.log(line("People's Daily 1998, 5 MB", r.news5MB as Throughput));
  }
  emit({ throughput: r });
}

function scaling(): void {
  const src = hasCorpora() ? newsText(10 * MB) : toSize(seedArticle(), 10 * MB);
  const out: Array<Throughput & { size: string }> = [];
  for (const [size, bytes, runs] of [['10 KB', 10_000, 20], ['100 KB', 100_000, 5], ['1 MB', MB, 2], ['10 MB', 10 * MB, 1]] as const) {
    // A prefix of the same text, so only the size changes.
    const text = toSize(src, bytes);
    // Annotation alone: the reference is timed in the throughput section.
    const r = { size, ...throughputOf(text, runs, false) };
    out.push(r);
    console.log(`scaling ${size.padEnd(7)} ${r.chars} chars: annotate ${r.annotateMs} ms CPU (${r.annotateWallMs} wall) = ${(r.annotateCps / 1e3).toFixed(0)} kchar/s, ${round(r.annotateMs / (r.chars / 1e6), 0)} ms per Mchar`);
  }
  emit({ scaling: out });
}

/**
 * What the language server does per keystroke: re-annotate the edited text (paragraph cache warm)
 * and serialise the notification it sends. Random one-character insertions and deletions.
 */
function keystroke(): void {
  const edits = Number(process.env.ZHNEWS_BENCH_EDITS ?? 200);
  const results: Record<string, unknown> = {};
  const texts: Array<[string, string]> = [['seed1MB', toSize(seedArticle(), MB)]];
  if (hasCorpora()) texts.push(['news1MB', newsText(MB)]);
  for (const [name, start] of texts) {
    const a = engine(true);
    warm(a);
    const publisher = new DocumentPublisher(a);
    let text = start;
    let version = 1;
    let t = now();
    const first = JSON.stringify(publisher.publish('file:///bench.txt', version, text));
    const firstMs = now() - t;
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const CJK = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
    const annotateMs: number[] = [];
    const stringifyMs: number[] = [];
    const totalMs: number[] = [];
    const cpuMs: number[] = [];
    let payloadBytes = 0;
    for (let i = 0; i < edits; i++) {
      const pos = Math.floor(rand() * text.length);
      text = rand() < 0.7 ? text.slice(0, pos) + CJK[Math.floor(rand() * CJK.length)] + text.slice(pos) : text.slice(0, pos) + text.slice(pos + 1);
      version++;
      const cpu = process.cpuUsage();
      t = now();
      const params = publisher.publish('file:///bench.txt', version, text);
      const t1 = now();
      const json = JSON.stringify(params);
      const t2 = now();
      const used = process.cpuUsage(cpu);
      cpuMs.push((used.user + used.system) / 1000);
      annotateMs.push(t1 - t);
      stringifyMs.push(t2 - t1);
      totalMs.push(t2 - t);
      payloadBytes += json.length;
    }
    const r = {
      chars: start.length,
      edits,
      firstAnnotationMs: round(firstMs),
      firstPayloadChars: first.length,
      p50: round(quantile(totalMs, 0.5)),
      p99: round(quantile(totalMs, 0.99)),
      max: round(Math.max(...totalMs)),
      // CPU time of this process for the same work: what the figure would be on an idle machine.
      cpuP50: round(quantile(cpuMs, 0.5)),
      cpuP99: round(quantile(cpuMs, 0.99)),
      annotateP50: round(quantile(annotateMs, 0.5)),
      annotateP99: round(quantile(annotateMs, 0.99)),
      stringifyP50: round(quantile(stringifyMs, 0.5)),
      stringifyP99: round(quantile(stringifyMs, 0.99)),
      meanPayloadChars: Math.round(payloadBytes / edits),
    };
    results[name] = r;
    console.log(
      `keystroke ${name.padEnd(8)} p50 ${r.p50} ms  p99 ${r.p99} ms wall (CPU p50 ${r.cpuP50} / p99 ${r.cpuP99})  (annotate p50 ${r.annotateP50} / p99 ${r.annotateP99}, ` +
        `payload p50 ${r.stringifyP50} / p99 ${r.stringifyP99}; ${r.meanPayloadChars} chars/edit; first ${r.firstAnnotationMs} ms)`,
    );
  }
  emit({ keystroke: results });
}

function line(name: string, r: Throughput): string {
  return (
    `${name.padEnd(28)} ${(r.bytes / MB).toFixed(2)} MB ${r.chars} chars, CPU ms: annotate ${r.annotateMs} = ${(r.annotateCps / 1e3).toFixed(0)} kchar/s; ` +
    `nodejieba.tag whole ${r.tagMs}, by paragraph ${r.tagParagraphsMs} = ${(r.tagCps / 1e3).toFixed(0)} kchar/s; ratio ${r.ratio}× ` +
    `(wall ${r.annotateWallMs} vs ${r.tagWallMs}; ${r.annotations} annotations)`
  );
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const section = process.argv[2];
const sections: Record<string, () => void> = { throughput, scaling, keystroke };
if (!sections[section]) {
  console.error(`usage: node bench/tmp/engine.bench.js ${Object.keys(sections).join('|')}`);
  process.exit(2);
}
sections[section]();
