import { Scored } from './list-rules';

/** A storm's name in quotes after its kind (台风“韦帕”, 第7号台风“范斯高”, 热带风暴“蝴蝶”). */
const QUOTED_STORM = /(?:台风|风暴|飓风)[“"「]([^”"」]{1,8})[”"」]/g;

/**
 * 台风“韦帕”, 台风“桦加沙”, 台风韦帕: a typhoon's name is neither a person nor a place, though it reads like one (韦帕) or holds
 * one (加沙 of 桦加沙). Names read inside its quotes go, as do its other mentions in the paragraph and a person read right
 * after 台风 without quotes.
 */
export function stormNamesNoNames<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/台风|风暴|飓风/.test(text)) return spans;
  const storms: Array<[number, number]> = [];
  const names = new Set<string>();
  for (const m of text.matchAll(QUOTED_STORM)) {
    const start = m.index + m[0].length - m[1].length - 1;
    storms.push([start, start + m[1].length]);
    names.add(m[1]);
  }
  return spans.filter((s) => {
    if (s.label === 'PER' && text.slice(s.start - 2, s.start) === '台风') return false;
    // “韦帕”登陆后: the storm named again in the same paragraph, without its kind.
    return !names.has(text.slice(s.start, s.end)) && !storms.some(([start, end]) => s.start >= start && s.end <= end);
  });
}
