// The part of js-yaml 4 the glossary fast path uses (the package ships no types).
declare module 'js-yaml' {
  export interface LoaderState {
    position: number;
  }
  export interface LoadOptions {
    filename?: string;
    schema?: unknown;
    json?: boolean;
    listener?: (event: 'open' | 'close', state: LoaderState) => void;
  }
  export const CORE_SCHEMA: unknown;
  export function load(text: string, options?: LoadOptions): unknown;
}
