import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, requireFile } from './paths';

const run = promisify(execFile);

/**
 * vsce's arguments from package.json's `package` script, with the output moved to `out`: the UI
 * test packages exactly as `npm run package` does, so a VSIX that test installs is the one users get.
 */
export function vsceArgs(packageScript: string | undefined, out: string): string[] {
  const m = /\bvsce\s+(package\b[^&|;]*)/.exec(packageScript ?? '');
  const args = m ? m[1].trim().split(/\s+/) : ['package', '--no-yarn'];
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-o' || args[i] === '--out') i++;
    else if (!args[i].startsWith('--out=')) kept.push(args[i]);
  }
  return [...kept, '-o', out];
}

/** Packages the extension (dist/ must be built) into `out`. */
export async function packageVsix(packageScript: string | undefined, out: string): Promise<string> {
  const vsce = requireFile(path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'run `npm ci` first');
  const args = vsceArgs(packageScript, out);
  try {
    await run(process.execPath, [vsce, ...args], { cwd: REPO_ROOT, timeout: 180_000, maxBuffer: 16 << 20 });
  } catch (e) {
    throw new Error(`packaging the VSIX as \`npm run package\` does failed (vsce ${args.join(' ')}):\n${(e as Error).message}`);
  }
  return out;
}
