import { Annotation, PersonRole } from '../../types';
import { TITLES } from './lists';

const TITLES_LONGEST_FIRST = TITLES.slice().sort((a, b) => b.length - a.length);
/** The last and the first characters of the titles, by UTF-16 code: most names have none beside them. */
const ENDS_TITLE = new Uint8Array(0x10000);
const STARTS_TITLE = new Uint8Array(0x10000);
for (const t of TITLES) {
  ENDS_TITLE[t.charCodeAt(t.length - 1)] = 1;
  STARTS_TITLE[t.charCodeAt(0)] = 1;
}

/**
 * The title that ends exactly at `end` in `text`: the longest one an organisation ends right before,
 * else the longest one (重庆机场集团有限公司党委书记: 书记 of the 党委 the organisation ends in, not 党委书记
 * of nobody).
 */
function titleEndingAt(text: string, end: number, orgEndingAt: ReadonlyMap<number, Annotation>): string | undefined {
  if (end === 0 || ENDS_TITLE[text.charCodeAt(end - 1)] === 0) return undefined;
  let longest: string | undefined;
  for (const t of TITLES_LONGEST_FIRST) {
    if (end < t.length || !text.startsWith(t, end - t.length)) continue;
    if (orgEndingAt.has(end - t.length)) return t;
    longest ??= t;
  }
  return longest;
}

/**
 * Roles stated right before a person's name: a chain of [ORG] TITLE joined by 、 or ， and ending at the
 * name (市人大代表、涪陵区委书记黎勇 → 代表 of 市人大, 书记 of 涪陵区委; 彭水县委书记、县长陈青松 →
 * 书记 of 彭水县委, 县长). Also a title right after the name (高健主任). Roles are read from the
 * text and the ORG annotations of the same document (absolute offsets), or those keyed by their end.
 */
export function rolesBefore(text: string, per: Annotation, orgs: readonly Annotation[] | ReadonlyMap<number, Annotation>): PersonRole[] {
  const orgEndingAt = orgs instanceof Map ? orgs : new Map((orgs as readonly Annotation[]).map((o) => [o.end, o]));
  const roles: PersonRole[] = [];
  let pos = per.start;
  for (let guard = 0; guard < 6; guard++) {
    const title = titleEndingAt(text, pos, orgEndingAt);
    if (!title) break;
    let at = pos - title.length;
    const org = orgEndingAt.get(at);
    const role: PersonRole = { role: title };
    if (org) {
      role.org = text.slice(org.start, org.end);
      at = org.start;
    }
    roles.unshift(role);
    if (text[at - 1] === '、' || text[at - 1] === '，' || text[at - 1] === ' ') pos = at - 1;
    else break;
  }
  if (roles.length === 0) {
    const after = STARTS_TITLE[text.charCodeAt(per.end)] === 1 ? TITLES_LONGEST_FIRST.find((t) => text.startsWith(t, per.end)) : undefined;
    // 记者/委员 etc. after a name are usually part of a longer phrase; keep only office titles.
    if (after && /[长任记席理监师授]$/.test(after)) roles.push({ role: after });
  }
  return roles;
}
