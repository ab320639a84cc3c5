import { readdirSync } from 'node:fs';
import * as os from 'node:os';

/** How far below the editor the engine runs (a nice value: 0 normal, 19 lowest). */
export const ENGINE_NICENESS = 10;

/**
 * Lowers the engine's scheduling priority. Loading the model and annotating a long article keep a
 * core busy for seconds; on a machine with few cores the extension host (the editor's responsiveness)
 * should get the core first. Raising it back is not allowed without privileges, so this is one way.
 * On Linux a priority belongs to a thread: every thread of the process is lowered (V8's compiler and
 * GC threads exist before this runs; threads started later inherit the main thread's).
 * Returns the main thread's priority now in force, or undefined when the system refused.
 */
export function runBelowEditor(): number | undefined {
  try {
    for (const id of threadIds()) {
      if (os.getPriority(id) < ENGINE_NICENESS) os.setPriority(id, ENGINE_NICENESS);
    }
    return os.getPriority();
  } catch {
    return undefined;
  }
}

/** The ids of this process's threads (Linux), or 0 (the calling thread) where they cannot be listed. */
export function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [0];
  }
}
