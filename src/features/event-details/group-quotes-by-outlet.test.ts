import { describe, expect, it } from 'vitest';
import { selectIndex } from '../../dataset/selectors.ts';
import { splitFixture } from '../../dataset/dataset-fixture.ts';
import { makeDetailsDataset } from './event-details-fixture.ts';
import { groupQuotesByOutlet } from './group-quotes-by-outlet.ts';

const { dataset, events } = splitFixture(makeDetailsDataset());
const event = events[0]!;
const index = selectIndex(dataset);

describe('groupQuotesByOutlet', () => {
  it('groups by outlet in dataset order, articles oldest first, quotes in article order', () => {
    const { shown, hidden, hiddenQuoteCount } = groupQuotesByOutlet(event, dataset, index, []);
    expect(shown.map((g) => g.outlet.id)).toEqual(['ndtv', 'zee', 'wion']);
    const ndtv = shown[0]!;
    expect(ndtv.quoteCount).toBe(3);
    expect(ndtv.articles.map((a) => a.article.id)).toEqual(['ndtv-early', 'ndtv-late']);
    expect(ndtv.articles[1]!.quotes.map((q) => q.id)).toEqual(['ndtv-late-a', 'ndtv-late-b']);
    expect(hidden).toEqual([]);
    expect(hiddenQuoteCount).toBe(0);
  });

  it('puts hidden outlets apart and counts their quotes', () => {
    const groups = groupQuotesByOutlet(event, dataset, index, ['ndtv', 'wion']);
    expect(groups.shown.map((g) => g.outlet.id)).toEqual(['zee']);
    expect(groups.hidden.map((g) => g.outlet.id)).toEqual(['ndtv', 'wion']);
    expect(groups.hiddenQuoteCount).toBe(4);
  });

  it('leaves out outlets that did not quote the event', () => {
    const onlyZee = { ...event, quotes: event.quotes.filter((q) => q.outletId === 'zee') };
    expect(groupQuotesByOutlet(onlyZee, dataset, index, []).shown.map((g) => g.outlet.id)).toEqual([
      'zee',
    ]);
  });
});
