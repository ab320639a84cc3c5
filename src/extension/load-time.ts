import { performance } from 'node:perf_hooks';

/**
 * When the extension's bundle started to load: extension.ts imports this module first, so its top
 * level runs before the other modules' (vscode-languageclient and the rest), and activation can be
 * timed from the start of loading, not only from the call of activate().
 */
export const LOAD_START = performance.timeOrigin + performance.now();
