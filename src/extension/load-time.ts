import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * When the extension's bundle started to load: extension.ts imports this module first, so its top
 * level runs before the other modules' (and imports nothing of ours), and activation can be timed
 * from the start of loading, not only from the call of activate().
 */
export const LOAD_START = performance.timeOrigin + performance.now();

/** The benchmark's switch for the block monitor (ZHNEWS_MEASURE_BLOCKS=1). */
export const MEASURING = process.env.ZHNEWS_MEASURE_BLOCKS === '1';

/** A point in time, wall and CPU (ms); under the benchmark on Linux also this thread's run and wait times. */
export interface Mark {
  wall: number;
  cpu: number;
  /** Time this thread has run, in ms (NaN unless measuring on Linux). */
  threadRun: number;
  /** Time this thread has been ready to run but waited for a core, in ms (NaN unless measuring on Linux). */
  threadWait: number;
}

// Here rather than in block-monitor: this module must not import ours, and LOAD_MARK is a Mark.
export function mark(): Mark {
  const c = process.cpuUsage();
  const [threadRun, threadWait] = MEASURING ? threadTimes() : [NaN, NaN];
  return { wall: performance.now(), cpu: (c.user + c.system) / 1000, threadRun, threadWait };
}

/**
 * The kernel's accounting of the calling thread: "run_ns wait_ns slices" (≈ 12 µs to read; only
 * while measuring). NaN where there is no such file.
 */
function threadTimes(): [number, number] {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return [run / 1e6, wait / 1e6];
  } catch {
    return [NaN, NaN];
  }
}

/** The same moment as LOAD_START, as a block-monitor Mark. */
export const LOAD_MARK = mark();
