/**
 * What a briefing presents, prints or exports: the events in order, each with the quotes of
 * the shown outlets and the article each quote comes from. One pure function feeds the
 * presentation, the handout and every export, so they can never disagree.
 */
import { selectIndex, selectShownEvents, type EventFilters } from '../dataset/selectors.ts';
import type { Article, Dataset, Outlet, Quote, TimelineEvent } from '../dataset/schema.ts';
import type { Pack } from './pack.ts';

export interface BriefingQuote {
  quote: Quote;
  outlet: Outlet;
  article: Article;
}

export interface BriefingEvent {
  event: TimelineEvent;
  /** Quotes of the shown outlets, grouped by outlet in dataset order. */
  quotes: BriefingQuote[];
  /** The pack's speaker note; '' outside a pack. */
  note: string;
}

export interface Briefing {
  title: string;
  /** What is in effect, in words: "All outlets and themes" or the filters and search. */
  scopeDescription: string;
  /** First and last day of the dataset. */
  range: { start: string; end: string };
  /** The outlets shown, in dataset order: whose quotes the briefing carries. */
  outlets: Outlet[];
  events: BriefingEvent[];
}

export const VIEW_BRIEFING_TITLE = 'India–Canada relations, 2018–2026';

/**
 * The briefing for the current view, or for `pack` when one is given: then the pack's events
 * in the pack's order (whatever the filters), with the quotes of the shown outlets.
 */
export function selectBriefing(
  dataset: Dataset,
  filters: EventFilters,
  pack: Pack | null,
): Briefing {
  const index = selectIndex(dataset);
  const hiddenOutlets = new Set(filters.hiddenOutlets);
  const outletOrder = new Map(dataset.outlets.map((o, i) => [o.id, i]));
  const outlets = dataset.outlets.filter((o) => !hiddenOutlets.has(o.id));
  const withQuotes = (event: TimelineEvent, note: string): BriefingEvent => ({
    event,
    note,
    quotes: event.quotes
      .filter((q) => !hiddenOutlets.has(q.outletId))
      .sort((a, b) => (outletOrder.get(a.outletId) ?? 0) - (outletOrder.get(b.outletId) ?? 0))
      .map((quote) => ({
        quote,
        outlet: index.outletsById.get(quote.outletId)!,
        article: index.articlesById.get(quote.articleId)!,
      })),
  });

  if (pack) {
    return {
      title: pack.title,
      scopeDescription: `${pack.items.length} events chosen for this briefing · ${describeOutlets(dataset, filters)}`,
      range: dataset.range,
      outlets,
      events: pack.items.flatMap((item) => {
        const event = index.eventsById.get(item.eventId);
        return event ? [withQuotes(event, item.note)] : [];
      }),
    };
  }
  return {
    title: VIEW_BRIEFING_TITLE,
    scopeDescription: describeFilters(dataset, filters),
    range: dataset.range,
    outlets,
    events: selectShownEvents(dataset, filters).map((e) => withQuotes(e, '')),
  };
}

/** The filters in effect, in words a reader of the handout understands. */
export function describeFilters(dataset: Dataset, filters: EventFilters): string {
  const parts = [describeOutlets(dataset, filters)];
  const hiddenThemes = new Set(filters.hiddenThemes);
  const themes = dataset.themes.filter((t) => !hiddenThemes.has(t.id));
  parts.push(
    themes.length === dataset.themes.length
      ? 'all themes'
      : `themes: ${themes.map((t) => t.label).join(', ') || 'none'}`,
  );
  if (filters.query.trim()) parts.push(`search: “${filters.query.trim()}”`);
  if (filters.onlyDifferences) parts.push('only events where outlets differ');
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function describeOutlets(dataset: Dataset, filters: EventFilters): string {
  const hidden = new Set(filters.hiddenOutlets);
  const outlets = dataset.outlets.filter((o) => !hidden.has(o.id));
  return outlets.length === dataset.outlets.length
    ? 'all outlets'
    : `outlets: ${outlets.map((o) => o.name).join(', ') || 'none'}`;
}
