import { NEW_WORDS } from './lists';
import { LEX, Lexicon } from './lexicon';
import { joinAdjacent } from './span-edges';
import { isAbbreviation } from './place-abbreviations';
import { AREAL_HEADS } from './place-heads';

/**
 * Where a place the model read begins and ends: it runs a character short of a place the dictionary knows
 * (长江 | 口, 驻 | 马店市), splits one the dictionary joins (长江 | 三峡), or takes in a verb (走近巫山), a suffix that
 * opens a word (荣昌区 | 位) or a level's suffix (重庆市 | 级).
 */

/** 级 of a level, 属 of ownership (市属国企; not 属于 or 属实, where the place keeps its suffix: 重庆市属于西部). */
const LEVEL_OR_OWNER = /^(?:级|属(?![于实性]))/;

/**
 * 重庆市级重点项目, 四川省级银行, 重庆市属国企: 市级 and 省级 are a level, 市属 and 区属 an owner, so the place is
 * named without its suffix (重庆).
 */
export function placesBeforeLevels<T extends { start: number; end: number; label: string }>(text: string, spans: T[]): T[] {
  if (text.indexOf('级') < 0 && text.indexOf('属') < 0) return spans;
  // 属 before a place is the verb it belongs to (榕江县属贵州): the county keeps its suffix.
  const placeStarts = new Set(spans.filter((s) => s.label === 'LOC').map((s) => s.start));
  return spans.map((s) =>
    s.label === 'LOC' && s.end - s.start >= 3 && LEVEL_OR_OWNER.test(text.slice(s.end, s.end + 2)) && /[省市县区]/.test(text[s.end - 1]) && !(text[s.end] === '属' && placeStarts.has(s.end + 1))
      ? { ...s, end: s.end - 1 }
      : s,
  );
}

/** A meeting's venue after the place it is in (金华 + 分会场, 重庆 + 主会场). */
const MEETING_VENUE = /(?:分会场|主会场|会场)$/;

/**
 * 金华分会场, 济宁分会 | 场: a meeting's main or branch venue is no part of the place's name; the place is named alone (the
 * model reads the venue in, or 分会 as a society's branch). What is left is a place where the model read one, or where
 * the dictionary knows it as one.
 */
export function meetingVenuesOffPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('会场') < 0) return spans;
  return spans.map((s) => {
    if (s.label !== 'LOC' && s.label !== 'ORG') return s;
    const end = text[s.end] === '场' && /[分主]会$/.test(text.slice(s.start, s.end)) ? s.end + 1 : s.end;
    const venue = MEETING_VENUE.exec(text.slice(s.start, end));
    if (!venue || end - s.start - venue[0].length < 2) return s;
    const placeEnd = end - venue[0].length;
    const place = text.slice(s.start, placeEnd);
    if (s.label === 'ORG' && !(lex.lookup(place) & (LEX.LOC | LEX.NAME_LOC))) return s;
    return { ...s, end: placeEnd, label: 'LOC' };
  });
}

/**
 * 长江 | 三峡 → 长江三峡: two places side by side that the dictionary knows as one place (and never as a
 * person's name) are that place, if it uses them as one often; not one-character abbreviations (中 | 美 stay two, as
 * GUIDELINES.md splits 成渝).
 */
export function placesTheDictionaryJoins<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return joinAdjacent(spans, (a, b) => {
    if (a.label !== 'LOC' || b.label !== 'LOC' || a.end - a.start < 2 || b.end - b.start < 2 || b.end - a.start > 6) return undefined;
    const whole = text.slice(a.start, b.end);
    return lex.isPlaceOnly(whole) && lex.frequency(whole) >= PLACE_USED_AS_ONE ? { ...a, end: b.end } : undefined;
  });
}

/**
 * The dictionary's frequency code (2·ln(count + 1)) of a place it uses as one name: about 150 times and more (长江三峡). Its
 * rarer entries of two places are country and city, province and city or district (英国伦敦, 辽宁大连, 上海浦东, at most
 * about 90 times), which are two places, as GUIDELINES.md splits juxtaposed places.
 */
const PLACE_USED_AS_ONE = 10;

/**
 * 长江 + 口 → 长江口: a place the model found one character short of a place the dictionary knows (the
 * estuary, 珠江口), where that character ends no word with the next (长江口岸 is a port of the river).
 */
export function longerDictionaryPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, i) => {
    if (s.label !== 'LOC' || s.end - s.start < 2 || s.end >= text.length || !/[口湾]/.test(text[s.end])) return s;
    if (spans[i + 1] && spans[i + 1].start <= s.end) return s;
    const longer = lex.lookup(text.slice(s.start, s.end + 1));
    if (!(longer & LEX.LOC) || longer & LEX.PER || lex.lookup(text.slice(s.end, s.end + 2)) & LEX.WORD) return s;
    return { ...s, end: s.end + 1 };
  });
}

/**
 * 驻 + 马店市 → 驻马店市, 临 + 港 → 临港: a place the model found one character short at its start of a place the dictionary knows
 * (the model reads 驻 as the verb), where that character is no function word or prefix (和 | 澳洲, 大 | 西南), no verb of
 * motion but 驻 (回 | 延安: jieba lists 回延安 as a place), and ends no word with the one before it.
 */
