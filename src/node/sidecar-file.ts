/**
 * The sidecar on disk: where it lives, reading it with located errors, checking it belongs to the
 * article, re-anchoring it when the article changed, and writing it so that a crash leaves either the old
 * file or the new one, never half of each. Node only (it does I/O), so it is not in src/core.
 */
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeUtf8Text } from '../core/text/decode';
import { undecodableMessage } from '../core/text/utf8-problems';
import { Anchorer, articleSha256, sha256Hex, Sidecar, SidecarAnnotation } from '../core/sidecar/model';
import type { parseSidecar as ParseSidecar } from '../core/sidecar/parse';
import { JsonPath } from '../core/sidecar/json-located';
import { AnchorReport, reanchor } from '../core/sidecar/reanchor';
import { LocatedError } from '../core/sidecar/located';
import { readRegularFile } from './regular-file';

export const SIDECAR_SUFFIX = '.annotations.json';

/** `news.txt` → `news.annotations.json`, beside it or in `folder` (relative to the article's folder). */
export function sidecarPathFor(articlePath: string, folder?: string): string {
  const dir = folder ? resolve(dirname(articlePath), folder) : dirname(articlePath);
  const name = basename(articlePath);
  const stem = extname(name) ? name.slice(0, -extname(name).length) : name;
  return join(dir, stem + SIDECAR_SUFFIX);
}

/** The article path as a sidecar stores it: relative to the sidecar's folder, `/` separated. */
export function relativeArticlePath(sidecarPath: string, articlePath: string): string {
  return relative(dirname(resolve(sidecarPath)), resolve(articlePath)).split(sep).join('/');
}

// ---- path safety ----

export class PathSafetyError extends Error {}

/**
 * Resolves `path` (relative to `base`, itself inside `root`) and refuses anything that would leave
 * `root`: absolute paths, `..` climbing out, and symbolic links (of the file or of a folder on the way)
 * that point outside. Throws PathSafetyError with a message fit for the user.
 */
export function resolveInside(root: string, base: string, path: string): string {
  if (isAbsolute(path) || /^[a-zA-Z]:[\\/]/.test(path) || path.startsWith('\\\\')) {
    throw new PathSafetyError(`"${path}" is an absolute path; a sidecar may only name files relative to it`);
  }
  const rootReal = realpathSync(root);
  const target = resolve(base, path);
  if (!isWithin(resolve(root), target) && !isWithin(rootReal, target)) {
    throw new PathSafetyError(`"${path}" points outside ${root}`);
  }
  // Follow links on the part of the path that exists.
  let existing = target;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const real = realpathSync(existing);
  if (!isWithin(rootReal, real)) {
    throw new PathSafetyError(`"${path}" goes through a symbolic link to ${real}, outside ${root}`);
  }
  return target;
}

/** Refuses an absolute path (a configured sidecar folder, an output file) that is outside `root`. */
export function assertInside(root: string, absolutePath: string): string {
  const rel = relative(resolve(root), resolve(absolutePath));
  if (isAbsolute(rel)) throw new PathSafetyError(`${absolutePath} is outside ${root}`);
  return resolveInside(root, root, rel || '.');
}

/** The article a sidecar names (document.path), refused when that would leave `root`. */
export function articleOfSidecar(sidecarPath: string, sidecar: Sidecar, root: string): string {
  return resolveInside(root, dirname(resolve(sidecarPath)), sidecar.document.path);
}

