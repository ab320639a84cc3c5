import { Annotator } from '../core/annotate';
import { Label } from '../core/types';
import { JiebaSegmenter } from '../core/segment/jieba';
import { JiebaTagNameRecogniser, NameRecogniser } from '../core/recognise/names';
import { ModelNameRecogniser } from '../core/recognise/names/recogniser';
import { defaultModelPath, loadNameModel, ModelFileError } from '../core/recognise/names/load';
import { InputError } from './errors';
import { loadCliGlossary } from './glossary-files';

/** The annotator the CLI uses: nodejieba segmentation and the best name recogniser available. */
export function createCliAnnotator(labels?: readonly Label[], glossary: CliGlossaryOptions = {}, modelPath?: string): Annotator {
  // TERM comes from the built-in glossary plus --glossary files; skipped when TERM is filtered out.
  const terms = labels && !labels.includes('TERM') ? undefined : loadCliGlossary(glossary.files ?? [], glossary.warn ?? (() => {})).matcher;
  return new Annotator({ segmenter: new JiebaSegmenter(), names: cliNameRecogniser(cliModelPath(modelPath)), labels, terms });
}

export interface CliGlossaryOptions {
  /** Extra glossary files (--glossary), above the built-in one. */
  files?: readonly string[];
  /** Where glossary warnings go (stderr). */
  warn?: (s: string) => void;
}

/** The model file named by --model, else by ZHNEWS_NAME_MODEL, else the shipped one (undefined: none there). */
export function cliModelPath(option?: string): string | undefined {
  return option || process.env.ZHNEWS_NAME_MODEL || defaultModelPath();
}

/**
 * The trained model (see cliModelPath); the jieba baseline only when no model file is there. A model
 * file that cannot be used is bad input (exit 1), named with what is wrong with it.
 */
export function cliNameRecogniser(modelPath = cliModelPath()): NameRecogniser {
  if (!modelPath) return new JiebaTagNameRecogniser();
  try {
    return new ModelNameRecogniser(loadNameModel(modelPath));
  } catch (e) {
    throw e instanceof ModelFileError ? new InputError(e.message) : e;
  }
}
