import { Lexicon } from './lexicon';
import { isPlace, Scored } from './list-rules';

/**
 * The model reads a place or company and the event or ground after it as one organisation: 天津峰会,
 * 杭州主场, 上海世博会. A summit or a home ground is no organisation of its own (GUIDELINES: names, not the
 * things they hold); the place stays a place and the company an organisation. Offices and headquarters
 * (国务院港澳事务办公室, 武警总部) are organisations. Factories are factoriesOffCompanies' (legal-names.ts).
 */
const FACILITY_TAIL = /(?:主场|分会场|峰会|亚运会|奥运会|冬奥会|世博会)$/;

export function facilitiesAfterNames<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    const tail = s.label === 'ORG' ? FACILITY_TAIL.exec(name) : null;
    const rest = tail ? name.slice(0, tail.index) : '';
    const end = s.start + rest.length;
    if (rest.length >= 2 && isPlace(lex, rest)) {
      out.push({ ...s, end, label: 'LOC' });
      continue;
    }
    // 特斯拉 + 上海, 长安汽车 + 渝北: a company and the place of its facility.
    let split = 0;
    for (let k = rest.length - 2; k >= 2 && !split; k--) if (isPlace(lex, rest.slice(k))) split = k;
    if (split) {
      // 德国 + 图林根: two places; 特斯拉 + 上海: a company and a place.
      const head = isPlace(lex, rest.slice(0, split)) ? 'LOC' : s.label;
      out.push({ ...s, end: s.start + split, label: head }, { ...s, start: s.start + split, end, label: 'LOC' });
    } else out.push(s);
  }
  return out;
}

/**
 * 中共二十大 (the 20th Party Congress, an event), 重庆日报微信公众号 (an outlet's channel), 重庆日报北京电 and
 * 中华网四川消息 (a dateline's place and word): the organisation is the name before them.
 */
const NAME_THEN_MORE = /^(中共|中国共产党|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|网|社|电视台))(?:第?[一二三四五六七八九十]+(?:大|次全国代表大会)|微信公众号|公众号|客户端|官方微博|官微|[\u4e00-\u9fff]{2,3}(?:电|消息))$/;

export function eventsAndChannelsOffNames<T extends Scored>(text: string, spans: T[]): T[] {
  return spans.map((s) => {
    const m = s.label === 'ORG' ? NAME_THEN_MORE.exec(text.slice(s.start, s.end)) : null;
    return m ? { ...s, end: s.start + m[1].length } : s;
  });
}
