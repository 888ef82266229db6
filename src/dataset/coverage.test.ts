import { describe, expect, it } from 'vitest';
import { makeCompiledDataset, makeDataset, splitFixture } from './dataset-fixture.ts';
import { periodOf, selectCoverageMatrix, selectSilentOutlets } from './coverage.ts';
import type { Dataset } from './schema.ts';

/** The fixture plus two more February 2026 events, so that outlets overlap in time. */
function februaryDataset(): Dataset {
  const dataset = makeCompiledDataset();
  const d = dataset.events.find((e) => e.id === 'd')!;
  const quoteBy = (outletId: string, id: string) => ({ ...d.quotes[0]!, id, outletId });
  dataset.events.push(
    {
      ...d,
      id: 'e',
      outletIds: ['ndtv', 'zee'],
      quotes: [quoteBy('ndtv', 'e1'), quoteBy('ndtv', 'e2'), quoteBy('zee', 'e3')],
    },
    {
      ...d,
      id: 'f',
      date: { start: '2026-01-01', end: '2026-12-31', precision: 'year', label: null },
      outletIds: ['wion'],
      quotes: [quoteBy('wion', 'f1')],
    },
  );
  return splitFixture(dataset).dataset;
}

describe('periodOf', () => {
  it('widens days to their months, years to whole years, and keeps approximate spans', () => {
    expect(
      periodOf({ start: '2024-02-07', end: '2024-02-07', precision: 'day', label: null }),
    ).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(
      periodOf({ start: '2025-11-01', end: '2025-12-31', precision: 'month', label: null }),
    ).toEqual({
      start: '2025-11-01',
      end: '2025-12-31',
    });
    expect(
      periodOf({ start: '2023-01-01', end: '2023-12-31', precision: 'year', label: null }),
    ).toEqual({
      start: '2023-01-01',
      end: '2023-12-31',
    });
    expect(
      periodOf({ start: '2025-05-01', end: '2025-08-31', precision: 'approx', label: 'mid-2025' }),
    ).toEqual({ start: '2025-05-01', end: '2025-08-31' });
  });
});

describe('selectSilentOutlets', () => {
  it('names outlets that wrote about the same period but not about the event', () => {
    const dataset = februaryDataset();
    const d = dataset.events.find((e) => e.id === 'd')!;
    // d (7 Feb 2026, zee only): ndtv reports e in February, wion reports f for all of 2026.
    expect(selectSilentOutlets(dataset, d).map((o) => o.id)).toEqual(['ndtv', 'wion']);
  });

  it('does not call an outlet silent when it wrote nothing about that period', () => {
    const dataset = februaryDataset();
    const a = dataset.events.find((e) => e.id === 'a')!;
    expect(selectSilentOutlets(dataset, a)).toEqual([]);
  });
});

describe('selectCoverageMatrix', () => {
  it('counts quotes per cell and totals per row and column', () => {
    const dataset = februaryDataset();
    const matrix = selectCoverageMatrix(dataset, dataset.events, dataset.outlets);
    const row = (id: string) => matrix.cells[dataset.events.findIndex((e) => e.id === id)]!;
    // Columns: ndtv, wion, zee.
    expect(row('e').map((c) => [c.state, c.quoteCount])).toEqual([
      ['quoted', 2],
      ['silent', 0],
      ['quoted', 1],
    ]);
    expect(row('a').map((c) => c.state)).toEqual(['quoted', 'not-covering', 'not-covering']);
    expect(matrix.rowTotals).toEqual(dataset.events.map((e) => e.outletIds.length));
    expect(matrix.columnTotals).toEqual(
      dataset.outlets.map((o) => dataset.events.filter((e) => e.outletIds.includes(o.id)).length),
    );
    expect(matrix.totalQuotes).toBe(
      dataset.events.reduce((n, e) => n + e.quoteCounts.reduce((a, b) => a + b, 0), 0),
    );
  });

  it('follows the rows and columns it is given', () => {
    const dataset = februaryDataset();
    const events = dataset.events.filter((e) => e.id !== 'a');
    const outlets = dataset.outlets.filter((o) => o.id !== 'wion');
    const matrix = selectCoverageMatrix(dataset, events, outlets);
    expect(matrix.cells).toHaveLength(events.length);
    expect(matrix.cells.every((r) => r.length === 2)).toBe(true);
    expect(matrix.columnTotals).toHaveLength(2);
  });
});

describe('silences at scale', () => {
  /** The definition, pair by pair: another event of the period quoted by the outlet. */
  function bruteForceSilent(dataset: Dataset, eventId: string): string[] {
    const event = dataset.events.find((e) => e.id === eventId)!;
    const period = periodOf(event.date);
    return dataset.outlets
      .filter(
        (o) =>
          !event.outletIds.includes(o.id) &&
          dataset.events.some(
            (other) =>
              other.id !== event.id &&
              other.outletIds.includes(o.id) &&
              other.date.start <= period.end &&
              period.start <= other.date.end,
          ),
      )
      .map((o) => o.id);
  }

  it('agrees with comparing every pair of events, for spans, months, years and approximate dates', () => {
    const dataset = makeDataset();
    const template = dataset.events[0]!;
    // A small deterministic generator (a linear congruential sequence).
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const day = (offset: number) =>
      new Date(Date.UTC(2018, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const precisions = ['day', 'month', 'year', 'approx'] as const;
    dataset.events = Array.from({ length: 300 }, (_, i) => {
      const start = next(3000);
      const precision = precisions[next(4)]!;
      const length = precision === 'day' ? next(3) : precision === 'approx' ? next(200) : next(40);
      const outletIds = dataset.outlets.filter(() => next(3) === 0).map((o) => o.id);
      return {
        ...template,
        id: `e${i}`,
        date: {
          start: day(start),
          end: day(start + length),
          precision,
          label: precision === 'approx' ? 'about then' : null,
        },
        outletIds: outletIds.length ? outletIds : ['ndtv'],
      };
    });
    for (const event of dataset.events) {
      expect(selectSilentOutlets(dataset, event).map((o) => o.id)).toEqual(
        bruteForceSilent(dataset, event.id),
      );
    }
  });
});
