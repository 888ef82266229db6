import { describe, expect, it } from 'vitest';
import { makeDataset } from './dataset-fixture.ts';
import { periodOf, selectCoverageMatrix, selectSilentOutlets } from './coverage.ts';
import type { Dataset } from './schema.ts';

/** The fixture plus two more February 2026 events, so that outlets overlap in time. */
function februaryDataset(): Dataset {
  const dataset = makeDataset();
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
  return dataset;
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
    expect(matrix.totalQuotes).toBe(dataset.events.reduce((n, e) => n + e.quotes.length, 0));
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
