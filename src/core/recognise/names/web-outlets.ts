import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { overlapsAny } from './span-edges';
import { LabelledSpan } from './tags';
import { concatInTextOrder } from '../../text/sorted-spans';

/** What follows a news site's name and nothing else ending in 网: a byline, a source or the paper's mark (】, ·). */
const AFTER_SITE = /^(?:[】·”）)]|讯|记者|报道|消息|客户端|援引|获悉|注意到|发布|评论|独家|梳理|统计)/;

/**
 * 财新网, 齐鲁网·闪电新闻, 观察者网援引: a name the model reads without the 网 of its site (财新 as an
 * organisation, 齐鲁 as a place or a person) is the site when what follows is what follows a source.
 */
export function webOutletsWhole<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('网') < 0) return spans;
  return spans.map((s, k) => {
    if (s.end - s.start < 2 || text[s.end] !== '网' || !AFTER_SITE.test(text.slice(s.end + 1, s.end + 4))) return s;
    const next = spans[k + 1];
    if (next && next.start <= s.end) return s;
    return { ...s, end: s.end + 1, label: 'ORG', confidence: Math.max(s.confidence, 0.7) };
  });
}

/**
 * 记者 崔力 摄/视觉重庆, 图/视觉中国: a photo agency named 视觉 + its place after a credit's slash is an
 * organisation; the model reads the place alone.
 */
export function photoAgencies<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('视觉') < 0) return spans;
  return spans.map((s) =>
    s.label === 'LOC' && text.slice(s.start - 2, s.start) === '视觉' && /[摄图][/／]\s*$/.test(text.slice(Math.max(0, s.start - 6), s.start - 2))
      ? { ...s, start: s.start - 2, label: 'ORG' }
      : s,
  );
}

/** A title in 《》 of two to eight characters. */
const TITLE = /《([\u4e00-\u9fff]{2,8})》/g;

/**
 * 据日本《读卖新闻》报道: a title in 《》 that the dictionary of proper nouns knows as an organisation and no place
 * is the paper or magazine, where nothing was read in it (the model leaves foreign papers out; books and
 * films are no organisations there).
 */
export function titledOutlets<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('《') < 0) return spans;
  const added: T[] = [];
  for (const m of text.matchAll(TITLE)) {
    const start = m.index! + 1;
    const end = start + m[1].length;
    const cls = lex.lookup(m[1]);
    if ((cls & LEX.NAME_ORG) === 0 || (cls & (LEX.LOC | LEX.NAME_LOC | LEX.PER | LEX.NAME_PER)) !== 0) continue;
    if (!overlapsAny(spans, start, end)) added.push(make({ start, end, label: 'ORG' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}
