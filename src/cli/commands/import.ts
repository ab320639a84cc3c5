import { readFileSync } from 'node:fs';
import { AnnotationInput, buildSidecar, parseSidecar, serializeSidecar, SidecarAnnotation } from '../../core/sidecar';
import { FormatName, formatOfFile, IMPORT_FORMATS, IMPORTERS } from '../../core/sidecar/formats';
import { formatLocated } from '../../core/sidecar/located';
import { decodeUtf8Text } from '../../core/text/decode';
import {
  articleOfSidecar, isFile, openSidecarFor, PathSafetyError, readArticle, relativeArticlePath, sidecarPathFor, writeFileAtomic,
} from '../../node/sidecar-file';
import { parseArgs, stringFlag } from '../args';
import { InputError, located, UsageError } from '../errors';
import { CliIO } from '../io';
import { cliGenerator } from './export';

export const importHelp = `zhnews import FILE --from json|brat|w3c|label-studio|doccano [--article ARTICLE]
  read annotations made by another tool and write the article's sidecar (<name>.annotations.json beside
  it), keeping the decisions already in it. The article is found from FILE (x.ann → x.txt, a sidecar's
  document.path, x.doccano.jsonl → x.txt or x.md) unless --article names it. Offsets that no longer fit
  the article are re-anchored by their quoted text; what cannot be found is kept as an orphan.`;

const SUFFIXES = ['.annotations.json', '.w3c.jsonld', '.w3c.json', '.jsonld', '.label-studio.json', '.doccano.jsonl', '.jsonl', '.ann', '.json'];

function guessArticle(file: string, format: FormatName, content: string): string {
  if (format === 'json') {
    const parsed = parseSidecar(content, file);
    if (parsed.sidecar) {
      try {
        return articleOfSidecar(file, parsed.sidecar, process.cwd());
      } catch (e) {
        if (e instanceof PathSafetyError) throw new InputError(formatLocated(parsed.locate(['document', 'path'], e.message)));
        throw e;
      }
    }
  }
  const lower = file.toLowerCase();
  const suffix = SUFFIXES.find((s) => lower.endsWith(s));
  const stem = suffix ? file.slice(0, -suffix.length) : file;
  for (const ext of ['.txt', '.md']) if (isFile(stem + ext)) return stem + ext;
  throw new UsageError(`cannot tell which article ${file} belongs to; name it with --article`);
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(located(file, 1, 1, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as Error).message)));
  }
  const decoded = decodeUtf8Text(bytes);
  if (!decoded.ok) throw new InputError(located(file, decoded.line, decoded.col, decoded.message));
  const articlePath = stringFlag(args, 'article') ?? guessArticle(file, format, decoded.text);
  const article = readArticle(articlePath);
  if ('errors' in article) throw new InputError(article.errors.map(formatLocated).join('\n'));
  const result = importer(decoded.text, file, article.text);
  if (result.errors.length) throw new InputError(result.errors.map(formatLocated).join('\n'));

  const existing = openSidecarFor(articlePath, article);
  if (existing && 'errors' in existing) throw new InputError(existing.errors.map(formatLocated).join('\n'));
  const merged = mergeImported(existing?.sidecar.annotations ?? [], result.annotations);
  const target = sidecarPathFor(articlePath);
  const sidecar = buildSidecar(article.text, merged, {
    path: relativeArticlePath(target, articlePath),
    hadBom: article.hadBom,
    generator: existing?.sidecar.generator ?? cliGenerator(),
    previous: existing?.sidecar,
    orphans: [...(existing?.sidecar.orphans ?? []), ...(result.orphans ?? [])],
  });
  // The sidecar is the only file written: the article is never touched.
  writeFileAtomic(target, serializeSidecar(sidecar));
  io.err(
    `${file} (${format}) → ${target}: ${result.annotations.length} imported` +
      (result.orphans?.length ? `, ${result.orphans.length} orphans (their text is not in ${articlePath})` : '') +
      (existing ? `, merged into ${existing.sidecar.annotations.length} already there` : '') +
      '\n',
  );
  return 0;
}

/** Imported annotations replace stored ones with the same id or the same span and label; others stay. */
function mergeImported(stored: readonly SidecarAnnotation[], imported: readonly AnnotationInput[]): AnnotationInput[] {
  const key = (a: { label: string; start: number; end: number }) => `${a.label}:${a.start}:${a.end}`;
  const ids = new Set(imported.map((a) => a.id).filter(Boolean));
  const spans = new Set(imported.map(key));
  const kept = stored.filter((s) => !ids.has(s.id) && !spans.has(key(s)));
  const byKey = new Map(stored.map((s) => [key(s), s]));
  // An import without ids (doccano, brat) keeps the id of the stored annotation it replaces.
  const incoming = imported.map((a) => (a.id ? a : { ...a, id: byKey.get(key(a))?.id }));
  return [...kept, ...incoming];
}
