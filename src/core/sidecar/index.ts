/** The sidecar: default JSON file, other formats, re-anchoring. What the extension and the CLI use. */
export * from './model';
export * from './parse';
export * from './reanchor';
export * from './merge';
export * from './located';
export * from './formats';
