/**
 * What a briefing presents, prints or exports: the events in order, each with the quotes of
 * the shown outlets and the article each quote comes from. One pure function feeds the
 * presentation, the handout and every export, so they can never disagree.
 */
import {
  NO_DETAILS,
  selectIndex,
  selectShownEvents,
  type DetailsLookup,
  type EventFilters,
} from '../dataset/selectors.ts';
import type {
  Article,
  Dataset,
  FullEvent,
  Outlet,
  Quote,
  TimelineEvent,
} from '../dataset/schema.ts';
import type { Pack } from './pack.ts';

export interface BriefingQuote {
  quote: Quote;
  outlet: Outlet;
  article: Article;
}

/** What a briefing is about, before its quotes are loaded: which events, in which order. */
export interface BriefingPlan {
  title: string;
  /** What is in effect, in words: "All outlets and themes" or the filters and search. */
  scopeDescription: string;
  /** First and last day of the dataset. */
  range: { start: string; end: string };
  /** The outlets shown, in dataset order: whose quotes the briefing carries. */
  outlets: Outlet[];
  items: BriefingItem[];
}

export interface BriefingItem {
  event: TimelineEvent;
  /** The pack's speaker note; '' outside a pack. */
  note: string;
}

export interface BriefingEvent {
  event: FullEvent;
  /** Quotes of the shown outlets, grouped by outlet in dataset order. */
  quotes: BriefingQuote[];
  /** The pack's speaker note; '' outside a pack. */
  note: string;
}

/** A briefing with its quotes: what the slides, the handout and every export are made of. */
export interface Briefing extends Omit<BriefingPlan, 'items'> {
  events: BriefingEvent[];
}

export const VIEW_BRIEFING_TITLE = 'India–Canada relations, 2018–2026';

/**
 * The briefing for the current view, or for `pack` when one is given: then the pack's events
 * in the pack's order (whatever the filters). `detailsOf` is what the search looks into.
 */
export function selectBriefingPlan(
  dataset: Dataset,
  filters: EventFilters,
  pack: Pack | null,
  detailsOf: DetailsLookup = NO_DETAILS,
): BriefingPlan {
  const index = selectIndex(dataset);
  const hiddenOutlets = new Set(filters.hiddenOutlets);
  const outlets = dataset.outlets.filter((o) => !hiddenOutlets.has(o.id));
  if (pack) {
    return {
      title: pack.title,
      scopeDescription: `${pack.items.length} events chosen for this briefing · ${describeOutlets(dataset, filters)}`,
      range: dataset.range,
      outlets,
      items: pack.items.flatMap((item) => {
        const event = index.eventsById.get(item.eventId);
        return event ? [{ event, note: item.note }] : [];
      }),
    };
  }
  return {
    title: VIEW_BRIEFING_TITLE,
    scopeDescription: describeFilters(dataset, filters),
    range: dataset.range,
    outlets,
    items: selectShownEvents(dataset, filters, detailsOf).map((event) => ({ event, note: '' })),
  };
}

/** One event of a plan with its quotes: those of the plan's outlets, grouped in their order. */
export function briefingEvent(
  plan: Pick<BriefingPlan, 'outlets'>,
  dataset: Dataset,
  event: FullEvent,
  note: string,
): BriefingEvent {
  const index = selectIndex(dataset);
  const outletOrder = new Map(plan.outlets.map((o, i) => [o.id, i]));
  return {
    event,
    note,
    quotes: event.quotes
      .filter((q) => outletOrder.has(q.outletId))
      .sort((a, b) => outletOrder.get(a.outletId)! - outletOrder.get(b.outletId)!)
      .map((quote) => ({
        quote,
        outlet: index.outletsById.get(quote.outletId)!,
        article: index.articlesById.get(quote.articleId)!,
      })),
  };
}

/** The plan with every event's quotes; `fullEvents` are the plan's events with their details, in order. */
export function completeBriefing(
  plan: BriefingPlan,
  dataset: Dataset,
  fullEvents: readonly FullEvent[],
): Briefing {
  const { items, ...rest } = plan;
  return {
    ...rest,
    events: items.map((item, i) => briefingEvent(plan, dataset, fullEvents[i]!, item.note)),
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