export function placesShortAtStart<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, i) => {
    if (s.label !== 'LOC' || s.start < 1 || !/[\u4e00-\u9fff]/.test(text[s.start - 1]) || /[和与及或在从到向对于至的是了古大回来去进出赴返离入]/.test(text[s.start - 1])) return s;
    if ((i > 0 && spans[i - 1].end >= s.start) || (s.start >= 2 && lex.lookup(text.slice(s.start - 2, s.start)) & LEX.WORD)) return s;
    if (lex.isPlaceOnly(text.slice(s.start - 1, s.end)) && s.end - s.start >= 2) return { ...s, start: s.start - 1 };
    // 临 + 港新片区: an abbreviation before an areal head where the character before makes a place with it; not a
    // second abbreviation (川 | 渝), and not an abbreviation alone (驻 | 京, 来 | 京: jieba has those as places).
    const headAfter = AREAL_HEADS.exec(text.slice(s.start + 1, s.end));
    return isAbbreviation(text[s.start]) && !isAbbreviation(text[s.start - 1]) && headAfter && s.start + 1 + headAfter[0].length === s.end && lex.isPlaceOnly(text.slice(s.start - 1, s.start + 1)) ? { ...s, start: s.start - 1 } : s;
  });
}

/**
 * 荣昌区 | 位 → 荣昌 | 区位优势: a place the model ends with an administrative suffix that opens a word with the
 * character after it (区位优势, 区位条件 …, 区域, 县域; not 位于, 位居, 位次; 城际), where the name without the suffix is a
 * place the dictionary knows.
 */
const REGION_WORD_AFTER = /^(?:位(?:优势|条件|特点|特征|优越|明显|独特|突出|得天独厚|交通)|域)/;

export function suffixesOfWordsOffPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    // 长三角城 | 际 → 长三角 | 城际: a city's 城 that opens 城际 (intercity) the same way.
    const opensWord = /[区县]/.test(text[s.end - 1]) ? REGION_WORD_AFTER.test(text.slice(s.end, s.end + 5)) : text[s.end - 1] === '城' && text[s.end] === '际';
    if (s.label !== 'LOC' || s.end - s.start < 3 || s.end >= text.length || !opensWord) return s;
    return lex.lookup(text.slice(s.start, s.end - 1)) & (LEX.LOC | LEX.NAME_LOC) ? { ...s, end: s.end - 1 } : s;
  });
}

/**
 * 热爱 + 巫山, 走进 + 大足: a verb the model reads into the place after it (a verb of jieba's, then a place it knows) is cut off;
 * so is a preposition of route before a place the dictionary knows (经 | 霍尔果斯铁路口岸, 赴 | 新疆; not 从江县 or 从化区,
 * whose rest is no place).
 */
export function verbsOffPlaces<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'LOC' || s.end - s.start < 3) return s;
    if (/[经赴从]/.test(text[s.start]) && [4, 3, 2].some((k) => s.start + 1 + k <= s.end && lex.isPlaceOnly(text.slice(s.start + 1, s.start + 1 + k)))) return { ...s, start: s.start + 1 };
    if (s.end - s.start < 4) return s;
    const rest = text.slice(s.start + 2, s.end);
    return lex.isVerb(text.slice(s.start, s.start + 2)) && lex.isPlaceOnly(rest) ? { ...s, start: s.start + 2 } : s;
  });
}

/** Whether the two characters at `at` make a word of the dictionary or a word newer than it (非遗). */
function wordAt(text: string, at: number, lex: Lexicon): boolean {
  return lex.isWordAt(text, at) || NEW_WORDS.has(text.slice(at, at + 2));
}

/**
 * 海南非遗 → 海南 | 非遗, not 海 | 南非 | 遗; 河南非遗 → 河南 | 非遗, not 河南非: a place the model reads one character late or
 * long, where its last character opens a word with the one after (非遗, intangible heritage) and the characters before
 * it make a place the dictionary knows. Not where the character before a moved place ends a word with the one before
 * it (上海 | 南非).
 */
export function placesReadOneLate<T extends { start: number; end: number; label: string }>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, i) => {
    if (s.label !== 'LOC' || s.end - s.start < 2 || !wordAt(text, s.end - 1, lex) || lex.lookup(text.slice(s.start, s.end + 1)) & LEX.WORD) return s;
    // Only a newer word cuts a longer place (重庆市民 keeps the suffix: the sets mark 重庆市 there as often as not).
    if (s.end - s.start >= 3) return NEW_WORDS.has(text.slice(s.end - 1, s.end + 1)) && lex.isPlaceOnly(text.slice(s.start, s.end - 1)) ? { ...s, end: s.end - 1 } : s;
    if (s.start < 1 || !/[\u4e00-\u9fff]/.test(text[s.start - 1]) || (i > 0 && spans[i - 1].end > s.start - 1) || lex.isWordAt(text, s.start - 2)) return s;
    return lex.isPlaceOnly(text.slice(s.start - 1, s.start + 1)) ? { ...s, start: s.start - 1, end: s.end - 1 } : s;
  });
}
