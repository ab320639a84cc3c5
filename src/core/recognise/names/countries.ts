import { LabelledSpan } from './tags';
import { Lexicon } from './lexicon';
import zh from 'i18n-iso-countries/langs/zh.json';
import { concatInTextOrder } from '../../text/sorted-spans';
import { overlapsAny } from './span-edges';

/**
 * The world's countries and territories by their Chinese names (i18n-iso-countries' Chinese table):
 * jieba's dictionary tags 卡塔尔 and 东帝汶 as people and 哈萨克斯坦 as a transliterated name, and the
 * model, which learnt from it, reads them so in news.
 */
export function countryNames(table: unknown): Set<string> {
  const countries = (table as { countries?: Record<string, unknown> } | null)?.countries;
  if (!countries || typeof countries !== 'object') throw new Error('not an i18n-iso-countries language file: no "countries" object');
  const names = new Set<string>();
  for (const v of Object.values(countries)) {
    for (const name of Array.isArray(v) ? v : [v]) if (typeof name === 'string' && /^[\u4e00-\u9fff]{2,10}$/.test(name)) names.add(name);
  }
  return names;
}

const COUNTRIES = countryNames(zh);

/** Whether `name` is a country's or territory's Chinese name. */
export function isCountryName(name: string): boolean {
  return COUNTRIES.has(name);
}

/**
 * 蒙古 + 国, 孟加拉 + 国: a country the model ends before the 国 of its full name takes it in, unless 国
 * begins a word (蒙古国家队 → 国家).
 */
export function countriesWhole<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('国') < 0) return spans;
  return spans.map((s, k) => {
    if (s.label !== 'LOC' || text[s.end] !== '国' || s.end - s.start < 2 || (spans[k + 1] && spans[k + 1].start <= s.end)) return s;
    const name = text.slice(s.start, s.end);
    if (!COUNTRIES.has(name + '国') && !(COUNTRIES.has(name) && !lex.isWordAt(text, s.end))) return s;
    return { ...s, end: s.end + 1 };
  });
}

/** 卡塔尔 read as a person: a span that is exactly a country's name is that place. */
export function countriesNotPeople<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s) => (s.label === 'PER' && s.end - s.start >= 2 && COUNTRIES.has(text.slice(s.start, s.end)) ? { ...s, label: 'LOC' } : s));
}

/**
 * 大陆 alone, as the Taiwan and Hong Kong press name the mainland: not a continent (欧亚大陆, 四块大陆, 新大陆, 南极大陆)
 * or a shelf, bridge or drift, and not where 大 ends a word before it (扩大陆海…, 加大陆上…, 最大陆地).
 */
const MAINLAND = /(?<![洲亚欧美非块个片整新极古超扩加放壮增最巨强重广伟远高庞盛宏较很更过太不极长夸])大陆(?![架桥泽板漂性型法])/g;

/**
 * 大陆国务院总理, 大陆第22个自贸区: the mainland is a place (GUIDELINES: 中国大陆 is one); the model, which
 * learnt from People's Daily, marks it only now and then.
 */
