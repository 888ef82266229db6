import { describe, expect, it } from 'vitest';
import { parsePartialDate, resolveEventDate } from './dates.ts';

describe('parsePartialDate', () => {
  it('accepts a year, a month and a day', () => {
    expect(parsePartialDate('2025')).toEqual({
      ok: true,
      value: { kind: 'year', year: 2025, month: null, day: null },
    });
    expect(parsePartialDate('2025-03')).toMatchObject({
      ok: true,
      value: { kind: 'month', month: 3 },
    });
    expect(parsePartialDate('2024-02-29')).toMatchObject({
      ok: true,
      value: { kind: 'day', day: 29 },
    });
  });

  it('rejects dates no calendar has', () => {
    expect(parsePartialDate('2025-02-29')).toEqual({
      ok: false,
      message: 'impossible date "2025-02-29": February 2025 has 28 days',
    });
    expect(parsePartialDate('2025-00')).toMatchObject({ ok: false });
    expect(parsePartialDate('25-02-01')).toMatchObject({ ok: false });
  });
});

describe('resolveEventDate', () => {
  it('expands a month to its first and last day', () => {
    expect(resolveEventDate({ start: '2026-03', precision: 'month' })).toEqual({
      ok: true,
      date: { start: '2026-03-01', end: '2026-03-31', precision: 'month', label: null },
    });
  });

  it('keeps an approximate span with its words', () => {
    expect(
      resolveEventDate({
        start: '2025-05',
        end: '2025-08',
        precision: 'approx',
        label: 'mid-2025',
      }),
    ).toEqual({
      ok: true,
      date: { start: '2025-05-01', end: '2025-08-31', precision: 'approx', label: 'mid-2025' },
    });
  });

  it('spans years inclusively', () => {
    expect(resolveEventDate({ start: '2024', end: '2025', precision: 'year' })).toMatchObject({
      ok: true,
      date: { start: '2024-01-01', end: '2025-12-31' },
    });
  });

  it('rejects a span that ends after the covered period', () => {
    expect(resolveEventDate({ start: '2026-12', end: '2027-01', precision: 'month' })).toEqual({
      ok: false,
      issues: [
        {
          field: 'end',
          message:
            'date 2026-12-01..2027-01-31 is outside the covered period 2018-01-01..2026-12-31',
        },
      ],
    });
  });
});
