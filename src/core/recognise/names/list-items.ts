import { Scored } from './list-rules';

/** What no list item's first characters hold: function words and pronouns. */
const NOT_IN_ITEM = /[^\u4e00-\u9fff]|[的了是在和与及等为把被将从对向由我你他她这那该其各]/;
const ITEM_ENDS = /[、，。；等和及以]/;

/**
 * 区发改委、经信局、统计局: an organisation the model starts one or two characters into a list item (信局) begins
 * where the item does, right after the 、 (经信局). Only where nothing else was read in between.
 */
export function organisationsFromItemStart<T extends Scored>(text: string, spans: T[]): T[] {
  if (text.indexOf('、') < 0) return spans;
  return spans.map((s, k) => {
    // The item ends where the name does: the list goes on or closes (资助宜昌市第一技工学校学生 is a clause).
    if (s.label !== 'ORG' || NOT_IN_ITEM.test(text[s.start - 1] ?? '、') || !ITEM_ENDS.test(text[s.end] ?? '。')) return s;
    for (const back of [1, 2]) {
      const start = s.start - back;
      if (text[start - 1] !== '、' || NOT_IN_ITEM.test(text.slice(start, s.start))) continue;
      const before = spans[k - 1];
      return before && before.end > start ? s : { ...s, start };
    }
    return s;
  });
}
