import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * The integration suite's entry point in the shape @vscode/test-electron expects: the extension host
 * loads this module (extensionTestsPath) and awaits run(). It runs mocha over the *.itest.js files
 * next to it — not *.test.js, which node --test would pick up outside VS Code.
 *
 * When ZHNEWS_TEST_RESULTS names a file, each test's title, state and error are written there as
 * JSON after every test, so a runner outside the editor can report them by name even after a hang.
 */

export interface SuiteTestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string };
}

export interface SuiteResults {
  done: boolean;
  passed: number;
  failed: number;
  pending: number;
  tests: SuiteTestResult[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    // The language server loads jieba's dictionary on first use; a loaded 2-core CI box is slow.
    timeout: Number(process.env.ZHNEWS_MOCHA_TIMEOUT_MS ?? 60_000),
    grep: process.env.ZHNEWS_MOCHA_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.itest.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const out = process.env.ZHNEWS_TEST_RESULTS;
  const results: SuiteResults = { done: false, passed: 0, failed: 0, pending: 0, tests: [] };
  const save = () => {
    if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  };
  save();

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        results.done = true;
        save();
        if (failures > 0) reject(new Error(`${failures} of ${results.tests.length} integration tests failed.`));
        else resolve();
      });
      runner.on('pass', (t) => {
        results.passed++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'passed', durationMs: t.duration });
        save();
      });
      runner.on('fail', (t, err: Error) => {
        results.failed++;
        // A failing hook has no test of its own; its title says which hook.
        results.tests.push({
          title: t.title,
          fullTitle: t.fullTitle(),
          state: 'failed',
          durationMs: t.duration,
          error: { message: String(err?.message ?? err), stack: err?.stack },
        });
        save();
      });
      runner.on('pending', (t) => {
        results.pending++;
        results.tests.push({ title: t.title, fullTitle: t.fullTitle(), state: 'pending' });
        save();
      });
    } catch (e) {
      results.done = true;
      results.failed++;
      results.tests.push({ title: 'load suite', fullTitle: 'load suite', state: 'failed', error: { message: String(e), stack: (e as Error).stack } });
      save();
      reject(e);
    }
  });
}
