import { describe, expect, it } from 'vitest';
import { selectFullBriefing } from '../../briefing/briefing-fixture.ts';
import { makeCompiledDataset } from '../../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../../dataset/selectors.ts';
import { groupSlideQuotes } from './group-slide-quotes.ts';

describe('groupSlideQuotes', () => {
  it('makes one card per outlet in the briefing’s order, with every quote once', () => {
    const dataset = makeCompiledDataset();
    const briefing = selectFullBriefing(dataset, NO_FILTERS, null);
    for (const { quotes } of briefing.events) {
      const groups = groupSlideQuotes(quotes);
      expect(groups.map((g) => g.outlet.id)).toEqual([...new Set(quotes.map((q) => q.outlet.id))]);
      expect(groups.flatMap((g) => g.articles.flatMap((a) => a.quotes))).toEqual(
        quotes.map((q) => q.quote),
      );
      for (const group of groups) {
        for (const { article, quotes: articleQuotes } of group.articles) {
          expect(article.outletId).toBe(group.outlet.id);
          expect(articleQuotes.every((q) => q.articleId === article.id)).toBe(true);
        }
      }
    }
  });
  it('has no cards when no outlet is shown', () => {
    expect(groupSlideQuotes([])).toEqual([]);
  });
});
