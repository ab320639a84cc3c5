import type { RuleSpan } from './rules';
import { LEX, Lexicon } from './lexicon';
import { isHan } from './lists';
import { AMBIGUOUS_FIRST, chengduChongqing, IS_ABBR, PROVINCE_ABBR } from './place-abbreviations';

/**
 * A place named by one character after a verb of being or going (在渝, 来蓉, 驻华, 来荣考察): the verb is what makes
 * the character a place; the model, which saw few such abbreviations in the 1998 corpora, reads it into a word, a
 * person (来津) or an organ (在渝全国人大) instead.
 */

/** Cities named by one character after a verb of place too (来蓉, 在穗, 抵甬); not 成, which ends too many words. */
const CITY_AFTER_VERB = new Set('蓉穗榕甬邕筑昆杭'.split(''));
/** Verbs of being or going somewhere, before a province's abbreviation: 在渝, 来渝, 赴京, 抵沪, 驻渝, 入渝, 归渝, 住渝. */
const PLACE_VERBS = new Set('在来赴抵返回离进驻留到访入出归住'.split(''));
/** PLACE_VERBS by UTF-16 code: the scans below ask it at every character first (most are no such verb). */
const IS_PLACE_VERB = new Uint8Array(0x10000);
for (const c of PLACE_VERBS) IS_PLACE_VERB[c.charCodeAt(0)] = 1;

/**
 * 在渝召开, 来渝考察, 抵沪, 来蓉: a province's or city's one-character abbreviation after a verb of being or going is the
 * place. Not where the abbreviation begins a word or a longer place (在渝中区, 在京剧, 在京东方), and not
 * the abbreviations that also begin ordinary words (新, 宁, 云 …).
 */
export function abbreviationsAfterVerbs(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (!lex) return;
  for (let i = 1; i < text.length; i++) {
    if (IS_PLACE_VERB[text.charCodeAt(i - 1)] === 0) continue;
    if ((IS_ABBR[text.charCodeAt(i)] === 0 && !CITY_AFTER_VERB.has(text[i])) || AMBIGUOUS_FIRST.has(text[i])) continue;
    // A run of abbreviations (川渝) is abbreviationRuns'.
    if (IS_ABBR[text.charCodeAt(i + 1)] === 1) continue;
    const known = (w: string) => (lex.lookup(w) & ~LEX.PREFIX) !== 0;
    if (known(text.slice(i, i + 2)) || (i + 3 <= text.length && known(text.slice(i, i + 3)))) continue;
    // 现在京…, 实在京…: the verb must not end a word itself.
    if (lex.isWordAt(text, i - 2)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'abbr-after-verb' });
  }
  if (text.indexOf('华') >= 0) chinaAfterVerbs(text, out, lex);
  if (text.indexOf('成渝') >= 0) chengduChongqing(text, out, lex);
  placesByFirstCharacter(text, out, lex);
}

/** The dictionary's frequency class above which a character is too common a word to stand for a place (海 18, 入 20; 荣 14, 酉 11). */
const RARE_CHARACTER = 16;

/**
 * 来荣考察, 来酉游客, 在永发展: a district or county goes by its first character after a verb of place, as a
 * province does — where the same text names it in full (荣昌区, 酉阳, 永川), so the character can stand for
 * nothing else. Not where the character begins a word (来荣誉) or the verb ends one (未来荣昌).
 */
function placesByFirstCharacter(text: string, out: RuleSpan[], lex: Lexicon): void {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character common as a word of its own (海, 入, 石) stands for no place.
    if (IS_PLACE_VERB[text.charCodeAt(i - 1)] === 0 || IS_ABBR[c] === 1 || !isHan(c) || lex.frequency(text[i]) > RARE_CHARACTER) continue;
    if (lex.isWordAt(text, i) || lex.isWordAt(text, i - 2) || lex.lookup(text.slice(i, i + 3)) & ~LEX.PREFIX) continue;
    if (!namedInFull(text, i, lex)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'place-first-character' });
  }
}

