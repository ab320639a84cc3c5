/** A word with its part-of-speech tag and its place in the text (UTF-16 offsets). */
export interface TaggedWord {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/**
 * Word segmentation with part-of-speech tags. The core reaches nodejieba only through this,
 * so tests can give a fixed segmenter and the CLI or server decide when the dictionary loads.
 */
export interface Segmenter {
  tag(text: string): TaggedWord[];
}

/**
 * Gives raw (word, tag) pairs their offsets in `text`. A tokenizer may alter characters it cannot
 * encode (a lone surrogate comes back as U+FFFD), so a word that does not match where expected is
 * given the same length in place, and the cursor never runs past the text.
 */
export function placeWords(text: string, raw: ReadonlyArray<{ word: string; tag: string }>): TaggedWord[] {
  const out: TaggedWord[] = [];
  let pos = 0;
  for (const { word, tag } of raw) {
    if (pos >= text.length) break;
    if (word.length === 0) continue;
    let start = pos;
    if (!text.startsWith(word, pos)) {
      const found = text.indexOf(word, pos);
      // Only resync over a short gap; otherwise take the word as occupying the next characters.
      if (found >= 0 && found - pos <= 8) start = found;
    }
    const end = Math.min(text.length, start + word.length);
    out.push({ word: text.slice(start, end), tag, start, end });
    pos = end;
  }
  return out;
}
