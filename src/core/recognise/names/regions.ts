import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { NOT_PLACES, PROVINCE_ABBR } from './place-rules';
import { overlapsAny } from './span-edges';

/** China's compass regions, as the model reads them bare. */
const COMPASS = /^(?:东南|西南|东北|西北|东部|西部|南部|北部|中部|中西部|东中部|中东部)$/;
/** The coast of a compass region (东南沿海, 东部沿海地区): one region with it, as the sets of current news mark it. */
const COAST_AFTER = /^沿海(?:地区)?/;
/** 大西南, 大西北, 大东北: the greater region, one place. */
const GREATER = /^(?:西南|西北|东北)$/;
/** Compass regions the model leaves unread (深耕中西部市场, 东部沿海海上风电). */
const BARE_REGION = /(?:东中西部|中西部|中东部|(?:东南|西南|东部|西部)沿海)(?:地区)?/g;
/** A river's or a region's economic belt (长江经济带): the place and the belt are one region. */
const BELT_AFTER = /^经济带(?!来)/;

/**
 * Compass regions whole: 东南 + 沿海, 大 + 西南, 长江 + 经济带, and 中西部 where the model read nothing. A span the model began
 * inside the head it left out goes (长江 | 济带铁路).
 */
export function compassRegions<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/[东西南北中]部|沿海|西南|西北|东北|经济带/.test(text)) return spans;
  let out = spans.map((s, k) => {
    if (s.label !== 'LOC') return s;
    const name = text.slice(s.start, s.end);
    const after = text.slice(s.end, s.end + 4);
    const head = (COMPASS.test(name) ? COAST_AFTER.exec(after) : null) ?? BELT_AFTER.exec(after);
    let { start, end } = s;
    if (head && !(spans[k + 1] && spans[k + 1].start === s.end)) end += head[0].length;
    // 背靠 | 大西南, not 加大 | 西南地区.
    if (GREATER.test(name) && text[start - 1] === '大' && !(start >= 2 && lex.lookup(text.slice(start - 2, start)) & LEX.WORD)) start -= 1;
    return start === s.start && end === s.end ? s : { ...s, start, end };
  });
  if (out.some((s, k) => s !== spans[k])) {
    const grown = out.filter((s, k) => s !== spans[k]);
    out = out.filter((s) => grown.includes(s) || !grown.some((g) => g.start <= s.start && s.start < g.end));
  }
  for (const m of text.matchAll(BARE_REGION)) {
    const start = m.index!;
    const end = start + m[0].length;
    // 华南 | 西部沿海, 惠安县 | 东部沿海: the part of a region or a place named right before, not a region of China.
    if (overlapsAny(out, start, end) || /[东西南北中华]/.test(text[start - 1] ?? '') || out.some((o) => o.end === start)) continue;
    out = [...out, make({ start, end, label: 'LOC' })].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** What two abbreviations are counted as after them (鲁鄂两港, 川渝两地, 湘鄂两省). */
const COUNTED_AFTER = /^[两二三四][省市地港国方岸城区县]/;

/**
 * 鲁鄂两港, 湘鄂两省: two provinces' abbreviations counted right after are two places, whatever the model read them as
 * (a person 鲁鄂); 港 after the count is a port, not Hong Kong.
 */
export function countedAbbreviations<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/[两二三四][省市地港国方岸城区县]/.test(text)) return spans;
  const out: T[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.label === 'LOC' && name === '港' && /[两二三四几多各]/.test(text[s.start - 1] ?? '')) continue;
    if (s.end - s.start === 2 && [...name].every((c) => PROVINCE_ABBR.has(c)) && !NOT_PLACES.has(name) && COUNTED_AFTER.test(text.slice(s.end, s.end + 2))) {
      out.push({ ...s, end: s.start + 1, label: 'LOC' }, { ...s, start: s.start + 1, label: 'LOC' });
      continue;
    }
    out.push(s);
  }
  return out;
}
