/** The gold of `zhnews train --from DIR`: JSON Lines gold files and article sidecars found under DIR. */
import { existsSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { GoldSentence, splitLines } from '../core/recognise/names/corpora';
import { LabelledSpan, NAME_LABELS, NameLabel } from '../core/recognise/names/tags';
import { InputError, located } from './errors';
import { readGold } from './gold';
import { formatLocated, SidecarAnnotation } from '../core/sidecar';
import { isFile, placeSidecar, readArticle, readSidecarFile, relativeArticlePath, SIDECAR_SUFFIX, sidecarPathFor } from '../node/sidecar-file';

/** What `zhnews export --format doccano` writes beside an article. */
const DOCCANO_SUFFIX = '.doccano.jsonl';

/** Gold sentences from every *.jsonl and *.annotations.json under `dir` (recursively); what is skipped goes to `warn`. */
export function readUserGold(dir: string, warn: (message: string) => void = () => {}): GoldSentence[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(located(dir, 1, 1, 'not a folder'));
  const out: GoldSentence[] = [];
  for (const p of goldFolderFiles(dir, warn)) {
    const name = basename(p);
    // The dev split hashes these: relative to DIR, a copied or moved gold folder holds out the same documents.
    const doc = relative(dir, p).split(sep).join('/');
    if (name.endsWith(SIDECAR_SUFFIX)) out.push(...readSidecarGold(p, doc, warn));
    else if (name.endsWith(DOCCANO_SUFFIX)) warn(`${p}: skipped: zhnews export writes *${DOCCANO_SUFFIX} (the recogniser's output with a sidecar's decisions), which is not gold; train reads sidecars and gold JSON Lines`);
    else if (name.endsWith('.jsonl')) {
      for (const gold of readGold(p)) {
        const spans = gold.entities
          .map((e, k) => ({ start: e.start, end: e.end, label: e.label as NameLabel, name: `entity ${k + 1}`, at: (m: string) => gold.locate(k, m) }))
          .filter((e) => NAME_LABELS.includes(e.label));
        out.push(...goldLines(gold.text, spans, `${doc}#${gold.id}`, warn));
      }
    }
  }
  return out;
}

/**
 * Why `dir` gave no gold: what train reads, and what is there instead (articles without a sidecar,
 * .json files such as eval's seed gold format, gold files whose lines were all left out).
 */
export function noGoldMessage(dir: string, shown: string): string {
  const files = goldFolderFiles(dir, () => {});
  const rel = (p: string) => relative(dir, p).split(sep).join('/');
  const list = (ps: string[]) => ps.slice(0, 5).map(rel).join(', ') + (ps.length > 5 ? `, … (${ps.length} in all)` : '');
  const has = new Set(files);
  const count = (ps: string[], what: string) => `${ps.length} ${what}${ps.length === 1 ? '' : 's'}`;
  const gold = files.filter((p) => p.endsWith(SIDECAR_SUFFIX) || (p.endsWith('.jsonl') && !p.endsWith(DOCCANO_SUFFIX)));
  const articles = files.filter((p) => p.endsWith('.txt') && !has.has(sidecarPathFor(p)));
  const json = files.filter((p) => p.endsWith('.json') && !p.endsWith(SIDECAR_SUFFIX));
  const found = [
    gold.length ? `${count(gold, 'gold file')} whose lines were all left out (see above) or that hold no document: ${list(gold)}` : '',
    articles.length ? `${count(articles, 'article')} (.txt) without a sidecar beside them: ${list(articles)}` : '',
    json.length ? `${count(json, '.json file')}, not read (eval's seed gold format is not read by train: write it as JSON Lines): ${list(json)}` : '',
  ].filter(Boolean);
  return located(
    shown,
    1,
    1,
    'no gold sentences found; train --from reads JSON Lines gold (*.jsonl, one {"id","text","entities"} per line) and ' +
      `article sidecars (*${SIDECAR_SUFFIX}, as the editor saves them), in all subfolders; ` +
      (found.length ? `found ${found.join('; ')}` : files.length ? `found only ${count(files, 'other file')}` : 'the folder holds no file'),
  );
}

/**
 * The files under `dir`, depth first in name order. Symbolic links are followed, but each file or
 * folder is read once, by its real path: a link to a folder already read (a loop, a second way to the
 * same gold) is skipped. A broken link, a link loop the system refuses, or a folder that cannot be
 * listed is skipped with a message, as it is not gold this run could read.
 */
export function goldFolderFiles(dir: string, warn: (message: string) => void): string[] {
  const files: string[] = [];
  // Real path → the path it was first read by.
  const seen = new Map<string, string>([[realpathSync(dir), dir]]);
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (e) {
      warn(`${d}: cannot read this folder (${reason(e)}); skipped`);
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      let real: string;
      let isDir: boolean;
      try {
        real = realpathSync(p);
        isDir = statSync(real).isDirectory();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const what = code === 'ENOENT' ? `broken symbolic link (to ${readlinkOr(p)})` : code === 'ELOOP' ? 'symbolic link loop' : reason(e);
        warn(`${p}: ${what}; skipped`);
        continue;
      }
      const first = seen.get(real);
      if (first !== undefined) {
        warn(`${p}: already read as ${first} (a symbolic link leads there); skipped`);
        continue;
      }
      seen.set(real, p);
      if (isDir) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  return files;
}

function readlinkOr(p: string): string {
  try {
    return readlinkSync(p);
  } catch {
    return '?';
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(e));
}

/** A gold span with what messages call it and where they place it. */
interface GoldSpan extends LabelledSpan {
  name: string;
  at: (message: string) => string;
}

/**
 * Gold spans → training lines; a span that cannot become tags goes to `warn`. One across a line break
 * is in no line, and the lines it spans are left out (else its characters would be taught as no name).
 * Of spans that overlap, tags hold one: the longer (of the same length, the first in the file), which
 * keeps an organisation whole when a place inside it is marked too.
 */
function goldLines(text: string, spans: readonly GoldSpan[], doc: string, warn: (message: string) => void): GoldSentence[] {
  const show = (s: GoldSpan) => `${s.name} (${s.label} ${s.start}–${s.end} ${JSON.stringify(text.slice(s.start, s.end))})`;
  const crossing = spans.filter((s) => /[\r\n]/.test(text.slice(s.start, s.end)));
  for (const s of crossing) warn(s.at(`warning: ${show(s)} crosses a line break; it is left out, and so are the lines it spans`));
  // Longest first (of the same length, the first in the file), each kept unless it overlaps one kept already.
  const order = spans.filter((s) => !crossing.includes(s)).sort((a, b) => b.end - b.start - (a.end - a.start) || spans.indexOf(a) - spans.indexOf(b));
  const kept: GoldSpan[] = [];
  const problems: Array<[GoldSpan, string]> = [];
  for (const s of order) {
    const other = kept.find((t) => t.start < s.end && s.start < t.end);
    if (!other) kept.push(s);
    else if (other.start <= s.start && s.end <= other.end) problems.push([s, `lies inside ${show(other)}; the ${other.label} is trained, the ${s.label} left out`]);
    else problems.push([s, `overlaps ${show(other)}; the ${other.label} is trained, the ${s.label} left out (its other characters count as no name)`]);
  }
  kept.sort((a, b) => a.start - b.start);
  // In the file's order, as eval reports them.
  for (const [s, m] of problems.sort((a, b) => spans.indexOf(a[0]) - spans.indexOf(b[0]))) warn(s.at(`warning: ${show(s)} ${m}`));
  return splitLines({ text, spans: kept.map(({ start, end, label }) => ({ start, end, label })), doc }, crossing);
}

/**
 * The article a sidecar beside it belongs to, found as the editor and export find it: the file beside the sidecar with its
 * name (news.annotations.json → news.txt or news.md), whatever path the sidecar stores — which an outside rename leaves
 * naming the old file (or a new one under the old name). The stored path only when no such file is there (a sidecar in a
 * configured folder) or when it names one of them.
 */
function articleOf(sidecar: string, storedPath: string): string {
  const stored = join(dirname(sidecar), storedPath);
  const dir = dirname(sidecar);
  const stem = basename(sidecar).slice(0, -SIDECAR_SUFFIX.length);
  let beside: string[];
  try {
    // Articles are plain text or Markdown; export's files beside them (news.ann, news.conll) are not.
    beside = readdirSync(dir).filter((f) => f.startsWith(`${stem}.`) && /^(?:txt|text|md|markdown)$/i.test(f.slice(stem.length + 1)) && sidecarPathFor(join(dir, f)) === sidecar);
  } catch {
    return stored;
  }
  // A broken symbolic link of the article's name (news.md → a file gone) is no article; the walk reports it.
  const files = beside.map((f) => join(dir, f)).filter(isFile);
  if (files.length === 0 || files.includes(stored)) return stored;
  return files.length === 1 ? files[0] : stored;
}

/** Of a quote's context, this much next to the name and on its line identifies where the name stood. */
const CONTEXT = 6;

/**
 * Whether an orphan (a name not found again) stood in this line, so that training the line would teach its place as no
 * name: its text there outside the names placed (北京 deleted from one line leaves the other lines' 北京 alone), or the
 * words beside it (外交部发言人 | 华春莹 | 说, edited to 毛宁: the line still holds 外交部发言人).
 */
function orphanStoodIn(line: GoldSentence, o: SidecarAnnotation): boolean {
  const exact = o.quote.exact;
  for (let i = line.text.indexOf(exact); i >= 0; i = line.text.indexOf(exact, i + 1)) {
    if (!line.spans.some((s) => s.start <= i && i + exact.length <= s.end)) return true;
  }
  const before = (o.quote.prefix ?? '').split(/[\r\n]/).pop()!.slice(-CONTEXT);
  const after = (o.quote.suffix ?? '').split(/[\r\n]/)[0].slice(0, CONTEXT);
  return [before, after].some((c) => c.length >= 2 && /[\u4e00-\u9fff]/.test(c) && line.text.includes(c));
}

const isName = (a: SidecarAnnotation) => a.status !== 'rejected' && (a.label === 'PER' || a.label === 'ORG' || a.label === 'LOC');

/**
 * An article's sidecar as gold: its PER/ORG/LOC annotations that an editor did not reject, placed in
 * the article's text as export and the editor place them (re-anchored when the article changed since).
 * What cannot be placed must not teach the model that its text is no name, so a changed article gives
 * only the lines that hold a name found again, and no line holding the quote of an orphan is trained.
 */
function readSidecarGold(path: string, doc: string, warn: (message: string) => void): GoldSentence[] {
  const loaded = readSidecarFile(path);
  if ('errors' in loaded) throw new InputError(loaded.errors.map(formatLocated).join('\n'));
  const articlePath = articleOf(path, loaded.sidecar.document.path);
  const article = readArticle(articlePath);
  if ('errors' in article) {
    const named = loaded.locate(['document', 'path'], `cannot read the article "${loaded.sidecar.document.path}" this sidecar belongs to`);
    throw new InputError([named, ...article.errors].map(formatLocated).join('\n'));
  }
  const opened = placeSidecar(loaded, article, relativeArticlePath(path, articlePath));
  if ('errors' in opened) throw new InputError(opened.errors.map(formatLocated).join('\n'));
  const names = opened.sidecar.annotations.filter(isName);
  const orphans = opened.sidecar.orphans.filter(isName);
  const at = (id: string) => (message: string) => {
    const k = loaded.sidecar.annotations.findIndex((a) => a.id === id);
    return formatLocated(k >= 0 ? loaded.locate(['annotations', k], message) : { file: path, line: 1, col: 1, message });
  };
  const spans = names.map((a) => ({ start: a.start, end: a.end, label: a.label as NameLabel, name: `annotation ${a.id}`, at: at(a.id) }));
  const lines = goldLines(article.text, spans, doc, warn);
  const changed = opened.belonging === 'changed';
  const kept = lines.filter((l) => (!changed || l.spans.length > 0) && !orphans.some((o) => orphanStoodIn(l, o)));
  if (!changed && !orphans.length) return kept;
  const nameIds = new Set(loaded.sidecar.annotations.filter(isName).map((a) => a.id));
  const count = (o: string) => opened.report.filter((r) => nameIds.has(r.id) && r.outcome === o).length;
  const fuzzy = count('fuzzy');
  const what = changed
    ? `the article ${loaded.sidecar.document.path} changed since this sidecar was written: of its ${nameIds.size} names (PER/ORG/LOC), ` +
      `${count('moved') + fuzzy} moved${fuzzy ? ` (${fuzzy} by an approximate match)` : ''}, ${count('orphan')} orphaned (not found again)`
    : `${orphans.length} orphaned names (PER/ORG/LOC) from an earlier edit`;
  if (names.length === 0) {
    warn(`${path}: ${what}; no name is placed in the article, so it is left out`);
    return [];
  }
  const which = [changed ? 'that hold a name found again' : '', orphans.length ? "that hold no orphan's text" : ''].filter(Boolean).join(' and ');
  warn(`${path}: ${what}; trained on the ${kept.length} of ${lines.length} lines ${which}`);
  return kept;
}
