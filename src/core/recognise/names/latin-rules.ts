import { concatInTextOrder } from '../../text/sorted-spans';
import { insideLatinWord, isLatinLetter } from './lists';
import { LEX, Lexicon } from './lexicon';
import { isPlainWord, Scored } from './list-rules';
import { looksLikeName } from './rules';
import { LabelledSpan } from './tags';
import { overlapsAny } from './span-edges';

/**
 * Names written in Latin letters, which the model (trained on 1998 Chinese text) never marks: the
 * original of a name given in brackets after it (萨姆·阿尔特曼（Sam Altman）, 深度求索（DeepSeek）), and a
 * company named before a title only companies give (OpenAI CEO, Anthropic 联合创始人).
 */

/** A bracket holding only a Latin name: words of letters (and digits, 's, &, -, .), spaces between. */
const LATIN_GLOSS = /^（\s*([A-Za-z][A-Za-z0-9'’&.-]*(?: [A-Za-z0-9][A-Za-z0-9'’&.-]*){0,5})\s*）/;

/** A market's code and a number: a listing, not a name. */
const STOCK_TICKER = /^(?:(?:HK|SH|SZ|BJ)\.?\d+|[A-Z]{1,5}\.(?:O|N|US))$/;

/** 萨姆·阿尔特曼（Sam Altman）: the Latin original in brackets right after a name is the same name. */
export function latinGlosses<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!text.includes('（')) return spans;
  const added: T[] = [];
  for (const s of spans) {
    if (s.label !== 'PER' && s.label !== 'ORG' && s.label !== 'LOC') continue;
    if (text[s.end] !== '（') continue;
    const m = LATIN_GLOSS.exec(text.slice(s.end, s.end + 60));
    // A stock code (吉利汽车（HK.0175）) is no name.
    if (!m || STOCK_TICKER.test(m[1])) continue;
    const start = s.end + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (!overlapsAny(spans, start, end)) added.push(make({ start, end, label: s.label as LabelledSpan['label'] }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/**
 * A Latin word with a capital (OpenAI, DeepSeek, IDC) and the title after it; a product name has a
 * digit (SU7) and is left alone. Titles only a company gives, as in companiesBeforeTitles.
 */
const LATIN_COMPANY = /(?<![A-Za-z0-9.])([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,6})(?=\s?(?:CEO|CTO|CFO|COO|首席执行官|首席技术官|首席财务官|联合创始人|创始人|董事长|总裁|公司|集团))/g;
/** Latin words that are titles or units, not companies. */
const NOT_LATIN_COMPANY = /^(?:CEO|CTO|CFO|COO|AI|IT|APP|App|GDP|CPI|PPI|VS|NBA|CBA|USB|PC|TV|AR|VR|BG|BU|BD|HR|PR|IR)$/;

/** OpenAI CEO 萨姆·奥尔特曼, Anthropic联合创始人: the company before a company's title. */
export function latinCompanies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!/[A-Z]/.test(text)) return spans;
  const added: T[] = [];
  for (const m of text.matchAll(LATIN_COMPANY)) {
    const start = m.index!;
    const end = start + m[1].length;
    if (NOT_LATIN_COMPANY.test(m[1]) || overlapsAny(spans, start, end) || overlapsAny(added, start, end)) continue;
    added.push(make({ start, end, label: 'ORG' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/**
 * A person after a company's title in Latin letters or with a space (小米 CEO 雷军, 消费者业务CEO余承东):
 * the model, which saw neither, leaves the name out. The name ends where a clause, a verb of saying or
 * one of what executives do begins (出席, 升任).
 */
const PERSON_AFTER_COMPANY_TITLE = /(?:CEO|CTO|CFO|COO|总裁|首席执行官|首席财务官|创始人|董事长|董秘|董事会秘书)\s?([\u4e00-\u9fff]{2,3}?)(?=\s|[，。、；：（“”]|说|表示|称|宣布|透露|指出|介绍|认为|坦言|发表|出席|升任|出任|担任|主持|现身|亮相|接受|回应|强调|致辞|亲自|亲手|也|曾|则|在|于|和|与|$)/g;

export function peopleAfterCompanyTitles<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex?: Lexicon): T[] {
  if (!/CEO|CTO|CFO|COO|总裁|首席执行官|首席财务官|创始人|董事长|董秘|董事会秘书/.test(text)) return spans;
  const added: T[] = [];
  let out = spans;
  for (const m of text.matchAll(PERSON_AFTER_COMPANY_TITLE)) {
    const name = m[1];
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (!looksLikeName(name) || isPlainWord(lex, name) || (lex && lex.lookup(name) & (LEX.LOC | LEX.ORG))) continue;
    if (overlapsAny(added, start, end)) continue;
    // 国航董秘肖烽: a person the model read from the title into the name (董秘肖), or the title alone (董秘), gives way to the name.
    const read = out.filter((o) => o.start < end && start < o.end);
    const readAlready = read.length === 1 && read[0].label === 'PER' && read[0].start === start && read[0].end === end;
    if (!readAlready && read.length && !read.every((o) => o.label === 'PER' && o.start >= m.index! && o.start < start && o.end <= end)) continue;
    out = out.filter((o) => (readAlready || !read.includes(o)) && !(o.label === 'PER' && o.start >= m.index! && o.end <= start));
    if (!readAlready) added.push(make({ start, end, label: 'PER' }));
  }
  return added.length ? concatInTextOrder(out, added) : out;
}

/**
 * OpenAI, DeepSeek, NextEra, MiniMax: a word in Latin letters with a capital inside it, in Chinese text,
 * is a company's name (as the current-news sets mark it) — not a product's, which ends in what products
 * are (ChatGPT, HarmonyOS, iPhone) or holds a digit (SU7). Only where nothing else was read.
 */
const CAMEL_NAME = /(?<![A-Za-z0-9.@/_-])[A-Z][a-z]+[A-Z][A-Za-z]*(?![A-Za-z0-9.@/_(-])/g;
const PRODUCT_END = /(?:GPT|OS|Pad|Phone|Pods|Book|Watch|Pro|Max|Mini|Pay|Go)$/;
/** Terms of technology written in mixed case, no company's name. */
const MIXED_CASE_TERM = /^(?:A?IoT|IIoT|SaaS|PaaS|IaaS|DevOps|PhD|IPv[46]|LiDAR|MiniLED|MicroLED)$/;

export function camelCaseCompanies<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  // In Chinese text only: a line of code or of English (OffsetMap, TestContext) names no company.
  if (!/[A-Z][a-z]+[A-Z]/.test(text) || !/[\u4e00-\u9fff]/.test(text)) return spans;
  const added: T[] = [];
  for (const m of text.matchAll(CAMEL_NAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (PRODUCT_END.test(m[0]) || MIXED_CASE_TERM.test(m[0]) || overlapsAny(spans, start, end)) continue;
    // A Chinese character within two places on one side at least: the word stands in Chinese text.
    if (!/[\u4e00-\u9fff]/.test(text.slice(Math.max(0, start - 2), start) + text.slice(end, end + 2))) continue;
    added.push(make({ start, end, label: 'ORG' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** A word in Latin letters standing as a list's item (…、Stellantis和…), with letters, digits and the joins names use. */
const LATIN_ITEM = /(?<![A-Za-z0-9.&-])[A-Za-z][A-Za-z0-9.&-]{1,24}(?![A-Za-z0-9.&-])/g;
/** Abbreviations of things, not of companies (AI、5G and IT are no item of a list of firms). */
const NOT_A_FIRM = /^(?:AI|IT|CEO|CFO|CTO|COO|APP|App|app|PC|IPO|ETF|GDP|CPI|PPI|PMI|VR|AR|MR|XR|SUV|MPV|EV|GPU|CPU|NPU|IoT|OS|UI)$/;
/** What joins two items of a list. */
const LIST_JOIN = /^(?:、|和|与|及|以及)$/;

/**
 * 宝马、Stellantis和大众汽车, OpenAI、谷歌和Anthropic: a word in Latin letters joined as an item to an
 * organisation of the same list is an organisation too (the coordination rule reads Chinese items only).
 */
export function latinItemsInLists<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (!/[A-Za-z]/.test(text) || !/[、和与及]/.test(text)) return spans;
  const added: T[] = [];
  const orgEndingAt = (i: number) => spans.some((o) => o.label === 'ORG' && o.end === i);
  const orgStartingAt = (i: number) => spans.some((o) => o.label === 'ORG' && o.start === i);
  for (const m of text.matchAll(LATIN_ITEM)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (NOT_A_FIRM.test(m[0]) || PRODUCT_END.test(m[0]) || overlapsAny(spans, start, end)) continue;
    const before = /(?:以及|[、和与及])$/.exec(text.slice(Math.max(0, start - 2), start));
    const after = /^(?:以及|[、和与及])/.exec(text.slice(end, end + 2));
    const joinedBefore = before !== null && LIST_JOIN.test(before[0]) && orgEndingAt(start - before[0].length);
    const joinedAfter = after !== null && LIST_JOIN.test(after[0]) && orgStartingAt(end + after[0].length);
    if (joinedBefore || joinedAfter) added.push(make({ start, end, label: 'ORG' }));
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/**
 * 特斯拉M | odel 3, A | IoT平台: no name ends or starts inside a word of Latin letters. A name that ends inside one gives the
 * word's letters back (特斯拉); one that starts inside one, or is only letters inside a longer word, is none.
 */
export function latinWordsWhole<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/[A-Za-z]/.test(text)) return spans;
  const out: T[] = [];
  for (const s of spans) {
    if (insideLatinWord(text, s.start)) continue;
    if (!insideLatinWord(text, s.end)) {
      out.push(s);
      continue;
    }
    let end = s.end;
    while (end > s.start && isLatinLetter(text.charCodeAt(end - 1))) end--;
    if (end - s.start >= 2) out.push({ ...s, end });
  }
  return out;
}
