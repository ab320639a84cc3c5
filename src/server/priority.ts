import * as os from 'node:os';

/** How far below the editor the engine runs (a nice value: 0 normal, 19 lowest). */
export const ENGINE_NICENESS = 10;

/**
 * Lowers the engine's scheduling priority. Loading the model and annotating a long article keep a
 * core busy for seconds; on a machine with few cores the extension host (the editor's responsiveness)
 * should get the core first. Raising it back is not allowed without privileges, so this is one way.
 * Returns the priority now in force, or undefined when the system refused (the engine works anyway).
 */
export function runBelowEditor(): number | undefined {
  try {
    if (os.getPriority() < ENGINE_NICENESS) os.setPriority(ENGINE_NICENESS);
    return os.getPriority();
  } catch {
    return undefined;
  }
}
