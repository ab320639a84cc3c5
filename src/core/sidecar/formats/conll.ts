/**
 * CoNLL-style character tagging for training sequence labellers: one character (code point) per line,
 * a tab, and its BIO tag (B-PER, I-PER, O); a blank line after each sentence. Chinese has no spaces
 * between words, so characters are the tokens. White space is not a token: it is skipped, and a line
 * break ends a sentence. Nested or overlapping spans cannot be written in BIO: the earlier (then longer)
 * span wins and the other is left out. Rejected suggestions are left out. Export only.
 */
import { ExportedFile, ExportInput, visible } from './common';

const SENTENCE_END = /[。！？!?；;]/u;
const CLOSING = /[”’」』）)》〉】"']/u;

export function exportConll(input: ExportInput): ExportedFile[] {
  const text = input.text;
  const tags = new Array<string>(text.length).fill('O');
  const spans = visible(input.sidecar.annotations).sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = 0;
  for (const a of spans) {
    if (a.start < covered) continue;
    tags[a.start] = `B-${a.label}`;
    for (let i = a.start + 1; i < a.end; i++) tags[i] = `I-${a.label}`;
    covered = a.end;
  }
  const lines: string[] = [];
  let inSentence = false;
  const endSentence = () => {
    if (inSentence) lines.push('');
    inSentence = false;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (ch === '\n' || ch === '\r') endSentence();
    else if (!/\s/u.test(ch)) {
      lines.push(`${ch}\t${tags[i]}`);
      inSentence = true;
      if (SENTENCE_END.test(ch)) {
        // Closing quotes and brackets after the stop belong to the sentence they close.
        let j = i + width;
        while (j < text.length && CLOSING.test(text[j])) {
          lines.push(`${text[j]}\t${tags[j]}`);
          j++;
        }
        endSentence();
        i = j;
        continue;
      }
    }
    i += width;
  }
  endSentence();
  return [{ name: `${input.stem}.conll`, content: lines.join('\n') + (lines.length ? '\n' : '') }];
}
