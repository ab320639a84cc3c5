import { LEX, Lexicon } from './lexicon';
import { Scored } from './list-rules';
import { joinAdjacent } from './span-edges';

/**
 * 广东梁平商会, 重庆市湖北商会: a chamber of commerce of one place's people in another is named by both
 * places; the model reads the first place alone and the chamber from the second. One organisation.
 */
const CHAMBER = /^([\u4e00-\u9fff]{1,6}?)(?:商会|同乡会|企业商会|总商会)$/;

export function chambersOfHometowns<T extends Scored>(text: string, spans: T[], lex: Lexicon): T[] {
  if (text.indexOf('会') < 0) return spans;
  return joinAdjacent(spans, (a, b) => {
    if (a.label !== 'LOC' || b.label !== 'ORG' || a.end !== b.start) return undefined;
    const m = CHAMBER.exec(text.slice(b.start, b.end));
    return m && lex.lookup(m[1]) & LEX.LOC ? { ...b, start: a.start } : undefined;
  });
}
