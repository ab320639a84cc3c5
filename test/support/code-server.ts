import { ChildProcess, execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { atExit } from './cleanup';
import { REPO_ROOT } from './paths';

/**
 * A private, throw-away code-server (VS Code 1.100.3 served to a browser) for the integration
 * suite and the UI tests: its own temp folder for config, user data, extensions and XDG dirs, so a
 * run never reads or writes the user's home and never sees another run's state.
 * See ../shared/VSCODE-TESTING.md for why each flag is there.
 */

export const CODE_SERVER_VERSION = '4.100.3';

export function codeServerBin(): string {
  const bin = process.env.ZHNEWS_CODE_SERVER ?? path.join(REPO_ROOT, '.tools', 'code-server', 'node_modules', '.bin', 'code-server');
  if (!fs.existsSync(bin)) {
    throw new Error(
      `code-server is not installed (looked for ${bin}). Run \`bash scripts/setup.sh\` once; it installs ` +
        `code-server ${CODE_SERVER_VERSION} into .tools/code-server (or set ZHNEWS_CODE_SERVER to a code-server binary).`,
    );
  }
  return bin;
}

export interface CodeServerOptions {
  /** Extra environment for the server; it reaches the extension host and so the extension under test. */
  env?: Record<string, string>;
  /** Merged over the seeded user settings. */
  settings?: Record<string, unknown>;
  /** A VSIX to install into the fresh extensions dir before the server starts. */
  vsix?: string;
  /** An extension folder to symlink into the fresh extensions dir (the alternative to `vsix`). */
  linkExtension?: { folder: string; id: string; version: string };
  /**
   * 'declarative': only the built-in extensions that run no code in the extension host (themes,
   * grammars, language definitions), so that a measurement of the host sees our extension alone —
   * not git, GitHub, merge-conflict or emmet activating beside it. Default 'all'.
   */
  builtinExtensions?: 'all' | 'declarative';
  startTimeoutMs?: number;
  /**
   * Workspace trust on, the opened folder untrusted (restricted mode) and no prompt about it; off by
   * default, as every other test wants a trusted workspace.
   */
  restrictedMode?: boolean;
}

export interface CodeServer {
  readonly port: number;
  /** host:port, as it appears in vscode-remote:// URIs. */
  readonly authority: string;
  readonly url: string;
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Server stdout and stderr so far (the tail), for failure messages. */
  output(): string;
  /** vscode-remote URI of a path on this machine, as the workbench wants it in `payload`. */
  remoteUri(p: string): string;
  /** The workbench URL opening `folder`, with optional `payload` pairs (extensionTestsPath …). */
  workbenchUrl(folder: string, payload?: Array<[string, string]>): string;
  stop(): Promise<void>;
}

/** Settings without which the browser build autosaves over fixtures, shows a welcome page or goes online. */
export const BASE_SETTINGS: Record<string, unknown> = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** Workspace trust on; a folder nobody trusted opens in restricted mode without asking. */
const RESTRICTED_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.untrustedFiles': 'open',
};

const SERVER_FLAGS = [
  '--auth',
  'none',
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-workspace-trust',
  '--disable-getting-started-override',
  '--disable-proxy',
];

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already
  }
}

/** A port nobody listens on right now (another process could take it before us; start() retries). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment for code-server: private XDG dirs, and nothing from a VS Code the tests may run inside. */
function serverEnv(root: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // VSCODE_IPC_HOOK_CLI and friends would turn code-server into a client of the outer editor;
    // NODE_TEST_CONTEXT would make node:test code in the extension host report to our runner.
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE' || k === 'NODE_TEST_CONTEXT' || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  return {
    ...env,
    XDG_DATA_HOME: path.join(root, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(root, 'xdg-config'),
    XDG_CACHE_HOME: path.join(root, 'xdg-cache'),
    TMPDIR: path.join(root, 'tmp'),
    ...extra,
  };
}

/**
 * A folder of links to the built-in extensions without a `main` (code for the Node extension host),
 * for --builtin-extensions-dir, which replaces code-server's own folder of built-in extensions.
 */
