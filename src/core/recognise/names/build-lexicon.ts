import { LEX, Lexicon } from './lexicon';
import { LOC_SUFFIXES, ORG_SUFFIXES, SURNAMES, TITLES } from './lists';

/**
 * Titles and surnames the rules' lists (lists.ts) took in after the shipped model was trained (2026-11-29 16:40).
 * The lexicon is built without them, so that `npm run train` rebuilds the shipped model byte for byte; the
 * rules read them from the lists all the same. A test compares the lexicon built here with the shipped model's,
 * so a word added to a list fails it until it is named here. Retraining the model is the time to empty this.
 */
export const NEWER_THAN_MODEL: ReadonlySet<string> = new Set([
  '巡视员', '一级巡视员', '二级巡视员', '调研员', '一级调研员', '二级调研员', '总农艺师', '总经济师', '总会计师', '总规划师', '总畜牧师',
  '庹',
]);

/** Part-of-speech id given to gazetteer places (above any id the jieba file can produce). */
export const PLACE_POS = 255;

const POS_CLASS: Record<string, number> = { nr: LEX.PER, nrt: LEX.PER, nrfg: LEX.PER, ns: LEX.LOC, nt: LEX.ORG };

/**
 * The lexicon of the features: every word of the jieba dictionary (word boundaries), its words
 * tagged nr/ns/nt (name classes), gazetteer place names, a dictionary's proper nouns, and the built-in surname, title and suffix lists.
 * `jiebaDict` is the text of jieba.dict.utf8 (`word freq tag` per line), or undefined.
 */
export function buildLexicon(jiebaDict?: string, places: readonly string[] = [], names: ReadonlyArray<readonly [string, 'PER' | 'ORG' | 'LOC']> = []): Lexicon {
  const entries: Array<[string, number, number?, number?]> = [];
  if (jiebaDict) {
    const posIds = new Map<string, number>();
    for (const line of jiebaDict.split('\n')) {
      const [word, freq, tag = ''] = line.trim().split(/\s+/);
      if (!word) continue;
      // Ids in order of first appearance in the dictionary file: deterministic for the same file.
      if (!posIds.has(tag)) posIds.set(tag, Math.min(255, posIds.size + 1));
      entries.push([word, LEX.WORD | (POS_CLASS[tag] ?? 0), Number(freq) || 1, posIds.get(tag)]);
    }
  }
  // Gazetteer places: a LOC entry, and a word of moderate frequency so segmentation keeps them whole.
  for (const w of places) entries.push([w, LEX.WORD | LEX.LOC, 200, PLACE_POS]);
  // Proper nouns of a dictionary (CC-CEDICT): a class of their own, no word, so segmentation and
  // the rules (which read PER/LOC/ORG) are unchanged. Only what jieba and the gazetteer do not say
  // already (华为 is nr there, an organisation here; 北京 is a place in both): where the two sources
  // agree, the model would learn to trust a source alone less (彭水, known only to the gazetteer).
  const known = new Map<string, number>();
  for (const [w, cls] of entries) known.set(w, (known.get(w) ?? 0) | cls);
  const NAME_CLASS = { PER: LEX.NAME_PER, LOC: LEX.NAME_LOC, ORG: LEX.NAME_ORG } as const;
  for (const [w, c] of names) if (!((known.get(w) ?? 0) & LEX[c])) entries.push([w, NAME_CLASS[c]]);
  for (const w of TITLES) if (!NEWER_THAN_MODEL.has(w)) entries.push([w, LEX.TITLE]);
  for (const w of ORG_SUFFIXES) if (!NEWER_THAN_MODEL.has(w)) entries.push([w, LEX.ORG_SUFFIX]);
  for (const w of LOC_SUFFIXES) if (!NEWER_THAN_MODEL.has(w)) entries.push([w, LEX.LOC_SUFFIX]);
  for (const w of SURNAMES) if (!NEWER_THAN_MODEL.has(w)) entries.push([w, LEX.SURNAME]);
  return Lexicon.build(entries);
}
