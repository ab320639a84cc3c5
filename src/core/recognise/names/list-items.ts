import { Lexicon } from './lexicon';
import { Scored } from './list-rules';

/** What no list item's first characters hold: function words and pronouns. */
const NOT_IN_ITEM = /[^\u4e00-\u9fff]|[的了是在和与及等为把被将从对向由我你他她这那该其各]/;
const ITEM_ENDS = /[、，。；等和及以]/;

/**
 * 区发改委、经信局、统计局: an organisation the model starts one or two characters into a list item (信局) begins
 * where the item does, right after the 、 (经信局). Only where nothing else was read in between, and not over a verb
 * that opens the item (施工招标、成立 | 福建礼乐文化发展有限公司: the item is a clause).
 */
export function organisationsFromItemStart<T extends Scored>(text: string, spans: T[], lex?: Lexicon): T[] {
  if (text.indexOf('、') < 0) return spans;
  return spans.map((s, k) => {
    // The item ends where the name does: the list goes on or closes (资助宜昌市第一技工学校学生 is a clause).
    if (s.label !== 'ORG' || NOT_IN_ITEM.test(text[s.start - 1] ?? '、') || !ITEM_ENDS.test(text[s.end] ?? '。')) return s;
    for (const back of [1, 2]) {
      const start = s.start - back;
      if (text[start - 1] !== '、' || NOT_IN_ITEM.test(text.slice(start, s.start))) continue;
      if (back === 2 && lex?.isVerb(text.slice(start, s.start))) return s;
      const before = spans[k - 1];
      return before && before.end > start ? s : { ...s, start };
    }
    return s;
  });
}

/** A body's head at the end of an organisation's name: a committee, bureau, office or department. */
const BODY_HEAD = /(?:委员会|委|局|办|厅)$/;

/**
 * 完善 + 市 + 安全生产委员会: a level's character right before a body the model read without it is the body's
 * (市安全生产委员会), unless it ends a word with the character before it (城市, 全市, 超市).
 */
export function levelsBeforeBodies<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  return spans.map((s, k) => {
    if (s.label !== 'ORG' || !/[省市区县]/.test(text[s.start - 1] ?? '') || !BODY_HEAD.test(text.slice(s.start, s.end))) return s;
    if (/^[省市区县州国中全]/.test(text[s.start]) || lex.isWordAt(text, s.start - 2) || lex.isWordAt(text, s.start - 1)) return s;
    const before = spans[k - 1];
    return before && before.end >= s.start ? s : { ...s, start: s.start - 1 };
  });
}
