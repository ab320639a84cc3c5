import { LEX, Lexicon } from './lexicon';

type Span = { start: number; end: number; label: string };

/**
 * What follows a place without naming an organisation: an office or site of someone named before
 * (苹果公司上海办公室, 广东办事处), or a kind of institution praised by its rank (广东省高水平医院,
 * 惠州三甲医院, 伊朗顶级医学院, 海珠区综合性龙头). The model reads place and description as one organisation.
 * A government's delegation is the government's (重庆市政府 | 代表团); a place's is the place's (delegationsOfPlaces).
 */
const NOT_A_NAME_AFTER_PLACE =
  /^(?:办公室|办事处|总部|分会场|(?:高水平|三甲|顶级|综合性|知名|一流|大型|龙头)[\u4e00-\u9fff]{0,4}?(?:医院|医学院|大学|学校|企业|龙头|公司))$/;

/** A government's delegation after its name. */
const GOVERNMENT_DELEGATION = /政府(?:代表团|考察团)$/;

/** 广东省高水平医院 → 广东省: an organisation that is a place and a description is the place alone. */
export function placesBeforeDescriptions<T extends Span>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s) => {
    if (s.label !== 'ORG' || s.end - s.start < 4) return s;
    const name = text.slice(s.start, s.end);
    if (GOVERNMENT_DELEGATION.test(name)) {
      // 重庆市政府代表团, 市政府代表团; not 两国政府代表团 or a bare 政府代表团.
      const before = name.slice(0, -5);
      return /^[省市区县州]$/.test(before) || (before.length >= 2 && (lex.lookup(before) & LEX.LOC) !== 0) ? { ...s, end: s.end - 3 } : s;
    }
    for (let len = Math.min(6, s.end - s.start - 2); len >= 2; len--) {
      const place = text.slice(s.start, s.start + len);
      if ((lex.lookup(place) & LEX.LOC) === 0 || !NOT_A_NAME_AFTER_PLACE.test(text.slice(s.start + len, s.end))) continue;
      return { ...s, end: s.start + len, label: 'LOC' };
    }
    return s;
  });
}
