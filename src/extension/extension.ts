import { LOAD_START } from './load-time'; // first: it timestamps the start of loading
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Annotation } from '../core/types';
import { ANNOTATIONS_NOTIFICATION, AnnotationsParams, RESEND_NOTIFICATION, SETTINGS_NOTIFICATION } from '../server/protocol';
import { AnnotationStore } from './annotation-store';
import { BlockMonitor, epochMs, HostProfiler, StartTimings } from './block-monitor';
import { createClient } from './client';
import { registerAddToGlossary } from './commands/add-to-glossary';
import { registerAnnotateNow } from './commands/annotate-now';
import { registerDecisionCommands } from './commands/decide';
import { registerExport } from './commands/export-annotations';
import { registerFilterTree } from './commands/filter-tree';
import { registerMarkCommands } from './commands/mark';
import { registerOpenGlossaryEntry } from './commands/open-glossary-entry';
import { registerOpenSample } from './commands/open-sample';
import { registerOrphanCommands } from './commands/orphans';
import { registerToggleHighlights } from './commands/toggle-highlights';
import { DecisionService } from './decision-service';
import { Decorations } from './decorations';
import { EntityTree, registerReveal, TREE_VIEW_ID } from './entity-tree';
import { GlossarySync } from './glossary-sync';
import { AnnotationHoverProvider } from './hover';
import { ExtensionSettings, readSettings, SECTION } from './settings';
import { SidecarSync } from './sidecar-sync';
import { notifyTooLarge, toldTooLarge } from './size-notice';
import { StatusBar } from './status-bar';

/** What the extension exports to other extensions and to its integration tests. */
export interface ZhNewsApi {
  getAnnotations(uri: vscode.Uri): Annotation[] | undefined;
  waitForAnnotations(uri: vscode.Uri, timeoutMs?: number): Promise<Annotation[]>;
  /** Why the current version of a document was not annotated, and whether the user was told; undefined when it was annotated. */
  skipped(uri: vscode.Uri): { reason: 'tooLarge' | 'binary'; told: boolean } | undefined;
  /** Start-up timestamps, and event-loop blocks when ZHNEWS_MEASURE_BLOCKS=1 (the benchmark). */
  timings(): StartTimings;
}

let client: LanguageClient | undefined;
let flushSidecars: (() => Promise<void>) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ZhNewsApi> {
  const timings: StartTimings = { loadStart: LOAD_START, activateStart: epochMs() };
  const blocks = process.env.ZHNEWS_MEASURE_BLOCKS === '1' ? new BlockMonitor() : undefined;
  if (blocks) context.subscriptions.push(blocks);
  const profiler = blocks && process.env.ZHNEWS_PROFILE_DIR ? new HostProfiler(process.env.ZHNEWS_PROFILE_DIR) : undefined;
  let settings = readSettings();
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const decorations = new Decorations(store);
  const tree = new EntityTree(store);
  const status = new StatusBar(store, () => decorations.current.enabled);
  const applySettings = (s: ExtensionSettings) =>
    decorations.configure({ enabled: s.highlight, labels: s.enabledLabels, minConfidence: s.minConfidence });
  applySettings(settings);
  client = createClient(context, settings);
  const lc = client;
  const glossarySync = new GlossarySync(lc);
  const sidecars = new SidecarSync(store, decisions, String(context.extension.packageJSON.version ?? '0.0.0'));
  flushSidecars = () => sidecars.flushAll();
  const isArticle = (d: vscode.TextDocument) => settings.languages.includes(d.languageId) && d.uri.scheme === 'file';
  const selector = () => settings.languages.map((language) => ({ language }));
  const updateContext = () => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'zhNews.active', !!doc && settings.languages.includes(doc.languageId));
  };
  updateContext();

  context.subscriptions.push(
    store,
    decisions,
    decorations,
    tree,
    status,
    lc,
    vscode.window.registerTreeDataProvider(TREE_VIEW_ID, tree),
    vscode.languages.registerHoverProvider(selector(), new AnnotationHoverProvider(store, lc, () => decorations.current)),
    registerAnnotateNow(lc),
    registerToggleHighlights(decorations, () => status.update()),
    ...registerMarkCommands(decisions),
    ...registerDecisionCommands(store, decisions),
    ...registerOrphanCommands(decisions),
    registerFilterTree(tree),
    registerReveal(),
    registerOpenSample(context),
    registerOpenGlossaryEntry(lc),
    registerAddToGlossary(glossarySync),
    glossarySync,
    sidecars,
    registerExport(sidecars),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (isArticle(d)) sidecars.load(d);
    }),
    store.onDidChange((uri) => {
      decorations.refreshUri(uri);
      status.update();
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) tree.refresh();
      if (store.get(uri)?.skipped === 'tooLarge') notifyTooLarge(uri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => store.applyEdit(e)),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refreshAll()),
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.update();
      tree.refresh();
      updateContext();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => void sidecars.flush(d).finally(() => store.delete(d.uri))),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // Workspace paths to models and glossaries outside the workspace become usable.
      settings = readSettings();
      void lc.sendNotification(SETTINGS_NOTIFICATION, { modelPath: settings.modelPath });
      glossarySync.refreshSoon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      settings = readSettings();
      applySettings(settings);
      updateContext();
      void lc.sendNotification(SETTINGS_NOTIFICATION, { debounceMs: settings.debounceMs, maxFileSize: settings.maxFileSize, modelPath: settings.modelPath });
      if (e.affectsConfiguration(`${SECTION}.glossary`)) glossarySync.refreshSoon();
    }),
  );
  for (const d of vscode.workspace.textDocuments) if (isArticle(d)) sidecars.load(d);
  lc.onNotification(ANNOTATIONS_NOTIFICATION, (p: AnnotationsParams) => {
    const t = epochMs();
    if (timings.firstAnnotations === undefined && profiler) setTimeout(() => profiler.stop(), 2000);
    timings.firstAnnotations ??= t;
    // Listeners of the store (decorations, tree, status bar) run inside updateAuto: this is all our work per notification.
    if (!store.updateAuto(p)) void lc.sendNotification(RESEND_NOTIFICATION, { uri: p.uri });
    blocks?.own('annotations', epochMs() - t);
  });
  // start() returns at once; the server loads its dictionary in its own process.
  void lc.start().then(() => glossarySync.refresh()).catch((e: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('Chinese News Annotator could not start its engine: {0}', String(e)));
  });
  timings.activateEnd = epochMs();
  blocks?.own('activate', timings.activateEnd - timings.activateStart);
  return {
    getAnnotations: (uri) => store.get(uri)?.annotations,
    waitForAnnotations: (uri, timeoutMs) => store.waitFor(uri, timeoutMs),
    skipped: (uri) => {
      const reason = store.get(uri)?.skipped;
      return reason ? { reason, told: reason === 'tooLarge' && toldTooLarge(uri) } : undefined;
    },
    timings: () => ({ ...timings, blocks: blocks?.report() }),
  };
}

export async function deactivate(): Promise<void> {
  await flushSidecars?.().catch(() => undefined);
  await client?.stop();
  client = undefined;
}
