import { basename, dirname, extname, join, resolve } from 'node:path';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Annotation } from '../../core/types';
import { buildSidecar, Generator, mergeDecisions, SidecarAnnotation } from '../../core/sidecar';
import { EXPORT_FORMATS, EXPORTERS, FormatName } from '../../core/sidecar/formats';
import { formatLocated } from '../../core/sidecar/located';
import { openSidecarFor, readArticle, relativeArticlePath, sidecarPathFor, writeFileAtomic } from '../../node/sidecar-file';
import { recordExport } from '../../node/export-record';
import { readRegularFile } from '../../node/regular-file';
import { ExportInPlace, mayHoldWork, replaceProblem } from '../export-replace';
import { parseArgs, stringFlag } from '../args';
import { createCliAnnotator } from '../engine';
import { errnoReason, InputError, UsageError } from '../errors';
import { CliIO } from '../io';
import pkg from '../../../package.json';

export const exportHelp = `zhnews export FILE… --format json|brat|w3c|label-studio|doccano|conll [--out DIR] [--overwrite]
  annotate each article, keep the decisions of its sidecar (<name>.annotations.json, re-anchored if the
  article changed), and write the annotations in FORMAT to DIR (default: beside the article):
    json          <name>.annotations.json   the default sidecar (offsets in UTF-16 units and code points)
    brat          <name>.ann, <name>.txt, annotation.conf, visual.conf   (code points)
    w3c           <name>.w3c.jsonld         W3C Web Annotation collection (code points)
    label-studio  <name>.label-studio.json and its labelling config <name>.label-studio.xml (code points)
    doccano       <name>.doccano.jsonl      (UTF-16 units)
    conll         <name>.conll              one character per line, BIO tags
  A file that cannot be exported is reported and the rest exported (exit 1 at the end); two articles of
  one name are not exported to one folder (the second is refused). Nothing there is replaced that holds
  what someone wrote or marked: another article's sidecar or brat .txt, a collection's .conf files, a
  sidecar with decisions this export lacks, a .ann changed in brat since export wrote it (DIR's
  .zhnews-export.json records what export wrote). Import those first, or --overwrite the last two.`;

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
  const args = parseArgs(argv, ['format', 'out'], ['overwrite']);
  const format = stringFlag(args, 'format') as FormatName | undefined;
  if (!format) throw new UsageError('--format is required');
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`unknown format '${format}' (expected ${EXPORT_FORMATS.join(', ')})`);
  if (args.positional.length === 0) throw new UsageError('export needs at least one FILE');
  const out = stringFlag(args, 'out');
  if (out) makeOutDir(out);
  const state: ExportState = { annotate, writtenBy: new Map(), overwrite: args.flags.has('overwrite') };
  // A file that cannot be exported is reported where it comes and the others still exported; exit 1 at the end.
  const failures: InputError[] = [];
  // The same article named twice (a shell glob and a name) is exported once, not refused as two articles of one name.
  const files = [...new Map(args.positional.map((f) => [resolve(f), f])).values()];
  for (const file of files) {
    try {
      exportOne(file, format, out, state, io);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (files.length === 1) throw e;
      failures.push(e);
      io.err(`${e.message}\n`);
    }
  }
  if (failures.length) throw new InputError(`${failures.length} of ${files.length} files not exported (see above)`);
  return 0;
}

interface ExportState {
  annotate?: AnnotateFn;
  /** Files written in this run, and the article each was written for: a second article never replaces them. */
  writtenBy: Map<string, string>;
  /** --overwrite: replace a sidecar or .ann that holds what this export lacks (never another article's). */
  overwrite: boolean;
}

