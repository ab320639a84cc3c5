import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { applyEdits, modify } from 'jsonc-parser';
import { articleSha256 } from '../core/sidecar/model';
import { currentStamp, isFile, relativeArticlePath, writeFileAtomic } from './sidecar-file';

/**
 * The other article a sidecar file belongs to, when it names one that exists (`news.md` and
 * `news.txt` share `news.annotations.json`): undefined when it names `article` (or `alsoOurs`), names
 * nothing that exists, or cannot be read.
 */
export function otherArticleOf(file: string, article: string, alsoOurs?: string): string | undefined {
  let named: string | undefined;
  try {
    named = articleNamedIn(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!named) return undefined;
  const path = resolve(dirname(file), named);
  if (path === resolve(article) || (alsoOurs && path === resolve(alsoOurs))) return undefined;
  return isFile(path) ? path : undefined;
}

/**
 * Moves a sidecar to `to` (which does not exist) for the article now at `article`: its document.path is
 * rewritten to name the article (every other byte kept), so that it is not taken for the sidecar of
 * whatever next bears the old name. Written atomically, then the old file removed; a sidecar that cannot
 * be read as JSON is moved as it is.
 */
export function moveSidecar(from: string, to: string, article: string): void {
  const raw = readFileSync(from, 'utf8');
  const named = articleNamedIn(raw);
  const path = relativeArticlePath(to, article);
  if (named === undefined || named === path) {
    renameSync(from, to);
    return;
  }
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = raw.slice(bom.length);
  const edits = modify(body, ['document', 'path'], path, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: body.includes('\r\n') ? '\r\n' : '\n' } });
  if (existsSync(to)) throw new Error(`${to} already exists`);
  writeFileAtomic(to, bom + applyEdits(body, edits));
  unlinkSync(from);
}

/**
 * Whether the sidecar file was written for this very text (its document.sha256 is the text's): an article's own sidecar moved
 * or left where it goes back to, not another article's under the same name. False when it cannot be read.
 */
export function holdsText(file: string, text: string, hadBom: boolean): boolean {
  try {
    const sha = (JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as { document?: { sha256?: unknown } })?.document?.sha256;
    return typeof sha === 'string' && sha === articleSha256(text, hadBom);
  } catch {
    return false;
  }
}

/** The article path a sidecar's text names (document.path), read without its schema; undefined when it names none or is no JSON. */
function articleNamedIn(raw: string): string | undefined {
  try {
    const named = (JSON.parse(raw.replace(/^\uFEFF/, '')) as { document?: { path?: unknown } })?.document?.path;
    return typeof named === 'string' && named ? named : undefined;
  } catch {
    return undefined;
  }
}

/** The stamp of a file's bytes; null when it is missing or cannot be read. */
export function safeStamp(file: string): string | null {
  try {
    return currentStamp(file);
  } catch {
    return null;
  }
}

/** VS Code drops a BOM from the document text; the sidecar's hash is of the file's bytes, BOM included. */
export function fileHasBom(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(3);
      readSync(fd, buf, 0, 3, 0);
      return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
