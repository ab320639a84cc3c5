import type { Page } from 'playwright-core';

/**
 * Driving the VS Code 1.100 workbench in a page like a person does. Selectors from
 * ../shared/VSCODE-TESTING.md. Code that runs in the page is passed as strings: the test build has
 * no DOM typings (src/core must not get them).
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface DecorationBox extends Box {
  background: string;
  className: string;
}

export const SEL = {
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInputRow: '.quick-input-widget .monaco-list-row',
  viewLines: '.editor-instance .monaco-editor .view-lines',
  decorations: '.editor-instance .monaco-editor .view-overlays div.cdr',
  hover: '.monaco-hover',
  toasts: '.notifications-toasts .notification-toast',
};

export async function waitForWorkbench(page: Page, timeoutMs = 120_000): Promise<void> {
  await page.locator(SEL.explorerRow).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Ctrl+P, the file's name, Enter; retried because the first key press can reach a workbench still starting. */
export async function openFile(page: Page, name: string, phrase: string, attempts = 3): Promise<void> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type(name);
      await page.locator(SEL.quickInputRow, { hasText: name }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator(SEL.viewLines, { hasText: phrase }).first().waitFor({ state: 'visible', timeout: 30_000 });
      return;
    } catch (e) {
      last = e;
    }
  }
  throw new Error(`could not open ${name} with Ctrl+P: ${String(last)}`);
}

/** vs, vs-dark, hc-black or hc-light: the key into a colour's `defaults` in package.json. */
export async function themeKind(page: Page): Promise<'light' | 'dark' | 'highContrast' | 'highContrastLight'> {
  const cls = await page.evaluate<string>(`document.querySelector('.monaco-workbench')?.className ?? ''`);
  if (/\bhc-light\b/.test(cls)) return 'highContrastLight';
  if (/\bhc-black\b/.test(cls)) return 'highContrast';
  if (/\bvs-dark\b/.test(cls)) return 'dark';
  return 'light';
}

/** The value of a theme colour as the workbench resolved it (a CSS variable on the workbench element). */
export async function themeColorVariable(page: Page, id: string): Promise<string> {
  const name = `--vscode-${id.replace(/\./g, '-')}`;
  return page.evaluate<string>(`getComputedStyle(document.querySelector('.monaco-workbench')).getPropertyValue(${JSON.stringify(name)}).trim()`);
}

/** Background decorations of the visible editor, with their computed colour and box. */
export async function decorationBoxes(page: Page): Promise<DecorationBox[]> {
  return page.evaluate<DecorationBox[]>(`Array.from(document.querySelectorAll(${JSON.stringify(SEL.decorations)}))
    .map((el) => { const r = el.getBoundingClientRect();
      return { background: getComputedStyle(el).backgroundColor, className: String(el.className), x: r.x, y: r.y, w: r.width, h: r.height }; })
    .filter((d) => d.w > 0 && d.h > 0)`);
}

/** Screen boxes of every visible occurrence of `phrase` in the editor's rendered lines. */
export async function textBoxes(page: Page, phrase: string): Promise<Box[]> {
  return page.evaluate<Box[]>(`(() => {
    const phrase = ${JSON.stringify(phrase)};
    const out = [];
    for (const line of document.querySelectorAll(${JSON.stringify(SEL.viewLines)} + ' .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = []; let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
      // The editor renders spaces as non-breaking spaces.
      text = text.replace(/\\u00a0/g, ' ');
      const at = (i) => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= i) return [nodes[k][0], i - nodes[k][1]]; };
      for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
        const range = document.createRange();
        const [sn, so] = at(i); const [en, eo] = at(i + phrase.length - 1);
        range.setStart(sn, so); range.setEnd(en, eo + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0) out.push({ x: r.x, y: r.y, w: r.width, h: r.height });
      }
    }
    return out;
  })()`);
}

/** #rgb, #rgba, #rrggbb, #rrggbbaa or rgb()/rgba() → components with alpha in [0, 1]. */
export function parseColor(s: string): Rgba | undefined {
  const t = s.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(t);
  if (m) {
    let h = m[1];
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(t);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a };
  }
  return undefined;
}

/** Equal up to rounding: browsers print alpha with a few decimals. */
export function sameColor(x: Rgba, y: Rgba): boolean {
  return Math.abs(x.r - y.r) <= 1 && Math.abs(x.g - y.g) <= 1 && Math.abs(x.b - y.b) <= 1 && Math.abs(x.a - y.a) <= 0.01;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Moves the mouse onto a box until a hover with all `expected` pieces shows; returns its text. */
export async function hoverUntil(page: Page, box: Box, expected: string[], attempts = 5): Promise<string> {
  let last = '';
  for (let i = 0; i < attempts; i++) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(200);
    // A little off centre on each try, in case a glyph edge or another widget is in the way.
    const dx = (i % 3) - 1;
    await page.mouse.move(box.x + box.w / 2 + dx * Math.min(4, box.w / 4), box.y + box.h / 2, { steps: 4 });
    const deadline = Date.now() + 6000;
    while (Date.now() < deadline) {
      const hovers = page.locator(`${SEL.hover}:visible`);
      const n = await hovers.count();
      last = n ? (await hovers.allInnerTexts()).join('\n') : '';
      if (expected.every((e) => last.includes(e))) return last;
      await page.waitForTimeout(200);
    }
  }
  throw new Error(`no hover showing ${expected.join(', ')} after ${attempts} tries; last hover text: ${JSON.stringify(last)}`);
}
