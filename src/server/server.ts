import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  MarkupKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createCliAnnotator } from '../cli/engine';
import { Annotator } from '../core/annotate';
import { AnnotationCache } from './documents';
import { hoverMarkdown } from './hover';
import {
  ANNOTATE_NOW_REQUEST,
  ANNOTATIONS_NOTIFICATION,
  AnnotateNowParams,
  AnnotationsParams,
  DEFAULT_SETTINGS,
  ServerSettings,
  SETTINGS_NOTIFICATION,
} from './protocol';

/**
 * The language server: owns nodejieba and the recognisers, so their load time, memory and any
 * native crash stay out of the extension host. It annotates open documents after a debounce and
 * pushes the result to the client; only paragraphs whose text changed are recomputed (the
 * Annotator caches paragraphs by text).
 */
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnnotationCache();
const timers = new Map<string, NodeJS.Timeout>();
/** Documents above the size limit that the user asked to annotate anyway. */
const forced = new Set<string>();
let settings: ServerSettings = { ...DEFAULT_SETTINGS };
let annotator: Annotator | undefined;

function engine(): Annotator {
  annotator ??= createCliAnnotator();
  return annotator;
}

connection.onInitialize((params) => {
  const init = (params.initializationOptions ?? {}) as Partial<ServerSettings>;
  settings = { ...DEFAULT_SETTINGS, locale: params.locale ?? DEFAULT_SETTINGS.locale, ...init };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
    },
  };
});

connection.onNotification(SETTINGS_NOTIFICATION, (next: Partial<ServerSettings>) => {
  settings = { ...settings, ...next };
  for (const doc of documents.all()) schedule(doc, 0);
});

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
  const t0 = performance.now();
  let params: AnnotationsParams;
  if (text.length > settings.maxFileSize && !forced.has(uri)) {
    params = { uri, version: doc.version, annotations: [], skipped: 'tooLarge', engineMs: 0 };
  } else {
    const annotations = engine().annotate(text);
    cache.set(doc, text, annotations);
    params = { uri, version: doc.version, annotations, engineMs: performance.now() - t0 };
  }
  void connection.sendNotification(ANNOTATIONS_NOTIFICATION, params);
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  cache.delete(e.document.uri);
  forced.delete(e.document.uri);
});

connection.onRequest(ANNOTATE_NOW_REQUEST, (p: AnnotateNowParams) => {
  forced.add(p.uri);
  annotateAndPublish(p.uri);
  return true;
});

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
