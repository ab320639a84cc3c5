import { basename, dirname, extname, join, resolve } from 'node:path';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Annotation } from '../../core/types';
import { buildSidecar, Generator, mergeDecisions, SidecarAnnotation } from '../../core/sidecar';
import { EXPORT_FORMATS, EXPORTERS, FormatName, replacementProblem } from '../../core/sidecar/formats';
import { formatLocated } from '../../core/sidecar/located';
import { openSidecarFor, readArticle, relativeArticlePath, sidecarPathFor, writeFileAtomic } from '../../node/sidecar-file';
import { parseArgs, stringFlag } from '../args';
import { createCliAnnotator } from '../engine';
import { InputError, UsageError } from '../errors';
import { CliIO } from '../io';
import pkg from '../../../package.json';

export const exportHelp = `zhnews export FILE… --format json|brat|w3c|label-studio|doccano|conll [--out DIR]
  annotate each article, keep the decisions of its sidecar (<name>.annotations.json, re-anchored if the
  article changed), and write the annotations in FORMAT to DIR (default: beside the article):
    json          <name>.annotations.json   the default sidecar (offsets in UTF-16 units and code points)
    brat          <name>.ann, <name>.txt, annotation.conf, visual.conf   (code points)
    w3c           <name>.w3c.jsonld         W3C Web Annotation collection (code points)
    label-studio  <name>.label-studio.json and its labelling config <name>.label-studio.xml (code points)
    doccano       <name>.doccano.jsonl      (UTF-16 units)
    conll         <name>.conll              one character per line, BIO tags`;

/** Produces the automatic annotations of a text; the CLI's annotator unless a test gives another. */
export type AnnotateFn = (text: string) => Annotation[];

export function cliGenerator(): Generator {
  const model = process.env.ZHNEWS_NAME_MODEL ? basename(process.env.ZHNEWS_NAME_MODEL) : 'built-in';
  return { name: 'zh-news-annotator', version: (pkg as { version: string }).version, model };
}

export function stemOf(file: string): string {
  const name = basename(file);
  return extname(name) ? name.slice(0, -extname(name).length) : name;
}

export async function exportCommand(argv: string[], io: CliIO, annotate?: AnnotateFn): Promise<number> {
  const args = parseArgs(argv, ['format', 'out'], []);
  const format = stringFlag(args, 'format') as FormatName | undefined;
  if (!format) throw new UsageError('--format is required');
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' (expected ${EXPORT_FORMATS.join(', ')})`);
  if (args.positional.length === 0) throw new UsageError('export needs at least one FILE');
  const out = stringFlag(args, 'out');
  if (out) mkdirSync(out, { recursive: true });
  let run = annotate;
  for (const file of args.positional) {
    const article = readArticle(file);
    if ('errors' in article) throw new InputError(article.errors.map(formatLocated).join('\n'));
    const opened = openSidecarFor(file, article);
    if (opened && 'errors' in opened) throw new InputError(opened.errors.map(formatLocated).join('\n'));
    run ??= ((annotator) => (t: string) => annotator.annotate(t))(createCliAnnotator());
    const stored: SidecarAnnotation[] = opened?.sidecar.annotations ?? [];
    const merged = mergeDecisions(run(article.text), stored);
    const outDir = out ?? dirname(file);
    const sidecarFile = format === 'json' ? join(outDir, stemOf(file) + '.annotations.json') : sidecarPathFor(file);
    const sidecar = buildSidecar(article.text, merged, {
      path: relativeArticlePath(sidecarFile, file),
      hadBom: article.hadBom,
      generator: cliGenerator(),
      previous: opened?.sidecar,
    });
    const files = EXPORTERS[format]({ text: article.text, sidecar, stem: stemOf(file), documentIri: pathToFileURL(resolve(file)).href });
    // brat wants <name>.txt beside the .ann: when that is the article itself, it is already there.
    const targets = files.map((f) => ({ f, target: join(outDir, f.name) })).filter(({ target }) => resolve(target) !== resolve(file));
    // A file that may be someone else's (another article's text, a collection's brat configuration) is
    // never replaced: where it holds other content, nothing of this article is written.
    const problems = targets
      .filter(({ f, target }) => f.ownedByOthers && existsSync(target))
      .map(({ f, target }) => replacementProblem(f, target, readFileSync(target, 'utf8')))
      .filter((p) => p !== undefined);
    if (problems.length) throw new InputError(problems.map((p) => `${formatLocated(p)} (--out DIR)`).join('\n'));
    const written: string[] = [];
    for (const { f, target } of targets) {
      if (f.ownedByOthers && existsSync(target)) continue; // already holds exactly this content
      writeFileAtomic(target, f.content);
      written.push(target);
    }
    const moved = opened?.report.filter((r) => r.outcome !== 'kept') ?? [];
    const orphans = sidecar.orphans.length;
    io.err(
      `${file}: ${sidecar.annotations.length} annotations` +
        (orphans ? `, ${orphans} orphans` : '') +
        (moved.length ? `, ${moved.length} re-anchored (${summary(moved.map((r) => r.outcome))})` : '') +
        ` → ${written.join(', ')}\n`,
    );
  }
  return 0;
}

function summary(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
