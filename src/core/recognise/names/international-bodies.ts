import { Scored } from './list-rules';
import { withoutSpansInside } from './span-edges';

/**
 * 联合国 + 旅游组织, 联合国 + 开发计划署, 联合国旅游组织 + 执行委员会, 联合国 + 驻黎巴嫩临时部队, 联合国 + 贸发会议: the United
 * Nations' agencies, missions and their organs are named after it, one organisation (the model reads 联合国 alone). Not a
 * verb or a clause after it (联合国 | 呼吁, 联合国和世界银行), nor its headquarters (联合国 | 总部: the sets and People's Daily
 * disagree).
 */
const AGENCY = /^(?:[\u4e00-\u9fff]{2,6}?(?:组织|计划署|规划署|署|基金会|基金|公约|论坛|委员会|理事会|大会|机构|法庭|特派团)|驻[\u4e00-\u9fff]{2,6}?部队|近东巴勒斯坦难民救济和工程处|近东救济工程处|贸发会议)(?:执行委员会|执行局|秘书处|理事会|大会)?/;
/** 和 inside the relief agency's own name (近东巴勒斯坦难民救济和工程处). */
const AND_BEFORE_HEAD = /救济和工程处$/;
const NOT_IN_AGENCY = /[的了是在和与及等把被将从由为这那各每个对向说称]|呼吁|表示|发布|认为|报告|数据|显示|统计|宣布|指出/;

export function unAgencies<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('联合国') < 0) return spans;
  let grown = false;
  const out = spans.map((s, k) => {
    if (s.label !== 'ORG' || text.slice(s.start, s.end) !== '联合国') return s;
    const m = AGENCY.exec(text.slice(s.end, s.end + 14));
    const next = spans[k + 1];
    if (!m || NOT_IN_AGENCY.test(m[0].replace(AND_BEFORE_HEAD, '工程处')) || (next && next.start < s.end + m[0].length && next.end > s.end + m[0].length)) return s;
    grown = true;
    return { ...s, end: s.end + m[0].length };
  });
  // The organ the model read after it (执行委员会) is inside the name now.
  return grown ? withoutSpansInside(out) : spans;
}
