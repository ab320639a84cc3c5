import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { joinAdjacent } from './span-edges';

/**
 * 港 alone is Hong Kong to the model (赴港, 港澳, 沪港通), but after a word it is a port: 果园港, 铁路港,
 * 钦州港, 两路果园港综保区. Hong Kong's 港 follows a verb of place, another abbreviation or a break.
 */
const HONG_KONG_BEFORE = /[在来赴抵返回离进驻留到访入出归至去往由从与和及同对向沪深粤京津渝澳台内陆香中、，。；：“”（《\s]/;
/** What a port's name may be built from before 港: a noun or a place name of two characters, at most three of them. */
const MAX_WORDS_BEFORE = 3;

/** A word a port's name can hold: a common noun (果园, 铁路, 国际) or a place (两路, 钦州). */
function portNameWord(lex: Lexicon, word: string): boolean {
  if (!/^[\u4e00-\u9fff]{2}$/.test(word)) return false;
  const cls = lex.lookup(word);
  if (cls & LEX.LOC) return true;
  return (cls & LEX.WORD) !== 0 && (lex.taggedLike(word, '果园') || lex.taggedLike(word, '国际'));
}

/**
 * A place the model reads as 港 (or 港 and an area's head, 港综保区) right after a word is a port named
 * with that word: the words before it (two characters each, nouns or places) and a place just before
 * them join it (重庆 + 国际铁路港综保区 → one place). With no such word it stays Hong Kong (科技兴港, 港人治港).
 */
export function portsNotHongKong<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('港') < 0) return spans;
  let out: T[] | undefined;
  // The place a port takes in (钦州 of 钦州港) goes; its index is kept here, the list filtered once at the end.
  const joined = new Set<number>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.label !== 'LOC' || text[s.start] !== '港' || s.start === 0) continue;
    // 港澳, 港人 …: a longer name the model read from 港 is Hong Kong's.
    if (s.end - s.start > 1 && !/^港(?:综保区|综合保税区|保税区|物流园|产业园|区)$/.test(text.slice(s.start, s.end))) continue;
    if (HONG_KONG_BEFORE.test(text[s.start - 1]) || !/[\u4e00-\u9fff]/.test(text[s.start - 1]) || text.startsWith('港人治', s.start - 3)) continue;
    const prev = k > 0 && !joined.has(k - 1) ? (out ?? spans)[k - 1] : undefined;
    // 苏港, 深港: an abbreviation before it pairs with Hong Kong.
    if (prev && prev.end === s.start && prev.end - prev.start < 2) continue;
    let start = s.start;
    if (prev && prev.end === s.start && prev.label === 'LOC') start = prev.start;
    else {
      // One word names the port (果园港); more only where they lead back to a place (重庆 + 国际铁路港).
      let from = s.start;
      for (let w = 0; w < MAX_WORDS_BEFORE && from - 2 >= 0 && !(prev && prev.end > from - 2) && portNameWord(lex, text.slice(from - 2, from)); w++) {
        from -= 2;
        if (w === 0) start = from;
        if (prev && prev.end === from && prev.label === 'LOC') {
          start = prev.start;
          break;
        }
      }
    }
    // No word before it that a port is named by (科技兴港, 下符港情): Hong Kong after all.
    if (start === s.start) continue;
    if (prev && prev.start >= start) joined.add(k - 1);
    (out ??= spans.slice())[k] = { ...s, start };
  }
  return out ? out.filter((_, k) => !joined.has(k)) : spans;
}

/** China's inland waterways whose ports news names after them (长江咸宁港, 珠江 …); not a province or city ending in 江 (浙江, 湛江). */
const INLAND_WATERWAYS = new Set(['长江', '黄河', '珠江', '西江', '淮河', '汉江', '湘江', '沅江', '赣江', '闽江', '钱塘江', '岷江', '嘉陵江', '乌江', '涪江', '渠江', '沱江', '金沙江', '澜沧江', '松花江', '京杭运河']);

/**
 * 长江 + 咸宁港: a river's port named by its city is one port (the sets of current news mark 长江咸宁港 whole). A
 * city before its port stays apart (深圳 | 盐田港, 嘉兴 | 乍浦港, 武汉 | 阳逻港), as the sets and People's Daily mark it; a
 * port named by two cities (宁波舟山港) cannot be told from those without the levels of the places, which the
 * lexicon does not keep.
 */
export function riverPorts<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('港') < 0) return spans;
  return joinAdjacent(spans, (river, port) => {
    const name = text.slice(port.start, port.end);
    return river.label === 'LOC' && port.label === 'LOC' && name.length === 3 && name.endsWith('港') && INLAND_WATERWAYS.has(text.slice(river.start, river.end)) && (lex.lookup(name.slice(0, 2)) & LEX.LOC) !== 0
      ? { ...river, end: port.end }
      : undefined;
  });
}

/** Words of ships and cargo: a paragraph holding one is about ports. */
const SHIPPING_CUE = /码头|亿吨|万吨级|船舶|货船|驳船|海船|船只|航运|航道|吞吐|集装箱|泊位|港口|水运|航线|靠泊/;
/** Words that name Hong Kong beside a lone 港 (香港, 港澳, 赴港, 港股 …): then 港 may be Hong Kong after all. */
const HONG_KONG_CUE = /香港|港澳|港珠澳|港人|港府|港股|港元|港币|港岛|港区|港媒|港企|港商|港青|港九|港深|特区|赴港|访港|来港|驻港|在港|深港|沪港|粤港|京港|中港|港方/;
/** What before a lone 港 makes it a port: a big one, or arriving at, opening or leaving one (亿吨大港, 到港, 开港). */
const PORT_BEFORE = /[大到开出进靠泊驶]/;

/**
 * 亿吨大港, 驳船集中到港, 开港投运: in a paragraph about ships and cargo that names Hong Kong nowhere, a lone 港 the model
 * reads as Hong Kong is a port, no place of its own (a port's name is portsNotHongKong's).
 */
export function portsInShippingNews<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('港') < 0 || !SHIPPING_CUE.test(text) || HONG_KONG_CUE.test(text)) return spans;
  return spans.filter((s) => !(s.label === 'LOC' && s.end - s.start === 1 && text[s.start] === '港' && PORT_BEFORE.test(text[s.start - 1] ?? '')));
}
