import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateToDay,
  dayToDate,
  daysToInterval,
  intervalsDiffer,
  intervalToWindow,
  isOutsideInterval,
  windowToInterval,
} from './timeline-window.ts';

const range = { start: '2018-01-01', end: '2026-12-31' };

describe('days and dates', () => {
  it('turns a day into its local midnight and back', () => {
    expect(dayToDate('2024-02-29')).toEqual(new Date(2024, 1, 29));
    expect(dateToDay(new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays(new Date(2026, 11, 31), 1)).toEqual(new Date(2027, 0, 1));
    expect(addDays(new Date(2024, 2, 1), -1)).toEqual(new Date(2024, 1, 29));
  });

  it('covers inclusive days with an interval ending the midnight after', () => {
    expect(daysToInterval('2026-02-06', '2026-02-07')).toEqual({
      start: new Date(2026, 1, 6),
      end: new Date(2026, 1, 8),
    });
  });
});

describe('windowToInterval', () => {
  it('shows the whole dataset range when there is no window', () => {
    expect(windowToInterval(null, range)).toEqual({
      start: new Date(2018, 0, 1),
      end: new Date(2027, 0, 1),
    });
  });

  it('shows the days of the window', () => {
    expect(windowToInterval({ from: '2023-01-01', to: '2023-12-31' }, range)).toEqual({
      start: new Date(2023, 0, 1),
      end: new Date(2024, 0, 1),
    });
  });
});

describe('intervalToWindow', () => {
  it('round-trips a window of whole days', () => {
    const window = { from: '2023-03-05', to: '2024-07-09' };
    expect(intervalToWindow(windowToInterval(window, range), range)).toEqual(window);
  });

  it('rounds a visible interval to the days it touches', () => {
    const interval = { start: new Date(2023, 2, 5, 13), end: new Date(2023, 5, 1, 8) };
    expect(intervalToWindow(interval, range)).toEqual({ from: '2023-03-05', to: '2023-06-01' });
  });

  it('clamps to the dataset range', () => {
    const interval = { start: new Date(2017, 5, 1), end: new Date(2027, 5, 1) };
    expect(intervalToWindow(interval, range)).toEqual({ from: '2018-01-01', to: '2026-12-31' });
  });

  it('never returns a window whose end is not after its start', () => {
    const atEnd = { start: new Date(2026, 11, 31, 6), end: new Date(2026, 11, 31, 18) };
    expect(intervalToWindow(atEnd, range)).toEqual({ from: '2026-12-30', to: '2026-12-31' });
    const inside = { start: new Date(2024, 0, 1, 6), end: new Date(2024, 0, 1, 18) };
    expect(intervalToWindow(inside, range)).toEqual({ from: '2024-01-01', to: '2024-01-02' });
  });
});

describe('intervalsDiffer', () => {
  const a = { start: new Date(2023, 0, 1), end: new Date(2024, 0, 1) };
  it('ignores differences of up to a day at either edge', () => {
    expect(
      intervalsDiffer(a, { start: new Date(2023, 0, 1, 20), end: new Date(2023, 11, 31, 2) }),
    ).toBe(false);
  });

  it('notices an edge that moved by more than a day', () => {
    expect(intervalsDiffer(a, { start: new Date(2023, 0, 3), end: a.end })).toBe(true);
    expect(intervalsDiffer(a, { start: a.start, end: new Date(2024, 0, 3) })).toBe(true);
  });
});

describe('isOutsideInterval', () => {
  const visible = { start: new Date(2023, 0, 1), end: new Date(2024, 0, 1) };
  it('is false for an item well inside', () => {
    expect(isOutsideInterval({ start: new Date(2023, 5, 1) }, visible)).toBe(false);
  });

  it('is true for an item before or after the window', () => {
    expect(isOutsideInterval({ start: new Date(2022, 5, 1) }, visible)).toBe(true);
    expect(isOutsideInterval({ start: new Date(2024, 5, 1) }, visible)).toBe(true);
  });

  it('is true for a single day so close to an edge that it would be cut off', () => {
    expect(isOutsideInterval({ start: new Date(2023, 0, 3) }, visible)).toBe(true);
  });

  it('is false for a range that overlaps the window', () => {
    const range2 = { start: new Date(2022, 0, 1), end: new Date(2023, 6, 1) };
    expect(isOutsideInterval(range2, visible)).toBe(false);
  });
});
