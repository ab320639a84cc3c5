import * as fs from 'node:fs';
import * as os from 'node:os';

/**
 * Last-resort cleanup when a test process ends without reaching its `finally` (a signal from CI or
 * a developer's Ctrl+C): synchronous actions run on exit, and the usual signals are turned into an exit.
 */
const actions = new Set<() => void>();
let hooked = false;

export function atExit(action: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      // Last registered first, like nested finally blocks: stop a server before removing its folder.
      for (const a of [...actions].reverse()) {
        try {
          a();
        } catch {
          // keep going: the other actions matter as much
        }
      }
    });
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(sig, () => process.exit(128 + (os.constants.signals[sig] ?? 0)));
    }
  }
  actions.add(action);
  return () => actions.delete(action);
}

/** A temp folder removed on exit unless removed earlier with the returned function. */
export function tempDirAtExit(dir: string): () => void {
  const forget = atExit(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => {
    forget();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
