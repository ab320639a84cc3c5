import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { Browser, launchBrowser } from '../support/browser';
import { CodeServer, startCodeServer } from '../support/code-server';
import { REPO_ROOT, requireFile, seedArticlePath, testResultsDir } from '../support/paths';
import {
  Box,
  decorationBoxes,
  DecorationBox,
  hoverUntil,
  openFile,
  overlaps,
  parseColor,
  Rgba,
  sameColor,
  SEL,
  textBoxes,
  themeColorVariable,
  themeKind,
  waitForWorkbench,
} from '../support/workbench';
import { tempDirAtExit } from '../support/cleanup';
import { packageVsix } from '../support/vsix';
import { makeWorkspace } from '../support/workspace';

/**
 * The extension as a person meets it: installed from its VSIX into a fresh code-server, the seed
 * article opened in headless Chromium, highlights of every label on screen in the colours the
 * extension declares, a number's hover with its value. Leaves screenshots in test-results/ and
 * refreshes media/screenshot.png (the README's picture) unless ZHNEWS_UPDATE_SCREENSHOT=0.
 *
 * ZHNEWS_VSIX=path uses a ready VSIX; ZHNEWS_UI_INSTALL=link symlinks the repo folder instead of
 * packaging one (quicker while developing; the VSIX path also proves the package works).
 */

const LABEL_COLORS = {
  PER: 'zhNews.perBackground',
  ORG: 'zhNews.orgBackground',
  LOC: 'zhNews.locBackground',
  NUM: 'zhNews.numBackground',
} as const;
type Label = keyof typeof LABEL_COLORS;

/** Numbers in the seed article with what their hover must say; the first one found is hovered. */
const HOVER_NUMBERS: Array<{ text: string; expected: string[] }> = [
  { text: '33亿元', expected: ['MONEY', '3300000000'] },
  { text: '2700亿元', expected: ['MONEY', '270000000000'] },
  { text: '1月20日', expected: ['DATE', '01-20'] },
];

/** Polls until background decorations appear and their number stops changing for a moment. */
async function waitForDecorations(page: Page, timeoutMs: number): Promise<DecorationBox[]> {
  const deadline = Date.now() + timeoutMs;
  let boxes: DecorationBox[] = [];
  let stableSince = 0;
  let lastCount = -1;
  while (Date.now() < deadline) {
    boxes = await decorationBoxes(page);
    if (boxes.length !== lastCount) {
      lastCount = boxes.length;
      stableSince = Date.now();
    } else if (boxes.length > 0 && Date.now() - stableSince > 1500) {
      return boxes;
    }
    await page.waitForTimeout(250);
  }
  if (boxes.length === 0) throw new Error(`no highlights within ${timeoutMs} ms`);
  return boxes;
}

interface Manifest {
  name: string;
  publisher: string;
  version: string;
  scripts?: Record<string, string>;
  contributes?: { colors?: Array<{ id: string; defaults: Record<string, string> }> };
}

/** Without a CJK font Chromium draws Chinese as boxes, and the README's picture would show them. */
function requireCjkFont(): void {
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 30_000 });
  } catch {
    // no fontconfig: treated like no font
  }
  if (!fonts.trim()) throw new Error('no Chinese font installed: run `bash scripts/setup.sh` (apt-get install fonts-wqy-microhei)');
}

