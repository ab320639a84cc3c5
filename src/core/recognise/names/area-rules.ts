import { Scored } from './list-rules';
import { replacedBy } from './span-edges';

/**
 * Planned areas of modern news, which the 1998 corpora hardly knew: parks with the companies in them
 * (金河工业园 | 双运工贸) and the designations of regional policy (重庆枢纽港产业园, 渝东北三峡库区城镇群).
 * GUIDELINES: areal designations are places, named whole.
 */

/** Heads of an industrial park or zone, inside a longer name. */
const PARK_HEAD = /(?:工业园区|工业园|高新区|开发区|经开区|产业园|科技园|科创园|园区)/g;
/** How a public body or a company named in full ends: a park's organ (管委会) or a company with its place. */
const BODY_OR_LEGAL_END = /(?:[委会局处院所校站办厅部队]|中心|公司|集团|有限公司)$/;

/**
 * 金河工业园双运工贸, 蟠龙高新区鼎鹏一工: the model reads a park and a company's short name after it as one
 * organisation; they are a place and an organisation. A park's own organ (高新区管委会) or a company
 * named in full with its park (…园区XX有限公司) stays one name.
 */
export function parksBeforeCompanies<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/园|高新区|开发区|经开区/.test(text)) return spans;
  let out = spans;
  for (const s of spans) {
    if (s.label !== 'ORG' || s.end - s.start < 6) continue;
    const name = text.slice(s.start, s.end);
    if (BODY_OR_LEGAL_END.test(name)) continue;
    let cut = -1;
    for (const m of name.matchAll(PARK_HEAD)) {
      const e = m.index! + m[0].length;
      if (m.index! >= 2 && name.length - e >= 2) cut = e;
    }
    if (cut < 0) continue;
    const park = { ...s, end: s.start + cut, label: 'LOC' };
    const company = { ...s, start: s.start + cut };
    out = replacedBy(replacedBy(out, [s], park), [], company);
  }
  return out;
}

/** Heads of regional designations: city clusters, economic circles, industrial and logistics parks. */
const DESIGNATION = /^([\u4e00-\u9fff]{0,8}?)(?:城镇群|城市群|都市区|都市圈|经济圈|经济带(?!来)|产业园|物流园区|物流园|枢纽园区|科学城|科技城)/;
/** A region named before a designation: two characters and 地区 (成渝地区). */
const REGION_BEFORE = /[\u4e00-\u9fff]{2}地区$/;
/** What no designation's name holds: function words and the verbs that place it (建设, 打造). */
const NOT_IN_DESIGNATION = /[的了是在和与及到对把被将从由为个这那各每等、，。]|建设|打造|推进|推动|发展|加快|成为|形成|布局|规划|引进|落户|入驻|共建|支持|参观|考察|调研|前往/;

/**
 * 重庆 + 枢纽港产业园, 渝东北 + 三峡库区 + 城镇群: a place the model found, and the designation named after it
 * (up to eight characters and a regional head), are one place. Only places inside it, nothing else.
 */
export function arealDesignations<T extends Scored>(text: string, spans: T[]): T[] {
  if (!/城镇群|城市群|都市|经济圈|经济带|产业园|物流园|枢纽园区|科学城|科技城/.test(text)) return spans;
  let out = spans;
  for (let i = 0; i < out.length; i++) {
    const s = out[i];
    // A one-character abbreviation (中俄 + 经济带) names one side of a pair, not the designation's place.
    if (s.label !== 'LOC' || s.end - s.start < 2) continue;
    const m = DESIGNATION.exec(text.slice(s.end, s.end + 14));
    if (!m || NOT_IN_DESIGNATION.test(m[1])) continue;
    const end = s.end + m[0].length;
    // 成渝地区 + 双城 + 经济圈: the region the designation belongs to, named right before it, opens its name.
    const region = REGION_BEFORE.exec(text.slice(Math.max(0, s.start - 4), s.start));
    const start = region && !NOT_IN_DESIGNATION.test(region[0]) ? s.start - region[0].length : s.start;
    const inside = out.filter((o) => o.start < end && start < o.end);
    if (inside.some((o) => o.label !== 'LOC' || o.start < start || o.end > end)) continue;
    out = replacedBy(out, inside, { ...s, start, end });
  }
  return out;
}
