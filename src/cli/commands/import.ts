import { readFileSync } from 'node:fs';
import { buildSidecar, mergeImported, parseSidecar, serializeSidecar } from '../../core/sidecar';
import { FormatName, formatOfFile, IMPORT_FORMATS, IMPORTERS } from '../../core/sidecar/formats';
import { formatLocated } from '../../core/sidecar/located';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import {
  articleOfSidecar, isFile, openSidecarFor, PathSafetyError, readArticle, readSidecarFile, relativeArticlePath, sidecarPathFor, writeFileAtomic,
} from '../../node/sidecar-file';
import { parseArgs, stringFlag } from '../args';
import { errnoReason, InputError, UsageError } from '../errors';
import { readTextFileAndBytes } from '../read-text';
import { recordImport } from '../../node/export-record';
import { CliIO } from '../io';
import { cliGenerator } from './export';

export const importHelp = `zhnews import FILE --from json|brat|w3c|label-studio|doccano [--article ARTICLE]
  read annotations made by another tool and write the article's sidecar (<name>.annotations.json beside
  it), keeping the decisions already in it: what the format cannot carry (doccano: all but span and label)
  is kept from the sidecar. The article is found from FILE unless --article names it: a sidecar's
  document.path; else x.txt or x.md for x.ann, x.doccano.jsonl and the like — when both are there, the
  one x.annotations.json was written for, else the .md if the .txt holds its very text (brat's copy of
  it), else it is an error naming both. brat, W3C and Label Studio spans whose offsets no longer fit the
  article are re-anchored by their quoted text; what cannot be found is kept as an orphan, named on
  stderr. doccano has no quoted text: offsets that do not fit are an error. Names (PER, ORG, LOC, NUM)
  never overlap: one the file marks replaces a suggestion under it, and a span the sidecar held that the
  file no longer has (its note goes along; stderr names it); two the file marks over each other are an
  error.`;

const SUFFIXES = ['.annotations.json', '.w3c.jsonld', '.w3c.json', '.jsonld', '.label-studio.json', '.doccano.jsonl', '.jsonl', '.ann', '.json'];

/**
 * Where a sidecar's document.path may lead. A sidecar received from elsewhere must not make import read
 * a file outside where it was put, and write a sidecar beside that file (../../etc/passwd, a link out):
 * it may name files in its own folder and below, wherever the command runs; one inside the current
 * folder may name any file in it (a sidecar kept in a sub-folder names its article with ../).
 */
function safetyRoot(file: string): string {
  const folder = dirname(resolve(file));
  const rel = relative(process.cwd(), folder);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel)) ? process.cwd() : folder;
}

function guessArticle(file: string, format: FormatName, content: string): string {
  if (format === 'json') {
    const parsed = parseSidecar(content, file);
    if (parsed.sidecar) {
      try {
        return articleOfSidecar(file, parsed.sidecar, safetyRoot(file));
      } catch (e) {
        if (e instanceof PathSafetyError) throw new InputError(formatLocated(parsed.locate(['document', 'path'], e.message)));
        throw e;
      }
    }
  }
  const lower = file.toLowerCase();
  const suffix = SUFFIXES.find((s) => lower.endsWith(s));
  const stem = suffix ? file.slice(0, -suffix.length) : file;
  const candidates = ['.txt', '.md'].map((ext) => stem + ext).filter(isFile);
  if (candidates.length === 0) throw new UsageError(`cannot tell which article ${file} belongs to (no ${basename(stem)}.txt or ${basename(stem)}.md beside it); name it with --article`);
  if (candidates.length === 1) return candidates[0];
  return eitherArticle(file, candidates[0], candidates[1]);
}

/**
 * x.txt and x.md both there. Taking the .txt for its extension would re-bind the sidecar to it when it is
 * only brat's copy of the .md (export --format brat writes one), and the notes would go to the copy. The
 * sidecar the two share says which one it was written for; else a .txt holding the .md's very text is
 * brat's copy of it; else the user says.
 */
