import { describe, expect, it } from 'vitest';
import { idleShare, settle, type CpuTimes } from './settle.ts';

describe('idleShare', () => {
  it('is the idle part of the CPU time between two readings', () => {
    expect(idleShare({ idle: 100, total: 200 }, { idle: 190, total: 300 })).toBeCloseTo(0.9);
    expect(idleShare({ idle: 100, total: 200 }, { idle: 110, total: 300 })).toBeCloseTo(0.1);
  });

  it('counts no time passed as idle', () => {
    expect(idleShare({ idle: 5, total: 10 }, { idle: 5, total: 10 })).toBe(1);
  });
});

describe('settle', () => {
  /** Readings of a machine busy for `busyWindows` windows, then idle. */
  function machine(busyWindows: number): () => CpuTimes {
    let reads = 0;
    let idle = 0;
    let total = 0;
    return () => {
      if (reads > 0) {
        total += 100;
        idle += reads <= busyWindows ? 10 : 95;
      }
      reads++;
      return { idle, total };
    };
  }

  it('waits until a window is quiet', async () => {
    const read = machine(3);
    let windows = 0;
    const counting = () => {
      windows++;
      return read();
    };
    await settle({ idle: 0.85, windowMs: 1, maxMs: 10_000 }, counting);
    expect(windows).toBe(5);
  });

  it('stops waiting after maxMs on a machine that stays busy', async () => {
    const waited = await settle({ idle: 0.85, windowMs: 5, maxMs: 30 }, machine(Infinity));
    expect(waited).toBeGreaterThanOrEqual(30);
    expect(waited).toBeLessThan(1000);
  });
});
