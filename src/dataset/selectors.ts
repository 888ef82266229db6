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

/**
 * Each event's outlets and themes as small numbers in flat arrays, built once per dataset:
 * a filter then tests flags in typed arrays, not strings in sets, which keeps a toggle at
 * 50,000 events within a frame or two.
 */
interface FilterIndex {
  outletNumbers: ReadonlyMap<string, number>;
  themeNumbers: ReadonlyMap<string, number>;
  /** Event i's outlets are `outletRefs[outletStarts[i] .. outletStarts[i + 1]]`. */
  outletStarts: Int32Array;
  outletRefs: Uint16Array;
  themeStarts: Int32Array;
  themeRefs: Uint16Array;
}

const filterIndexes = new WeakMap<Dataset, FilterIndex>();

function filterIndex(dataset: Dataset): FilterIndex {
  let index = filterIndexes.get(dataset);
  if (!index) {
    const outletNumbers = new Map(dataset.outlets.map((o, i) => [o.id, i]));
    const themeNumbers = new Map(dataset.themes.map((t, i) => [t.id, i]));
    const flatten = (key: 'outletIds' | 'themes', numbers: Map<string, number>) => {
      const starts = new Int32Array(dataset.events.length + 1);
      const refs: number[] = [];
      for (let i = 0; i < dataset.events.length; i++) {
        starts[i] = refs.length;
        // An id the dataset does not list (the schema refuses those) is never hidden.
        for (const id of dataset.events[i]![key]) refs.push(numbers.get(id) ?? 0xffff);
      }
      starts[dataset.events.length] = refs.length;
      return { starts, refs: Uint16Array.from(refs) };
    };
    const outlets = flatten('outletIds', outletNumbers);
    const themes = flatten('themes', themeNumbers);
    index = {
      outletNumbers,
      themeNumbers,
      outletStarts: outlets.starts,
      outletRefs: outlets.refs,
      themeStarts: themes.starts,
      themeRefs: themes.refs,
    };
    filterIndexes.set(dataset, index);
  }
  return index;
}

/** Flags by number: 1 for each id hidden. */
function hiddenFlags(numbers: ReadonlyMap<string, number>, hidden: readonly string[]): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const id of hidden) {
    const n = numbers.get(id);
    if (n !== undefined) flags[n] = 1;
  }
  return flags;
}

/** Whether any of event i's refs is not hidden. */
function anyShown(starts: Int32Array, refs: Uint16Array, hidden: Uint8Array, i: number): boolean {
  for (let k = starts[i]!; k < starts[i + 1]!; k++) if (hidden[refs[k]!] === 0) return true;
  return false;
}

/** Each filter as a test of the event at position i of the dataset. */
interface Predicates {
  outlet: (i: number) => boolean;
  theme: (i: number) => boolean;
  search: (i: number) => boolean;
  differences: (i: number) => boolean;
}

function predicates(dataset: Dataset, filters: EventFilters, detailsOf: DetailsLookup): Predicates {
  const index = filterIndex(dataset);
  const { events } = dataset;
  const hiddenOutlets = hiddenFlags(index.outletNumbers, filters.hiddenOutlets);
  const hiddenThemes = hiddenFlags(index.themeNumbers, filters.hiddenThemes);
  const terms = queryTerms(filters.query);
  const matches = (event: TimelineEvent) => {
    const title = titleText(event);
    const details = detailsOf(event);
    const rest = details ? detailsText(details) : '';
    // Every term, each in the title, the summary or a quote.
    return terms.every((term) => title.includes(term) || rest.includes(term));
  };
  return {
    outlet:
      filters.hiddenOutlets.length === 0
        ? () => true
        : (i) => anyShown(index.outletStarts, index.outletRefs, hiddenOutlets, i),
    theme:
      filters.hiddenThemes.length === 0
        ? () => true
        : (i) => anyShown(index.themeStarts, index.themeRefs, hiddenThemes, i),
    search: terms.length === 0 ? () => true : (i) => matches(events[i]!),
    differences: filters.onlyDifferences ? (i) => events[i]!.differenceCount > 0 : () => true,
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
 * matching the search (in titles, and in the summaries and quotes `detailsOf` has). The same
 * question twice running gets the same array back.
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
  const p = predicates(dataset, filters, detailsOf);
  const shown: TimelineEvent[] = [];
  dataset.events.forEach((e, i) => {
    if (p.outlet(i) && p.theme(i) && p.search(i) && p.differences(i)) shown.push(e);
  });
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
  const p = predicates(dataset, filters, detailsOf);
  const { outletStarts, outletRefs } = filterIndex(dataset);
  const counts = new Uint32Array(dataset.outlets.length);
  for (let i = 0; i < dataset.events.length; i++) {
    if (!p.theme(i) || !p.search(i) || !p.differences(i)) continue;
    for (let k = outletStarts[i]!; k < outletStarts[i + 1]!; k++) counts[outletRefs[k]!]! += 1;
  }
  return new Map(dataset.outlets.map((o, n) => [o.id, counts[n]!]));
}

/** For each theme, how many events have it under the other filters (outlets, search). */
export function countEventsByTheme(
  dataset: Dataset,
  filters: EventFilters,
  detailsOf: DetailsLookup = NO_DETAILS,
): Map<string, number> {
  const p = predicates(dataset, filters, detailsOf);
  const { themeStarts, themeRefs } = filterIndex(dataset);
  const counts = new Uint32Array(dataset.themes.length);
  for (let i = 0; i < dataset.events.length; i++) {
    if (!p.outlet(i) || !p.search(i) || !p.differences(i)) continue;
    for (let k = themeStarts[i]!; k < themeStarts[i + 1]!; k++) counts[themeRefs[k]!]! += 1;
  }
  return new Map(dataset.themes.map((t, n) => [t.id, counts[n]!]));
}

/** How many events record a difference between outlets, under the other filters (outlets, themes, search). */
export function countEventsWithDifferences(
  dataset: Dataset,
  filters: EventFilters,
  detailsOf: DetailsLookup = NO_DETAILS,
): number {
  const p = predicates(dataset, filters, detailsOf);
  let count = 0;
  dataset.events.forEach((e, i) => {
    if (e.differenceCount > 0 && p.outlet(i) && p.theme(i) && p.search(i)) count += 1;
  });
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
