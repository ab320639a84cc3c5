/*
 * Start-up benchmark (not a test): a private code-server and headless Chromium (test/support), a
 * workspace holding the seed article, and bench/startup-host running in the extension host with
 * ZHNEWS_MEASURE_BLOCKS=1. Targets (issues 5, 7): activation ≤ 100 ms, longest block ≤ 50 ms.
 * The code-server has only the built-in extensions that run no code in the extension host, so the
 * host's longest block is this extension's (and the harness's and the host's own work for it), not
 * git's or emmet's; ZHNEWS_BENCH_BUILTINS=all measures with every built-in extension instead.
 * ZHNEWS_BENCH_ARTICLE_BYTES=1000000: the seed article repeated to that size instead of the article itself.
 *   npm run build && node bench/tmp/startup.bench.js
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, Browser } from '../test/support/browser';
import { CodeServer, startCodeServer } from '../test/support/code-server';
import { makeWorkspace } from '../test/support/workspace';
import { emit, ROOT, seedArticle, toSize } from './common';

async function main(): Promise<void> {
  const bytes = Number(process.env.ZHNEWS_BENCH_ARTICLE_BYTES ?? 0);
  const ws = makeWorkspace(bytes > 0 ? { 'seed-article.txt': toSize(seedArticle(), bytes) } : {});
  const resultFile = path.join(ws.root, 'startup.json');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let result: Record<string, unknown> = {};
  const builtins = process.env.ZHNEWS_BENCH_BUILTINS === 'all' ? 'all' : 'declarative';
  try {
    // ZHNEWS_PROFILE_DIR=dir: also a CPU profile of the extension host (start-up to first annotations + 2 s).
    const profile: Record<string, string> = process.env.ZHNEWS_PROFILE_DIR ? { ZHNEWS_PROFILE_DIR: path.resolve(process.env.ZHNEWS_PROFILE_DIR) } : {};
    server = await startCodeServer({ env: { ZHNEWS_MEASURE_BLOCKS: '1', ZHNEWS_BENCH_OUT: resultFile, ...profile }, builtinExtensions: builtins });
    browser = await launchBrowser();
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', server.remoteUri(ROOT)],
      ['extensionTestsPath', server.remoteUri(path.join(__dirname, 'startup-host'))],
    ];
    await browser.page.goto(server.workbenchUrl(ws.folder, payload), { timeout: 120_000 });
    const deadline = Date.now() + 240_000;
    while (!fs.existsSync(resultFile) && Date.now() < deadline) await sleep(250);
    result = fs.existsSync(resultFile) ? (JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Record<string, unknown>) : { error: 'no result within 240 s' };
  } catch (e) {
    result = { error: (e as Error)?.message ?? String(e) };
  } finally {
    await browser?.close();
    await server?.stop();
    ws.remove();
  }
  result.builtinExtensions = builtins;
  if (bytes > 0) result.articleBytes = bytes;
  const b = result.extensionBlocks as
    | {
        maxBlockMs?: number;
        histogramMaxMs?: number;
        maxBlockCpuMs?: number;
        maxBlockThreadMs?: number;
        blocks?: Array<[number, number, number, number, number, string]>;
        own?: Record<string, number>;
        ownCpu?: Record<string, number>;
        ownThread?: Record<string, number>;
      }
    | undefined;
  const ownLongest = (o: Record<string, number> | undefined) => Object.entries(o ?? {}).sort((x, y) => y[1] - x[1])[0];
  const longest = Math.max(b?.maxBlockMs ?? 0, b?.histogramMaxMs ?? 0, Number(result.harnessHistogramMaxMs ?? 0));
  result.longestBlockMs = Math.round(longest * 10) / 10;
  result.longestBlockCpuMs = b?.maxBlockCpuMs;
  // The host thread's own time in its longest run, and how the longest block split into running and
  // waiting for a core (the kernel's accounting of the thread; Linux).
  result.longestBlockThreadMs = b?.maxBlockThreadMs;
  const worst = [...(b?.blocks ?? [])].sort((x, y) => y[1] - x[1])[0];
  if (worst) result.longestBlockSplit = { wallMs: worst[1], ranMs: worst[3], waitedMs: worst[4], ours: worst[5] };
  result.ownLongestThread = ownLongest(b?.ownThread);
  // Our longest synchronous run (load, activate, a part of the client, a notification, the tree), wall and CPU.
  result.ownLongest = ownLongest(b?.own);
  result.ownLongestCpu = ownLongest(b?.ownCpu);
  result.loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  if (result.error) console.log(`startup: FAILED: ${String(result.error)}`);
  else
    console.log(
      `startup in code-server: activate() ${fmt(result.activateMs)} ms, open → active ${fmt(result.openToActiveMs)} ms, ` +
        `open → first annotations ${fmt(result.openToFirstAnnotationsMs)} ms, longest extension-host block ${fmt(result.longestBlockMs)} ms (CPU in it ≤ ${fmt(result.longestBlockCpuMs)} ms) ` +
        `(built-in extensions: ${builtins}); longest runs of our own code, wall/CPU ms: ` +
        Object.entries(b?.own ?? {})
          .map(([k, v]) => `${k} ${v}/${b?.ownCpu?.[k] ?? '?'}`)
          .join(', '),
    );
  emit(bytes > 0 ? { startupLarge: result } : { startup: result });
}

function fmt(x: unknown): string {
  return typeof x === 'number' ? x.toFixed(1) : 'n/a';
}

void main();
