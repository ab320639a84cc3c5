import { LOAD_MARK, LOAD_START } from './load-time'; // first: it timestamps the start of loading
import * as vscode from 'vscode';
import { Annotation } from '../core/types';
import {
  ANNOTATIONS_NOTIFICATION,
  AnnotationsParams,
  NUMBER_READING_REQUEST,
  NumberReadingParams,
  NumberReadingResult,
  RESEND_NOTIFICATION,
  SETTINGS_NOTIFICATION,
} from '../server/protocol';
import { AnnotationStore } from './annotation-store';
import { epochMs, mark, measure, MONITOR, PROFILER, StartTimings } from './block-monitor';
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
import { Decorations, isShown } from './decorations';
import { Engine } from './engine';
import { EntityTree, TREE_VIEW_ID, warmUpTree } from './entity-tree';
import { registerReveal } from './commands/reveal-mention';
import { registerSaveAnnotations } from './commands/save-annotations';
import { GlossarySync } from './glossary-sync';
import { AnnotationHoverProvider } from './hover';
import { ExtensionSettings, readSettings, SECTION } from './settings';
import { SidecarSync } from './sidecar-sync';
import { notifyTooLarge, toldTooLarge } from './size-notice';
import { StatusBar } from './status-bar';
import { inTurn } from './turns';

/** What the extension exports to other extensions and to its integration tests. */
export interface ZhNewsApi {
  getAnnotations(uri: vscode.Uri): Annotation[] | undefined;
  waitForAnnotations(uri: vscode.Uri, timeoutMs?: number): Promise<Annotation[]>;
  /** Why the current version of a document was not annotated, and whether the user was told; undefined when it was annotated. */
  skipped(uri: vscode.Uri): { reason: 'tooLarge' | 'binary'; told: boolean } | undefined;
  /** Start-up timestamps, and event-loop blocks when ZHNEWS_MEASURE_BLOCKS=1 (the benchmark). */
  timings(): StartTimings;
  /** What a visible editor was last decorated with: the text offsets covered and the number of ranges. */
  decorated(editor: vscode.TextEditor): { from: number; to: number; ranges: number } | undefined;
}

