import { describe, expect, it } from 'vitest';
import { median, quantile, ratio, summarise } from './stats.ts';

describe('median', () => {
  it('is the middle sample, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('is "more than" the cap when it falls on a timeout', () => {
    expect(median([1, { timedOutAfter: 30_000 }, { timedOutAfter: 30_000 }])).toEqual({
      over: 30_000,
    });
    expect(median([1, 2, { timedOutAfter: 30_000 }])).toBe(2);
    // Between a number and a timeout there is no mean: the timeout's bound is what is known.
    expect(median([1, { timedOutAfter: 5000 }])).toEqual({ over: 5000 });
  });
});

describe('quantile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('gives the smallest sample with at least q of the samples at or below it', () => {
    expect(quantile(hundred, 0.95)).toBe(95);
    expect(quantile(hundred, 0.5)).toBe(50);
    expect(quantile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(quantile([10, 20], 0.95)).toBe(20);
    expect(quantile([], 0.95)).toBeNull();
  });

  it('sorts timeouts above every finished sample', () => {
    const samples = [...hundred.slice(0, 94), ...Array(6).fill({ timedOutAfter: 60_000 })];
    expect(quantile(samples, 0.95)).toEqual({ over: 60_000 });
    expect(quantile([...hundred.slice(0, 99), { timedOutAfter: 1 }], 0.95)).toBe(95);
  });
});

describe('summarise', () => {
  it('counts samples and timeouts', () => {
    expect(summarise([3, 1, { timedOutAfter: 9 }, 2])).toEqual({
      n: 4,
      median: 2.5,
      p95: { over: 9 },
      timeouts: 1,
    });
    expect(summarise([])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides, keeping a lower bound a lower bound', () => {
    expect(ratio(300, 200)).toBe(1.5);
    expect(ratio({ over: 3000 }, 1000)).toEqual({ over: 3 });
  });

  it('has no value when either side is missing or the divisor is only a bound', () => {
    expect(ratio(300, null)).toBeNull();
    expect(ratio(undefined, 300)).toBeNull();
    expect(ratio(300, { over: 30_000 })).toBeNull();
    expect(ratio(300, 0)).toBeNull();
  });
});
