import { test } from 'node:test';
import { runIntegrationSuite, SUITE_TIMEOUT_MS } from './run-suite';

test('integration suite in code-server', { timeout: SUITE_TIMEOUT_MS + 120_000 }, (t) => runIntegrationSuite(t, { name: 'vscode-suite' }));
