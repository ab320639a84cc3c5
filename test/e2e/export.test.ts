import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { seedArticlePath } from '../support/paths';
import { eventually, pickQuickItem, runCommand, startUiSession, statusCounts, UiSession } from '../support/ui-session';
import { openFile, SEL } from '../support/workbench';

/**
 * Issue 6 from the command palette: “Export annotations as…” → json writes the sidecar beside the
 * article ($schema, the file's sha256, annotations whose quotes are the text at their offsets), → brat
 * writes .ann, annotation.conf and visual.conf whose T lines slice to their text in code points and
 * match the sidecar one for one. A second article starts with 𠮷 and an emoji, so code points and
 * UTF-16 units differ there.
 */

interface SidecarFile {
  $schema: string;
  formatVersion: number;
  document: { path: string; sha256: string; length: { utf16: number; codePoints: number } };
  annotations: Array<{
    label: string;
    start: number;
    end: number;
    startCodePoint: number;
    endCodePoint: number;
    status: string;
    quote: { exact: string };
  }>;
}

interface TLine {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
}

function tLines(ann: string): TLine[] {
  const out: TLine[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [id, typeAndSpan, text] = line.split('\t');
    const m = /^(\S+) (\d+) (\d+)$/.exec(typeAndSpan ?? '');
    assert.ok(m, `a T line without “LABEL start end” (discontinuous spans are not expected): ${JSON.stringify(line)}`);
    out.push({ id, label: m[1], start: Number(m[2]), end: Number(m[3]), text });
  }
  return out;
}

async function exportAs(s: UiSession, format: string, expectFile: string): Promise<void> {
  const before = fs.existsSync(expectFile) ? fs.statSync(expectFile).mtimeMs : -1;
  await runCommand(s.page, 'Export annotations as…');
  await pickQuickItem(s.page, format);
  // The export waits for the document's annotations, which a second article opened a moment before may
  // still be computing on a busy machine (CI's shared cores): a minute, not the default 20 s.
  await eventually(
    s.page,
    `${path.basename(expectFile)} to be written`,
    () => (fs.existsSync(expectFile) && fs.statSync(expectFile).mtimeMs !== before ? true : undefined),
    60_000,
  );
}

async function waitForAnnotations(s: UiSession): Promise<void> {
  await eventually(s.page, 'the status bar to count annotations', async () => {
    const c = await statusCounts(s.page);
    return Object.values(c).some((n) => n > 0) ? true : undefined;
  }, 90_000);
}

test('UI: “Export annotations as…” json and brat write the files beside the article', { timeout: 300_000 }, async (t) => {
  const seed = fs.readFileSync(seedArticlePath(), 'utf8');
  // Astral characters ahead of everything: every code-point offset differs from its UTF-16 offset.
  const astral = `𠮷野家😀新闻\n\n${seed}`;
  let s: UiSession | undefined;
  try {
    s = await startUiSession(t);
    const { page } = s;
    // The second article goes into the same workspace folder the session opened.
    fs.writeFileSync(path.join(s.ws.folder, 'astral-article.txt'), astral);
    const text = fs.readFileSync(s.article, 'utf8');
    await waitForAnnotations(s);
    s.stamp('annotated');

    // json: the sidecar.
    const sidecarFile = path.join(s.ws.folder, 'seed-article.annotations.json');
    await exportAs(s, 'json', sidecarFile);
    const sidecar = JSON.parse(fs.readFileSync(sidecarFile, 'utf8')) as SidecarFile;
    assert.match(sidecar.$schema, /annotations\.schema\.json$/);
    assert.equal(typeof sidecar.formatVersion, 'number');
    assert.equal(sidecar.document.path, 'seed-article.txt');
    assert.equal(sidecar.document.sha256, createHash('sha256').update(fs.readFileSync(s.article)).digest('hex'), 'document.sha256 is the file’s hash');
    assert.equal(sidecar.document.length.utf16, text.length);
    assert.ok(sidecar.annotations.length > 0, 'the sidecar has no annotations');
    for (const a of sidecar.annotations) {
      assert.equal(text.slice(a.start, a.end), a.quote.exact, `quote of ${a.label} at ${a.start}`);
      assert.equal(a.startCodePoint, Array.from(text.slice(0, a.start)).length);
    }
    const labels = new Set(sidecar.annotations.map((a) => a.label));
    for (const l of ['PER', 'ORG', 'LOC', 'NUM', 'TERM']) assert.ok(labels.has(l), `no ${l} in the sidecar (labels: ${[...labels].join(', ')})`);
    s.stamp('json exported');

    // brat, beside the same article: one T line per sidecar annotation, same label and span.
    const annFile = path.join(s.ws.folder, 'seed-article.ann');
    await exportAs(s, 'brat', annFile);
    for (const f of ['annotation.conf', 'visual.conf']) assert.ok(fs.existsSync(path.join(s.ws.folder, f)), `brat export wrote no ${f}`);
    const ts = tLines(fs.readFileSync(annFile, 'utf8'));
    const cps = Array.from(text);
    for (const tl of ts) assert.equal(cps.slice(tl.start, tl.end).join(''), tl.text, `${tl.id} slices to its text in code points`);
    const key = (l: string, a: number, b: number) => `${l} ${a} ${b}`;
    assert.deepEqual(
      ts.map((x) => key(x.label, x.start, x.end)).sort(),
      sidecar.annotations.filter((a) => a.status !== 'rejected').map((a) => key(a.label, a.startCodePoint, a.endCodePoint)).sort(),
      'the .ann T lines are the sidecar’s annotations',
    );
    const toast = await page.locator(SEL.toasts).allInnerTexts();
    t.diagnostic(`seed-article: ${ts.length} T lines; notification: ${toast.join(' | ').replace(/\s+/g, ' ').slice(0, 160)}`);
    s.stamp('brat exported');

    // brat on the astral article: code points, not UTF-16 units.
    await openFile(page, 'astral-article.txt', '发展新质生产力');
    await waitForAnnotations(s);
    const astralAnn = path.join(s.ws.folder, 'astral-article.ann');
    await exportAs(s, 'brat', astralAnn);
    const ats = tLines(fs.readFileSync(astralAnn, 'utf8'));
    assert.ok(ats.length > 0, 'no T lines for the astral article');
    const acps = Array.from(astral);
    for (const tl of ats) assert.equal(acps.slice(tl.start, tl.end).join(''), tl.text, `${tl.id} slices to its text in code points`);
    assert.ok(
      ats.some((tl) => astral.slice(tl.start, tl.end) !== tl.text),
      'every T line also slices right in UTF-16 units: the astral characters did not shift anything',
    );
    await s.shot('export-notification');
    s.stamp('astral brat exported');
  } catch (e) {
    await s?.shot('export-failure').catch(() => undefined);
    throw e;
  } finally {
    await s?.close('export');
  }
});
