/** Shared by the export and import CLI tests: an in-memory IO, a folder with a hard article, the audit tests' article. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecar, Sidecar } from '../../src/core/sidecar';
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

/** The audit tests' article: one place (北京) and one person (张三). */
export const AUDIT_TEXT = '今天我在北京。见面，张三说。\n';

/** A stand-in recogniser that finds only 北京. */
export const placeOnly = (text: string): Annotation[] => [{ start: text.indexOf('北京'), end: text.indexOf('北京') + 2, label: 'LOC', confidence: 0.9, source: 'auto' }];

export function auditFolder(): string {
  return mkdtempSync(join(tmpdir(), 'zhnews-audit-'));
}

/** The sidecar at `path`, which must parse. */
export function readSidecarAt(path: string): Sidecar {
  const r = parseSidecar(readFileSync(path, 'utf8'), path);
  assert.ok(r.sidecar, JSON.stringify(r.errors));
  return r.sidecar;
}
