import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { tempDirAtExit } from './cleanup';

/** The machine's Chromium (playwright-core downloads no browser); ZHNEWS_CHROMIUM overrides it. */
export function chromiumPath(): string {
  const candidates = process.env.ZHNEWS_CHROMIUM
    ? [process.env.ZHNEWS_CHROMIUM]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) {
    throw new Error(
      `Chromium is not installed (looked for ${candidates.join(', ')}). Run \`bash scripts/setup.sh\` once ` +
        `(apt-get install chromium fonts-wqy-microhei), or set ZHNEWS_CHROMIUM to a Chromium binary.`,
    );
  }
  return found;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Browser console lines so far (mocha's output arrives here). */
  console: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, 1280×800 like a laptop screen. */
export async function launchBrowser(): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zhnews-chromium-'));
  const removeProfile = tempDirAtExit(profile);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1280, height: 800 },
      timeout: 120_000,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
  } catch (e) {
    removeProfile();
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const lines: string[] = [];
  page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));
  let closed = false;
  return {
    context,
    page,
    console: lines,
    close: async () => {
      if (closed) return;
      closed = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([context.close().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      removeProfile();
    },
  };
}