export function mainlandAlone<T extends { start: number; end: number; label: string }>(text: string, spans: T[], make: (s: { start: number; end: number; label: 'LOC' }) => T): T[] {
  if (text.indexOf('大陆') < 0) return spans;
  const added: T[] = [];
  for (const m of text.matchAll(MAINLAND)) {
    if (!overlapsAny(spans, m.index!, m.index! + 2)) added.push(make({ start: m.index!, end: m.index! + 2, label: 'LOC' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** A paper's, agency's or publisher's own name after the country it comes from (新加坡 + 海峡时报, 意大利 + 晚邮报, 日本 + 共同社, 日本 + 讲谈社; not a 株式会社). */
const PAPER = /^[\u4e00-\u9fff]{1,6}(?:时报|晚报|早报|邮报|日报|周刊|报|(?<!会)社)$/;
/** Such a name right after a country the model read, before what a source does (意大利 + 晚邮报 + 报道). */
const PAPER_AFTER_COUNTRY = /^([\u4e00-\u9fff]{1,4}?(?:时报|晚报|早报|邮报|日报|周刊|通讯社)|共同社|韩联社|美联社|法新社|塔斯社|安莎社)(?=报道|称|消息|援引|发表|刊文|刊发|网站|记者|说|指出|[，。、”》）])/;

/**
 * 新加坡海峡时报, 意大利晚邮报: a foreign paper named after its country is two names, the country (a place)
 * and the paper, whose own name does not hold it; China's papers keep theirs (中国日报).
 */
export function countriesOffForeignPapers<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  let out: T[] | undefined;
  spans.forEach((s, k) => {
    if (s.label !== 'ORG') return;
    const t = text.slice(s.start, s.end);
    for (let len = 2; len <= 5 && len + 2 <= t.length; len++) {
      const country = t.slice(0, len);
      if (!COUNTRIES.has(country) || country === '中国' || !PAPER.test(t.slice(len)) || t.slice(len) === '日报') continue;
      (out ??= spans.slice()).splice(out.length - spans.length + k, 1, { ...s, end: s.start + len, label: 'LOC' }, { ...s, start: s.start + len });
      return;
    }
  });
  return out ?? spans;
}

/**
 * 据意大利晚邮报报道, 美国华尔街日报称: a foreign paper or agency named right after its country, before what a source
 * does, where the model read the country alone (the 1998 corpora name few foreign papers).
 */
export function foreignPapersAfterCountries<T extends { start: number; end: number; label: string }>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  const added: T[] = [];
  spans.forEach((s, k) => {
    if (s.label !== 'LOC' || !COUNTRIES.has(text.slice(s.start, s.end)) || text.slice(s.start, s.end) === '中国') return;
    const m = PAPER_AFTER_COUNTRY.exec(text.slice(s.end, s.end + 10));
    if (!m) return;
    const end = s.end + m[1].length;
    if (k + 1 < spans.length && spans[k + 1].start < end) return;
    added.push(make({ start: s.end, end, label: 'ORG' }));
  });
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** What ends a place inside a country: a province, state, county, city, port, island, river, lake or mountain. */
const PLACE_IN_COUNTRY_END = /(?:省|州|市|县|郡|邦|口岸|港|岛|河|湖|山|区)$/;

/**
 * 越南河江省, 菲律宾宿务省, 尼泊尔热索瓦口岸: a country and a place in it, read as one place, are two places (as 中国 |
 * 重庆市 would be). Not China or its regions before their places (中国香港, 香港特别行政区 are one each), and not where
 * what follows the country is a word of its full name or only a kind of place (刚果民主共和国, 巴勒斯坦自治区).
 */
export function countriesApartFromPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (!spans.some((s) => s.label === 'LOC' && s.end - s.start >= 5)) return spans;
  return spans.flatMap((s) => {
    const n = s.label === 'LOC' && s.end - s.start >= 5 ? countryOpening(text.slice(s.start, s.end)) : 0;
    return n ? [{ ...s, end: s.start + n }, { ...s, start: s.start + n }] : [s];
  });
}

/** The length of the country name opening `name` where a place of its own follows it, or 0. */
function countryOpening(name: string): number {
  if (!PLACE_IN_COUNTRY_END.test(name)) return 0;
  // The longest country name opening the span, with at least three characters left after it.
  for (let n = Math.min(8, name.length - 3); n >= 2; n--) {
    const country = name.slice(0, n);
    if (!COUNTRIES.has(country) || /^(?:中国|香港|澳门|台湾)$/.test(country)) continue;
    const rest = name.slice(n);
    return /^(?:共和国|王国|联邦|民主|合众国|联合|本土|全境|境内|国内)/.test(rest) || /^(?:自治区|特区|地区|行政区|首都区|联邦区|本岛|全岛)$/.test(rest) ? 0 : n;
  }
  return 0;
}
