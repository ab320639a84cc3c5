import { LabelledSpan } from './tags';
import { Scored } from './list-rules';
import { LEX, Lexicon } from './lexicon';
import { replacedBy } from './span-edges';

/** What a body keeps where it is resident (驻 + a place): an embassy, a commissioner's office, a liaison or representative office. */
const OFFICES = '特派员公署|联络办公室|办事处|代表处|大使馆|总领事馆|领事馆|使馆|公署|联络处';
const OFFICE = new RegExp(`^(?:${OFFICES})`);
/** The same, ending the name the model read after 驻 (澳门联络办公室). */
const OFFICE_END = new RegExp(`(?:${OFFICES})$`);
/** What may stand right before a 驻 that opens the name (（来源：驻塞拉利昂使馆）): a break or a conjunction. */
const OPENS_BEFORE = /[^\u4e00-\u9fff]|[和与及、]/;
/** The longest place read after 驻 from the dictionary. */
const LONGEST_PLACE = 8;

/**
 * 中央政府驻澳门联络办公室, 外交部驻澳门特派员公署, 驻塞拉利昂使馆, 驻港公署: a body, 驻 (resident in) and a place, and the office
 * it keeps there are one organisation (GUIDELINES: the longest name; the sets of current news mark all 13 whole, People's
 * Daily brackets 中国驻南非大使馆 as one). The model reads the body and the place apart. The name begins at the body, or at 驻
 * after a break; not 驻华使馆 with no body before it (the embassies in China, no one body).
 */
export function residentOffices<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (text.indexOf('驻') < 0) return spans;
  let out = spans;
  for (let k = text.indexOf('驻'); k >= 0; k = text.indexOf('驻', k + 1)) {
    if (out.some((s) => s.start <= k && k < s.end)) {
      // Already inside a name: the whole office (中国驻日本大使馆), or 驻马店.
      continue;
    }
    const body = out.find((s) => s.end === k && (s.label === 'ORG' || s.label === 'LOC'));
    if (!body && k > 0 && !OPENS_BEFORE.test(text[k - 1])) continue;
    const end = officeEnd(text, k + 1, out, lex);
    if (end < 0) continue;
    if (!body && text[k + 1] === '华') continue;
    const start = body ? body.start : k;
    const inside = out.filter((s) => s.start < end && start < s.end);
    if (inside.some((s) => s.start < start || s.end > end)) continue;
    out = replacedBy(out, inside, make({ start, end, label: 'ORG' }));
  }
  return out;
}

/** Where the office after the place at `at` ends: the place as read (a place, or the office read whole), else from the dictionary; -1 if none. */
function officeEnd<T extends Scored>(text: string, at: number, spans: readonly T[], lex: Lexicon): number {
  const read = spans.find((s) => s.start === at);
  if (read) {
    if (read.label === 'ORG') return OFFICE_END.test(text.slice(read.start, read.end)) && read.end - read.start > 2 ? read.end : -1;
    if (read.label !== 'LOC') return -1;
    const m = OFFICE.exec(text.slice(read.end, read.end + 5));
    return m ? read.end + m[0].length : -1;
  }
  for (let len = Math.min(LONGEST_PLACE, text.length - at); len >= 1; len--) {
    if (!(lex.lookup(text.slice(at, at + len)) & LEX.LOC)) continue;
    const m = OFFICE.exec(text.slice(at + len, at + len + 5));
    if (m) return at + len + m[0].length;
  }
  return -1;
}
