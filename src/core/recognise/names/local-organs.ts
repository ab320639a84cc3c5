import { LEX, Lexicon } from './lexicon';
import { Scored } from './list-rules';
import { LabelledSpan } from './tags';
import { takeInside } from './span-edges';

/** The formal organs of a city, district or county, after its name and suffix. */
const FORMAL_ORGAN = /人民政府|人民法院|人民检察院/g;

/**
 * 由大渡口区人民政府主办, 驻马店市人民政府副市长: a place the gazetteer knows, its suffix and its people's government,
 * court or procuratorate are one organisation, where the model read the place short (马店市) or not at all.
 */
export function governmentsOfKnownPlaces<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!/人民(?:政府|法院|检察院)/.test(text)) return spans;
  let out = spans;
  for (const m of text.matchAll(FORMAL_ORGAN)) {
    const suffix = m.index! - 1;
    if (suffix < 2 || !/[市区县]/.test(text[suffix])) continue;
    const end = m.index! + m[0].length;
    // The longest name before the suffix that the gazetteer knows as a place (驻马店, not 马店).
    const length = [4, 3, 2].find((n) => suffix - n >= 0 && lex.isPlaceOnly(text.slice(suffix - n, suffix)));
    if (!length) continue;
    const start = suffix - length;
    // A name read over it from further back (贵州省兴义市…) or already the organ whole stays as read.
    out = takeInside(out, make({ start, end, label: 'ORG' }), (o) => o.start === start && o.end === end) ?? out;
  }
  return out;
}

/** Kinds of tribunal, not names (巡回法庭, 家事法庭). */
const GENERIC_TRIBUNAL = /^(?:人民|巡回|基层|派出|乡村|流动|移动|共享|家事|少年|互联网|知识产权|金融|环境|国际|特别|军事|最高|专门|该|这个|一个|各)$/;

/**
 * 兴义市人民法院 + 顶效人民法庭, 什字法庭: a court's people's tribunal is named by its place, and with its court when the
 * court is named before it; one organisation. A tribunal's name alone before 法庭 after a break is one too.
 */
export function tribunalsOfCourts<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T): T[] {
  if (text.indexOf('法庭') < 0) return spans;
  let out = spans;
  for (let at = text.indexOf('法庭'); at >= 0; at = text.indexOf('法庭', at + 2)) {
    const end = at + 2;
    const head = text.slice(at - 2, at) === '人民' ? at - 2 : at;
    // The court named right before the tribunal's own name (灵台县法院 + 什字 + 法庭) opens the whole name.
    const court = out.find((o) => o.label === 'ORG' && head - o.end >= 2 && head - o.end <= 3 && /法院$/.test(text.slice(o.start, o.end)));
    // Else the tribunal's own name: two or three characters before its head, after a break.
    let start = court ? court.start : -1;
    for (const n of court ? [] : [3, 2]) {
      const name = text.slice(head - n, head);
      if (name.length === n && /^[\u4e00-\u9fff]+$/.test(name) && !/[的了是在和与及到对把被将从由为他她我你们这那走进来去上下出入]/.test(name) && !GENERIC_TRIBUNAL.test(name)) {
        start = head - n;
        break;
      }
    }
    if (start < 0) continue;
    if (court && GENERIC_TRIBUNAL.test(text.slice(court.end, head))) continue;
    if (!court && start > 0 && /[\u4e00-\u9fff]/.test(text[start - 1]) && !/[的在和与及到对把将从由为，、]/.test(text[start - 1])) continue;
    out = takeInside(out, make({ start, end, label: 'ORG' })) ?? out;
  }
  return out;
}

/** A government's office in another city (市政府驻上海联络处, 驻沪联络处, 驻京办事处). */
const OFFICE_ELSEWHERE = /^驻[\u4e00-\u9fff]{1,4}?(?:联络处|办事处)/;
const LEVEL_GOVERNMENT_BEFORE = /[省市区县](?:人民)?政府$/;

/**
 * 市政府驻上海联络处, 市政府驻沪联络处, 区人民政府驻京办事处: a government's office in another city is one
 * organisation with the government that keeps it (5 of 5 whole in the sets); the model reads the government and
 * the office apart, the city as a place.
 */
export function officesOfGovernments<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('驻') < 0) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG') continue;
    if (text.slice(s.start, s.end).endsWith('政府')) {
      const m = OFFICE_ELSEWHERE.exec(text.slice(s.end, s.end + 10));
      if (m) out = takeInside(out, { ...s, end: s.end + m[0].length }) ?? out;
    } else if (OFFICE_ELSEWHERE.test(text.slice(s.start, s.end))) {
      // 了解市政府 + 驻沪联络处: the office read alone, its level's government before it unread.
      const government = LEVEL_GOVERNMENT_BEFORE.exec(text.slice(Math.max(0, s.start - 5), s.start));
      if (government) out = takeInside(out, { ...s, start: s.start - government[0].length }) ?? out;
    }
  }
  return out;
}