function declarativeBuiltins(bin: string, root: string): string {
  const all = path.join(path.dirname(fs.realpathSync(bin)), '..', '..', 'lib', 'vscode', 'extensions');
  const dir = path.join(root, 'builtin');
  fs.mkdirSync(dir);
  for (const name of fs.readdirSync(all)) {
    const manifest = path.join(all, name, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { main?: string }).main) continue;
    fs.symlinkSync(path.join(all, name), path.join(dir, name), 'dir');
  }
  return dir;
}

function commonArgs(root: string): string[] {
  return ['--config', path.join(root, 'config.yaml'), '--user-data-dir', path.join(root, 'ud'), '--extensions-dir', path.join(root, 'exts')];
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(bin)} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve(stdout + stderr);
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

export async function startCodeServer(opts: CodeServerOptions = {}): Promise<CodeServer> {
  const bin = codeServerBin();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zhnews-cs-'));
  const forgetRoot = atExit(() => fs.rmSync(root, { recursive: true, force: true }));
  try {
    for (const d of ['xdg-data', 'xdg-config', 'xdg-cache', 'tmp', 'exts', path.join('ud', 'User')]) {
      fs.mkdirSync(path.join(root, d), { recursive: true });
    }
    const trust = opts.restrictedMode ? RESTRICTED_SETTINGS : {};
    fs.writeFileSync(path.join(root, 'ud', 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...trust, ...opts.settings }, null, 2));
    const env = serverEnv(root, opts.env);
    const args = commonArgs(root);
    if (opts.builtinExtensions === 'declarative') args.push('--builtin-extensions-dir', declarativeBuiltins(bin, root));
    if (opts.vsix) {
      await run(bin, [...args, '--install-extension', opts.vsix, '--force'], env, 180_000);
    }
    if (opts.linkExtension) {
      // A fresh extensions dir without extensions.json picks up every folder in it at start.
      const { folder, id, version } = opts.linkExtension;
      fs.symlinkSync(folder, path.join(root, 'exts', `${id}-${version}`), 'dir');
    }
    let lastError: Error | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      try {
        const flags = opts.restrictedMode ? SERVER_FLAGS.filter((f) => f !== '--disable-workspace-trust') : SERVER_FLAGS;
        return await launch(bin, args, flags, env, root, port, opts.startTimeoutMs ?? 90_000);
      } catch (e) {
        lastError = e as Error;
        if (!/EADDRINUSE/.test(lastError.message)) break;
      }
    }
    throw lastError ?? new Error('code-server did not start');
  } catch (e) {
    fs.rmSync(root, { recursive: true, force: true });
    forgetRoot();
    throw e;
  }
}

async function launch(bin: string, args: string[], flags: string[], env: NodeJS.ProcessEnv, root: string, port: number, timeoutMs: number): Promise<CodeServer> {
  const authority = `127.0.0.1:${port}`;
  const url = `http://${authority}`;
  // detached: its own process group, so stop() also reaches the extension host and language server.
  const proc: ChildProcess = spawn(bin, [...args, '--bind-addr', authority, ...flags], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const append = (b: Buffer) => {
    log += b.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  proc.stdout?.on('data', append);
  proc.stderr?.on('data', append);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exit = new Promise<void>((resolve) => {
    proc.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    proc.on('error', (err) => {
      append(Buffer.from(`spawn error: ${err.message}\n`));
      exited = { code: -1, signal: null };
      resolve();
    });
  });
  const pid = proc.pid;
  const forgetGroup = atExit(() => pid !== undefined && killGroup(pid, 'SIGKILL'));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (pid !== undefined) {
      if (!exited) {
        killGroup(pid, 'SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exit, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
        clearTimeout(timer);
      }
      // Whatever is left of the group (extension host, language server) goes too.
      killGroup(pid, 'SIGKILL');
    }
    forgetGroup();
    await fs.promises.rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };

  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(url))) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited (code ${exited.code}, signal ${exited.signal}) before it was ready:\n${log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms:\n${log}`);
    }
    await delay(100);
  }

  const remoteUri = (p: string) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
  return {
    port,
    authority,
    url,
    root,
    userDataDir: path.join(root, 'ud'),
    extensionsDir: path.join(root, 'exts'),
    output: () => log,
    remoteUri,
    workbenchUrl: (folder, payload) => {
      const q = new URLSearchParams({ folder });
      if (payload) q.set('payload', JSON.stringify(payload));
      return `${url}/?${q.toString()}`;
    },
    stop,
  };
}

export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
