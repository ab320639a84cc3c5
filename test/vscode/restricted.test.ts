import { test } from 'node:test';
import { runIntegrationSuite, SUITE_TIMEOUT_MS } from './run-suite';

/**
 * The restricted-mode tests of the integration suite again, in a code-server with workspace trust on
 * and the workspace untrusted (the main run has trust off, so there they check the trusted case).
 */
test('integration suite in code-server, untrusted workspace', { timeout: SUITE_TIMEOUT_MS + 120_000 }, (t) =>
  runIntegrationSuite(t, {
    name: 'vscode-restricted',
    server: { restrictedMode: true },
    env: { ZHNEWS_MOCHA_GREP: 'restricted mode', ZHNEWS_EXPECT_UNTRUSTED: '1' },
  }),
);