/** Whether a place the dictionary or the gazetteer knows (two or three characters, no person's name) opens with text[i] elsewhere in text. */
function namedInFull(text: string, i: number, lex: Lexicon): boolean {
  for (let j = text.indexOf(text[i]); j >= 0; j = text.indexOf(text[i], j + 1)) {
    if (j === i) continue;
    for (let len = 2; len <= 3; len++) {
      const place = text.slice(j, j + len);
      if (place.length === len && lex.isPlaceOnly(place)) return true;
    }
  }
  return false;
}

/** Verbs before 华 (China) as a place: 驻华大使, 访华, 来华, 赴华; 在华, 对华 only where no word follows. */
const CHINA_VERBS = new Set('驻访来赴抵离'.split(''));
/** 华人, 华侨, 华裔: words for people of Chinese descent, not the place. */
const CHINESE_PEOPLE = /[人侨裔商语文夏]/;

/**
 * 驻华大使, 访华, 对华政策: 华 standing for China after a verb of being or going is a place (GUIDELINES: a
 * place, as the seed's one-character abbreviations 渝, 黔 are). Not where it begins a name (在华为, 赴华盛顿)
 * or a word of people (华人, 华侨).
 */
function chinaAfterVerbs(text: string, out: RuleSpan[], lex: Lexicon): void {
  for (let i = text.indexOf('华', 1); i >= 0; i = text.indexOf('华', i + 1)) {
    const verb = text[i - 1];
    const next = text.slice(i, i + 2);
    const named = (w: string) => (lex.lookup(w) & (LEX.PER | LEX.LOC | LEX.ORG)) !== 0;
    // 华盛顿, 华润置地; not the dictionary's odd person 华大使.
    const longer = (lex.lookup(text.slice(i, i + 3)) & (LEX.LOC | LEX.ORG)) !== 0;
    if (CHINA_VERBS.has(verb)) {
      if (named(next) || longer || CHINESE_PEOPLE.test(text[i + 1] ?? '')) continue;
    } else if (verb === '在' || verb === '对') {
      // 在华大, 对华为: any word of the dictionary after them.
      if (lex.lookup(next) & ~LEX.PREFIX || longer || CHINESE_PEOPLE.test(text[i + 1] ?? '')) continue;
    } else continue;
    // 来华: the verb must not end a word itself (未来华…, 原来华…).
    if (lex.isWordAt(text, i - 2)) continue;
    out.push({ start: i, end: i + 1, label: 'LOC', confidence: 0.7, rule: 'china-after-verb' });
  }
}

/** 胡衡华市长来津调研: a verb of place and a province's abbreviation read as a person is the place. */
export function placeVerbsNotPeople<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  return spans.map((s) =>
    s.label === 'PER' && s.end - s.start === 2 && PLACE_VERBS.has(text[s.start]) && PROVINCE_ABBR.has(text[s.start + 1]) ? { ...s, start: s.start + 1, label: 'LOC' } : s,
  );
}

/** National organs whose members a province's abbreviation places (在渝全国人大代表, 驻京中央单位). */
const NATIONAL_ORGAN = /^(?:全国|中央|国家)/;

/**
 * 在渝 + 全国人大代表: after a verb of being, a province's abbreviation the model read into a national organ
 * is the place where its members are (GUIDELINES: the organ is 全国人大, not 渝全国人大).
 */
export function abbreviationsBeforeNationalOrgans<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.label === 'ORG' && name.length >= 4 && IS_ABBR[name.charCodeAt(0)] === 1 && NATIONAL_ORGAN.test(name.slice(1)) && s.start > 0 && PLACE_VERBS.has(text[s.start - 1])) {
      out.push({ ...s, end: s.start + 1, label: 'LOC' }, { ...s, start: s.start + 1 });
    } else out.push(s);
  }
  return out;
}
