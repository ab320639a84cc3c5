import { LabelledSpan, NameLabel } from './tags';

/** A training or evaluation unit: a sentence or paragraph with its gold PER/ORG/LOC spans. */
export interface GoldSentence {
  text: string;
  spans: LabelledSpan[];
  /** The document it belongs to, for document-disjoint splits. */
  doc?: string;
}

const BIO_LABEL: Record<string, NameLabel> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

/**
 * One line of each base corpus as its parser reads it. The parsers take any text (a wrong file gives
 * "sentences" of nonsense, or none): a file with no such line is not that corpus.
 */
export const CORPUS_LINE = {
  msra: /^\S+[\t ]+(?:O|[BIES]-[A-Z]+)\r?$/m,
  pfr: /^\d{8}-\d\d-\d{3}-\d{3}\/m +\S/m,
};

/** MSRA NER: `char<TAB>tag` per line (B-PER, I-ORG, O…), a blank line between sentences. */
export function parseMsra(content: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let chars: string[] = [];
  let spans: LabelledSpan[] = [];
  let open: LabelledSpan | undefined;
  const flush = () => {
    if (open) spans.push(open);
    open = undefined;
    if (chars.length) out.push({ text: chars.join(''), spans });
    chars = [];
    spans = [];
  };
  for (const line of content.split('\n')) {
    const l = line.replace(/\r$/, '');
    if (l.trim() === '') {
      flush();
      continue;
    }
    const tab = l.lastIndexOf('\t');
    const ch = tab >= 0 ? l.slice(0, tab) : l.split(/\s+/)[0];
    const tag = tab >= 0 ? l.slice(tab + 1).trim() : (l.split(/\s+/)[1] ?? 'O');
    const pos = chars.join('').length;
    chars.push(ch);
    const label = BIO_LABEL[tag.slice(2)];
    if (tag.startsWith('B-') && label) {
      if (open) spans.push(open);
      open = { start: pos, end: pos + ch.length, label };
    } else if (tag.startsWith('I-') && label && open && open.label === label) {
      open.end = pos + ch.length;
    } else {
      if (open) spans.push(open);
      open = tag.startsWith('I-') && label ? { start: pos, end: pos + ch.length, label } : undefined;
    }
  }
  flush();
  return out;
}

const PFR_LABEL: Record<string, NameLabel> = { nr: 'PER', ns: 'LOC', nt: 'ORG' };

/**
 * People's Daily 1998 (PFR): `id/m  word/tag  word/tag …`, compounds as `[w/t w/t]nt`.
 * A bracketed compound tagged nt/ns/nr is one entity and hides the entities inside it; a surname
 * token and a given-name token tagged nr side by side (江/nr 泽民/nr) form one PER.
 * PFR tags abbreviations `j` whatever they stand for (人大, 欧盟, 美, but also 人均, 经贸); with
 * `abbreviations` (see abbreviationLabels) those that name an organ or a place get that label, as
 * GUIDELINES.md wants (市人大 is an ORG), instead of teaching the model that they are not names.
 * Proper nouns `nz` are harmonised the same way but only to ORG (人民日报, a newspaper, is an ORG;
 * 中华 of 中华民族 is not a place).
 */
