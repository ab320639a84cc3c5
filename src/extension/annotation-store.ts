import * as vscode from 'vscode';
import { Annotation } from '../core/types';
import { AnnotationsParams } from '../server/protocol';

export interface DocumentAnnotations {
  version: number;
  annotations: Annotation[];
  skipped?: AnnotationsParams['skipped'];
  engineMs: number;
}

/** The latest annotations per document, as the language server reported them. */
export class AnnotationStore implements vscode.Disposable {
  private readonly byUri = new Map<string, DocumentAnnotations>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  update(p: AnnotationsParams): void {
    this.byUri.set(p.uri, { version: p.version, annotations: p.annotations, skipped: p.skipped, engineMs: p.engineMs });
    this.changed.fire(vscode.Uri.parse(p.uri));
  }

  get(uri: vscode.Uri): DocumentAnnotations | undefined {
    return this.byUri.get(uri.toString());
  }

  delete(uri: vscode.Uri): void {
    this.byUri.delete(uri.toString());
  }

  /** Resolves with the annotations of the document's current version once they arrive. */
  waitFor(uri: vscode.Uri, timeoutMs = 30000): Promise<Annotation[]> {
    const current = () => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const state = this.get(uri);
      return state && (!doc || state.version === doc.version) ? state.annotations : undefined;
    };
    const now = current();
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`no annotations for ${uri.toString()} within ${timeoutMs} ms`));
      }, timeoutMs);
      const sub = this.onDidChange((u) => {
        if (u.toString() !== uri.toString()) return;
        const a = current();
        if (a) {
          clearTimeout(timer);
          sub.dispose();
          resolve(a);
        }
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
