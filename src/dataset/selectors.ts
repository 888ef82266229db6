/**
 * Pure views of the dataset under the current filters. Nothing here is stored: the
 * store holds filter state by id, and these functions derive what is shown.
 */
import { foldForSearch, matchesAllTerms, queryTerms } from '../lib/text-search.ts';
import type { Article, Dataset, Outlet, Theme, TimelineEvent } from './schema.ts';

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
  /** Folded title, summary and quotes of each event, for search. */
  searchText: ReadonlyMap<string, string>;
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
      searchText: new Map(
        dataset.events.map((e) => [
          e.id,
          foldForSearch([e.title, e.summary, ...e.quotes.map((q) => q.text)].join('\n')).text,
        ]),
      ),
    };
    indexes.set(dataset, index);
  }
  return index;
}

interface Predicates {
  outlet: (event: TimelineEvent) => boolean;
  theme: (event: TimelineEvent) => boolean;
  search: (event: TimelineEvent) => boolean;
  differences: (event: TimelineEvent) => boolean;
}

function predicates(dataset: Dataset, filters: EventFilters): Predicates {
  const hiddenOutlets = new Set(filters.hiddenOutlets);
  const hiddenThemes = new Set(filters.hiddenThemes);
  const terms = queryTerms(filters.query);
  const { searchText } = selectIndex(dataset);
  return {
    outlet: (e) => e.outletIds.some((id) => !hiddenOutlets.has(id)),
    theme: (e) => e.themes.some((id) => !hiddenThemes.has(id)),
    search: (e) => terms.length === 0 || matchesAllTerms(searchText.get(e.id) ?? '', terms),
    differences: (e) => !filters.onlyDifferences || e.differences.length > 0,
  };
}

/** Events shown under the filters, in date order: quoted by a shown outlet, of a shown theme, matching the search. */
export function selectShownEvents(dataset: Dataset, filters: EventFilters): TimelineEvent[] {
  const p = predicates(dataset, filters);
  return dataset.events.filter((e) => p.outlet(e) && p.theme(e) && p.search(e) && p.differences(e));
}

/** For each outlet, how many events it reports under the other filters (themes, search). */
export function countEventsByOutlet(dataset: Dataset, filters: EventFilters): Map<string, number> {
  const p = predicates(dataset, filters);
  const counts = new Map(dataset.outlets.map((o) => [o.id, 0]));
  for (const event of dataset.events) {
    if (!p.theme(event) || !p.search(event) || !p.differences(event)) continue;
    for (const id of event.outletIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** For each theme, how many events have it under the other filters (outlets, search). */
export function countEventsByTheme(dataset: Dataset, filters: EventFilters): Map<string, number> {
  const p = predicates(dataset, filters);
  const counts = new Map(dataset.themes.map((t) => [t.id, 0]));
  for (const event of dataset.events) {
    if (!p.outlet(event) || !p.search(event) || !p.differences(event)) continue;
    for (const id of event.themes) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** How many events record a difference between outlets, under the other filters (outlets, themes, search). */
export function countEventsWithDifferences(dataset: Dataset, filters: EventFilters): number {
  const p = predicates(dataset, filters);
  return dataset.events.filter(
    (e) => e.differences.length > 0 && p.outlet(e) && p.theme(e) && p.search(e),
  ).length;
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
