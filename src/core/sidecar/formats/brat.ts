/**
 * brat standoff: `<stem>.ann` beside `<stem>.txt`, offsets in code points of the .txt.
 *   T lines  entities (a span crossing a line break is written as fragments, as brat requires);
 *   A lines  attributes Kind (NUM), Status and Source;
 *   N lines  the glossary entry of a TERM, as a normalisation `Glossary:<id>`;
 *   # lines  AnnotatorNotes, the editor's note (tabs and line breaks become spaces: brat has no escape).
 * annotation.conf and visual.conf declare the labels and attributes so brat shows them.
 */
import { ALL_LABELS, NUM_KINDS } from '../../types';
import { OffsetMap } from '../../text/offsets';
import { Locator, placeOf } from '../located';
import { sha256Hex } from '../model';
import { findByQuote, ToFind } from './attach';
import { ExportedFile, ExportInput, ImportedAnnotation, ImportOptions, ImportResult, isKind, isLabel, isSource, isStatus, safeDecode, SOURCES, STATUSES } from './common';

const GLOSSARY_DB = 'Glossary';
/** brat normalisation ids end at white space: escape it (and %), keep the rest readable. */
const normId = (id: string) => id.replace(/[%\s]/gu, (c) => encodeURIComponent(c));

export function exportBrat(input: ExportInput): ExportedFile[] {
  const map = new OffsetMap(input.text);
  const bom = input.textHasBom ? 1 : 0;
  const lines: string[] = [];
  let t = 0;
  let attr = 0;
  let norm = 0;
  let note = 0;
  for (const a of input.sidecar.annotations) {
    const tid = `T${++t}`;
    const frags = fragments(input.text, a.start, a.end);
    const offsets = frags.map(([s, e]) => `${map.toCodePoint(s) + bom} ${map.toCodePoint(e) + bom}`).join(';');
    lines.push(`${tid}\t${a.label} ${offsets}\t${frags.map(([s, e]) => input.text.slice(s, e)).join(' ')}`);
    if (a.kind) lines.push(`A${++attr}\tKind ${tid} ${a.kind}`);
    lines.push(`A${++attr}\tStatus ${tid} ${a.status}`);
    lines.push(`A${++attr}\tSource ${tid} ${a.source}`);
    if (a.glossaryId) lines.push(`N${++norm}\tReference ${tid} ${GLOSSARY_DB}:${normId(a.glossaryId)}\t${a.quote.exact.replace(/\s+/g, ' ')}`);
    if (a.note) lines.push(`#${++note}\tAnnotatorNotes ${tid}\t${a.note.replace(/[\t\r\n]+/g, ' ')}`);
  }
  return [
    // The .txt may be another file of the same stem (news.txt beside news.md), the .conf files a
    // collection's own: none of them is ever written over something else (replacementProblem).
    { name: `${input.stem}.txt`, content: input.text, ownedByOthers: true },
    { name: `${input.stem}.ann`, content: lines.length ? lines.join('\n') + '\n' : '', editedInPlace: true },
    { name: 'annotation.conf', content: annotationConf(), ownedByOthers: true },
    { name: 'visual.conf', content: visualConf(), ownedByOthers: true },
  ];
}

