import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../../src/core/types';

/** Helpers for the integration suite; they run inside the extension host with the real vscode API. */

export const EXTENSION_ID = 'zh-news.zh-news-annotator';

/** What the extension's activate() returns (kept here so the suite states what it relies on). */
export interface ZhNewsApi {
  getAnnotations(uri: vscode.Uri): Annotation[] | undefined;
  waitForAnnotations(uri: vscode.Uri, timeoutMs?: number): Promise<Annotation[]>;
  skipped(uri: vscode.Uri): { reason: 'tooLarge' | 'binary'; told: boolean } | undefined;
  decorated(editor: vscode.TextEditor): { from: number; to: number; ranges: number } | undefined;
}

/** Generous: the first request waits for the language server to start and load jieba on a busy machine. */
export const ANNOTATION_TIMEOUT_MS = 45_000;

export function workspaceDir(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite needs a workspace folder holding the fixtures (seed-article.txt, empty.txt)');
  return folder.uri;
}

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceDir(), name);
}

/** Writes a file into the workspace folder (fresh for each run) and returns its URI. */
export async function writeFixture(name: string, text: string): Promise<vscode.Uri> {
  const uri = fixture(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function poll<T>(what: string, timeoutMs: number, f: () => T | undefined | Promise<T | undefined>, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await f();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The extension's API once it is active (opening a plaintext file is what activates it). */
export async function api(): Promise<ZhNewsApi> {
  const ext = vscode.extensions.getExtension<ZhNewsApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  await poll('the extension to activate', 30_000, () => (ext.isActive ? true : undefined));
  const zh = ext.exports;
  assert.equal(typeof zh?.waitForAnnotations, 'function', 'activate() must return { waitForAnnotations, getAnnotations }');
  assert.equal(typeof zh?.getAnnotations, 'function', 'activate() must return { waitForAnnotations, getAnnotations }');
  return zh;
}

/** Opens a file and waits for the annotations of its current version. */
export async function annotate(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; annotations: Annotation[] }> {
  const editor = await open(uri);
  const a = await api();
  const annotations = await a.waitForAnnotations(uri, ANNOTATION_TIMEOUT_MS);
  return { editor, annotations };
}

export function textOf(doc: vscode.TextDocument, a: Pick<Annotation, 'start' | 'end'>): string {
  return doc.getText(new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
}

/** The TERM annotation covering exactly the first occurrence of `surface` in the document, if there is one. */
export function termOn(doc: vscode.TextDocument, annotations: readonly Annotation[] | undefined, surface: string): Annotation | undefined {
  const start = doc.getText().indexOf(surface);
  return annotations?.find((a) => a.label === 'TERM' && a.start === start && a.end === start + surface.length);
}

/** The annotation covering exactly the first occurrence of `surface` in the document. */
export function spanAt(doc: vscode.TextDocument, annotations: Annotation[], surface: string, label: Annotation['label']): Annotation {
  const start = doc.getText().indexOf(surface);
  assert.ok(start >= 0, `"${surface}" is not in ${doc.uri.path}`);
  const hit = annotations.find((a) => a.label === label && a.start === start && a.end === start + surface.length);
  const near = annotations.filter((a) => a.end > start && a.start < start + surface.length);
  assert.ok(hit, `no ${label} annotation on "${surface}" [${start}, ${start + surface.length}); overlapping: ${JSON.stringify(near)}`);
  return hit;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/**
 * The hover text at a position, retried until it contains every expected piece: the server may still
 * be annotating the newest version when the first request arrives.
 */
export async function hoverAt(uri: vscode.Uri, position: vscode.Position, expected: string[], timeoutMs = 20_000): Promise<string> {
  let last = '';
  try {
    return await poll(`a hover containing ${expected.join(', ')}`, timeoutMs, async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      last = hoverText(hovers ?? []);
      return expected.every((e) => last.includes(e)) ? last : undefined;
    }, 250);
  } catch (e) {
    throw new Error(`${(e as Error).message}; last hover text: ${JSON.stringify(last)}`);
  }
}

/** Reverts edited documents first: closing a dirty editor would open a modal save dialog and hang the run. */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
