import * as vscode from 'vscode';
import { EntityLabel, ENTITY_LABELS } from '../core/types';
import { ServerSettings } from '../server/protocol';

export const SECTION = 'zhNews';

export interface ExtensionSettings extends ServerSettings {
  languages: string[];
  enabledLabels: EntityLabel[];
  highlight: boolean;
  minConfidence: number;
}

export function readSettings(): ExtensionSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const labels = c.get<Record<string, boolean>>('labels', {});
  return {
    debounceMs: clamp(c.get<number>('debounceMs', 120), 0, 5000),
    maxFileSize: clamp(c.get<number>('maxFileSize', 2 * 1024 * 1024), 0, Number.MAX_SAFE_INTEGER),
    locale: vscode.env.language,
    languages: c.get<string[]>('languages', ['plaintext', 'markdown']),
    enabledLabels: ENTITY_LABELS.filter((l) => labels[l] !== false),
    highlight: c.get<boolean>('highlight', true),
    minConfidence: clamp(c.get<number>('minConfidence', 0.3), 0, 1),
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;
}
