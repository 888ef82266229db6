/** What the corpus holds from each outlet: its articles and the span of events it reports. */
import type { Article, Dataset, Outlet, TimelineEvent } from './schema.ts';

export interface OutletFacts {
  outlet: Outlet;
  /** The outlet's articles in the corpus, oldest first. */
  articles: Article[];
  /** Events the outlet quotes, and the quotes it gives for them. */
  eventCount: number;
  quoteCount: number;
  /** The earliest and latest event the outlet reports (by date); null when it reports none. */
  firstEvent: TimelineEvent | null;
  lastEvent: TimelineEvent | null;
}

/** One entry per outlet, in the dataset's outlet order. Events are in date order already. */
export function selectOutletFacts(dataset: Dataset): OutletFacts[] {
  const facts = new Map<string, OutletFacts>(
    dataset.outlets.map((outlet) => [
      outlet.id,
      { outlet, articles: [], eventCount: 0, quoteCount: 0, firstEvent: null, lastEvent: null },
    ]),
  );
  for (const article of dataset.articles) facts.get(article.outletId)?.articles.push(article);
  for (const event of dataset.events) {
    event.outletIds.forEach((id, i) => {
      const entry = facts.get(id);
      if (!entry) return;
      entry.eventCount += 1;
      entry.quoteCount += event.quoteCounts[i]!;
      entry.firstEvent ??= event;
      entry.lastEvent = event;
    });
  }
  for (const entry of facts.values()) {
    entry.articles.sort(
      (a, b) => compare(a.published.date, b.published.date) || compare(a.id, b.id),
    );
  }
  return [...facts.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
