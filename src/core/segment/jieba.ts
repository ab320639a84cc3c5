import { placeWords, Segmenter, TaggedWord } from './segmenter';

interface NodeJieba {
  load(options?: Record<string, string>): void;
  tag(text: string): Array<{ word: string; tag: string }>;
}

let jieba: NodeJieba | undefined;

/** Loads nodejieba and its dictionaries on first use (about a second and 235 MB). */
function loadJieba(): NodeJieba {
  if (!jieba) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('nodejieba') as NodeJieba;
    mod.load();
    jieba = mod;
  }
  return jieba;
}

export function isJiebaLoaded(): boolean {
  return jieba !== undefined;
}

/** The nodejieba segmenter, loaded lazily on the first call to `tag`. */
export class JiebaSegmenter implements Segmenter {
  tag(text: string): TaggedWord[] {
    if (text.length === 0) return [];
    return placeWords(text, loadJieba().tag(text));
  }
}
