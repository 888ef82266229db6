import { describe, expect, it } from 'vitest';
import { placeOnStrip, yearStarts } from './strip-position.ts';

const range = { start: '2018-01-01', end: '2026-12-31' };
// 2018–2026 is nine years, two of them leap years (2020, 2024).
const TOTAL_DAYS = 9 * 365 + 2;

describe('placeOnStrip', () => {
  it('puts the first day at the left edge, one day wide', () => {
    expect(placeOnStrip(range, { start: '2018-01-01', end: '2018-01-01' })).toEqual({
      left: 0,
      width: 1 / TOTAL_DAYS,
    });
  });
  it('ends the last day exactly at the right edge', () => {
    const { left, width } = placeOnStrip(range, { start: '2026-12-31', end: '2026-12-31' });
    expect(left + width).toBeCloseTo(1, 12);
  });
  it('covers the whole strip for the whole range', () => {
    expect(placeOnStrip(range, range)).toEqual({ left: 0, width: 1 });
  });
  it('places a range by its inclusive days', () => {
    const year2024 = placeOnStrip(range, { start: '2024-01-01', end: '2024-12-31' });
    expect(year2024.width * TOTAL_DAYS).toBeCloseTo(366, 9);
    expect(year2024.left * TOTAL_DAYS).toBeCloseTo(6 * 365 + 1, 9);
  });
  it('clips spans that reach outside the range', () => {
    expect(placeOnStrip(range, { start: '2017-06-01', end: '2030-01-01' })).toEqual({
      left: 0,
      width: 1,
    });
  });
});

describe('yearStarts', () => {
  it('marks 1 January of every year in the range, in order', () => {
    const ticks = yearStarts(range);
    expect(ticks.map((t) => t.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(ticks[0]!.left).toBe(0);
    expect(ticks[1]!.left * TOTAL_DAYS).toBeCloseTo(365, 9);
  });
  it('leaves out a year whose 1 January is before the range', () => {
    expect(yearStarts({ start: '2018-03-01', end: '2019-12-31' }).map((t) => t.year)).toEqual([
      2019,
    ]);
  });
});
