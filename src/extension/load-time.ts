import { performance } from 'node:perf_hooks';

/**
 * When the extension's bundle started to load: extension.ts imports this module first, so its top
 * level runs before the other modules' (and imports nothing of ours), and activation can be timed
 * from the start of loading, not only from the call of activate().
 */
export const LOAD_START = performance.timeOrigin + performance.now();
const cpu = process.cpuUsage();
/** The same moment as a block-monitor Mark (wall and CPU ms). */
export const LOAD_MARK = { wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000 };