/** brat spans may not cross a line break: split at them, leaving the breaks out. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out.length ? out : [[start, end]];
}

export function annotationConf(): string {
  return [
    '# zh-news-annotator: entities of Chinese news text',
    '[entities]',
    ...ALL_LABELS,
    '',
    '[relations]',
    '# Entities may nest and overlap (a glossary TERM inside an organisation name).',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `Kind\tArg:NUM, Value:${NUM_KINDS.join('|')}`,
    `Status\tArg:<ENTITY>, Value:${STATUSES.join('|')}`,
    `Source\tArg:<ENTITY>, Value:${SOURCES.join('|')}`,
    '',
  ].join('\n');
}

export function visualConf(): string {
  const colours: Record<string, string> = { PER: '#ffccaa', ORG: '#8fb2ff', LOC: '#95dfff', NUM: '#ffe000', TERM: '#c5e1a5' };
  const names: Record<string, string> = { PER: 'Person', ORG: 'Organisation', LOC: 'Location', NUM: 'Number', TERM: 'Term' };
  return [
    '[labels]',
    ...ALL_LABELS.map((l) => `${l} | ${names[l]} | ${l}`),
    'Kind | Kind',
    'Status | Status',
    'Source | Source',
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ATTRIBUTE_DEFAULT\tglyph:*',
    ...ALL_LABELS.map((l) => `${l}\tbgColor:${colours[l]}`),
    'Status\tglyph:?|✓|✗',
    '',
  ].join('\n');
}

/** The first field of every brat line: T, R, E, A, M, N with a number, # with or without one, or *. */
const BRAT_LINE = /^(?:[TREAMN]\d+|#\d*|\*)\t/;
const MAX_FOREIGN = 5;

/**
 * Reads a .ann against the text of its .txt (the article). A discontinuous entity (`T5\tLOC 4 6;7 8\t…`)
 * becomes one span per fragment, so no character between them is taken as marked. Offsets that do not
 * give the line's text are found again by that text (re-anchored), else kept as an orphan.
 */
export function importBrat(content: string, fileName: string, articleText: string, options: ImportOptions = {}): ImportResult {
  const loc = new Locator(fileName, content);
  const map = new OffsetMap(articleText);
  const bom = options.textHasBom ? 1 : 0;
  const errors: ImportResult['errors'] = [];
  const byTid = new Map<string, ImportedAnnotation[]>();
  const annotations: ImportedAnnotation[] = [];
  const toFind: ToFind[] = [];
  const lines = content.split('\n');
  let offset = 0;
  const pending: { line: string; at: number }[] = [];
  let foreign = 0;
  let valid = 0;
  for (const raw of lines) {
    const at = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (!BRAT_LINE.test(line)) {
      // A file in another format would give one error a line: the first few say enough.
      if (++foreign <= MAX_FOREIGN) errors.push(loc.at(at, `not a brat annotation line (expected an id T1, A1, N1, #1, R1, E1, M1 or *, then a tab): "${clip(line)}"`));
      continue;
    }
    valid++;
    if (!line.startsWith('T')) {
      pending.push({ line, at });
      continue;
    }
    const m = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (!m) {
      errors.push(loc.at(at, 'expected "T<n>\\t<label> <start> <end>[;<start> <end>…]\\t<text>"'));
      continue;
    }
    const [, tid, label, offs, quoted] = m;
    if (!isLabel(label)) {
      errors.push(loc.at(at + tid.length + 1, `unknown label "${label}" (expected ${ALL_LABELS.join(', ')})`));
      continue;
    }
    const cps = offs.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    const offsetsAt = at + tid.length + 1 + label.length + 1;
    if (cps.some(([s, e]) => e <= s)) {
      errors.push(loc.at(offsetsAt, `offsets ${offs}: each fragment's end must be after its start`));
      continue;
    }
    const quotes = fragmentQuotes(quoted, cps);
    if (!quotes) {
      errors.push(loc.at(at + tid.length + 1 + label.length + 1 + offs.length + 1, `the text "${quoted}" is not one piece per fragment of ${offs} (brat joins them with a space)`));
      continue;
    }
    const frags: ImportedAnnotation[] = [];
    const where = placeOf(loc.at(at, ''));
    cps.forEach(([s0, e0], k) => {
      const [s, e] = [s0 - bom, e0 - bom];
      const a: ImportedAnnotation = { start: 0, end: 0, label, confidence: 1, source: 'manual', status: 'accepted', stated: [], where };
      frags.push(a);
      if (s >= 0 && e <= map.codePointLength) {
        const start = map.toUtf16(s);
        const end = map.toUtf16(e);
        if (articleText.slice(start, end) === quotes[k]) {
          Object.assign(a, { start, end });
          annotations.push(a);
          return;
        }
      }
      toFind.push({ annotation: a, exact: quotes[k], start: map.toUtf16(Math.max(0, Math.min(s, map.codePointLength))), from: `${s0}–${e0} (code points)` });
    });
    byTid.set(tid, frags);
  }
  if (foreign > MAX_FOREIGN) {
    errors.push({
      ...loc.at(content.length, `and ${foreign - MAX_FOREIGN} more lines that are not brat annotation lines`),
      ...(valid === 0 ? { message: `and ${foreign - MAX_FOREIGN} more lines that are not brat: no line of the file is; is it a brat .ann file (--from names the format)?` } : {}),
    });
  } else if (foreign && valid === 0) {
    errors.push({ ...errors[errors.length - 1], message: 'no line of the file is a brat annotation line: is it a brat .ann file (--from names the format)?' });
  }
  for (const { line, at } of pending) {
    const [head, ...rest] = line.split('\t');
    const fields = (rest[0] ?? '').split(' ');
    const targets = byTid.get(fields[1]);
    if (/^[AMN#]\d*$/.test(head) && fields[1] && !targets) {
      errors.push(loc.at(at + head.length + 1, `refers to ${fields[1]}, which is not a T line of this file`));
      continue;
    }
    if (!targets) continue; // relations and events: nothing of ours
    for (const target of targets) {
      const stated = target.stated!;
      if (head.startsWith('A') || head.startsWith('M')) {
        const [name, , value] = fields;
        if (name === 'Kind' && isKind(value)) (target.kind = value), stated.push('kind');
        else if (name === 'Status' && isStatus(value)) (target.status = value), stated.push('status');
        else if (name === 'Source' && isSource(value)) (target.source = value), stated.push('source');
        else {
          errors.push(loc.at(at + head.length + 1, `unknown attribute "${name} ${value ?? ''}"`));
          break;
        }
      } else if (head.startsWith('N')) {
        const ref = fields[2] ?? '';
        if (ref.startsWith(`${GLOSSARY_DB}:`)) {
          target.glossaryId = safeDecode(ref.slice(GLOSSARY_DB.length + 1)) || undefined;
          stated.push('glossaryId');
        }
      } else if (head.startsWith('#') && fields[0] === 'AnnotatorNotes') {
        target.note = rest.slice(1).join('\t');
        stated.push('note');
      }
    }
  }
  const found = findByQuote(articleText, toFind);
  annotations.push(...found.annotations);
  annotations.sort((x, y) => x.start - y.start || x.end - y.end);
  return { annotations, orphans: found.orphans, anchors: found.anchors, errors };
}

/**
 * Whether two .ann files mark the same things in the article: the same spans with the same label,
 * status, source, kind, glossary entry and note, whatever their ids and line order, and whether a
 * default is written out or left to the reader (brat adds a T line without a Status; read, it is
 * accepted and manual, which is what export writes for it once imported). A file that does not read
 * as brat marks nothing the same.
 */
export function sameBratAnnotations(a: string, b: string, articleText: string, options: ImportOptions = {}): boolean {
  const marks = (content: string) => {
    const r = importBrat(content, '', articleText, options);
    if (r.errors.length) return undefined;
    return [
      ...r.annotations.map((x) => JSON.stringify([x.label, x.start, x.end, x.status, x.source, x.kind ?? null, x.glossaryId ?? null, x.note ?? null])),
      ...(r.orphans ?? []).map((x) => JSON.stringify(['orphan', x.label, x.quote.exact, x.status, x.source, x.note ?? null])),
    ].sort();
  };
  const ma = marks(a);
  const mb = marks(b);
  return ma !== undefined && mb !== undefined && ma.length === mb.length && ma.every((m, i) => m === mb[i]);
}

/**
 * Whether a .ann already where an export writes (`existing`, its bytes) may be replaced by `content` with no work lost:
 * it holds that content, or what an export last wrote or an import last took in (`recorded` knows those by sha256), or it
 * marks the same things (sameBratAnnotations). `zhnews export` and the editor's export ask this alike.
 */
export function annReplaceable(existing: Uint8Array, content: string, articleText: string, recorded: (sha256: string) => boolean, options: ImportOptions = {}): boolean {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(existing);
  return text === content || recorded(sha256Hex(existing)) || sameBratAnnotations(text, content, articleText, options);
}

/** The text of each fragment: brat writes them joined by one space. */
function fragmentQuotes(quoted: string, cps: [number, number][]): string[] | undefined {
  if (cps.length === 1) return [quoted];
  const chars = [...quoted];
  const lengths = cps.map(([s, e]) => e - s);
  if (lengths.reduce((x, y) => x + y, 0) + cps.length - 1 === chars.length) {
    const out: string[] = [];
    let i = 0;
    for (const [k, n] of lengths.entries()) {
      out.push(chars.slice(i, i + n).join(''));
      i += n;
      if (k < lengths.length - 1 && chars[i++] !== ' ') return undefined;
    }
    return out;
  }
  // Offsets that no longer fit: the pieces are still the text between the spaces, when there are as many.
  const parts = quoted.split(' ');
  return parts.length === cps.length && parts.every((p) => p !== '') ? parts : undefined;
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);
