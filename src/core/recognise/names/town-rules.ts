import { LEX, Lexicon } from './lexicon';
import { Scored } from './list-rules';

/**
 * 璧山七塘镇, 大邑王泗镇, 梁平铁门乡, 九龙坡区民主村, 重庆市主城都市区: a county or city and a town, village or area under it, written
 * together, which the model reads as one place. GUIDELINES: each level is a place of its own (as 涪陵区 |
 * 某某镇 in the seed gold), so the place the gazetteer knows is cut off the front. The town keeps a name of
 * two characters or more (长寿湖镇 is no 长寿 | 湖镇).
 */
// Not a site (青木川 + 古镇, 特色小镇) or a word ending in 乡 (水乡, 故乡).
const TOWN = /^([\u4e00-\u9fff]{2,4}?)(?:(?<![古小新名])镇|(?<![水故家老橘茶])乡|街道|都市区|村|社区)$/;

export function countiesBeforeTowns<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.label !== 'LOC' || s.end - s.start < 5) continue;
    const name = text.slice(s.start, s.end);
    // The longest place at the front that leaves a town behind.
    for (let k = Math.min(name.length - 3, 6); k >= 2; k--) {
      const town = TOWN.exec(name.slice(k));
      if (!town || /^[省市区县州旗]/.test(town[1]) || !isPlace(lex, name.slice(0, k)) || lex.lookup(name) & LEX.LOC) continue;
      (out ??= spans.slice()).splice(out.indexOf(s), 1, { ...s, end: s.start + k }, { ...s, start: s.start + k });
      break;
    }
  }
  return out ?? spans;
}

/** A place of the gazetteer, also with the suffix short forms leave out (秀山 + 县). */
function isPlace(lex: Lexicon, name: string): boolean {
  return (lex.lookup(name) & LEX.LOC) !== 0 || (/[市区县]$/.test(name) && name.length >= 3 && (lex.lookup(name.slice(0, -1)) & LEX.LOC) !== 0);
}
