import type { DatasetIndex } from '../../dataset/selectors.ts';
import type { Article, Difference, EventDetails, Outlet, Quote } from '../../dataset/schema.ts';

export interface AttributedQuote {
  quote: Quote;
  outlet: Outlet;
  article: Article;
}

export interface PositionQuotes {
  label: string;
  /** Quotes from outlets the reader has not hidden, in the order the dataset lists them. */
  shown: AttributedQuote[];
  /** Quotes from hidden outlets, folded away like the hidden outlets' quotes elsewhere. */
  hidden: AttributedQuote[];
}

/** Each position of a difference with the quotes that take it, split by the outlet filter. */
export function groupDifferenceQuotes(
  difference: Difference,
  event: Pick<EventDetails, 'quotes'>,
  index: Pick<DatasetIndex, 'outletsById' | 'articlesById'>,
  hiddenOutlets: readonly string[],
): PositionQuotes[] {
  const hidden = new Set(hiddenOutlets);
  const quotesById = new Map(event.quotes.map((q) => [q.id, q]));
  return difference.positions.map((position) => {
    const group: PositionQuotes = { label: position.label, shown: [], hidden: [] };
    for (const id of position.quoteIds) {
      const quote = quotesById.get(id);
      const outlet = quote && index.outletsById.get(quote.outletId);
      const article = quote && index.articlesById.get(quote.articleId);
      // The compiler guarantees all three exist; skip rather than crash.
      if (!quote || !outlet || !article) continue;
      (hidden.has(outlet.id) ? group.hidden : group.shown).push({ quote, outlet, article });
    }
    return group;
  });
}
