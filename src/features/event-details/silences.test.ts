import { describe, expect, it } from 'vitest';
import { splitFixture, type SplitFixture } from '../../dataset/dataset-fixture.ts';
import type { CompiledEvent } from '../../dataset/split-dataset.ts';
import { makeDetailsDataset } from './event-details-fixture.ts';
import { describePeriod, selectSilences } from './silences.ts';

/** The fixture plus a second February event that only NDTV reports. */
function withOtherEvent(): SplitFixture {
  const dataset = makeDetailsDataset();
  const talks = dataset.events[0]!;
  const quote = talks.quotes.find((q) => q.outletId === 'ndtv')!;
  const other: CompiledEvent = {
    ...talks,
    id: 'visit',
    title: 'Visit',
    date: { start: '2026-02-20', end: '2026-02-20', precision: 'day', label: null },
    outletIds: ['ndtv'],
    quotes: [{ ...quote, id: 'ndtv-visit' }],
    differences: [],
  };
  dataset.events.push(other);
  return splitFixture(dataset);
}

describe('selectSilences', () => {
  it('names the outlets that report another event of the month but not this one', () => {
    const { dataset } = withOtherEvent();
    const visit = dataset.events[1]!;
    const silences = selectSilences(dataset, visit, []);
    expect(silences.shown.map((o) => o.name)).toEqual(['Zee News', 'WION']);
    expect(silences.hidden).toEqual([]);
    expect(silences.period).toBe('Feb 2026');
    expect(selectSilences(dataset, dataset.events[0]!, []).shown).toEqual([]);
  });

  it('folds hidden outlets apart', () => {
    const { dataset } = withOtherEvent();
    const silences = selectSilences(dataset, dataset.events[1]!, ['wion']);
    expect(silences.shown.map((o) => o.name)).toEqual(['Zee News']);
    expect(silences.hidden.map((o) => o.name)).toEqual(['WION']);
  });
});

describe('describePeriod', () => {
  it.each([
    [{ start: '2026-02-07', end: '2026-02-07', precision: 'day' as const }, 'Feb 2026'],
    [{ start: '2026-01-30', end: '2026-02-02', precision: 'day' as const }, 'Jan–Feb 2026'],
    [{ start: '2025-11-01', end: '2025-11-30', precision: 'month' as const }, 'Nov 2025'],
    [{ start: '2024-01-01', end: '2024-12-31', precision: 'year' as const }, '2024'],
  ])('says the period of %j as %s', (date, words) => {
    expect(describePeriod({ ...date, label: null })).toBe(words);
  });

  it('uses the words of an approximate date', () => {
    expect(
      describePeriod({
        start: '2025-05-01',
        end: '2025-08-31',
        precision: 'approx',
        label: 'mid-2025',
      }),
    ).toBe('mid-2025');
  });
});
