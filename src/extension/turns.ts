/**
 * Start-up work cut into pieces, one piece per turn of the extension host's event loop, whichever
 * part of the extension queued it. Two parts that each used setImmediate had their first pieces run
 * back to back in the check phase right after activate() (activate + a client bundle + a sidecar read
 * measured as one 50–67 ms block); one queue keeps every piece in a turn of its own, with the host's
 * timers and a poll for its messages between.
 */
const queue: Array<() => void> = [];
let scheduled = false;

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  // Two hops: an immediate set from the poll phase (where the host calls activate()) still runs in
  // that turn's check phase; its own immediate runs a turn later, after timers and a poll for input.
  setImmediate(() => setImmediate(runOne));
}

function runOne(): void {
  scheduled = false;
  const task = queue.shift();
  // Scheduled before the task runs, so a task that throws does not stall the queue.
  schedule();
  task?.();
}

/** Runs `task` in a later turn of its own. */
export function inTurn(task: () => void): void {
  queue.push(task);
  schedule();
}

/** Resolves in a later turn of its own: `await nextTurn()` between the steps of a long job. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => inTurn(resolve));
}
