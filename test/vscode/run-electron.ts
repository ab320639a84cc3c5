import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT, testResultsDir } from '../support/paths';
import { makeWorkspace } from '../support/workspace';

/**
 * `npm run test:vscode`: the same mocha suite in desktop VS Code, downloaded by @vscode/test-electron
 * (needs update.code.visualstudio.com; where that is unreachable, the code-server runner in
 * test/vscode/code-server.test.ts runs the suite instead, as part of `npm test`).
 * VSCODE_VERSION picks the editor version (default: the engines.vscode minimum, 1.100.0).
 */
async function main(): Promise<number> {
  const ws = makeWorkspace();
  const results = path.join(testResultsDir(), 'vscode-suite-electron.json');
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.0',
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [ws.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { ZHNEWS_TEST_RESULTS: results },
    });
    return 0;
  } catch (e) {
    console.error(`integration suite failed: ${(e as Error).message ?? e}`);
    if (fs.existsSync(results)) console.error(`results: ${results}`);
    return 1;
  } finally {
    ws.remove();
  }
}

void main().then((code) => process.exit(code));
