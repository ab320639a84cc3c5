import { LabelledSpan } from './tags';
import { LEX, Lexicon } from './lexicon';
import { isDictionaryCompany, Scored } from './list-rules';
import { isHan } from './lists';
import { replacedBy } from './span-edges';

/**
 * Words only a company is the subject or owner of: its people, shares, results, shops and products
 * (a product's code in Latin letters and digits, 小米 SU7, 理想L8).
 */
const BUSINESS_WORD = /(?=\s?[A-Z]{1,3}\s?\d|手机|董事|副总裁|总裁|首席|CEO|CFO|CTO|创始人|联合创始人|高管|股价|财报|旗下|营收|归母净利润|净利润|市值|门店|官方|官宣|港股|美股|发布会|供应链|交付量|市占率|出货量)/g;
/** A business word read into the company's name by the older rule (百度港股). */
const BUSINESS_WORD_WHOLE = /^(?:港股|美股|门店|手机|旗下|官方|股价|财报|市值|营收)$/;
/** The dictionary's log-frequency class above which a word is an everyday one (现代 18, 大众 15; 苹果 14, 小米 12). */
const EVERYDAY_WORD = 14;
/** A character every business word starts with: a paragraph without one is skipped. */
const ANY_BUSINESS_START = /[A-Z手董副总首C创联高股财旗营归净市门官港美发供交出]/;

/**
 * 百度港股, 深铁对万科的 … 担任万科董事, 苹果门店: a company the dictionary of proper nouns knows whose name
 * is also a common word (苹果, 小米 and 百度 as words) is the company where a word only companies have
 * follows it, wherever in the clause it stands; dictionaryCompanies reads such a word only at a clause's
 * start. The company is a definite name (the rule is `company-word`'s), so the document pass marks its
 * other mentions too, where nothing shows it (小米首款汽车). A word the dictionary's places hold (茅台)
 * or one that a longer word takes in across its start (新时代) names no company here.
 */
export function brandsBeforeBusinessWords<T extends Scored>(text: string, spans: T[], make: (s: LabelledSpan) => T, lex: Lexicon): T[] {
  if (!ANY_BUSINESS_START.test(text)) return spans;
  let out = spans;
  BUSINESS_WORD.lastIndex = 0;
  for (let m = BUSINESS_WORD.exec(text); m; m = BUSINESS_WORD.exec(text)) {
    BUSINESS_WORD.lastIndex = m.index + 1;
    const end = m.index;
    for (let start = end - 4; start <= end - 2; start++) {
      if (start < 0 || !isHan(text.charCodeAt(start)) || !isHan(text.charCodeAt(end - 1))) continue;
      if (!isDictionaryCompany(lex, text.slice(start, end))) continue;
      // A word news uses every day in its own sense (现代, 时代, 大众) is left alone, whatever follows it.
      if (lex.frequency(text.slice(start, end)) > EVERYDAY_WORD) continue;
      // 新时代, 三星堆: a word across the name's first character.
      if (isHan(text.charCodeAt(start - 1)) && (lex.isWordAt(text, start - 1) || (lex.lookup(text.slice(start - 1, end)) & LEX.WORD) !== 0)) continue;
      const overlapping = out.filter((o) => o.start < end && start < o.end);
      // The model's person or place there gives way (百度 read as a person), and so does the company read with the
      // business word (百度港股); another organisation or a longer name stays.
      const withWord = (o: T) => o.label === 'ORG' && o.start === start && BUSINESS_WORD_WHOLE.test(text.slice(end, o.end));
      if (overlapping.some((o) => !withWord(o) && (o.start < start || o.end > end || o.label === 'ORG'))) break;
      out = replacedBy(out, overlapping, make({ start, end, label: 'ORG' }));
      break;
    }
  }
  return out;
}
