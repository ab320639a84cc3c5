import { Annotation } from '../core/types';
import { entityCard } from '../core/cards/entity-card';
import { cardMessages } from '../core/cards/messages';
import { DocumentState } from './documents';

/** Markdown for every annotation under `offset`, one combined card where spans overlap. */
export function hoverMarkdown(state: DocumentState, offset: number, locale: string): { markdown: string; start: number; end: number } | undefined {
  const hits = state.annotations.filter((a) => a.start <= offset && offset < a.end);
  if (hits.length === 0) return undefined;
  const messages = cardMessages(locale);
  const all = state.annotations.filter((a) => a.label !== 'TERM');
  const cards = hits.map((a: Annotation) => entityCard(a, { text: state.text, all, messages }));
  return {
    markdown: cards.join('\n\n---\n\n'),
    start: Math.min(...hits.map((a) => a.start)),
    end: Math.max(...hits.map((a) => a.end)),
  };
}
