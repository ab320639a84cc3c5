/** Shared by the export and import CLI tests: an in-memory IO and a folder with a hard article. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotation } from '../../src/core/types';
import { HARD_TEXT, hardAnnotations } from '../core/sidecar/fixtures';

export { fakeIO } from './fake-io';

/** A folder with hard.txt: BOM, CRLF, 𠮷 and emoji. */
export function hardArticle(): { dir: string; article: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-export-'));
  const article = join(dir, 'hard.txt');
  writeFileSync(article, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HARD_TEXT, 'utf8')]));
  return { dir, article };
}

/** A stand-in recogniser with fixed output, so decisions and formats are tested apart from the model. */
export function fixedAnnotator(): (text: string) => Annotation[] {
  return (text) =>
    hardAnnotations(text)
      .filter((a) => a.source !== 'manual')
      .map(({ id: _i, note: _n, status: _s, ...a }) => ({ ...a, source: a.label === 'TERM' ? 'glossary' : 'auto' }) as Annotation);
}
