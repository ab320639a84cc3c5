/**
 * Which files already in export's folder it may write over. Nothing someone wrote or marked is replaced:
 *   - a file that may be someone else's (brat's <name>.txt, annotation.conf, visual.conf) only where it
 *     already holds exactly what export writes;
 *   - a sidecar in --out only where it is this article's and holds no decision the new one lacks (it may
 *     be another article's, or the one the editor keeps in a configured sidecar folder);
 *   - a brat .ann, which brat rewrites as one annotates, only where it is what export last wrote there
 *     or marks the same things as the new one.
 * A file that cannot be read, or is not a file, is never replaced either.
 */
import { basename, dirname, resolve } from 'node:path';
import { decisionsLost, Sidecar } from '../core/sidecar';
import { annReplaceable, ExportedFile, firstDifference, replacementProblem } from '../core/sidecar/formats';
import { LocatedError, Locator } from '../core/sidecar/located';
import { writtenByExport } from '../node/export-record';
import { readRegularFile } from '../node/regular-file';
import { ArticleFile, checkBelongs, placeSidecar, readSidecarFile, relativeArticlePath, SIDECAR_SUFFIX } from '../node/sidecar-file';

export interface ExportInPlace {
  /** The article as the user named it, and its text. */
  file: string;
  article: ArticleFile;
  /** The article's own sidecar, which the export read its decisions from: rewriting it loses none. */
  sidecarFile: string;
  /** The sidecar this export builds. */
  sidecar: Sidecar;
  /** brat counts a byte-order mark of the .txt beside the .ann as a character (see ExportInput). */
  textHasBom: boolean;
  /** --overwrite: replace a sidecar or .ann that holds something this export lacks. */
  overwrite: boolean;
}

const LEFT = 'it was left unchanged and nothing was exported';
const MOVE = 'move it away or export to another folder (--out DIR)';

/** Whether this export may be written where a file named `target` already is; undefined when it may. */
export function replaceProblem(f: ExportedFile, target: string, x: ExportInPlace): LocatedError | undefined {
  if (f.ownedByOthers) {
    const read = readRegularFile(target, 'a file');
    if ('problem' in read) return { file: target, line: 1, col: 1, message: `${read.problem}; ${LEFT}: ${MOVE}` };
    const problem = replacementProblem(f, target, read.bytes.toString('utf8'));
    return problem && { ...problem, message: `${problem.message} (--out DIR)` };
  }
  if (!mayHoldWork(f, target, x.sidecarFile)) return undefined;
  return f.editedInPlace ? editedProblem(f, target, x) : sidecarProblem(f, target, x);
}

/**
 * Whether `f`, written to `target`, is a file someone may work in where it lies: a brat .ann, or a
 * sidecar other than the article's own (which the export read, and so keeps all of).
 */
export function mayHoldWork(f: ExportedFile, target: string, sidecarFile: string): boolean {
  return !!f.editedInPlace || (f.name.endsWith(SIDECAR_SUFFIX) && resolve(target) !== resolve(sidecarFile));
}

function sidecarProblem(f: ExportedFile, target: string, x: ExportInPlace): LocatedError | undefined {
  const loaded = readSidecarFile(target);
  if ('errors' in loaded) {
    const e = loaded.errors[0];
    return { ...e, message: `${f.name} already exists and is not a sidecar (${e.message}); ${LEFT}: ${MOVE}` };
  }
  const rel = relativeArticlePath(target, x.file);
  const belongs = checkBelongs(loaded, x.article, rel);
  if ('error' in belongs) {
    const doc = loaded.sidecar.document;
    return loaded.locate(
      ['document', 'path'],
      `${f.name} already exists and is the sidecar of "${doc.path}" (sha256 ${doc.sha256.slice(0, 12)}…), not of ${x.file}: both the path and the content differ; ${LEFT}: export to another folder (--out DIR)`,
    );
  }
  if (x.overwrite || writtenByExport(dirname(target), basename(target), loaded.stamp)) return undefined;
  const placed = placeSidecar(loaded, x.article, rel);
  if ('errors' in placed) return placed.errors[0];
  const lost = decisionsLost(placed.sidecar, x.sidecar);
  if (!lost.length) return undefined;
  const a = lost[0];
  const k = loaded.sidecar.annotations.findIndex((s) => s.id === a.id);
  const where: Array<string | number> = k >= 0 ? ['annotations', k] : ['orphans', Math.max(0, loaded.sidecar.orphans.findIndex((s) => s.id === a.id))];
  const what = `${a.label} "${a.quote.exact}", ${a.status}${a.source === 'manual' ? ', drawn by hand' : ''}${a.note ? `, noted "${a.note}"` : ''}`;
  return loaded.locate(
    where,
    `${f.name} holds ${lost.length === 1 ? 'a decision' : `${lost.length} decisions`} this export would not keep (${lost.length === 1 ? '' : 'the first: '}${what}); ${LEFT}: ` +
      `import it into the article's sidecar first (zhnews import ${target} --from json --article ${x.file}), or pass --overwrite to replace it`,
  );
}

function editedProblem(f: ExportedFile, target: string, x: ExportInPlace): LocatedError | undefined {
  const read = readRegularFile(target, 'a file');
  if ('problem' in read) return { file: target, line: 1, col: 1, message: `${read.problem}; ${LEFT}: ${MOVE}` };
  const recorded = (sha256: string) => writtenByExport(dirname(target), basename(target), sha256);
  if (x.overwrite || annReplaceable(read.bytes, f.content, x.article.text, recorded, { textHasBom: x.textHasBom })) return undefined;
  const existing = read.bytes.toString('utf8');
  return new Locator(target, existing).at(
    firstDifference(existing, f.content),
    `${f.name} is not what zhnews export last wrote there and marks other things than this export would (they differ here), ` +
      `so it may hold work done in brat since, which replacing it would lose; ${LEFT}: import it first (zhnews import ${target} --from brat --article ${x.file}); ` +
      'to replace it as it is, or where it still differs after the import (a deletion, which an import cannot carry), pass --overwrite',
  );
}
