import { splitsSurrogatePair } from '../../text/offsets';
import { NameLabel } from './tags';

/**
 * Edges the character model can get wrong in ways GUIDELINES.md rules out whatever the text: a name
 * never runs across clause punctuation or an unbalanced bracket (浙大一院）专家团队), and a surname
 * alone is not a name — but a surname standing in for one (张某某, 李某) is the whole of it.
 */
export interface EdgeSpan {
  start: number;
  end: number;
  label: NameLabel;
}

const CLAUSE_PUNCT = new Set('，。；！？：、,;!?\n\r\t');
const OPENERS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '《': '》', '“': '”', '「': '」', '『': '』', '〔': '〕' };

// The same sets by UTF-16 code: the loop below runs over every model span of every paragraph.
const CLAUSE_CODES = new Set([...CLAUSE_PUNCT].map((c) => c.charCodeAt(0)));
const CLOSER_OF = new Map(Object.entries(OPENERS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const CLOSER_CODES = new Set(CLOSER_OF.values());

/** Index of the first character of text[start, end) a name cannot contain, or -1. */
function firstBreak(text: string, start: number, end: number): number {
  const open: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CLAUSE_CODES.has(c)) return i;
    const closer = CLOSER_OF.get(c);
    if (closer !== undefined) open.push(closer);
    else if (CLOSER_CODES.has(c)) {
      if (open.pop() !== c) return i;
    }
  }
  return -1;
}

/** Cuts a span at the first character no name contains; keeps the part before it if it can be a name. */
export function trimAtBreaks<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const cut = firstBreak(text, s.start, s.end);
    const end = closedPrefix(text, s.start, cut < 0 ? s.end : cut);
    if (end === s.end) out.push(s);
    else if (end - s.start >= (s.label === 'LOC' ? 1 : 2)) out.push({ ...s, end });
  }
  return out;
}

/** End of the longest prefix of text[start, end) whose brackets all close inside it (重庆（集 → 重庆). */
function closedPrefix(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const closer = CLOSER_OF.get(text.charCodeAt(i));
    if (closer === undefined) continue;
    const close = text.indexOf(String.fromCharCode(closer), i + 1);
    if (close < 0 || close >= end) return i;
  }
  return end;
}

/**
 * The model tags UTF-16 units, so a span can end or start between the halves of 𠮷: such a half
 * is left out (a name never holds half a character), and a span left empty goes.
 */
export function wholeCharacters<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let { start, end } = s;
    if (splitsSurrogatePair(text, start)) start++;
    if (splitsSurrogatePair(text, end)) end--;
    if (end <= start) continue;
    out.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  return out;
}

/** 张某某 / 李某: a one-character PER followed by 某 takes them in; any other one-character PER goes. */
export function surnameEdges<T extends EdgeSpan>(text: string, spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (s.label !== 'PER' || s.end - s.start !== 1) {
      out.push(s);
      continue;
    }
    let end = s.end;
    while (end < text.length && end - s.end < 2 && text[end] === '某') end++;
    if (end > s.end) out.push({ ...s, end });
  }
  return out;
}