function eitherArticle(file: string, txt: string, md: string): string {
  const sidecarPath = sidecarPathFor(txt);
  const loaded = isFile(sidecarPath) ? readSidecarFile(sidecarPath) : undefined;
  if (loaded && !('errors' in loaded)) {
    const named = resolve(dirname(sidecarPath), loaded.sidecar.document.path);
    const chosen = [txt, md].find((c) => resolve(c) === named);
    if (chosen) return chosen;
  }
  const t = readArticle(txt);
  const m = readArticle(md);
  if (!('errors' in t) && !('errors' in m) && t.text === m.text) return md;
  const sidecarSays = !loaded
    ? `there is no ${basename(sidecarPath)} to say which`
    : 'errors' in loaded
      ? `${sidecarPath} cannot be read to say which`
      : `${sidecarPath} names neither ("${loaded.sidecar.document.path}")`;
  throw new UsageError(`cannot tell which article ${file} belongs to: ${txt} and ${md} are both there, ${sidecarSays}, and their texts differ (the .txt is not brat's copy of the .md); name one with --article`);
}

export async function importCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, ['from', 'article'], []);
  if (args.positional.length !== 1) throw new UsageError('import needs exactly one FILE');
  const file = args.positional[0];
  const format = (stringFlag(args, 'from') ?? formatOfFile(file)) as FormatName | undefined;
  if (!format) throw new UsageError('--from is required (json, brat, w3c, label-studio, doccano)');
  const importer = IMPORTERS[format];
  if (!IMPORT_FORMATS.includes(format) || !importer) {
    throw new UsageError(`cannot import from '${format}' (expected ${IMPORT_FORMATS.join(', ')})`);
  }
  // Read as annotate reads: a directory, UTF-16 or a file cut short get a located, plain message.
  // The bytes are hashed as read, before the sidecar is written: a file changed meanwhile is not counted as taken in.
  const { text: content, bytes } = readTextFileAndBytes(file);
  const articlePath = stringFlag(args, 'article') ?? guessArticle(file, format, content);
  const article = readArticle(articlePath);
  if ('errors' in article) throw new InputError(article.errors.map(formatLocated).join('\n'));
  const result = importer(content, file, article.text, { textHasBom: format === 'brat' && bratTextHasBom(file, articlePath, article.hadBom) });
  if (result.errors.length) throw new InputError(result.errors.map(formatLocated).join('\n'));

  const existing = openSidecarFor(articlePath, article);
  if (existing && 'errors' in existing) throw new InputError(existing.errors.map(formatLocated).join('\n'));
  const merged = mergeImported(existing?.sidecar.annotations ?? [], result.annotations, article.text);
  if (merged.errors.length) throw new InputError(merged.errors.map(formatLocated).join('\n'));
  const target = sidecarPathFor(articlePath);
  const sidecar = buildSidecar(article.text, merged.annotations, {
    path: relativeArticlePath(target, articlePath),
    hadBom: article.hadBom,
    generator: existing?.sidecar.generator ?? cliGenerator(),
    previous: existing?.sidecar,
    orphans: [...(existing?.sidecar.orphans ?? []), ...(result.orphans ?? [])],
  });
  // The sidecar is the only file written: the article is never touched.
  try {
    writeFileAtomic(target, serializeSidecar(sidecar));
  } catch (e) {
    throw new InputError(`${target}: cannot write: ${errnoReason(e)}; nothing was imported`);
  }
  // Its work is in the sidecar now: the next export may write over the file without --overwrite (see export-replace).
  recordImport(dirname(resolve(file)), basename(file), bytes);
  for (const note of [...(result.notes ?? []), ...merged.notes]) io.err(`${note}\n`);
  const anchors = result.anchors ?? [];
  const moved = anchors.filter((x) => x.outcome !== 'orphan').length;
  io.err(
    `${file} (${format}) → ${target}: ${result.annotations.length} imported` +
      (moved ? `, ${moved} re-anchored by their quoted text (their offsets did not fit ${articlePath})` : '') +
      (result.orphans?.length ? `, ${result.orphans.length} orphans (their text is not in ${articlePath})` : '') +
      (existing ? `, merged into ${existing.sidecar.annotations.length} already there` : '') +
      '\n',
  );
  for (const o of anchors.filter((x) => x.outcome === 'orphan')) io.err(`  orphan: ${o.label} "${o.quote}", was at ${o.from}\n`);
  return 0;
}

/** brat counts a byte-order mark as character 0 of the .txt it reads beside the .ann. */
function bratTextHasBom(annFile: string, articlePath: string, articleHadBom: boolean): boolean {
  const txt = (annFile.toLowerCase().endsWith('.ann') ? annFile.slice(0, -4) : annFile) + '.txt';
  if (resolve(txt) === resolve(articlePath)) return articleHadBom;
  try {
    const b = readFileSync(txt);
    return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  } catch {
    return false;
  }
}
