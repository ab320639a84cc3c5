import { Annotator } from '../core/annotate';
import { Label } from '../core/types';
import { JiebaSegmenter } from '../core/segment/jieba';
import { JiebaTagNameRecogniser, NameRecogniser } from '../core/recognise/names';
import { ModelNameRecogniser } from '../core/recognise/names/recogniser';
import { defaultModelPath, loadNameModel } from '../core/recognise/names/load';
import { loadCliGlossary } from './glossary-files';

/** The annotator the CLI uses: nodejieba segmentation and the best name recogniser available. */
export function createCliAnnotator(labels?: readonly Label[], glossary: CliGlossaryOptions = {}): Annotator {
  // TERM comes from the built-in glossary plus --glossary files; skipped when TERM is filtered out.
  const terms = labels && !labels.includes('TERM') ? undefined : loadCliGlossary(glossary.files ?? [], glossary.warn ?? (() => {})).matcher;
  return new Annotator({ segmenter: new JiebaSegmenter(), names: cliNameRecogniser(), labels, terms });
}

export interface CliGlossaryOptions {
  /** Extra glossary files (--glossary), above the built-in one. */
  files?: readonly string[];
  /** Where glossary warnings go (stderr). */
  warn?: (s: string) => void;
}

/**
 * The trained model (models/names.model, or the file named by ZHNEWS_NAME_MODEL); the jieba
 * baseline only when no model file is there.
 */
export function cliNameRecogniser(modelPath = process.env.ZHNEWS_NAME_MODEL || defaultModelPath()): NameRecogniser {
  return modelPath ? new ModelNameRecogniser(loadNameModel(modelPath)) : new JiebaTagNameRecogniser();
}
