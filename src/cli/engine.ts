import { Annotator } from '../core/annotate';
import { Label } from '../core/types';
import { JiebaSegmenter } from '../core/segment/jieba';
import { JiebaTagNameRecogniser } from '../core/recognise/names';

/** The annotator the CLI uses: nodejieba segmentation and the best name recogniser available. */
export function createCliAnnotator(labels?: readonly Label[]): Annotator {
  return new Annotator({ segmenter: new JiebaSegmenter(), names: new JiebaTagNameRecogniser(), labels });
}
