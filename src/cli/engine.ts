import { Annotator } from '../core/annotate';
import { Label } from '../core/types';
import { JiebaSegmenter } from '../core/segment/jieba';
import { JiebaTagNameRecogniser } from '../core/recognise/names';
import { loadCliGlossary } from './glossary-files';

/** The annotator the CLI uses: nodejieba segmentation and the best name recogniser available. */
export function createCliAnnotator(labels?: readonly Label[], glossary: CliGlossaryOptions = {}): Annotator {
  // TERM comes from the built-in glossary plus --glossary files; skipped when TERM is filtered out.
  const terms = labels && !labels.includes('TERM') ? undefined : loadCliGlossary(glossary.files ?? [], glossary.warn ?? (() => {})).matcher;
  return new Annotator({ segmenter: new JiebaSegmenter(), names: new JiebaTagNameRecogniser(), labels, terms });
}

export interface CliGlossaryOptions {
  /** Extra glossary files (--glossary), above the built-in one. */
  files?: readonly string[];
  /** Where glossary warnings go (stderr). */
  warn?: (s: string) => void;
}
