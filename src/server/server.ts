import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, MarkupKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cliModelPath, cliNameRecogniser } from '../cli/engine';
import { Annotator } from '../core/annotate';
import { glossaryCard, glossaryCardMessages } from '../core/cards/glossary-card';
import { JiebaSegmenter } from '../core/segment/jieba';
import { AnnotationCache } from './documents';
import { GlossaryService } from './glossaries';
import { hoverMarkdown } from './hover';
import { NameModels } from './name-models';
import { numberReading } from './number-reading';
import { DocumentPublisher } from './publish';
import { firstListPieces, PieceSender } from './pieces';
import { runBelowEditor } from './priority';
import {
  ANNOTATE_NOW_REQUEST,
  ANNOTATIONS_NOTIFICATION,
  AnnotateNowParams,
  AnnotationsParams,
  DEFAULT_SETTINGS,
  GLOSSARY_CHANGED_NOTIFICATION,
  GLOSSARY_ENTRY_REQUEST,
  GLOSSARY_FILES_NOTIFICATION,
  GlossaryChangedParams,
  GlossaryEntryParams,
  GlossaryEntryResult,
  GlossaryFilesParams,
  RESEND_NOTIFICATION,
  ResendParams,
  ServerSettings,
  SETTINGS_NOTIFICATION,
  TERM_CARD_REQUEST,
  NUMBER_READING_REQUEST,
  NumberReadingParams,
  NumberReadingResult,
  TermCardParams,
} from './protocol';

import { OPEN_GLOSSARY_ENTRY_COMMAND } from './server-commands';

/**
 * The language server: owns nodejieba, the name model and the glossaries, so their load time, memory
 * and any native crash stay out of the extension host. It annotates open documents after a debounce
 * and pushes the result to the client; only paragraphs whose text changed are recomputed (the
 * Annotator caches paragraphs by text).
 */
runBelowEditor();
const connection = createConnection(ProposedFeatures.all);
/** Annotations per piece of a first full list (~9 ms to decode and apply in the extension host). */
const FIRST_LIST_PIECE = 3000;
const sender = new PieceSender((p) => void connection.sendNotification(ANNOTATIONS_NOTIFICATION, p), 15);
const documents = new TextDocuments(TextDocument);
const cache = new AnnotationCache();
const timers = new Map<string, NodeJS.Timeout>();
/** Documents above the size limit that the user asked to annotate anyway. */
const forced = new Set<string>();
let settings: ServerSettings = { ...DEFAULT_SETTINGS };
let annotator: Annotator | undefined;
/** Sends each client the changes since the version it has, not every annotation again per keystroke. */
const publisher = new DocumentPublisher(() => engine());
const glossaries = new GlossaryService((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));

const nameModels = new NameModels(
  (path) => cliNameRecogniser(path),
  cliModelPath(),
  (message) => void connection.window.showWarningMessage(message),
  () => settings.locale,
);

function engine(): Annotator {
  // A model rewritten at the same path (retrained) is read again; the cost is a stat per annotation.
  if (nameModels.stale(settings.modelPath)) annotator = undefined;
  annotator ??= new Annotator({ segmenter: new JiebaSegmenter(), names: nameModels.get(settings.modelPath), terms: glossaries });
  return annotator;
}

connection.onInitialize((params) => {
  const init = (params.initializationOptions ?? {}) as Partial<ServerSettings>;
  settings = { ...DEFAULT_SETTINGS, locale: params.locale ?? DEFAULT_SETTINGS.locale, ...init };
  return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true } };
});

connection.onNotification(SETTINGS_NOTIFICATION, (next: Partial<ServerSettings>) => {
  settings = { ...settings, ...next };
  reannotateAll();
});

connection.onNotification(GLOSSARY_FILES_NOTIFICATION, (p: GlossaryFilesParams) => {
  glossaries.setFiles(p.files);
  reannotateAll();
});

connection.onNotification(GLOSSARY_CHANGED_NOTIFICATION, (p: GlossaryChangedParams) => {
  glossaries.reload(p.path);
  reannotateAll();
});

function reannotateAll(): void {
  for (const doc of documents.all()) schedule(doc, 0);
}

function schedule(doc: TextDocument, delay = settings.debounceMs): void {
  const old = timers.get(doc.uri);
  if (old) clearTimeout(old);
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      annotateAndPublish(doc.uri);
    }, delay),
  );
}

function annotateAndPublish(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  const text = doc.getText();
  let params: AnnotationsParams;
  if (text.length > settings.maxFileSize && !forced.has(uri)) {
    publisher.forget(uri);
    params = { uri, version: doc.version, annotations: [], skipped: 'tooLarge', engineMs: 0 };
  } else {
    try {
      params = publisher.publish(uri, doc.version, text);
      cache.set(doc, text, publisher.currentLater(uri));
    } catch (e) {
      // A bug on one document must not take the server down for every other one.
      publisher.forget(uri);
      connection.console.error(`annotating ${uri} failed: ${(e as Error)?.stack ?? String(e)}`);
      return;
    }
  }
  sender.enqueue(firstListPieces(params, FIRST_LIST_PIECE));
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  cache.delete(e.document.uri);
  forced.delete(e.document.uri);
  publisher.forget(e.document.uri);
  sender.drop(e.document.uri);
});

// The client could not apply a delta (it lost the version it was based on): send everything again.
connection.onNotification(RESEND_NOTIFICATION, (p: ResendParams) => {
  publisher.forget(p.uri);
  annotateAndPublish(p.uri);
});

connection.onRequest(ANNOTATE_NOW_REQUEST, (p: AnnotateNowParams) => {
  forced.add(p.uri);
  annotateAndPublish(p.uri);
  return true;
});

connection.onRequest(NUMBER_READING_REQUEST, (p: NumberReadingParams): NumberReadingResult => numberReading(p.text));

connection.onRequest(TERM_CARD_REQUEST, (p: TermCardParams): string | null => {
  const entry = glossaries.entry(p.glossaryId);
  return entry ? glossaryCard([entry], OPEN_GLOSSARY_ENTRY_COMMAND, glossaryCardMessages(p.locale)) : null;
});

connection.onRequest(GLOSSARY_ENTRY_REQUEST, (p: GlossaryEntryParams): GlossaryEntryResult | null => {
  const entry = glossaries.entry(p.id);
  return entry && glossaries.isGlossaryFile(entry.location.file)
    ? { file: entry.location.file, line: entry.location.line, col: entry.location.col }
    : null;
});

// Hovers for editors other than VS Code (whose client composes its own, with the editor's decisions).
connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  const state = cache.get(params.textDocument.uri);
  if (!doc || !state || state.version !== doc.version) return null;
  const hover = hoverMarkdown(state, doc.offsetAt(params.position), settings.locale);
  if (!hover) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.markdown },
    range: { start: doc.positionAt(hover.start), end: doc.positionAt(hover.end) },
  };
});

documents.listen(connection);
connection.listen();
