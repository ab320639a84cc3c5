/** A paragraph of a document: a run of text between line breaks, with its UTF-16 offset. */
export interface Paragraph {
  start: number;
  text: string;
}

/**
 * Splits a document at line breaks. News text never carries an entity across a line break, so each
 * paragraph can be annotated alone, and after an edit only the paragraphs whose text changed are redone.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      if (i > start) out.push({ start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}