/** --out DIR, made if it is not there; a file in the way or a folder that cannot be made is bad input. */
function makeOutDir(out: string): void {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new InputError(`${out}: not a directory (--out names the folder to write to)`);
  // Folder by folder: mkdirSync's own recursive mode spins forever where the parent refuses (/proc).
  const missing: string[] = [];
  for (let p = resolve(out); !existsSync(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) {
    try {
      mkdirSync(p);
    } catch (e) {
      throw new InputError(`${out}: cannot create the folder (--out): ${errnoReason(e)}${p !== resolve(out) ? ` (at ${p})` : ''}`);
    }
  }
  if (!statSync(out).isDirectory()) throw new InputError(`${out}: not a directory (--out names the folder to write to)`);
}

function exportOne(file: string, format: FormatName, out: string | undefined, state: ExportState, io: CliIO): void {
  const article = readArticle(file);
  if ('errors' in article) throw new InputError(article.errors.map(formatLocated).join('\n'));
  const opened = openSidecarFor(file, article);
  if (opened && 'errors' in opened) throw new InputError(opened.errors.map(formatLocated).join('\n'));
  state.annotate ??= ((annotator) => (t: string) => annotator.annotate(t))(createCliAnnotator());
  const stored: SidecarAnnotation[] = opened?.sidecar.annotations ?? [];
  const merged = mergeDecisions(state.annotate(article.text), stored);
  const outDir = out ?? dirname(file);
  const sidecarFile = format === 'json' ? join(outDir, stemOf(file) + '.annotations.json') : sidecarPathFor(file);
  const sidecar = buildSidecar(article.text, merged, {
    path: relativeArticlePath(sidecarFile, file),
    hadBom: article.hadBom,
    generator: cliGenerator(),
    previous: opened?.sidecar,
  });
  const stem = stemOf(file);
  // brat reads its .txt with a byte-order mark as one more character: when the .txt it will read has one
  // (the article itself, or a copy already there), the offsets count it.
  const bratTxt = join(outDir, `${stem}.txt`);
  const textHasBom = format === 'brat' && (resolve(bratTxt) === resolve(file) ? article.hadBom : startsWithBom(bratTxt));
  const files = EXPORTERS[format]({ text: article.text, sidecar, stem, documentIri: pathToFileURL(resolve(file)).href, textHasBom });
  // brat wants <name>.txt beside the .ann: when that is the article itself, it is already there.
  const targets = files.map((f) => ({ f, target: join(outDir, f.name) })).filter(({ target }) => resolve(target) !== resolve(file));
  // Two articles of one name (a/news.txt, b/news.txt) exported to one folder would write the same files.
  const clash = targets.find(({ f, target }) => !f.ownedByOthers && state.writtenBy.has(resolve(target)));
  if (clash) {
    throw new InputError(
      `${clash.target}: already written for ${state.writtenBy.get(resolve(clash.target))} in this run; ${file} was not exported, ` +
        'so as not to replace it: export articles of the same name to different folders (--out DIR)',
    );
  }
  // A file that may be someone else's (another article's text or sidecar, a collection's brat configuration)
  // or hold someone's work (a sidecar in --out, a .ann edited in brat) is never replaced: where one is in the
  // way, nothing of this article is written (export-replace).
  const inPlace: ExportInPlace = { file, article, sidecarFile: sidecarPathFor(file), sidecar, textHasBom, overwrite: state.overwrite };
  const problems = targets
    .filter(({ target }) => existsSync(target))
    .map(({ f, target }) => replaceProblem(f, target, inPlace))
    .filter((p) => p !== undefined);
  if (problems.length) throw new InputError(problems.map(formatLocated).join('\n'));
  const written: string[] = [];
  for (const { f, target } of targets) {
    if (f.ownedByOthers && existsSync(target)) continue; // already holds exactly this content
    try {
      writeFileAtomic(target, f.content);
    } catch (e) {
      throw new InputError(`${target}: cannot write: ${errnoReason(e)}${written.length ? ` (written before it: ${written.join(', ')})` : ''}`);
    }
    written.push(target);
    state.writtenBy.set(resolve(target), file);
  }
  // What may be worked in where it lies: the next export replaces it freely only while no one has.
  recordExport(outDir, targets.filter(({ f, target }) => mayHoldWork(f, target, inPlace.sidecarFile)).map(({ f }) => f));
  const moved = opened?.report.filter((r) => r.outcome !== 'kept') ?? [];
  const orphans = sidecar.orphans.length;
  io.err(
    `${file}: ${sidecar.annotations.length} annotations` +
      (orphans ? `, ${orphans} orphans` : '') +
      (moved.length ? `, ${moved.length} re-anchored (${summary(moved.map((r) => r.outcome))})` : '') +
      ` → ${written.join(', ')}\n`,
  );
}

function startsWithBom(path: string): boolean {
  const read = readRegularFile(path, 'a text file');
  // One that cannot be read is not replaced either (replaceProblem says why).
  if ('problem' in read) return false;
  const b = read.bytes;
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

function summary(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
