import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * When the extension's bundle started to load: extension.ts imports this module first, so its top
 * level runs before the other modules' (and imports nothing of ours), and activation can be timed
 * from the start of loading, not only from the call of activate().
 */
export const LOAD_START = performance.timeOrigin + performance.now();
const cpu = process.cpuUsage();
// This thread's run and wait times, as block-monitor's threadTimes reads them (this module imports nothing of ours).
let thread = [NaN, NaN];
try {
  if (process.env.ZHNEWS_MEASURE_BLOCKS === '1') thread = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map((x) => Number(x) / 1e6);
} catch {
  // not Linux: the benchmark reports process CPU only
}
/** The same moment as a block-monitor Mark (wall and CPU ms). */
export const LOAD_MARK = { wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000, threadRun: thread[0], threadWait: thread[1] };
