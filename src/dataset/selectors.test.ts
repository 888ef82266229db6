import { describe, expect, it } from 'vitest';
import { detailsLookup, makeDataset, makeFullDataset } from './dataset-fixture.ts';
import {
  countEventsByOutlet,
  countEventsByTheme,
  countEventsWithDifferences,
  NO_FILTERS,
  selectAdjacentEventId,
  selectShownEvents,
  type DetailsLookup,
} from './selectors.ts';

const dataset = makeDataset();
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('selectShownEvents', () => {
  it('shows every event with no filters, in date order', () => {
    expect(ids(selectShownEvents(dataset, NO_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('hides an event only when none of the outlets quoting it is shown', () => {
    const shown = selectShownEvents(dataset, { ...NO_FILTERS, hiddenOutlets: ['ndtv'] });
    // b is also quoted by wion, so it stays.
    expect(ids(shown)).toEqual(['b', 'c', 'd']);
  });

  it('filters by theme the same way', () => {
    expect(ids(selectShownEvents(dataset, { ...NO_FILTERS, hiddenThemes: ['security'] }))).toEqual([
      'b',
      'c',
    ]);
  });

  it('searches titles, summaries and quotes, case- and accent-insensitively, all words required', () => {
    const detailsOf = detailsLookup(makeFullDataset());
    const search = (query: string) =>
      ids(selectShownEvents(dataset, { ...NO_FILTERS, query }, detailsOf));
    expect(search('MONTREAL')).toEqual(['c']);
    expect(search('quote zee')).toEqual(['d']);
    expect(search('montreal zee')).toEqual([]);
    // Words split between the summary and a quote.
    expect(search('summary zee')).toEqual(['d']);
  });

  it('searches only the titles of events whose summaries and quotes have not loaded', () => {
    const full = detailsLookup(makeFullDataset());
    const onlyB: DetailsLookup = (event) => (event.id === 'b' ? full(event) : undefined);
    const search = (query: string) =>
      ids(selectShownEvents(dataset, { ...NO_FILTERS, query }, onlyB));
    expect(search('quote')).toEqual(['b']);
    expect(search('summary')).toEqual(['b']);
    // c is titled "Carney sworn in at Montréal".
    expect(search('title')).toEqual(['a', 'b', 'd']);
  });
});

describe('counts under the other filters', () => {
  it('counts events per outlet ignoring the outlet filter itself', () => {
    const counts = countEventsByOutlet(dataset, { ...NO_FILTERS, hiddenOutlets: ['ndtv', 'wion'] });
    expect(Object.fromEntries(counts)).toEqual({ ndtv: 2, wion: 2, zee: 1 });
  });

  it('applies theme and search filters to outlet counts', () => {
    const counts = countEventsByOutlet(dataset, { ...NO_FILTERS, hiddenThemes: ['trade'] });
    expect(Object.fromEntries(counts)).toEqual({ ndtv: 2, wion: 1, zee: 1 });
  });

  it('counts events per theme under the outlet filter', () => {
    const counts = countEventsByTheme(dataset, { ...NO_FILTERS, hiddenOutlets: ['zee'] });
    expect(Object.fromEntries(counts)).toEqual({ security: 2, trade: 2 });
  });
});

describe('countEventsWithDifferences', () => {
  const withDifferences = makeDataset();
  for (const id of ['b', 'd']) withDifferences.events.find((e) => e.id === id)!.differenceCount = 1;

  it('counts the events with a recorded difference, under the other filters', () => {
    expect(countEventsWithDifferences(withDifferences, NO_FILTERS)).toBe(2);
    expect(
      countEventsWithDifferences(withDifferences, { ...NO_FILTERS, hiddenOutlets: ['zee'] }),
    ).toBe(1);
    expect(
      countEventsWithDifferences(withDifferences, { ...NO_FILTERS, hiddenThemes: ['security'] }),
    ).toBe(1);
    expect(countEventsWithDifferences(dataset, NO_FILTERS)).toBe(0);
  });

  it('does not depend on the differences filter itself', () => {
    expect(
      countEventsWithDifferences(withDifferences, { ...NO_FILTERS, onlyDifferences: true }),
    ).toBe(2);
  });

  it('agrees with the events shown when the filter is on', () => {
    const filters = { ...NO_FILTERS, onlyDifferences: true, hiddenOutlets: ['ndtv'] };
    expect(ids(selectShownEvents(withDifferences, filters))).toEqual(['b', 'd']);
    expect(countEventsWithDifferences(withDifferences, filters)).toBe(2);
  });
});

describe('selectAdjacentEventId', () => {
  const shown = selectShownEvents(dataset, NO_FILTERS);
  it('steps through shown events and stops at the ends', () => {
    expect(selectAdjacentEventId(shown, 'b', 1)).toBe('c');
    expect(selectAdjacentEventId(shown, 'b', -1)).toBe('a');
    expect(selectAdjacentEventId(shown, 'd', 1)).toBe('d');
  });
  it('starts from the first (next) or last (previous) without a current event', () => {
    expect(selectAdjacentEventId(shown, null, 1)).toBe('a');
    expect(selectAdjacentEventId(shown, null, -1)).toBe('d');
    expect(selectAdjacentEventId([], null, 1)).toBeNull();
  });
});
