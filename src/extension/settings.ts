import * as vscode from 'vscode';
import { EntityLabel, ENTITY_LABELS } from '../core/types';
import { ServerSettings } from '../server/protocol';
import { trustedPaths } from './trusted-paths';

export const SECTION = 'zhNews';

export interface ExtensionSettings extends ServerSettings {
  languages: string[];
  enabledLabels: EntityLabel[];
  highlight: boolean;
  minConfidence: number;
  /** When the sidecar is written: on every save of the article, or only by command. */
  sidecarSave: 'onSave' | 'onCommand';
  /** Folder for sidecars, relative to the article ('' = beside it). */
  sidecarFolder: string;
  /** Globs of workspace glossary files. */
  glossaryGlobs: string[];
  /** Glossary files named in settings (absolute, or relative to the first workspace folder). */
  glossaryFiles: string[];
}

export function readSettings(): ExtensionSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const labels = c.get<Record<string, boolean>>('labels', {});
  return {
    debounceMs: clamp(c.get<number>('debounceMs', 120), 0, 5000),
    maxFileSize: clamp(c.get<number>('maxFileSize', 2 * 1024 * 1024), 0, Number.MAX_SAFE_INTEGER),
    locale: vscode.env.language,
    modelPath: settingPaths(c, 'modelPath')[0] ?? '',
    languages: c.get<string[]>('languages', ['plaintext', 'markdown']),
    enabledLabels: ENTITY_LABELS.filter((l) => labels[l] !== false),
    highlight: c.get<boolean>('highlight', true),
    minConfidence: clamp(c.get<number>('minConfidence', 0.3), 0, 1),
    sidecarSave: c.get<string>('sidecar.save', 'onSave') === 'onCommand' ? 'onCommand' : 'onSave',
    sidecarFolder: c.get<string>('sidecar.folder', '').trim(),
    glossaryGlobs: c.get<string[]>('glossary.globs', ['**/*.glossary.{yaml,yml}']),
    glossaryFiles: settingPaths(c, 'glossary.files'),
  };
}

/** Paths from a setting, absolute, with the restricted-mode rule of `trustedPaths` applied. */
function settingPaths(c: vscode.WorkspaceConfiguration, key: string): string[] {
  const info = c.inspect<string | string[]>(key);
  const asList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return trustedPaths(
    { user: asList(info?.globalValue), workspace: [...asList(info?.workspaceValue), ...asList(info?.workspaceFolderValue)] },
    vscode.workspace.isTrusted,
    (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
  );
}

function clamp(x: number, lo: number, hi: number): number {
  return Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo;
}
