import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tempDirAtExit } from './cleanup';
import { seedArticlePath } from './paths';

/**
 * A fresh temp folder with a workspace of fixture copies: the editor may touch them (the browser
 * build autosaves unless told not to), never the read-only originals in ../shared.
 */
export interface TempWorkspace {
  root: string;
  folder: string;
  remove(): void;
}

export function makeWorkspace(extra: Record<string, string> = {}): TempWorkspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhnews-ws-'));
  const remove = tempDirAtExit(root);
  const folder = path.join(root, 'news');
  fs.mkdirSync(folder);
  fs.copyFileSync(seedArticlePath(), path.join(folder, 'seed-article.txt'));
  fs.chmodSync(path.join(folder, 'seed-article.txt'), 0o644);
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(folder, name), text);
  return { root, folder, remove };
}
