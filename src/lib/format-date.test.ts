import { describe, expect, it } from 'vitest';
import { formatEventDate, formatYearRange } from './format-date.ts';

describe('formatEventDate', () => {
  it('writes each precision the way a briefing would', () => {
    expect(
      formatEventDate({ start: '2026-02-07', end: '2026-02-07', precision: 'day', label: null }),
    ).toBe('7 Feb 2026');
    expect(
      formatEventDate({ start: '2025-03-01', end: '2025-03-31', precision: 'month', label: null }),
    ).toBe('Mar 2025');
    expect(
      formatEventDate({ start: '2023-01-01', end: '2023-12-31', precision: 'year', label: null }),
    ).toBe('2023');
    expect(
      formatEventDate({
        start: '2025-05-01',
        end: '2025-08-31',
        precision: 'approx',
        label: 'mid-2025',
      }),
    ).toBe('mid-2025 (approx.)');
  });

  it('writes spans compactly', () => {
    expect(
      formatEventDate({ start: '2026-02-06', end: '2026-02-07', precision: 'day', label: null }),
    ).toBe('6–7 Feb 2026');
    expect(
      formatEventDate({ start: '2024-01-01', end: '2025-12-31', precision: 'year', label: null }),
    ).toBe('2024–2025');
    expect(
      formatEventDate({ start: '2023-09-01', end: '2024-12-31', precision: 'month', label: null }),
    ).toBe('Sep 2023 – Dec 2024');
  });

  it('gives the years of a range', () => {
    expect(formatYearRange({ start: '2018-01-01', end: '2026-12-31' })).toBe('2018–2026');
  });
});
