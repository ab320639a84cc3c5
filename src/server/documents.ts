import { TextDocument } from 'vscode-languageserver-textdocument';
import { Annotation } from '../core/types';

/** The latest annotations the server computed for each open document. */
export interface DocumentState {
  version: number;
  text: string;
  annotations: Annotation[];
}

export class AnnotationCache {
  private readonly states = new Map<string, DocumentState>();

  /** `annotations` may be a function: the full list is then built at the first request that reads it. */
  set(doc: TextDocument, text: string, annotations: Annotation[] | (() => Annotation[])): void {
    if (Array.isArray(annotations)) return void this.states.set(doc.uri, { version: doc.version, text, annotations });
    let list: Annotation[] | undefined;
    this.states.set(doc.uri, {
      version: doc.version,
      text,
      get annotations() {
        return (list ??= annotations());
      },
    });
  }

  get(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }
}
