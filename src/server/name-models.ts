import { NameRecogniser } from '../core/recognise/names';
import { modelFileStamp } from '../core/recognise/names/load';

/**
 * The name recogniser for the `zhNews.modelPath` setting, made again when the setting names another
 * file or the file itself changes (a model retrained into the same path, or a broken file fixed):
 * the user does not have to reload the window.
 */
export class NameModels {
  private key: string | undefined;
  private current: NameRecogniser | undefined;

  constructor(
    /** The recogniser of a model file; undefined: the shipped one. Throws when the file cannot be used. */
    private readonly load: (path?: string) => NameRecogniser,
    /** The file behind `load()` with no path (the shipped model), whose changes count too. */
    private readonly defaultPath: string | undefined,
    private readonly warn: (message: string) => void,
    /** The editor's display language: the warning is worded in it (the file's own error stays as the loader gives it). */
    private readonly locale: () => string = () => 'en',
  ) {}

  /** True when `get(path)` would make a new recogniser. */
  stale(path: string): boolean {
    return this.current === undefined || this.key !== this.keyOf(path);
  }

  /** The recogniser for `path` ('' for the shipped model); one that cannot be read falls back, with a warning. */
  get(path: string): NameRecogniser {
    const key = this.keyOf(path);
    if (this.current && this.key === key) return this.current;
    this.key = key;
    this.current = undefined;
    if (path) {
      try {
        this.current = this.load(path);
      } catch (e) {
        this.warn(modelFallbackMessage(this.locale(), (e as Error).message));
      }
    }
    this.current ??= this.load();
    return this.current;
  }

  private keyOf(path: string): string {
    // The shipped file counts too: it is in use when `path` is empty or cannot be read.
    return [path, path ? modelFileStamp(path) : '', this.defaultPath ? modelFileStamp(this.defaultPath) : ''].join('\n');
  }
}

/** The warning that a model file could not be used, in Simplified Chinese for a Chinese display language (as the hover cards), else English. */
export function modelFallbackMessage(locale: string, detail: string): string {
  return locale.toLowerCase().startsWith('zh')
    ? `zhNews.modelPath：${detail}；在文件修好之前使用内置模型。`
    : `zhNews.modelPath: ${detail}; using the shipped model until the file is fixed.`;
}