export function parsePfr(content: string, abbreviations?: ReadonlyMap<string, NameLabel>): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const tokens = line.split(/ +/);
    const id = tokens.shift()!.replace(/\/m$/, '');
    const doc = id.split('-').slice(0, 3).join('-');
    let text = '';
    const spans: LabelledSpan[] = [];
    let group: { start: number; inner: LabelledSpan[] } | undefined;
    let lastNr: LabelledSpan | undefined;
    let lastNrLen = 0;
    for (let tok of tokens) {
      const opens = tok.startsWith('[') && tok.length > 1;
      if (opens) {
        tok = tok.slice(1);
        group = { start: text.length, inner: [] };
      }
      let groupTag: string | undefined;
      const close = /\]([a-zA-Z]+)$/.exec(tok);
      if (close && group) {
        groupTag = close[1];
        tok = tok.slice(0, close.index);
      }
      const slash = tok.lastIndexOf('/');
      const word = slash > 0 ? tok.slice(0, slash) : tok;
      const tag = slash > 0 ? tok.slice(slash + 1) : '';
      const start = text.length;
      text += word;
      const label = PFR_LABEL[tag] ?? harmonised(tag, word, abbreviations);
      const target = group ? group.inner : spans;
      if (label === 'PER' && lastNr && lastNr.end === start && lastNrLen <= 2 && word.length <= 2 && lastNr.end - lastNr.start === lastNrLen) {
        lastNr.end = text.length;
        lastNrLen = 99; // merged: a third nr token starts a new name
      } else if (label) {
        const span = { start, end: text.length, label };
        target.push(span);
        lastNr = label === 'PER' ? span : undefined;
        lastNrLen = label === 'PER' ? word.length : 0;
      } else {
        lastNr = undefined;
      }
      if (groupTag !== undefined && group) {
        const gl = PFR_LABEL[groupTag];
        if (gl) spans.push({ start: group.start, end: text.length, label: gl });
        else spans.push(...group.inner);
        group = undefined;
        lastNr = undefined;
      }
    }
    if (group) spans.push(...group.inner);
    out.push({ text, spans, doc });
  }
  return out;
}

function harmonised(tag: string, word: string, known?: ReadonlyMap<string, NameLabel>): NameLabel | undefined {
  if (!known) return undefined;
  if (tag === 'j') return known.get(word);
  if (tag === 'nz') return known.get(word) === 'ORG' ? 'ORG' : undefined;
  return undefined;
}

/**
 * Labels for abbreviations, learnt from another corpus's gold: a string marked as a name at least
 * `minCount` times, with one label in at least `share` of them. Only ORG and LOC: a person is never
 * written as an abbreviation in PFR's sense.
 */
export function abbreviationLabels(sentences: readonly GoldSentence[], minCount = 3, share = 0.9): Map<string, NameLabel> {
  const counts = new Map<string, Record<NameLabel, number>>();
  for (const s of sentences) {
    for (const g of s.spans) {
      const w = s.text.slice(g.start, g.end);
      const c = counts.get(w) ?? { PER: 0, ORG: 0, LOC: 0 };
      c[g.label]++;
      counts.set(w, c);
    }
  }
  const out = new Map<string, NameLabel>();
  for (const [w, c] of counts) {
    const total = c.PER + c.ORG + c.LOC;
    if (total < minCount) continue;
    for (const label of ['ORG', 'LOC'] as const) if (c[label] >= share * total) out.set(w, label);
  }
  return out;
}

/** 32-bit FNV-1a of a string: a stable way to put documents into splits. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export interface Split {
  train: GoldSentence[];
  dev: GoldSentence[];
}

/** PFR: whole articles (id prefix 19980101-01-001) go to dev when their hash falls in 1 of `mod`. */
export function splitByDocument(data: GoldSentence[], mod = 10): Split {
  const train: GoldSentence[] = [];
  const dev: GoldSentence[] = [];
  for (const s of data) (stableHash(s.doc ?? s.text) % mod === 0 ? dev : train).push(s);
  return { train, dev };
}

/** MSRA has no document ids: the last contiguous block of `fraction` of the sentences is dev. */
export function splitTail(data: GoldSentence[], fraction = 0.1): Split {
  const cut = Math.floor(data.length * (1 - fraction));
  return { train: data.slice(0, cut), dev: data.slice(cut) };
}

/**
 * Long paragraphs cost nothing extra to train on, but gold lines of users may be whole articles: cut at
 * line breaks. A span across a line break is in no line; lines that touch one of `leaveOut` are left out.
 */
export function splitLines(s: GoldSentence, leaveOut: ReadonlyArray<{ start: number; end: number }> = []): GoldSentence[] {
  const out: GoldSentence[] = [];
  let start = 0;
  for (let i = 0; i <= s.text.length; i++) {
    if (i === s.text.length || s.text[i] === '\n' || s.text[i] === '\r') {
      if (i > start && !leaveOut.some((x) => x.start < i && x.end > start)) {
        const spans = s.spans
          .filter((x) => x.start >= start && x.end <= i)
          .map((x) => ({ ...x, start: x.start - start, end: x.end - start }));
        out.push({ text: s.text.slice(start, i), spans, doc: s.doc });
      }
      start = i + 1;
    }
  }
  return out;
}
