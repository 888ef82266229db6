/**
 * What the coverage matrix must show, worked out from the compiled dataset on its own
 * terms (not with the app's code), for the coverage specs to compare the page and files to.
 */
import type { FullEvent as TimelineEvent } from '../src/dataset/schema.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();

export const quoteCount = (event: TimelineEvent, outletId: string) =>
  event.quotes.filter((q) => q.outletId === outletId).length;
export const quotesLabel = (n: number) => `${n} ${n === 1 ? 'quote' : 'quotes'}`;

const DAY = 24 * 60 * 60 * 1000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The stretch of time an event belongs to, as [first ms, last ms]: its calendar months
 * (day or month precision), its years (year precision), or its own span (approximate).
 */
function periodMs(event: TimelineEvent): [number, number] {
  const [sy, sm] = event.date.start.split('-').map(Number) as [number, number];
  const [ey, em] = event.date.end.split('-').map(Number) as [number, number];
  switch (event.date.precision) {
    case 'day':
    case 'month':
      return [Date.UTC(sy, sm - 1, 1), Date.UTC(ey, em, 1) - DAY];
    case 'year':
      return [Date.UTC(sy, 0, 1), Date.UTC(ey + 1, 0, 1) - DAY];
    case 'approx':
      return [utc(event.date.start), utc(event.date.end)];
  }
}

/** Outlets quoting another event of the same period, but not this one. */
export function silentOutletIds(event: TimelineEvent): Set<string> {
  const [from, to] = periodMs(event);
  const quoting = new Set(event.quotes.map((q) => q.outletId));
  const silent = new Set<string>();
  for (const other of dataset.events) {
    if (other === event) continue;
    if (utc(other.date.start) > to || utc(other.date.end) < from) continue;
    for (const quote of other.quotes) if (!quoting.has(quote.outletId)) silent.add(quote.outletId);
  }
  return silent;
}

export function expectedCellText(event: TimelineEvent, outletId: string): string {
  const n = quoteCount(event, outletId);
  if (n > 0) return quotesLabel(n);
  return silentOutletIds(event).has(outletId) ? 'not mentioned' : 'no coverage of this period';
}

/** A cell as the exports write it: the quote count, "not mentioned", or blank. */
export function expectedExportCell(event: TimelineEvent, outletId: string): string {
  const n = quoteCount(event, outletId);
  if (n > 0) return String(n);
  return silentOutletIds(event).has(outletId) ? 'not mentioned' : '';
}
