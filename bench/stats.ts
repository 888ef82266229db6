/**
 * Medians and 95th percentiles of samples that may include timeouts. A timeout is a lower
 * bound, not a number: it sorts above every finished sample, and a statistic that lands on
 * one is reported as "more than" its cap rather than as a made-up value.
 */

/** A measurement in ms (or bytes), or the cap it did not finish within. */
export type Sample = number | { timedOutAfter: number };

/** A statistic: a number, or "more than `over`" when it fell on a timeout. */
export type Stat = number | { over: number };

export interface Summary {
  n: number;
  median: Stat;
  p95: Stat;
  timeouts: number;
}

const rank = (s: Sample): number => (typeof s === 'number' ? s : Infinity);
const stat = (s: Sample): Stat => (typeof s === 'number' ? s : { over: s.timedOutAfter });

/** Sorted ascending, timeouts last (shorter caps first). */
function sorted(samples: readonly Sample[]): Sample[] {
  return [...samples].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (typeof a === 'number' || typeof b === 'number' ? 0 : a.timedOutAfter - b.timedOutAfter),
  );
}

/** Nearest-rank quantile: the smallest sample with at least q of all samples at or below it. */
export function quantile(samples: readonly Sample[], q: number): Stat | null {
  if (samples.length === 0) return null;
  const s = sorted(samples);
  return stat(s[Math.max(0, Math.ceil(q * s.length) - 1)]!);
}

/** The middle sample, or the mean of the two middle ones. */
export function median(samples: readonly Sample[]): Stat | null {
  if (samples.length === 0) return null;
  const s = sorted(samples);
  const lo = s[Math.floor((s.length - 1) / 2)]!;
  const hi = s[Math.ceil((s.length - 1) / 2)]!;
  if (typeof lo === 'number' && typeof hi === 'number') return (lo + hi) / 2;
  return stat(typeof lo === 'number' ? hi : lo);
}

export function summarise(samples: readonly Sample[]): Summary | null {
  if (samples.length === 0) return null;
  return {
    n: samples.length,
    median: median(samples)!,
    p95: quantile(samples, 0.95)!,
    timeouts: samples.filter((s) => typeof s !== 'number').length,
  };
}

/** a / b, or null when either is unknown; "more than" on top stays a lower bound. */
export function ratio(a: Stat | null | undefined, b: Stat | null | undefined): Stat | null {
  if (a == null || b == null) return null;
  if (typeof b !== 'number') return null; // a / (more than x) has no bound in either direction
  if (b === 0) return null;
  return typeof a === 'number' ? a / b : { over: a.over / b };
}
