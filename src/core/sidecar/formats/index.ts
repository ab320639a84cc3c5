/** The export and import formats by name. */
import { exportBrat, importBrat } from './brat';
import { ExportedFile, ExportInput, FormatName, ImportOptions, ImportResult } from './common';
import { exportConll } from './conll';
import { exportDoccano, importDoccano } from './doccano';
import { exportJson, importJson } from './json';
import { exportLabelStudio, importLabelStudio } from './label-studio';
import { exportW3c, importW3c } from './w3c';

export * from './common';

export const EXPORTERS: Record<FormatName, (input: ExportInput) => ExportedFile[]> = {
  json: exportJson,
  brat: exportBrat,
  w3c: exportW3c,
  'label-studio': exportLabelStudio,
  doccano: exportDoccano,
  conll: exportConll,
};

/** Importers take the file's content and name (for located errors) and the article's text. */
export const IMPORTERS: Partial<Record<FormatName, (content: string, fileName: string, articleText: string, options?: ImportOptions) => ImportResult>> = {
  json: importJson,
  brat: importBrat,
  w3c: importW3c,
  'label-studio': importLabelStudio,
  doccano: importDoccano,
};

/** Guesses the format of a file from its name, as `zhnews import` does when --from is not given. */
export function formatOfFile(name: string): FormatName | undefined {
  const n = name.toLowerCase();
  if (n.endsWith('.ann')) return 'brat';
  if (n.endsWith('.annotations.json')) return 'json';
  if (n.endsWith('.jsonld') || n.endsWith('.w3c.json')) return 'w3c';
  if (n.endsWith('.label-studio.json')) return 'label-studio';
  if (n.endsWith('.jsonl')) return 'doccano';
  if (n.endsWith('.conll')) return 'conll';
  return undefined;
}

export { exportBrat, importBrat, annotationConf, visualConf, sameBratAnnotations, annReplaceable } from './brat';
export { exportW3c, importW3c } from './w3c';
export { exportLabelStudio, importLabelStudio, labelConfig } from './label-studio';
export { exportDoccano, importDoccano } from './doccano';
export { exportConll } from './conll';
export { exportJson, importJson } from './json';
