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

const overlaps = (a: Period, b: Period) => a.start <= b.end && b.start <= a.end;

/** Outlets that report another event of `event`'s period but do not quote `event`. */
export function selectSilentOutlets(dataset: Dataset, event: TimelineEvent): Outlet[] {
  const silent = silentOutletIds(dataset, event);
  return dataset.outlets.filter((o) => silent.has(o.id));
}

function silentOutletIds(dataset: Dataset, event: TimelineEvent): Set<string> {
  const period = periodOf(event.date);
  const quoting = new Set(event.outletIds);
  const silent = new Set<string>();
  for (const other of dataset.events) {
    if (other.id === event.id || !overlaps(period, other.date)) continue;
    for (const id of other.outletIds) if (!quoting.has(id)) silent.add(id);
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
    const quoteCounts = new Map<string, number>();
    for (const quote of event.quotes) {
      quoteCounts.set(quote.outletId, (quoteCounts.get(quote.outletId) ?? 0) + 1);
    }
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
