/**
 * Waiting for a quiet machine between page loads. A closed page is not done with the CPU:
 * Chromium tears down a bare vis-timeline page of 40,000 nodes for seconds after it closes,
 * and the next load (often ours) would pay for it.
 */
import { cpus } from 'node:os';

export interface CpuTimes {
  idle: number;
  total: number;
}

/** The machine's CPU time so far, all cores together. */
export function cpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  for (const { times } of cpus()) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total };
}

/** The share of CPU time spent idle between two readings (1 when no time passed). */
export function idleShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total <= 0 ? 1 : (after.idle - before.idle) / total;
}

export interface SettleOptions {
  /** Quiet: at least this share of the CPU idle over one window. */
  idle: number;
  windowMs: number;
  /** Give up waiting after this long (a machine busy with other work stays busy). */
  maxMs: number;
}

export const SETTLE: SettleOptions = { idle: 0.85, windowMs: 500, maxMs: 20_000 };

/** Resolves once a window of `windowMs` was quiet, or after `maxMs`; says how long it took. */
export async function settle(
  options: SettleOptions = SETTLE,
  read: () => CpuTimes = cpuTimes,
): Promise<number> {
  const started = Date.now();
  let before = read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, options.windowMs));
    const after = read();
    if (idleShare(before, after) >= options.idle) return Date.now() - started;
    if (Date.now() - started >= options.maxMs) return Date.now() - started;
    before = after;
  }
}
