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

  set(doc: TextDocument, text: string, annotations: Annotation[]): void {
    this.states.set(doc.uri, { version: doc.version, text, annotations });
  }

  get(uri: string): DocumentState | undefined {
    return this.states.get(uri);
  }

  delete(uri: string): void {
    this.states.delete(uri);
  }
}
