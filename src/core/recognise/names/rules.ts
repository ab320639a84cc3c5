import { LabelledSpan } from './tags';
import { SURNAMES, TITLES } from './lists';

/**
 * Rules that align the model's output with GUIDELINES.md and catch layouts the corpora lack
 * (bylines with spaces, photo credits, name lists on their own lines, organs named by
 * abbreviation). Each returns spans with a fixed confidence; the recogniser lets them replace
 * model spans they overlap.
 */
export interface RuleSpan extends LabelledSpan {
  confidence: number;
  rule: string;
}

const SURNAME_SET = new Set(SURNAMES.filter((s) => s.length === 1));
const COMPOUND_SURNAMES = SURNAMES.filter((s) => s.length === 2);
const HAN = '\\u4e00-\\u9fff';

/** Whether `s` looks like a Chinese personal name: a known surname and one or two given-name characters. */
export function looksLikeName(s: string): boolean {
  if (!new RegExp(`^[${HAN}]+$`).test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3 && s.length <= 4;
  return SURNAME_SET.has(s[0]) && s.length >= 2 && s.length <= 3;
}

const CREDIT_ROLES = '(?:首席记者|见习记者|实习记者|特约记者|记者|通讯员|实习生|摄影|摄|编辑|责任编辑|美编|文|图)';

/** 记者 何春阳 邱小雅: names separated by spaces after a byline role. */
function bylines(text: string, out: RuleSpan[]): void {
  const re = new RegExp(`${CREDIT_ROLES}[ \\u3000]+((?:[${HAN}]{2,4}(?:[ \\u3000]+|$|(?=[^${HAN}])))+)`, 'gd');
  for (const m of text.matchAll(re)) {
    let pos = m.indices![1][0];
    for (const part of m[1].split(/([ \u3000]+)/)) {
      if (part && !/^[ \u3000]+$/.test(part) && looksLikeName(part)) {
        out.push({ start: pos, end: pos + part.length, label: 'PER', confidence: 0.9, rule: 'byline' });
      }
      pos += part.length;
    }
  }
}

/** （记者齐某某拍摄）, 记者 张三 摄: a name between a credit role and 摄/拍摄. */
function photoCredits(text: string, out: RuleSpan[]): void {
  const re = new RegExp(`(?:记者|通讯员|摄影|摄影记者)[ \\u3000]?([${HAN}]{2,4}?)[ \\u3000]?(?:拍摄|摄|供图|/摄)`, 'gd');
  for (const m of text.matchAll(re)) {
    if (!looksLikeName(m[1])) continue;
    const start = m.indices![1][0];
    out.push({ start, end: start + m[1].length, label: 'PER', confidence: 0.9, rule: 'credit' });
  }
}

/** A paragraph that is only a name (photo captions listing people): 高健 / 王志杰. */
function nameLine(text: string, out: RuleSpan[]): void {
  const t = text.trim();
  if (!looksLikeName(t)) return;
  const start = text.indexOf(t);
  out.push({ start, end: start + t.length, label: 'PER', confidence: 0.8, rule: 'name-line' });
}

const ORGANS = '(?:人大常委会|人大|政协|政府|纪委|监委|党委|委员会)';
const LEVEL = '[省市区县镇乡]';
const ORDINAL_TERM = '(?:[一二三四五六七八九十]+届)?';
// Characters that may precede an organ abbreviation without being part of a longer word (城市, 超市).
const BEFORE = `(?:^|(?<=[^${HAN}])|(?<=[、和与及在向对由是为从同跟被把让将给了到至经据]))`;
const DEPT = '[\\u4e00-\\u9fff]{2,6}?(?:委|局|厅|办)(?![\\u4e00-\\u9fff]*?(?:员|会议))';

/**
 * Organs named by their level alone (市人大, 市政协, 市六届人大, 市发展改革委, 区教委): ORG by the
 * guidelines. The department form needs a title or the end of a clause after it, to keep out
 * phrases like 市场监管局势.
 */
function levelOrgans(text: string, out: RuleSpan[]): void {
  const organ = new RegExp(`${BEFORE}${LEVEL}${ORDINAL_TERM}${ORGANS}`, 'g');
  for (const m of text.matchAll(organ)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, label: 'ORG', confidence: 0.9, rule: 'level-organ' });
  }
  const titles = TITLES.slice().sort((a, b) => b.length - a.length).join('|');
  const dept = new RegExp(`${BEFORE}${LEVEL}${DEPT}(?=${titles}|[、，。；：）”和与及对等相有的]|$)`, 'g');
  for (const m of text.matchAll(dept)) {
    const s = m[0];
    if (/[的了是在和与及]/.test(s.slice(1))) continue;
    out.push({ start: m.index!, end: m.index! + s.length, label: 'ORG', confidence: 0.85, rule: 'level-dept' });
  }
}

export function ruleSpans(text: string): RuleSpan[] {
  const out: RuleSpan[] = [];
  bylines(text, out);
  photoCredits(text, out);
  nameLine(text, out);
  levelOrgans(text, out);
  return out;
}

const ORGAN_AFTER_PLACE = /^(?:委|政府|政协|人大|党委|纪委|监委|委员会|人大常委会)/;

/**
 * A place with an administrative suffix followed by an organ (涪陵区 + 委 → 涪陵区委; 彭水县 + 政协):
 * the organ is the organisation, the place its prefix.
 */
export function placeOrgans(text: string, spans: LabelledSpan[]): LabelledSpan[] {
  return spans.map((s) => {
    if (s.label !== 'LOC' || !/[省市区县镇乡]$/.test(text.slice(s.start, s.end))) return s;
    const m = ORGAN_AFTER_PLACE.exec(text.slice(s.end, s.end + 6));
    if (!m) return s;
    // 区委员 (a member) is not an organ.
    if (m[0] === '委' && text[s.end + 1] === '员') return s;
    return { start: s.start, end: s.end + m[0].length, label: 'ORG' as const };
  });
}
