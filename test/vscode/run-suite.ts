import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchBrowser, Browser } from '../support/browser';
import { CodeServer, CodeServerOptions, startCodeServer } from '../support/code-server';
import { REPO_ROOT, requireFile, seedArticlePath, testResultsDir } from '../support/paths';
import { makeWorkspace } from '../support/workspace';
import type { SuiteResults } from './suite/index';

/**
 * Runs the mocha integration suite (test/vscode/suite) inside a real VS Code: a private code-server,
 * opened by headless Chromium with extensionDevelopmentPath and extensionTestsPath in the workbench's
 * `payload` (the server itself rejects those flags). Each mocha test comes back as a subtest by name.
 */

export const SUITE_TIMEOUT_MS = Number(process.env.ZHNEWS_VSCODE_TIMEOUT_MS ?? 240_000);

export interface SuiteRun {
  /** Names the log and results files in test-results/. */
  name: string;
  server?: Partial<CodeServerOptions>;
  /** Environment for the extension host (ZHNEWS_MOCHA_GREP narrows the suite). */
  env?: Record<string, string>;
}

export async function runIntegrationSuite(t: TestContext, opts: SuiteRun): Promise<void> {
  requireFile(path.join(REPO_ROOT, 'dist', 'extension.js'), 'run `npm run build` first');
  requireFile(path.join(REPO_ROOT, 'dist', 'server.js'), 'run `npm run build` first');
  const suiteIndex = requireFile(path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js'), 'run `npx tsc -p tsconfig.test.json` first');
  requireFile(seedArticlePath(), 'the seed article is read from ../shared (or $ZHNEWS_SHARED)');

  const ws = makeWorkspace();
  const resultsFile = path.join(ws.root, 'mocha-results.json');
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let exitCode: number | undefined;
  let results: SuiteResults | undefined;
  const started = Date.now();
  const waiting = new AbortController(); // ends the timers below, which would keep node alive
  try {
    server = await startCodeServer({ ...opts.server, env: { ...opts.server?.env, ...opts.env, ZHNEWS_TEST_RESULTS: resultsFile } });
    browser = await launchBrowser();
    const { page } = browser;
    const exited = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(Number(code)));
    });
    const crashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error('the browser page crashed'))));
    const payload: Array<[string, string]> = [
      ['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)],
      ['extensionTestsPath', server.remoteUri(path.dirname(suiteIndex))],
    ];
    await page.goto(server.workbenchUrl(ws.folder, payload), { timeout: 120_000 });
    exitCode = await Promise.race([
      exited,
      crashed,
      finishedOnDisk(resultsFile, waiting.signal),
      sleep(SUITE_TIMEOUT_MS, undefined, { signal: waiting.signal }),
    ]);
    results = readResults(resultsFile);
  } finally {
    waiting.abort();
    const log = [
      `exit code: ${exitCode ?? 'none (timed out)'}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
      '--- browser console ---',
      ...(browser?.console ?? []),
      '--- code-server ---',
      server?.output() ?? '',
    ].join('\n');
    fs.writeFileSync(path.join(testResultsDir(), `${opts.name}.log`), log);
    if (results) fs.writeFileSync(path.join(testResultsDir(), `${opts.name}.json`), JSON.stringify(results, null, 2));
    const closing = Date.now();
    await browser?.close();
    await server?.stop();
    ws.remove();
    t.diagnostic(`stopped browser and server in ${((Date.now() - closing) / 1000).toFixed(1)} s`);
  }

  t.diagnostic(`${opts.name}: ${results?.passed ?? 0} passed, ${results?.failed ?? 0} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of results?.tests ?? []) {
    await t.test(r.fullTitle, () => {
      if (r.state === 'pending') throw new Error('skipped in mocha: no integration test may be skipped');
      if (r.state === 'failed') {
        const e = new Error(r.error?.message ?? 'failed');
        if (r.error?.stack) e.stack = r.error.stack;
        throw e;
      }
    });
  }
  const hint = `see test-results/${opts.name}.log for the browser console and the server output`;
  assert.ok(results, `the suite wrote no results within ${SUITE_TIMEOUT_MS} ms; ${hint}`);
  assert.ok(results.done, `the suite did not finish within ${SUITE_TIMEOUT_MS} ms (${results.tests.length} tests reported); ${hint}`);
  assert.ok(results.tests.length > 0, `the suite ran no tests; ${hint}`);
  assert.equal(exitCode, 0, `the workbench reported exit code ${exitCode}; ${hint}`);
}

function readResults(file: string): SuiteResults | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults;
  } catch {
    return undefined;
  }
}

/**
 * The results file says when the suite ended; codeAutomationExit should come at the same moment, but
 * if the workbench never calls it the run need not wait for the timeout.
 */
async function finishedOnDisk(file: string, signal: AbortSignal): Promise<number> {
  for (;;) {
    const r = readResults(file);
    if (r?.done) {
      await sleep(3000, undefined, { signal }); // let codeAutomationExit win the race when it comes
      return r.failed === 0 ? 0 : 1;
    }
    await sleep(500, undefined, { signal });
  }
}
