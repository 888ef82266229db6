import type { BriefingQuote } from '../../briefing/briefing.ts';
import type { Article, Outlet, Quote } from '../../dataset/schema.ts';

export interface SlideOutlet {
  outlet: Outlet;
  articles: { article: Article; quotes: Quote[] }[];
}

/** A slide's quotes as one card per outlet, article by article, in the briefing's order. */
export function groupSlideQuotes(quotes: readonly BriefingQuote[]): SlideOutlet[] {
  const groups: SlideOutlet[] = [];
  for (const { quote, outlet, article } of quotes) {
    let group = groups.find((g) => g.outlet.id === outlet.id);
    if (!group) {
      group = { outlet, articles: [] };
      groups.push(group);
    }
    let entry = group.articles.find((a) => a.article.id === article.id);
    if (!entry) {
      entry = { article, quotes: [] };
      group.articles.push(entry);
    }
    entry.quotes.push(quote);
  }
  return groups;
}
