import type { RuleSpan } from './rules';
import { isPlainWord, LEX, Lexicon } from './lexicon';

/**
 * Areas a state or a city sets up, named after a place (两江新区, 贵安新区, 万盛经开区): most are younger than the
 * 1998 corpora, so the model marks nothing where they stand.
 */

/** Heads of an area a state or a city sets up, named after a place (两江新区, 蟠龙高新区). */
const NEW_AREA_HEAD = /(?:新区|高新区|经开区|开发区|自贸区|保税区|综保区)(?!街道|管委会|管理委员会|党工委|工委|管委|党委|管理局|法院|检察院|分局|公安|海关|税务|办事处|直管区|建设)/g;
/** What may stand before such a name: no character, or one that ends a word before it. */
const BEFORE_NEW_AREA = /[^\u4e00-\u9fff]|[、和与及在到从将是为的赴至暨对向]/;
/** What no area's own name holds: a level, a kind, a pronoun, a function word (国家级新区, 这些开发区, 各新区). */
const NOT_IN_ZONE_NAME = /[级各全该这那每某等些本此其类个的了是在和与及到对把被将从由为向省市县]/;
/** The dictionary's log-frequency class at or below which a word before an area's head may be a place's name. */
const RARE_PLACE_WORD = 6;

/**
 * 两江新区, 滨海新区, 贵安新区: a place the dictionary knows (两江 ns), or a name it lacks or knows only as a rare
 * word, and the head of an area after it, where the model, which saw few such areas in 1998, marks nothing. The area's own organs (两江新区管委会) are left
 * to the model and the organ rules.
 */
export function newAreasAfterPlaces(text: string, out: RuleSpan[], lex?: Lexicon): void {
  if (!lex || !/新区|高新区|经开区|开发区|自贸区|保税区|综保区/.test(text)) return;
  for (const m of text.matchAll(NEW_AREA_HEAD)) {
    const at = m.index!;
    for (const len of [3, 2]) {
      const start = at - len;
      if (start < 0) continue;
      const place = text.slice(start, at);
      // After a break or a function word, or after a plain word of the dictionary that ends right there (提升 | 两江新区,
      // 横跨 | 两江新区; not a place, 重庆 | 两江新区金渝教育集团) where the place's first character makes no word with the
      // one before it.
      const afterPlainWord = () => start >= 2 && isPlainWord(lex, text.slice(start - 2, start)) && !lex.isWordAt(text, start - 1);
      if (!/^[\u4e00-\u9fff]+$/.test(place) || (start > 0 && !BEFORE_NEW_AREA.test(text[start - 1]) && !afterPlainWord())) continue;
      const cls = lex.lookup(place);
      // 贵安新区, 万盛经开区: a state-level new area or a development zone named by a place the dictionary lacks or
      // knows only as a rare word (万盛, prosperous) is named by a place too; not by a kind (国家级, 这些).
      const unknown = len === 2 && !/^(?:开发区|自贸区|保税区|综保区)$/.test(m[0]) && !NOT_IN_ZONE_NAME.test(place) && ((cls & ~LEX.PREFIX) === 0 || (isPlainWord(lex, place) && lex.frequency(place) <= RARE_PLACE_WORD));
      if ((!(cls & LEX.LOC) && !unknown) || cls & LEX.PER) continue;
      out.push({ start, end: at + m[0].length, label: 'LOC', confidence: 0.7, rule: 'new-area' });
      break;
    }
  }
}
