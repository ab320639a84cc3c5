import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { AMBIGUOUS_FIRST, NOT_PLACES, PROVINCE_ABBR } from './place-abbreviations';
import type { RuleSpan } from './rules';
import { joinAdjacent, overlapsAny } from './span-edges';

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
export function compassRegionsWhole<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
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

/** 渝东南, 鄂西, 黔东南地区: a province abbreviation with a compass part is a region. */
export function compassRegions(text: string, out: RuleSpan[]): void {
  // One compass character (川北, 鄂西) only where nothing follows that could continue a word (京东方).
  // 渝西和渝东北: a conjunction may follow.
  const re = /(?<=^|[^\u4e00-\u9fff]|[在于到至往与和及的])([\u4e00-\u9fff])[东西南北](?:地区|片区|库区|山区|(?![\u4e00-\u9fff])|(?=[和与及]))/g;
  const re2 = /([\u4e00-\u9fff])(?:东南|东北|西南|西北)(?:地区|片区|库区|山区)?/g;
  // Cheap pre-check: both patterns need a compass character.
  for (const r of /[东西南北]/.test(text) ? [re, re2] : []) {
    for (const m of text.matchAll(r)) {
      if (!PROVINCE_ABBR.has(m[1]) || AMBIGUOUS_FIRST.has(m[1])) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, label: 'LOC', confidence: 0.75, rule: 'compass-region' });
    }
  }
  // 辐射西部、服务全国, 西部首家, 西部12省: 西部 alone as the country's western region (the sets of current news mark it
  // 13 times of 14 before a ranking, a count or a break), not a place's west (非洲西部, 城市的西部, 该省的东部和西部).
  if (text.indexOf('西部') >= 0) {
    for (const m of text.matchAll(/(?<=^|[^\u4e00-\u9fff]|辐射|服务|带动|作为|是|在|新时代)西部(?=首|唯一|第一|最大|[0-9０-９]|[、，。；和与]|$)/g)) {
      out.push({ start: m.index!, end: m.index! + 2, label: 'LOC', confidence: 0.7, rule: 'macro-region' });
    }
  }
  // 西部地区, 东北地区, 中西部地区: the country's macro-regions.
  if (text.indexOf('地区') < 0) return;
  for (const m of text.matchAll(/(?:中西部|东中部|东部|西部|中部|东北|西北|西南)地区/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, label: 'LOC', confidence: 0.7, rule: 'macro-region' });
  }
}

/** Regions named with the country before them: one place (中国香港, 中国台北, 中国内地). */
const REGION_AFTER_CHINA = /^(?:香港|澳门|台湾|台北|内地|大陆)(?!特别行政区|地区|特区)/;

/**
 * 中国香港, 中国台北, 中国内地: the country and the region after it name one place, as sport and
 * statistics use them; the model reads 中国 alone, or two places.
 */
export function regionsOfChina<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (!text.includes('中国')) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'LOC' || text.slice(s.start, s.end) !== '中国') continue;
    const m = REGION_AFTER_CHINA.exec(text.slice(s.end, s.end + 8));
    if (!m) continue;
    const end = s.end + m[0].length;
    // Only what lies inside the region's name gives way (香港 read as a place of its own).
    if (out.some((o) => o !== s && o.start < end && s.end < o.end && (o.start < s.end || o.end > end))) continue;
    out = out.filter((o) => o === s || !(o.start >= s.end && o.end <= end)).map((o) => (o === s ? { ...s, end } : o));
  }
  return out;
}

/**
 * 欧亚经贸通道, 跨欧亚供应链, 亚欧大陆: Europe and Asia named together are one region (5 of 5 whole in the sets of current news,
 * none on the dev split), where the abbreviation rules read 欧 | 亚. Not 欧美 (People's Daily splits it, 8 of 8 on dev).
 */
export function eurasiaWhole<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (!/欧亚|亚欧/.test(text)) return spans;
  return joinAdjacent(spans, (a, b) => {
    const pair = text.slice(a.start, b.end);
    return a.label === 'LOC' && b.label === 'LOC' && (pair === '欧亚' || pair === '亚欧') ? { ...a, end: b.end } : undefined;
  });
}
