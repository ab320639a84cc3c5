import * as path from 'node:path';

/** The values of a path setting at each level, as `WorkspaceConfiguration.inspect` gives them. */
export interface PathSettingLevels {
  user: string[];
  workspace: string[];
}

/**
 * Which paths of a setting to use, absolute. In a workspace the user has not trusted, a workspace
 * setting may not point outside the workspace (it could make us load a model or glossary that the
 * workspace's author chose elsewhere on the machine); the user's own settings are always honoured.
 * Relative paths are taken from the first workspace folder. Kept free of `vscode` so it is unit-tested.
 */
export function trustedPaths(levels: PathSettingLevels, trusted: boolean, folders: readonly string[]): string[] {
  const root = folders[0];
  const resolve = (p: string) => (path.isAbsolute(p) || !root ? path.resolve(p) : path.resolve(root, p));
  const clean = (list: string[]) => list.filter((s) => typeof s === 'string' && s.trim() !== '').map(resolve);
  const user = clean(levels.user);
  let workspace = clean(levels.workspace);
  if (!trusted) workspace = workspace.filter((p) => isInside(folders, p));
  return [...workspace, ...user.filter((u) => !workspace.includes(u))];
}

/** True when `p` lies inside one of `folders` (not the folder itself, not through `..`). */
export function isInside(folders: readonly string[], p: string): boolean {
  return folders.some((f) => {
    const rel = path.relative(f, p);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}
