import type { DatasetIndex } from '../../dataset/selectors.ts';
import type { Article, Dataset, EventDetails, Outlet, Quote } from '../../dataset/schema.ts';

export interface ArticleQuoteGroup {
  article: Article;
  /** In the order they appear in the article. */
  quotes: Quote[];
}

export interface OutletQuoteGroup {
  outlet: Outlet;
  /** Oldest first. */
  articles: ArticleQuoteGroup[];
  quoteCount: number;
}

export interface GroupedQuotes {
  /** Outlets the reader has not hidden, in dataset outlet order. */
  shown: OutletQuoteGroup[];
  /** Outlets the reader has hidden, in dataset outlet order. */
  hidden: OutletQuoteGroup[];
  hiddenQuoteCount: number;
}

/** An event's quotes by outlet, then by article, split by the outlet filter. */
export function groupQuotesByOutlet(
  event: Pick<EventDetails, 'quotes'>,
  dataset: Dataset,
  index: Pick<DatasetIndex, 'articlesById'>,
  hiddenOutlets: readonly string[],
): GroupedQuotes {
  const hidden = new Set(hiddenOutlets);
  const groups: GroupedQuotes = { shown: [], hidden: [], hiddenQuoteCount: 0 };
  for (const outlet of dataset.outlets) {
    const byArticle = new Map<string, ArticleQuoteGroup>();
    for (const quote of event.quotes) {
      if (quote.outletId !== outlet.id) continue;
      const article = index.articlesById.get(quote.articleId);
      if (!article) continue; // The schema guarantees it exists; skip rather than crash.
      let entry = byArticle.get(article.id);
      if (!entry) byArticle.set(article.id, (entry = { article, quotes: [] }));
      entry.quotes.push(quote);
    }
    if (byArticle.size === 0) continue;
    const articles = [...byArticle.values()].sort(
      (a, b) =>
        a.article.published.date.localeCompare(b.article.published.date) ||
        a.article.id.localeCompare(b.article.id),
    );
    for (const entry of articles) entry.quotes.sort((a, b) => a.start - b.start);
    const quoteCount = articles.reduce((n, a) => n + a.quotes.length, 0);
    const group = { outlet, articles, quoteCount };
    if (hidden.has(outlet.id)) {
      groups.hidden.push(group);
      groups.hiddenQuoteCount += quoteCount;
    } else {
      groups.shown.push(group);
    }
  }
  return groups;
}