function isWithin(root: string, p: string): boolean {
  const r = relative(root, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

// ---- reading ----

export interface ArticleFile {
  text: string;
  hadBom: boolean;
}

/** A file's bytes and its text as UTF-8 (BOM dropped), or where reading or decoding failed. */
function readUtf8(path: string): { bytes: Buffer; text: string; hadBom: boolean } | { errors: LocatedError[] } {
  const read = readRegularFile(path, 'a text file');
  if ('problem' in read) return { errors: [{ file: path, line: 1, col: 1, message: read.problem }] };
  const { bytes } = read;
  const d = decodeUtf8Text(bytes);
  if (!d.ok) return { errors: [{ file: path, ...undecodableMessage(bytes, d) }] };
  return { bytes, text: d.text, hadBom: d.hadBom };
}

export function readArticle(path: string): ArticleFile | { errors: LocatedError[] } {
  const r = readUtf8(path);
  return 'errors' in r ? r : { text: r.text, hadBom: r.hadBom };
}

export interface LoadedSidecar {
  sidecar: Sidecar;
  /** sha256 of the bytes read: pass it back to `saveSidecar` to detect a change on disk since. */
  stamp: string;
  locate(path: JsonPath, message?: string): LocatedError;
}

export function readSidecarFile(path: string): LoadedSidecar | { errors: LocatedError[] } {
  const r = readUtf8(path);
  if ('errors' in r) return r;
  // The schema validator loads when a sidecar is first read: an editor that opens articles without
  // sidecars never pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseSidecar } = require('../core/sidecar/parse') as { parseSidecar: typeof ParseSidecar };
  const parsed = parseSidecar(r.text, path);
  if (parsed.errors) return { errors: parsed.errors };
  return { sidecar: parsed.sidecar, stamp: sha256Hex(r.bytes), locate: parsed.locate };
}

/** The stamp of what is on disk now, or null when there is no file. */
export function currentStamp(path: string): string | null {
  try {
    return sha256Hex(readFileSync(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export type Belonging = 'same' | 'renamed' | 'changed';

/**
 * Does the sidecar belong to this article? Same hash: yes (`renamed` when the path moved). Same path,
 * other hash: yes, the article was edited since (`changed`: re-anchor). Both differ: it is another
 * article's sidecar — a located error, and nothing may be applied to the article.
 */
export function checkBelongs(loaded: LoadedSidecar, article: ArticleFile, articleRelPath: string): { belonging: Belonging } | { error: LocatedError } {
  const doc = loaded.sidecar.document;
  const sameHash = doc.sha256 === articleSha256(article.text, article.hadBom);
  const samePath = doc.path === articleRelPath;
  if (sameHash) return { belonging: samePath ? 'same' : 'renamed' };
  if (samePath) return { belonging: 'changed' };
  return {
    error: loaded.locate(
      ['document', 'path'],
      `this sidecar belongs to "${doc.path}" (sha256 ${doc.sha256.slice(0, 12)}…), not to "${articleRelPath}": both the path and the content differ; the article was left untouched`,
    ),
  };
}

export interface OpenedSidecar {
  sidecar: Sidecar;
  stamp: string;
  belonging: Belonging;
  /** Per annotation, what re-anchoring did; empty when the article had not changed. */
  report: AnchorReport[];
  /**
   * Stored orphans found again in the text (see reanchorOrphans): they are annotations again, which the
   * file on disk does not say yet, so whoever keeps the sidecar should write it.
   */
  returned: AnchorReport[];
}

/**
 * Loads the sidecar of `articlePath` if there is one: undefined when there is none; errors when it is
 * broken or another article's; otherwise the sidecar with its annotations placed in the current text
 * and those of its stored orphans that are found again made annotations once more.
 */
export function openSidecarFor(
  articlePath: string,
  article: ArticleFile,
  options: { folder?: string; root?: string; now?: string } = {},
): OpenedSidecar | { errors: LocatedError[] } | undefined {
  const path = sidecarPathFor(articlePath, options.folder);
  if (options.root) {
    try {
      assertInside(options.root, path);
    } catch (e) {
      if (e instanceof PathSafetyError) return { errors: [{ file: path, line: 1, col: 1, message: e.message }] };
      throw e;
    }
  }
  if (!existsSync(path)) return undefined;
  const loaded = readSidecarFile(path);
  if ('errors' in loaded) return loaded;
  return placeSidecar(loaded, article, relativeArticlePath(path, articlePath), options);
}

/**
 * A loaded sidecar fitted to its article's current text (`articleRelPath` as the sidecar would store
 * it): errors when it is another article's; otherwise what openSidecarFor returns.
 */
export function placeSidecar(loaded: LoadedSidecar, article: ArticleFile, articleRelPath: string, options: { now?: string } = {}): OpenedSidecar | { errors: LocatedError[] } {
  const belongs = checkBelongs(loaded, article, articleRelPath);
  if ('error' in belongs) return { errors: [belongs.error] };
  // The hash says "same article", but a hand-edited or damaged file may still hold spans that do not
  // fit the text (a quote that is not there, half an astral character): those go through re-anchoring,
  // and what still does not fit becomes an orphan, so the editor never shows or saves a broken span.
  const anchorer = new Anchorer(article.text);
  const intact = loaded.sidecar.annotations.every((a) => anchorer.holds(a));
  let placed: { sidecar: Sidecar; belonging: Belonging; report: AnchorReport[] };
  if (belongs.belonging !== 'changed' && intact) placed = { sidecar: loaded.sidecar, belonging: belongs.belonging, report: [] };
  else {
    const r = reanchor(article.text, loaded.sidecar.annotations, { now: options.now, oldLength: loaded.sidecar.document.length.utf16 });
    const unfit = r.annotations.filter((a) => !anchorer.holds(a));
    const now = options.now ?? new Date().toISOString();
    placed = {
      sidecar: {
        ...loaded.sidecar,
        annotations: unfit.length ? r.annotations.filter((a) => anchorer.holds(a)) : r.annotations,
        orphans: [...loaded.sidecar.orphans, ...r.orphans, ...unfit.map((a) => ({ ...a, orphaned: now }))],
      },
      belonging: 'changed',
      report: unfit.length ? r.report.map((x) => (unfit.some((u) => u.id === x.id) ? { ...x, outcome: 'orphan' as const, to: undefined } : x)) : r.report,
    };
  }
  // Orphans stored earlier are looked for again: the text may have come back (an undo saved elsewhere,
  // a restored file), or the place it was held from may be free now.
  const stored = new Set(loaded.sidecar.orphans);
  const back = reanchorOrphans(article.text, placed.sidecar.annotations, placed.sidecar.orphans.filter((o) => stored.has(o)), placed.report);
  if (!back.returned.length) return { ...placed, stamp: loaded.stamp, returned: [] };
  const found = new Set(back.returned.map((r) => r.id));
  return {
    ...placed,
    sidecar: {
      ...placed.sidecar,
      annotations: back.annotations,
      orphans: placed.sidecar.orphans.filter((o) => !(stored.has(o) && found.has(o.id))),
    },
    stamp: loaded.stamp,
    returned: back.returned,
  };
}

const CLAIMS = (a: SidecarAnnotation) => a.label !== 'TERM' && a.status !== 'rejected' && (a.status === 'accepted' || a.source === 'manual');
const DECIDED = (a: SidecarAnnotation) => a.status !== 'suggested' || a.source === 'manual' || !!a.note;

/**
 * Stored orphans found again in `text`, with the re-anchoring of sidecars: an exact occurrence of the
 * quote only (an orphan's text, changed, stays an orphan for the editor to re-attach), chosen by the
 * stored prefix and suffix. An orphan without context (orphaned while editing, it has none) comes
 * back only where its quote stands at its old place, moved as much as the annotations before it moved
 * (`report`): the same name elsewhere is not its text. Never onto a span another decision holds (the
 * same label and span, or an accepted or marked entity overlapping one that claims its text); a plain
 * suggestion of the same label and span gives way to it. Returns the annotations with those found
 * added, and a report line for each.
 */
export function reanchorOrphans(
  text: string,
  annotations: readonly SidecarAnnotation[],
  orphans: readonly SidecarAnnotation[],
  report: readonly AnchorReport[] = [],
): { annotations: SidecarAnnotation[]; returned: AnchorReport[] } {
  if (!orphans.length) return { annotations: [...annotations], returned: [] };
  const key = (a: { label: string; start: number; end: number }) => `${a.label}:${a.start}:${a.end}`;
  const anchorer = new Anchorer(text);
  const shifts = report
    .filter((x) => x.to)
    .map((x) => ({ from: x.from.start, shift: x.to!.start - x.from.start }))
    .sort((a, b) => a.from - b.from);
  const shiftAt = (start: number) => {
    let shift = 0;
    for (const s of shifts) {
      if (s.from > start) break;
      shift = s.shift;
    }
    return shift;
  };
  // Where each may go: with context, the exact match the re-anchoring chooses (a score above 1 is never
  // reached, so nothing fuzzy is taken); without, its quote at its old place, or moved with the text.
  const withContext = orphans.filter((o) => o.quote.prefix || o.quote.suffix);
  const r = reanchor(text, withContext, { fuzzyThreshold: 2 });
  const found = new Map(r.annotations.map((a) => [a.id, { start: a.start, end: a.end }]));
  for (const o of orphans) {
    if (o.quote.prefix || o.quote.suffix || !o.quote.exact) continue;
    const at = [o.start, o.start + shiftAt(o.start)].find((s) => s >= 0 && text.startsWith(o.quote.exact, s) && anchorer.check({ start: s, end: s + o.quote.exact.length }) === undefined);
    if (at !== undefined) found.set(o.id, { start: at, end: at + o.quote.exact.length });
  }
  let out = [...annotations];
  const returned: AnchorReport[] = [];
  for (const o of [...orphans].sort((x, y) => x.start - y.start)) {
    const to = found.get(o.id);
    if (!to) continue;
    const { orphaned: _o, ...rest } = o;
    const a: SidecarAnnotation = { ...rest, start: to.start, end: to.end, ...anchorer.anchor(to) };
    const k = key(a);
    const same = out.filter((b) => key(b) === k);
    if (same.some(DECIDED)) continue;
    if (CLAIMS(a) && out.some((b) => CLAIMS(b) && b.start < a.end && a.start < b.end)) continue;
    if (same.length) out = out.filter((b) => key(b) !== k);
    out.push(a);
    returned.push({ id: o.id, label: o.label, outcome: to.start === o.start ? 'kept' : 'moved', from: { start: o.start, end: o.end }, to, oldQuote: o.quote.exact });
  }
  return { annotations: out, returned };
}

// ---- writing ----

/**
 * Writes through a temporary file in the same folder (same file system, so the rename is atomic),
 * flushed to disk before the rename: readers see the old file or the new one, never a mix. Then
 * removes what earlier writes of the same file, killed mid-write, left behind.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  writeThenRename(dir, tmp, path, content);
  removeStaleTemps(path);
}

/** A temporary file younger than this may belong to a write still going on (in another process). */
export const STALE_TEMP_MS = 60_000;

/**
 * Removes temporary files that a write of `path` killed before its rename left behind: only names
 * of exactly our pattern for this file, only regular files, only when the writing process is gone
 * and the file is older than STALE_TEMP_MS. Anything else in the folder is never touched.
 */
export function removeStaleTemps(path: string, now = Date.now()): string[] {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || processAlive(Number(m[1]))) continue;
    const p = join(dir, name);
    try {
      const st = lstatSync(p);
      if (!st.isFile() || now - st.mtimeMs < STALE_TEMP_MS) continue;
      unlinkSync(p);
      removed.push(p);
    } catch {
      /* gone meanwhile, or not ours to remove */
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function writeThenRename(dir: string, tmp: string, path: string, content: string | Uint8Array): void {
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    safeUnlink(tmp);
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    safeUnlink(tmp);
    throw e;
  }
  // Make the rename itself durable; some platforms cannot open a folder, which is fine.
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* best effort */
  }
}

export type SaveResult = { written: true; stamp: string } | { written: false; conflict: true; diskStamp: string | null };

/**
 * Saves unless the file changed on disk since it was read (`expectedStamp`, null for "there was no
 * file"). On a conflict nothing is written: ask the user (keep theirs, overwrite with `force`, compare).
 */
export function saveSidecarText(path: string, content: string, options: { expectedStamp?: string | null; force?: boolean } = {}): SaveResult {
  if (!options.force && options.expectedStamp !== undefined) {
    const disk = currentStamp(path);
    if (disk !== options.expectedStamp) return { written: false, conflict: true, diskStamp: disk };
  }
  // A sidecar folder named in the settings (notes/) need not exist before the first save.
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, content);
  return { written: true, stamp: sha256Hex(Buffer.from(content, 'utf8')) };
}

function safeUnlink(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    /* already gone */
  }
}

/** True when `p` exists and is a regular file. */
export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
