/**
 * Who reported what: the coverage matrix (events × outlets) and the silences in it.
 *
 * An outlet is *silent* on an event when it reports other events of the same period but
 * quotes nothing about this one. The period of an event is the calendar month(s) its
 * dates fall in (for day and month precision), its year (year precision), or its stated
 * span (approximate dates). An outlet that wrote nothing about that period is simply not
 * covering it, which is a different thing from a silence.
 */
import type { Dataset, EventDate, Outlet, TimelineEvent } from './schema.ts';

export type CoverageState = 'quoted' | 'silent' | 'not-covering';

export interface CoverageCell {
  state: CoverageState;
  /** How many quotes the outlet gives for the event; 0 unless quoted. */
  quoteCount: number;
}

export interface CoverageMatrix {
  events: readonly TimelineEvent[];
  outlets: readonly Outlet[];
  /** `cells[row][column]`: row per event, column per outlet, in the orders above. */
  cells: CoverageCell[][];
  /** Per event: how many of the columns' outlets quote it. */
  rowTotals: number[];
  /** Per outlet: how many of the rows' events it quotes. */
  columnTotals: number[];
  /** Quotes in all cells. */
  totalQuotes: number;
}

export interface Period {
  start: string;
  end: string;
}

/** The stretch of time an event belongs to, for deciding who wrote about "the same period". */
export function periodOf(date: EventDate): Period {
  switch (date.precision) {
    case 'day':
    case 'month':
      return { start: `${date.start.slice(0, 7)}-01`, end: lastDayOfMonth(date.end) };
    case 'year':
      return { start: `${date.start.slice(0, 4)}-01-01`, end: `${date.end.slice(0, 4)}-12-31` };
    case 'approx':
      return { start: date.start, end: date.end };
  }
}

function lastDayOfMonth(isoDay: string): string {
  const [year, month] = isoDay.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${isoDay.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/**
 * Per outlet, the dates of the events it quotes, sorted by start, with the latest end
 * among each prefix: "does the outlet report anything overlapping [a, b]?" is then one
 * binary search (the events starting by `b`) and one comparison (the latest of their ends
 * reaches `a`). Built once per dataset; a matrix of n events costs O(n · outlets · log n).
 */
interface OutletSpans {
  starts: string[];
  latestEndSoFar: string[];
}

const spanIndexes = new WeakMap<Dataset, Map<string, OutletSpans>>();

function outletSpans(dataset: Dataset): Map<string, OutletSpans> {
  let index = spanIndexes.get(dataset);
  if (index) return index;
  const dates = new Map<string, EventDate[]>(dataset.outlets.map((o) => [o.id, []]));
  for (const event of dataset.events) {
    for (const id of event.outletIds) dates.get(id)?.push(event.date);
  }
  index = new Map();
  for (const [id, list] of dates) {
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let latest = '';
    const latestEndSoFar = list.map((d) => (latest = d.end > latest ? d.end : latest));
    index.set(id, { starts: list.map((d) => d.start), latestEndSoFar });
  }
  spanIndexes.set(dataset, index);
  return index;
}

function reportsDuring(spans: OutletSpans | undefined, period: Period): boolean {
  if (!spans) return false;
  // How many events start on or before the period's last day.
  let low = 0;
  let high = spans.starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans.starts[mid]! <= period.end) low = mid + 1;
    else high = mid;
  }
  return low > 0 && spans.latestEndSoFar[low - 1]! >= period.start;
}

/** Outlets that report another event of `event`'s period but do not quote `event`. */
export function selectSilentOutlets(dataset: Dataset, event: TimelineEvent): Outlet[] {
  const silent = silentOutletIds(dataset, event);
  return dataset.outlets.filter((o) => silent.has(o.id));
}

function silentOutletIds(dataset: Dataset, event: TimelineEvent): Set<string> {
  const period = periodOf(event.date);
  const spans = outletSpans(dataset);
  const silent = new Set<string>();
  // An outlet that quotes the event is not silent, so its own span never counts here.
  for (const outlet of dataset.outlets) {
    if (!event.outletIds.includes(outlet.id) && reportsDuring(spans.get(outlet.id), period)) {
      silent.add(outlet.id);
    }
  }
  return silent;
}

/** The matrix for these events (rows, in the order given) and outlets (columns). */
export function selectCoverageMatrix(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  outlets: readonly Outlet[],
): CoverageMatrix {
  const columnTotals = outlets.map(() => 0);
  const rowTotals: number[] = [];
  let totalQuotes = 0;
  const cells = events.map((event) => {
    const quoteCounts = new Map(event.outletIds.map((id, i) => [id, event.quoteCounts[i]!]));
    const silent = silentOutletIds(dataset, event);
    let rowTotal = 0;
    const row = outlets.map((outlet, column): CoverageCell => {
      const quoteCount = quoteCounts.get(outlet.id) ?? 0;
      if (quoteCount > 0) {
        rowTotal += 1;
        columnTotals[column]! += 1;
        totalQuotes += quoteCount;
        return { state: 'quoted', quoteCount };
      }
      return { state: silent.has(outlet.id) ? 'silent' : 'not-covering', quoteCount: 0 };
    });
    rowTotals.push(rowTotal);
    return row;
  });
  return { events, outlets, cells, rowTotals, columnTotals, totalQuotes };
}
