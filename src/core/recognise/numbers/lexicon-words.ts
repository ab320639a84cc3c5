/** Longer dictionary words that contain a numeral followed by a measure word (filled by scripts/gen-numeral-words.mjs). */
export const extraNumeralWords: readonly string[] = [];
