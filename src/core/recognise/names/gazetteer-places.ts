import { LabelledSpan } from './tags';
import { LEX, Lexicon } from './lexicon';
import { PLACE_POS } from './build-lexicon';
import { betweenBrackets, overlapsAny } from './span-edges';
import { concatInTextOrder } from '../../text/sorted-spans';

/**
 * Places the gazetteer of China's divisions gives the lexicon, where the model read nothing: counties it saw
 * seldom in the 1998 corpora, after a verb of place (前往自贡), and divisions named in full (大渡口区).
 */

/**
 * 落户渝中, 前往自贡观灯, 从自贡过来: a place the gazetteer of China's divisions holds and jieba's dictionary
 * knows rarely or not at all as a word (not 长寿, 南岸 or 太平, which are common words there), standing where
 * the model read nothing, after a verb of place or in a list, and no word of the dictionary crosses its edges. The model, unsure of a county it
 * saw seldom in the 1998 corpora, leaves it out.
 */
export function gazetteerPlacesAlone<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: LabelledSpan) => T,
  lex: Lexicon,
): T[] {
  const added: T[] = [];
  // Only right after a verb of place or a list's comma: a few positions a paragraph.
  for (const m of text.matchAll(PLACE_VERB)) {
    const i = m.index! + m[0].length;
    for (let len = 3; len >= 2; len--) {
      const end = i + len;
      if (end > text.length || overlapsAny(spans, i, end)) continue;
      if (!isGazetteerPlace(lex, text.slice(i, end))) continue;
      // 宜宾馆, 自贡献: a word of the dictionary across either edge.
      if (lex.isWordAt(text, i - 1) || lex.isWordAt(text, end - 1)) continue;
      added.push(make({ start: i, end, label: 'LOC' }));
      break;
    }
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** The last character of a division's full name (大渡口区, 平阳县, 滁州市, 湘西州, 阿拉善盟). */
const DIVISION_END = /[区县市州旗盟]/g;
/** Districts named by what they are, which the gazetteer holds as some city's district too. */
const KIND_OF_DISTRICT = /^(?:老城|新城|旧城|主城|中心城|市辖)区$/;
/** How a division's full name ends: its suffix. */
const DIVISION_SUFFIX = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|林区|特区|[省市区县旗州盟])$/;

/**
 * 感受到了大渡口区, 变身水城区…: a division's full name, suffix and all, that the gazetteer of China's divisions
 * holds, standing where the model read nothing, is that place wherever it stands; the model, which saw most
 * counties seldom in the 1998 corpora, leaves some out in an unfamiliar clause. Not where a word of the dictionary
 * crosses either edge (滁州 | 市场监管局, 全县域), nor a kind of district (老城区), nor a company's seat in brackets.
 */
export function gazetteerDivisionsWhole<T extends { start: number; end: number; label: string }>(
  text: string,
  spans: T[],
  make: (s: LabelledSpan) => T,
  lex: Lexicon,
): T[] {
  const added: T[] = [];
  let k = 0;
  for (const m of text.matchAll(DIVISION_END)) {
    const end = m.index! + 1;
    // Most suffixes end a place the model read already: those are passed over before any look-up.
    while (k < spans.length && spans[k].end < end) k++;
    if (k < spans.length && spans[k].start < end) continue;
    for (let len = 6; len >= 3; len--) {
      const start = end - len;
      if (start < 0) continue;
      const name = text.slice(start, end);
      if (!DIVISION_SUFFIX.test(name) || !isGazetteerPlace(lex, name)) continue;
      if (overlapsAny(spans, start, end) || lex.isWordAt(text, start - 1) || lex.isWordAt(text, end - 1)) break;
      // 老城区, 主城区: a kind of district (Luoyang's 老城区 aside); 京东（奉节县）科技: a company's seat in its name.
      if (KIND_OF_DISTRICT.test(name) || betweenBrackets(text, start, end)) break;
      added.push(make({ start, end, label: 'LOC' }));
      break;
    }
  }
  return added.length ? concatInTextOrder(spans, added) : spans;
}

/** Whether `word` is a place only the gazetteer of China's divisions gives the lexicon (jieba's dictionary lacks it). */
export function isGazetteerPlace(lex: Lexicon, word: string): boolean {
  const slot = lex.slotOf(Lexicon.hashWord(word));
  if (slot < 0) return false;
  const meta = lex.metaAt(slot);
  return meta >>> 24 === PLACE_POS && (meta & LEX.LOC) !== 0;
}

/** Many counties are also words (山城, 惠民, 安康, 来宾): only after a verb of place or a list's comma. */
const PLACE_VERB = /落户|落子|落地|前往|来到|抵达|到达|走进|走访|位于|回到|离开|[赴从到在至、]/g;
