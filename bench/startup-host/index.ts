/*
 * Runs inside the extension host of code-server (as the workbench's extensionTestsPath), started by
 * bench/startup.bench.ts: opens the seed article the way a user does — which activates the
 * extension — and records activation, the first annotations and the longest event-loop block.
 * The result goes to the file named by ZHNEWS_BENCH_OUT.
 */
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { StartTimings } from '../../src/extension/block-monitor';

const EXTENSION_ID = 'zh-news.zh-news-annotator';

interface Api {
  waitForAnnotations(uri: vscode.Uri, timeoutMs?: number): Promise<unknown[]>;
  timings?(): StartTimings;
}

const epoch = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(): Promise<void> {
  const out = process.env.ZHNEWS_BENCH_OUT;
  const result: Record<string, unknown> = {};
  // This harness shares the extension host's thread: its own probe also sees the extension's code being loaded.
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    if (!ext) throw new Error(`${EXTENSION_ID} is not loaded`);
    result.activeBeforeOpen = ext.isActive;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'seed-article.txt');
    const t0 = epoch();
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const api = await ext.activate();
    const tActive = epoch();
    const annotations = await api.waitForAnnotations(uri, 120_000);
    const tAnnotated = epoch();
    await sleep(1500); // blocks right after the first annotations (decorations, tree, status) count too
    const t = api.timings?.();
    result.openToActiveMs = tActive - t0;
    result.openToFirstAnnotationsMs = tAnnotated - t0;
    result.annotations = annotations.length;
    if (t) {
      result.activateMs = t.activateEnd !== undefined ? t.activateEnd - t.activateStart : undefined;
      result.loadAndActivateMs = t.activateEnd !== undefined ? t.activateEnd - t.loadStart : undefined;
      result.moduleLoadMs = t.activateStart - t.loadStart;
      result.loadMs = t.loadEnd !== undefined ? t.loadEnd - t.loadStart : undefined;
      result.openToActivateStartMs = t.activateStart - t0;
      result.activateStartToFirstAnnotationsMs = t.firstAnnotations !== undefined ? t.firstAnnotations - t.activateStart : undefined;
      result.extensionBlocks = t.blocks;
    }
    result.harnessHistogramMaxMs = histogram.max / 1e6;
  } catch (e) {
    result.error = (e as Error)?.stack ?? String(e);
  } finally {
    histogram.disable();
    if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  }
}
