// The stand-in for `vscode` must load before anything from src/extension.
import { answers, close, events, makeDoc, open, settle, shown, StubDocument, Uri, vscode } from './vscode-stub';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as VSCode from 'vscode';
import { Annotation } from '../../../src/core/types';
import { buildSidecar, serializeSidecar } from '../../../src/core/sidecar/model';
import { AnnotationStore } from '../../../src/extension/annotation-store';
import { DecisionService } from '../../../src/extension/decision-service';
import { SidecarSync } from '../../../src/extension/sidecar-sync';
import { ExtensionSettings } from '../../../src/extension/settings';

/*
 * The sidecar writer, the store and the decision service, run for real against a small stand-in
 * for VS Code, wired the way extension.ts wires them; shared by the sidecar sync and rename tests.
 */

export const asDoc = (d: StubDocument) => d as unknown as VSCode.TextDocument;

export function setup(over: Partial<ExtensionSettings> = {}, options: { renameWaitMs?: number } = {}) {
  vscode.workspace.textDocuments = [];
  shown.length = 0;
  answers.next = () => undefined;
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const settings = { sidecarSave: 'onSave', sidecarFolder: '', languages: ['plaintext', 'markdown'], ...over } as unknown as ExtensionSettings;
  const sync = new SidecarSync(store, decisions, '1.0.0', () => settings, options);
  const isArticle = (d: StubDocument) => settings.languages.includes(d.languageId);
  // As in extension.ts.
  const wiring = [
    events.open.event((d) => {
      if (isArticle(d)) sync.load(asDoc(d));
    }),
    events.change.event((e) => store.applyEdit(e as unknown as VSCode.TextDocumentChangeEvent)),
    events.close.event((d) => void sync.close(asDoc(d))),
  ];
  const engine = (doc: StubDocument, annotations: Annotation[]) =>
    store.updateAuto({ uri: doc.uri.toString(), version: doc.version, annotations, engineMs: 0 });
  /** The document at `path` (already on disk) shown, and the engine caught up with it, suggesting nothing. */
  const openAt = (path: string, text: string, languageId?: string): StubDocument => {
    const doc = open(makeDoc(path, text, languageId));
    engine(doc, []);
    return doc;
  };
  /** news.txt in `dir` holding `newsText`, opened, the engine caught up, and 张三 marked PER (not saved). */
  const openMarked = (dir: string): StubDocument => {
    const doc = openNews(dir, newsText);
    engine(doc, []);
    decisions.mark(asDoc(doc), { start: 2, end: 4 }, 'PER');
    return doc;
  };
  /** The quotes of the document's decisions in memory, in the store's order (undefined: none held). */
  const quotes = (doc: StubDocument): string[] | undefined => store.get(asDoc(doc).uri)?.decisions.map((d) => d.quote);
  const dispose = () => {
    for (const w of [...wiring, sync, decisions, store]) w.dispose();
  };
  return { store, decisions, sync, engine, openAt, openMarked, quotes, settings, dispose };
}

export function folder(): string {
  return mkdtempSync(join(tmpdir(), 'zhnews-sync-'));
}

/** The article most tests use: 张三 at 2–4, 李四 at 7–9, 记者 at 0–2. */
export const newsText = '记者张三报道，李四出席。';

export const auto = (start: number, end: number, label: Annotation['label']): Annotation => ({ start, end, label, source: 'auto', confidence: 0.9 });
export const manual = (start: number, end: number, label: Annotation['label']): Annotation => ({ start, end, label, source: 'manual', status: 'accepted', confidence: 1 });

/** news.txt in `dir`, written with `text` and opened. */
export function openNews(dir: string, text: string): StubDocument {
  writeFileSync(join(dir, 'news.txt'), text);
  return open(makeDoc(join(dir, 'news.txt'), text));
}

export function sidecarOf(dir: string, stem = 'news'): { path: string; annotations: string[]; orphans: number; raw: string } {
  const raw = readFileSync(join(dir, `${stem}.annotations.json`), 'utf8');
  const j = JSON.parse(raw) as { document: { path: string }; annotations: Array<{ quote: { exact: string }; status: string; label: string; source: string }>; orphans: unknown[] };
  return { path: j.document.path, annotations: j.annotations.map((a) => `${a.quote.exact}:${a.label}:${a.status}`).sort(), orphans: j.orphans.length, raw };
}

export function writeSidecar(dir: string, article: string, text: string, spans: Annotation[], patch: (j: Record<string, unknown>) => void = () => undefined): string {
  const sc = buildSidecar(text, spans, { path: article, generator: { name: 'zh-news-annotator', version: '0.0.1' } });
  const j = JSON.parse(serializeSidecar(sc)) as Record<string, unknown>;
  patch(j);
  const file = join(dir, article.replace(/\.[^.]+$/, '') + '.annotations.json');
  writeFileSync(file, JSON.stringify(j, null, 2));
  return file;
}

/**
 * A rename in the Explorer, in the steps VS Code takes: `will` (onWillRenameFiles), `move` (the files
 * move on disk), `did` (onDidRenameFiles). `moves` maps paths relative to `dir`, old to new, in order.
 */
export function explorerRename(dir: string, moves: Record<string, string>) {
  const pairs = Object.entries(moves).map(([from, to]) => [join(dir, from), join(dir, to)] as const);
  const files = pairs.map(([from, to]) => ({ oldUri: Uri.file(from), newUri: Uri.file(to) }));
  return {
    will: () => events.willRename.fire({ files, waitUntil: () => undefined }),
    move: () => {
      for (const [from, to] of pairs) renameSync(from, to);
    },
    did: () => events.didRename.fire({ files }),
  };
}

/** Renames an article on disk the way the Explorer does, with both events. */
export function renameArticle(dir: string, from: string, to: string): void {
  const rename = explorerRename(dir, { [from]: to });
  rename.will();
  rename.move();
  rename.did();
}

/**
 * Renames the open article `doc` in the Explorer: asked for, moved on disk, its editor under the old
 * name closed, then `meanwhile` (say, the editor under the new name shown before the event comes),
 * onDidRenameFiles, and a wait for what that starts.
 */
export async function renameOpenArticle(doc: StubDocument, dir: string, moves: Record<string, string>, meanwhile: () => void = () => undefined): Promise<void> {
  const rename = explorerRename(dir, moves);
  rename.will();
  rename.move();
  close(doc);
  meanwhile();
  rename.did();
  await settle(20);
}
