import { writeFileSync } from 'node:fs';
import type { Session } from 'node:inspector';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Mark, mark, MEASURING } from './load-time';

export { mark, type Mark } from './load-time';

/**
 * Measures how long the extension host's event loop is blocked (issue 5: never more than 50 ms),
 * switched on by ZHNEWS_MEASURE_BLOCKS=1 for the benchmark. Two probes: node's event-loop delay
 * histogram, and a 5 ms interval whose lateness is a block that also says when it happened. On Linux
 * each block is split by the kernel's accounting of this thread (/proc/thread-self/schedstat): the
 * time the thread ran, and the time it was ready but waited for a core (others' work, not ours).
 */
export interface BlockReport {
  /** Longest lateness of the 5 ms interval, in ms. */
  maxBlockMs: number;
  /** When the longest block ended, ms since the monitor started. */
  maxBlockAtMs: number;
  /** Longest delay seen by perf_hooks.monitorEventLoopDelay, in ms. */
  histogramMaxMs: number;
  /**
   * The most CPU time the process used between two ticks of the interval, in ms: a block's length
   * counting only the time the thread ran, not the time it waited for a core on a loaded machine
   * (process-wide, so GC and compiler threads count too: an upper bound).
   */
  maxBlockCpuMs: number;
  /**
   * The most time the host's own thread ran between two ticks that were late, in ms (Linux; NaN
   * elsewhere): how long the thread was busy in its longest run, without the time it waited for a core.
   */
  maxBlockThreadMs: number;
  /**
   * Blocks over 20 ms: [ms since start, length, process CPU in it, time the thread ran, time it waited
   * for a core, our own runs it overlaps (what, ms)]: a block without our runs was the host's or the
   * harness's; one with little run time and a long wait was the machine's other processes.
   */
  blocks: Array<[number, number, number, number, number, string]>;
  /** The longest run of this extension's own code by what it was (activate, a notification), in ms. */
  own: Record<string, number>;
  /**
   * The same runs' CPU time (the process's, user + system), in ms: on a loaded machine the wall time
   * of a run includes the time the thread waited for a core, which the CPU time does not.
   */
  ownCpu: Record<string, number>;
  /** The same runs' time on the host's thread alone (Linux), in ms: neither other threads nor waits for a core. */
  ownThread: Record<string, number>;
  sinceMs: number;
}

export class BlockMonitor {
  private readonly histogram = monitorEventLoopDelay({ resolution: 10 });
  private readonly started = performance.now();
  private last = mark();
  private prevThread = { run: this.last.threadRun, wait: this.last.threadWait };
  private max = 0;
  private maxAt = 0;
  private maxCpu = 0;
  private maxThread = 0;
  private readonly blocks: Array<[number, number, number, number, number]> = [];
  private readonly runs: Array<[number, number, string]> = [];
  private readonly ownMax: Record<string, number> = {};
  private readonly ownCpuMax: Record<string, number> = {};
  private readonly ownThreadMax: Record<string, number> = {};
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly periodMs = 5) {
    this.histogram.enable();
    this.timer = setInterval(() => this.tick(), periodMs);
    this.timer.unref?.();
  }

  private tick(): void {
    const now = mark();
    const late = now.wall - this.last.wall - this.periodMs;
    const cpu = now.cpu - this.last.cpu;
    this.last = now;
    const t = now.wall;
    if (late > this.max) {
      this.max = late;
      this.maxAt = t - this.started;
    }
    const ran = now.threadRun - this.prevThread.run;
    const waited = now.threadWait - this.prevThread.wait;
    this.prevThread = { run: now.threadRun, wait: now.threadWait };
    if (late > 0) {
      this.maxCpu = Math.max(this.maxCpu, cpu);
      this.maxThread = Math.max(this.maxThread, ran);
    }
    if (late > 20 && this.blocks.length < 200) this.blocks.push([t, late, cpu, ran, waited]);
  }

  /** Records one synchronous run of our own code since `start`; the loop probes cannot tell whose code blocked. */
  own(what: string, start: Mark): void {
    const now = mark();
    this.ownMax[what] = Math.max(this.ownMax[what] ?? 0, round(now.wall - start.wall));
    this.ownCpuMax[what] = Math.max(this.ownCpuMax[what] ?? 0, round(now.cpu - start.cpu));
    const ran = now.threadRun - start.threadRun;
    if (!Number.isNaN(ran)) this.ownThreadMax[what] = Math.max(this.ownThreadMax[what] ?? 0, round(ran));
    if (this.runs.length < 1000) this.runs.push([start.wall, now.wall, what]);
  }

  report(): BlockReport {
    this.tick(); // a block still running now counts too
    return {
      maxBlockMs: round(this.max),
      maxBlockAtMs: round(this.maxAt),
      histogramMaxMs: round(this.histogram.max / 1e6),
      maxBlockCpuMs: round(this.maxCpu),
      maxBlockThreadMs: round(this.maxThread),
      blocks: this.blocks.map(([end, length, cpu, ran, waited]) => {
        const ours = this.runs
          .filter(([s, e]) => s < end && e > end - length)
          .map(([s, e, what]) => `${what} ${round(e - s)}`)
          .join(', ');
        return [Math.round(end - this.started), round(length), round(cpu), round(ran), round(waited), ours];
      }),
      own: { ...this.ownMax },
      ownCpu: { ...this.ownCpuMax },
      ownThread: { ...this.ownThreadMax },
      sinceMs: round(performance.now() - this.started),
    };
  }

  dispose(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The probe of this extension host, when ZHNEWS_MEASURE_BLOCKS=1 (the benchmark); started when our bundle loads. */
export const MONITOR = MEASURING ? new BlockMonitor() : undefined;

/** Runs `fn`, and under the benchmark records how long this run of our own code held the thread. */
export function measure<T>(what: string, fn: () => T): T {
  if (!MONITOR) return fn();
  const start = mark();
  try {
    return fn();
  } finally {
    MONITOR.own(what, start);
  }
}

/** What the extension reports about its own start (ZhNewsApi.timings). */
export interface StartTimings {
  /** performance.timeOrigin + performance.now(): when the bundle started loading, activate() started and ended, the first annotations came. */
  loadStart: number;
  /** When the evaluation of dist/extension.js ended. */
  loadEnd?: number;
  activateStart: number;
  activateEnd?: number;
  firstAnnotations?: number;
  blocks?: BlockReport;
}

export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * With ZHNEWS_PROFILE_DIR set (benchmark only), a CPU profile of the extension host's thread — every
 * extension in it, not only ours — from the loading of our bundle until `stop`, written as a .cpuprofile file.
 */
export class HostProfiler {
  // Required here: node:inspector costs a few ms to load, which only a profiled run should pay.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  private readonly session: Session = new (require('node:inspector') as typeof import('node:inspector')).Session();

  constructor(private readonly dir: string) {
    this.session.connect();
    this.session.post('Profiler.enable', () => this.session.post('Profiler.start'));
  }

  stop(): void {
    this.session.post('Profiler.stop', (err, r) => {
      if (!err && r?.profile) writeFileSync(join(this.dir, `extension-host-${process.pid}.cpuprofile`), JSON.stringify(r.profile));
      this.session.disconnect();
    });
  }
}

/** Benchmark only (ZHNEWS_PROFILE_DIR): a CPU profile of the extension host from the loading of our bundle. */
export const PROFILER = MONITOR && process.env.ZHNEWS_PROFILE_DIR ? new HostProfiler(process.env.ZHNEWS_PROFILE_DIR) : undefined;
