export * from './types';
export { parseGlossary } from './parse';
export { isHttpUrl } from './validate';
export { mergeGlossaries, ORIGIN_ORDER } from './merge';
export type { GlossaryOrigin, GlossarySourceFile, GlossaryDuplicate, MergedGlossary } from './merge';
export { TermMatcher } from './matcher';
export { appendTermToGlossary } from './append';
export type { NewGlossaryEntry, AppendResult } from './append';
export { foldWidth, termKey } from './fold';