test('UI: the seed article in code-server shows every label and a number hover', { timeout: 420_000 }, async (t) => {
  requireFile(path.join(REPO_ROOT, 'dist', 'extension.js'), 'run `npm run build` first');
  requireFile(seedArticlePath(), 'the seed article is read from ../shared (or $ZHNEWS_SHARED)');
  requireCjkFont();
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
  const results = testResultsDir();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhnews-ui-'));
  const removeTmp = tempDirAtExit(tmp);
  const ws = makeWorkspace();
  const stamp = (() => {
    const t0 = Date.now();
    return (what: string) => t.diagnostic(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  })();
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  try {
    const link = process.env.ZHNEWS_UI_INSTALL === 'link';
    const vsix = link
      ? undefined
      : process.env.ZHNEWS_VSIX
        ? requireFile(path.resolve(process.env.ZHNEWS_VSIX), 'ZHNEWS_VSIX names no file')
        : await packageVsix(manifest.scripts?.package, path.join(tmp, 'zh-news-annotator.vsix'));
    stamp(link ? 'linking the repo folder' : `packaged ${vsix}`);
    server = await startCodeServer({
      vsix,
      linkExtension: link ? { folder: REPO_ROOT, id: `${manifest.publisher}.${manifest.name}`, version: manifest.version } : undefined,
      // Wrapped lines put more of the article on screen, for the checks and the picture.
      settings: { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false },
    });
    if (vsix) {
      const installed = fs.readdirSync(server.extensionsDir);
      assert.ok(
        installed.some((d) => d.startsWith(`${manifest.publisher}.${manifest.name}-`)),
        `the VSIX did not install: extensions dir holds ${installed.join(', ') || 'nothing'}`,
      );
    }
    stamp('code-server up');
    browser = await launchBrowser();
    const { page } = browser;
    await page.goto(server.workbenchUrl(ws.folder), { timeout: 120_000 });
    await waitForWorkbench(page);
    stamp('workbench ready');
    await openFile(page, 'seed-article.txt', '发展新质生产力');
    stamp('seed article open');

    // Highlights: every label's colour, as package.json declares it for the active theme, on screen.
    const kind = await themeKind(page);
    const expected = {} as Record<Label, Rgba>;
    for (const [label, id] of Object.entries(LABEL_COLORS) as Array<[Label, string]>) {
      const defaults = manifest.contributes?.colors?.find((c) => c.id === id)?.defaults ?? {};
      // VS Code falls back to the light colour where no high-contrast-light one is declared.
      const declared = defaults[kind] ?? (kind === 'highContrastLight' ? defaults.light : undefined);
      const rgba = declared && parseColor(declared);
      assert.ok(rgba, `package.json contributes.colors has no ${kind} colour for ${id} (got ${declared})`);
      const resolved = await themeColorVariable(page, id);
      const resolvedRgba = parseColor(resolved);
      assert.ok(resolvedRgba && sameColor(resolvedRgba, rgba), `the workbench resolved ${id} to "${resolved}", package.json says ${declared}`);
      expected[label] = rgba;
    }
    const byLabel = (boxes: DecorationBox[]) => {
      const found = {} as Record<Label, DecorationBox[]>;
      for (const label of Object.keys(LABEL_COLORS) as Label[]) {
        found[label] = boxes.filter((b) => {
          const c = parseColor(b.background);
          return c !== undefined && sameColor(c, expected[label]);
        });
      }
      return found;
    };
    // Wait for the first highlights, then for the rest of the first render to land.
    let boxes = await waitForDecorations(page, 90_000);
    stamp('highlights on screen');
    // Every label in its colour on screen: page down through the article until each has been seen
    // (which labels the first screen holds depends on the recogniser, not on the extension).
    const seen = new Map<Label, number>();
    const colours = new Set<string>();
    for (let pageNo = 0; pageNo < 30 && seen.size < 4; pageNo++) {
      if (pageNo > 0) {
        await page.keyboard.press('PageDown');
        await page.waitForTimeout(400);
        boxes = await decorationBoxes(page);
      }
      const found = byLabel(boxes);
      for (const b of boxes) colours.add(b.background);
      for (const label of Object.keys(LABEL_COLORS) as Label[]) {
        if (found[label].length > 0 && !seen.has(label)) seen.set(label, pageNo);
      }
    }
    t.diagnostic(`theme ${kind}; first seen on page: ${[...seen].map(([l, p]) => `${l} ${p + 1}`).join(', ')}`);
    for (const label of Object.keys(LABEL_COLORS) as Label[]) {
      assert.ok(seen.has(label), `no ${label} highlight anywhere in the article (decoration colours seen: ${[...colours].join(' | ') || 'none'})`);
    }
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(600);
    await page.mouse.move(5, 5);
    await page.screenshot({ path: path.join(results, 'ui-highlights.png') });

    // Scroll a number with a known value to the middle of the screen with the mouse wheel
    // (Go to Line would leave a grey line highlight in the picture).
    const seed = fs.readFileSync(path.join(ws.folder, 'seed-article.txt'), 'utf8');
    const h = HOVER_NUMBERS.find((x) => seed.includes(x.text));
    assert.ok(h, `the seed article holds none of ${HOVER_NUMBERS.map((x) => x.text).join(', ')}`);
    const editorBox = await page.locator(SEL.viewLines).first().boundingBox();
    assert.ok(editorBox, 'the editor has no box');
    await page.mouse.move(editorBox.x + editorBox.width / 2, editorBox.y + 200);
    let numberBoxes: Box[] = [];
    for (let i = 0; i < 60; i++) {
      numberBoxes = (await textBoxes(page, h.text)).filter((b) => b.y > 150 && b.y < 650);
      if (numberBoxes.length > 0) break;
      await page.mouse.wheel(0, 250);
      await page.waitForTimeout(250);
    }
    assert.ok(numberBoxes.length > 0, `could not scroll ${h.text} onto the screen`);
    await page.waitForTimeout(300);
    numberBoxes = await textBoxes(page, h.text);
    const box = numberBoxes[0];

    // The highlight sits exactly on the number's characters: offsets survive the trip to the renderer.
    const nums = byLabel(await decorationBoxes(page)).NUM;
    const cover = nums.find((d) => overlaps(d, box) && Math.abs(d.x - box.x) <= 3 && Math.abs(d.x + d.w - (box.x + box.w)) <= 3);
    assert.ok(cover, `no NUM highlight exactly over ${h.text} at ${JSON.stringify(box)}; NUM boxes over it: ${JSON.stringify(nums.filter((d) => overlaps(d, box)))}`);

    // Hover a number and read its kind and value.
    const hoverText = await hoverUntil(page, box, h.expected);
    t.diagnostic(`hover over ${h.text}: ${hoverText.replace(/\s+/g, ' ').slice(0, 200)}`);
    stamp('hover seen');
    await page.waitForTimeout(500); // the hover fades in
    const shot = path.join(results, 'ui-hover.png');
    await page.screenshot({ path: shot });
    if (process.env.ZHNEWS_UPDATE_SCREENSHOT !== '0') {
      fs.mkdirSync(path.join(REPO_ROOT, 'media'), { recursive: true });
      fs.copyFileSync(shot, path.join(REPO_ROOT, 'media', 'screenshot.png'));
    }

    const toasts = (await page.locator(SEL.toasts).allInnerTexts()).join('\n');
    assert.doesNotMatch(toasts, /could not start|无法启动/i, `the extension reported an error: ${toasts}`);
  } catch (e) {
    await browser?.page.screenshot({ path: path.join(results, 'ui-failure.png') }).catch(() => undefined);
    throw e;
  } finally {
    fs.writeFileSync(
      path.join(results, 'ui.log'),
      ['--- browser console ---', ...(browser?.console ?? []), '--- code-server ---', server?.output() ?? ''].join('\n'),
    );
    await browser?.close();
    await server?.stop();
    ws.remove();
    removeTmp();
    stamp('stopped');
  }
});
