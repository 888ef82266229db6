import { describe, expect, it } from 'vitest';
import { makeCompiledDataset, makeDataset } from '../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../dataset/selectors.ts';
import { describeFilters } from './briefing.ts';
import { selectFullBriefing } from './briefing-fixture.ts';

const dataset = makeCompiledDataset();
const index = makeDataset();

describe('selectBriefing', () => {
  it('covers the shown events in date order with only the shown outlets’ quotes', () => {
    const filters = { ...NO_FILTERS, hiddenOutlets: ['wion'] };
    const briefing = selectFullBriefing(dataset, filters, null);
    const shown = dataset.events.filter((e) => e.outletIds.some((id) => id !== 'wion'));
    expect(briefing.events.map((b) => b.event.id)).toEqual(shown.map((e) => e.id));
    for (const { quotes } of briefing.events) {
      expect(quotes.every((q) => q.quote.outletId !== 'wion')).toBe(true);
      expect(quotes.every((q) => q.article.id === q.quote.articleId)).toBe(true);
    }
  });

  it('follows a pack’s order and notes, whatever the filters', () => {
    const pack = {
      id: 'p',
      title: 'Brief',
      items: [
        { eventId: 'c', note: 'first' },
        { eventId: 'a', note: '' },
      ],
    };
    const briefing = selectFullBriefing(dataset, { ...NO_FILTERS, query: 'zzz' }, pack);
    expect(briefing.title).toBe('Brief');
    expect(briefing.events.map((b) => [b.event.id, b.note])).toEqual([
      ['c', 'first'],
      ['a', ''],
    ]);
  });
});

describe('describeFilters', () => {
  it('says what is in effect', () => {
    expect(describeFilters(index, NO_FILTERS)).toBe('All outlets · all themes');
    expect(
      describeFilters(index, {
        ...NO_FILTERS,
        hiddenOutlets: ['ndtv'],
        hiddenThemes: ['trade'],
        query: ' doval ',
      }),
    ).toMatch(/^Outlets: .+ · themes: .+ · search: “doval”$/);
  });
});
