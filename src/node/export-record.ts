/**
 * What `zhnews export` last wrote into a folder, kept there in EXPORT_RECORD: the sha256 of each file
 * that may be edited where it lies (a brat .ann, which brat rewrites as one annotates; a sidecar
 * written to --out). A file that still has the hash recorded was changed by no one since, so a new
 * export may replace it even where the article's decisions changed meanwhile; one that was changed may
 * hold someone's work. The record only spares questions: a missing or damaged one makes export more
 * careful, never less.
 */
import { join } from 'node:path';
import { sha256Hex } from '../core/sidecar/model';
import { readRegularFile } from './regular-file';
import { writeFileAtomic } from './sidecar-file';

export const EXPORT_RECORD = '.zhnews-export.json';

interface ExportRecord {
  about: string;
  /** File name in the folder → sha256 of the bytes export wrote. */
  written: Record<string, string>;
}

const ABOUT = 'What zhnews export last wrote here, or zhnews import last took in (sha256 of each file): a file changed since is not replaced without --overwrite.';

function readRecord(dir: string): ExportRecord {
  const read = readRegularFile(join(dir, EXPORT_RECORD), 'a JSON file');
  if ('problem' in read) return { about: ABOUT, written: {} };
  try {
    const r = JSON.parse(read.bytes.toString('utf8')) as Partial<ExportRecord>;
    const written = r && typeof r.written === 'object' && !Array.isArray(r.written) ? r.written : {};
    return { about: ABOUT, written: Object.fromEntries(Object.entries(written ?? {}).filter(([, v]) => typeof v === 'string')) };
  } catch {
    return { about: ABOUT, written: {} };
  }
}

/** Whether the file `name` of `dir`, whose bytes have this sha256, is exactly what an export last wrote there. */
export function writtenByExport(dir: string, name: string, sha256: string): boolean {
  return readRecord(dir).written[name] === sha256;
}

/** Notes the files just written to `dir` (name → content). Best effort: a record not written only makes the next export ask. */
export function recordExport(dir: string, files: ReadonlyArray<{ name: string; content: string }>): void {
  recordHashes(dir, files.map((f) => [f.name, sha256Hex(Buffer.from(f.content, 'utf8'))]));
}

/**
 * Notes a file `zhnews import` just took in (its bytes as read): what it held is in the sidecar now, as far as its format
 * carries it, so the next export may replace it, as it may replace what it wrote itself.
 */
export function recordImport(dir: string, name: string, bytes: Uint8Array): void {
  recordHashes(dir, [[name, sha256Hex(bytes)]]);
}

function recordHashes(dir: string, hashes: ReadonlyArray<[string, string]>): void {
  if (!hashes.length) return;
  const record = readRecord(dir);
  for (const [name, hash] of hashes) record.written[name] = hash;
  try {
    writeFileAtomic(join(dir, EXPORT_RECORD), JSON.stringify(record, null, 2) + '\n');
  } catch {
    /* see above */
  }
}