let engine: Engine | undefined;
let flushSidecars: (() => Promise<void>) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ZhNewsApi> {
  const activateMark = mark();
  const timings: StartTimings = { loadStart: LOAD_START, loadEnd: LOAD_END, activateStart: epochMs() };
  if (MONITOR) context.subscriptions.push(MONITOR);
  const profiler = PROFILER;
  // Read once here and again on every change of configuration: each read makes the host merge the
  // configuration (several ms in the start-up profile), and the sidecar and glossary code read it per call.
  let settings = readSettings();
  const current = () => settings;
  const store = new AnnotationStore();
  const decisions = new DecisionService(store);
  const decorations = new Decorations(store);
  const shown = (a: Annotation) => isShown(a, decorations.current);
  const tree = new EntityTree(store, shown);
  const status = new StatusBar(store, () => decorations.current.enabled, shown);
  const applySettings = (s: ExtensionSettings) =>
    decorations.configure({ enabled: s.highlight, labels: s.enabledLabels, minConfidence: s.minConfidence });
  applySettings(settings);
  // The language client loads and starts after activation, a step per turn of the event loop.
  const lc = new Engine(context, () => settings, (client) =>
    client.onNotification(ANNOTATIONS_NOTIFICATION, (p: AnnotationsParams) => {
      const start = mark();
      if (timings.firstAnnotations === undefined && profiler) setTimeout(() => profiler.stop(), 1000);
      timings.firstAnnotations ??= epochMs();
      // Listeners of the store (decorations, tree, status bar) run inside updateAuto: this is all our work per notification.
      if (!store.updateAuto(p)) client.sendNotification(RESEND_NOTIFICATION, { uri: p.uri }).catch(() => undefined);
      MONITOR?.own('annotations', start);
    }),
  );
  engine = lc;
  const glossarySync = new GlossarySync(lc, current);
  const sidecars = new SidecarSync(store, decisions, String(context.extension.packageJSON.version ?? '0.0.0'), current);
  flushSidecars = () => sidecars.flushAll();
  // The languages of the start: the language client's document selector and the hover provider's are fixed when they
  // are made, so every part goes by the same list until the window reloads (the user is offered a reload on a change).
  const languages = settings.languages;
  const isArticle = (d: vscode.TextDocument) => languages.includes(d.languageId) && d.uri.scheme === 'file';
  const selector = () => languages.map((language) => ({ language }));
  const updateContext = () => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'zhNews.active', !!doc && languages.includes(doc.languageId));
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
    ...registerMarkCommands(decisions, (text) => lc.sendRequest<NumberReadingResult>(NUMBER_READING_REQUEST, { text } satisfies NumberReadingParams)),
    ...registerDecisionCommands(store, decisions, shown),
    ...registerOrphanCommands(decisions),
    registerFilterTree(tree),
    registerReveal(),
    registerOpenSample(context),
    registerOpenGlossaryEntry(lc),
    registerAddToGlossary(glossarySync),
    glossarySync,
    sidecars,
    registerExport(sidecars),
    registerSaveAnnotations(sidecars),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (isArticle(d)) measure('read sidecar', () => sidecars.load(d));
    }),
    store.onDidChange((uri) => {
      decorations.refreshUri(uri);
      status.update();
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) tree.refresh();
      if (store.get(uri)?.skipped === 'tooLarge') notifyTooLarge(uri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => store.applyEdit(e)),
    vscode.window.onDidChangeVisibleTextEditors(() => measure('decorate', () => decorations.refreshAll())),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => measure('decorate', () => decorations.visibleRangesChanged(e.textEditor))),
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.update();
      tree.refresh();
      updateContext();
    }),
    // Writes what is unsaved, then drops the document's state — unless it was opened again meanwhile
    // (a change of language mode closes and reopens it at once).
    vscode.workspace.onDidCloseTextDocument((d) => void sidecars.close(d)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      // Workspace paths to models and glossaries outside the workspace become usable.
      settings = readSettings();
      lc.sendNotification(SETTINGS_NOTIFICATION, { modelPath: settings.modelPath });
      glossarySync.refreshSoon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      settings = readSettings();
      applySettings(settings);
      // The threshold and the labels decide what the tree lists and the status bar counts too.
      tree.refresh();
      status.update();
      updateContext();
      lc.sendNotification(SETTINGS_NOTIFICATION, { debounceMs: settings.debounceMs, maxFileSize: settings.maxFileSize, modelPath: settings.modelPath });
      if (e.affectsConfiguration(`${SECTION}.glossary`)) glossarySync.refreshSoon();
      if (e.affectsConfiguration(`${SECTION}.languages`)) void offerReload();
    }),
  );
  // Sidecars of articles already open are read after activation, one per turn (synchronous file
  // reads); then the tree's collator is built, in a turn of its own too.
  const open = vscode.workspace.textDocuments.filter(isArticle);
  const loadNext = () => {
    const d = open.shift();
    if (!d) return inTurn(() => measure('tree collator', warmUpTree));
    if (!d.isClosed) measure('read sidecar', () => sidecars.load(d));
    inTurn(loadNext);
  };
  inTurn(loadNext);
  // A failed start is reported by the engine.
  void lc.ready().then(() => glossarySync.refresh()).catch(() => undefined);
  // A server restarted after a crash starts with the settings of the moment but with no glossary: send them again.
  context.subscriptions.push(lc.onDidRestart(() => void glossarySync.refresh().catch(() => undefined)));
  timings.activateEnd = epochMs();
  MONITOR?.own('activate', activateMark);
  return {
    getAnnotations: (uri) => store.get(uri)?.annotations,
    waitForAnnotations: (uri, timeoutMs) => store.waitFor(uri, timeoutMs),
    skipped: (uri) => {
      const reason = store.get(uri)?.skipped;
      return reason ? { reason, told: reason === 'tooLarge' && toldTooLarge(uri) } : undefined;
    },
    timings: () => ({ ...timings, blocks: MONITOR?.report() }),
    decorated: (editor) => decorations.decorated(editor),
  };
}

/** zhNews.languages takes effect at the next start: offer it now. */
async function offerReload(): Promise<void> {
  const reload = vscode.l10n.t('Reload Window');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('The languages annotated change when the window reloads.'), reload);
  if (choice === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
}

export async function deactivate(): Promise<void> {
  await flushSidecars?.().catch(() => undefined);
  await engine?.stop();
  engine = undefined;
}

/** When this bundle's evaluation ended: this statement runs after every import above. */
const LOAD_END = epochMs();
MONITOR?.own('load', LOAD_MARK);
