/**
 * Pure views of the dataset under the current filters. Nothing here is stored: the
 * store holds filter state by id, and these functions derive what is shown.
 */
import { foldText, queryTerms } from '../lib/text-search.ts';
import type { Article, Dataset, EventDetails, Outlet, Theme, TimelineEvent } from './schema.ts';

export interface EventFilters {
  /** Outlets the reader has switched off. */
  hiddenOutlets: readonly string[];
  /** Themes the reader has switched off. */
  hiddenThemes: readonly string[];
  /** Free-text search; empty for none. */
  query: string;
  /** Only events on which the dataset records that outlets differ. */
  onlyDifferences: boolean;
}

export const NO_FILTERS: EventFilters = {
  hiddenOutlets: [],
  hiddenThemes: [],
  query: '',
  onlyDifferences: false,
};

export interface DatasetIndex {
  eventsById: ReadonlyMap<string, TimelineEvent>;
  outletsById: ReadonlyMap<string, Outlet>;
  themesById: ReadonlyMap<string, Theme>;
  articlesById: ReadonlyMap<string, Article>;
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** Lookups built once per dataset. */
export function selectIndex(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = {
      eventsById: new Map(dataset.events.map((e) => [e.id, e])),
      outletsById: new Map(dataset.outlets.map((o) => [o.id, o])),
      themesById: new Map(dataset.themes.map((t) => [t.id, t])),
      articlesById: new Map(dataset.articles.map((a) => [a.id, a])),
    };
    indexes.set(dataset, index);
  }
  return index;
}

/**
 * The summaries and quotes of events whose part of the dataset has loaded. Search looks
 * into those as well as into every event's title.
 */
export type DetailsLookup = (event: TimelineEvent) => EventDetails | undefined;

export const NO_DETAILS: DetailsLookup = () => undefined;

// Folded once per event and per loaded part, and only once a search needs them.
const foldedTitles = new WeakMap<TimelineEvent, string>();
const foldedDetails = new WeakMap<EventDetails, string>();

function titleText(event: TimelineEvent): string {
  let text = foldedTitles.get(event);
  if (text === undefined) {
    text = foldText(event.title);
    foldedTitles.set(event, text);
  }
  return text;
}

function detailsText(details: EventDetails): string {
  let text = foldedDetails.get(details);
  if (text === undefined) {
    text = foldText([details.summary, ...details.quotes.map((q) => q.text)].join('\n'));
    foldedDetails.set(details, text);
  }
  return text;
}

interface Predicates {
  outlet: (event: TimelineEvent) => boolean;
  theme: (event: TimelineEvent) => boolean;
  search: (event: TimelineEvent) => boolean;
  differences: (event: TimelineEvent) => boolean;
}

function predicates(filters: EventFilters, detailsOf: DetailsLookup): Predicates {
  const hiddenOutlets = new Set(filters.hiddenOutlets);
  const hiddenThemes = new Set(filters.hiddenThemes);
  const terms = queryTerms(filters.query);
  const matches = (event: TimelineEvent) => {
    const title = titleText(event);
    const details = detailsOf(event);
    const rest = details ? detailsText(details) : '';
    // Every term, each in the title, the summary or a quote.
    return terms.every((term) => title.includes(term) || rest.includes(term));
  };
  return {
    outlet: (e) => hiddenOutlets.size === 0 || e.outletIds.some((id) => !hiddenOutlets.has(id)),
    theme: (e) => hiddenThemes.size === 0 || e.themes.some((id) => !hiddenThemes.has(id)),
    search: (e) => terms.length === 0 || matches(e),
    differences: (e) => !filters.onlyDifferences || e.differenceCount > 0,
  };
}

interface ShownCache {
  filters: EventFilters;
  detailsOf: DetailsLookup;
  shown: TimelineEvent[];
}

// The last answer per dataset: every panel asks the same question on each change.
const lastShown = new WeakMap<Dataset, ShownCache>();

/**
 * Events shown under the filters, in date order: quoted by a shown outlet, of a shown theme,
 * matching the search (in titles, and in the summaries and quotes `detailsOf` has).
 */
export function selectShownEvents(
  dataset: Dataset,
  filters: EventFilters,
  detailsOf: DetailsLookup = NO_DETAILS,
): TimelineEvent[] {
  const cached = lastShown.get(dataset);
  if (cached && cached.detailsOf === detailsOf && sameFilters(cached.filters, filters)) {
    return cached.shown;
  }
  const p = predicates(filters, detailsOf);
  const shown = dataset.events.filter(
    (e) => p.outlet(e) && p.theme(e) && p.search(e) && p.differences(e),
  );
  lastShown.set(dataset, { filters, detailsOf, shown });
  return shown;
}

function sameFilters(a: EventFilters, b: EventFilters): boolean {
  return (
    a.query === b.query &&
    a.onlyDifferences === b.onlyDifferences &&
    a.hiddenOutlets.join('\n') === b.hiddenOutlets.join('\n') &&
    a.hiddenThemes.join('\n') === b.hiddenThemes.join('\n')
  );
}

/** For each outlet, how many events it reports under the other filters (themes, search). */
export function countEventsByOutlet(
  dataset: Dataset,
  filters: EventFilters,
  detailsOf: DetailsLookup = NO_DETAILS,
): Map<string, number> {
  const p = predicates(filters, detailsOf);
  const counts = new Map(dataset.outlets.map((o) => [o.id, 0]));
  for (const event of dataset.events) {
    if (!p.theme(event) || !p.search(event) || !p.differences(event)) continue;
    for (const id of event.outletIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** For each theme, how many events have it under the other filters (outlets, search). */
export function countEventsByTheme(
  dataset: Dataset,
  filters: EventFilters,
  detailsOf: DetailsLookup = NO_DETAILS,
): Map<string, number> {
  const p = predicates(filters, detailsOf);
  const counts = new Map(dataset.themes.map((t) => [t.id, 0]));
  for (const event of dataset.events) {
    if (!p.outlet(event) || !p.search(event) || !p.differences(event)) continue;
    for (const id of event.themes) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** How many events record a difference between outlets, under the other filters (outlets, themes, search). */
export function countEventsWithDifferences(
  dataset: Dataset,
  filters: EventFilters,
  detailsOf: DetailsLookup = NO_DETAILS,
): number {
  const p = predicates(filters, detailsOf);
  let count = 0;
  for (const e of dataset.events) {
    if (e.differenceCount > 0 && p.outlet(e) && p.theme(e) && p.search(e)) count += 1;
  }
  return count;
}

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.hiddenOutlets.length > 0 ||
    filters.hiddenThemes.length > 0 ||
    filters.query.trim() !== '' ||
    filters.onlyDifferences
  );
}

/**
 * The event `step` places from `currentId` among the shown events (-1 previous, +1 next),
 * staying at the ends. With no current event (or one now hidden), next starts at the first
 * shown event and previous at the last.
 */
export function selectAdjacentEventId(
  shown: readonly TimelineEvent[],
  currentId: string | null,
  step: -1 | 1,
): string | null {
  if (shown.length === 0) return null;
  const at = currentId === null ? -1 : shown.findIndex((e) => e.id === currentId);
  if (at === -1) return (step === 1 ? shown[0] : shown.at(-1))?.id ?? null;
  const next = Math.min(shown.length - 1, Math.max(0, at + step));
  return shown[next]?.id ?? null;
}
