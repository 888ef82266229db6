import { periodOf, selectSilentOutlets } from '../../dataset/coverage.ts';
import type { Dataset, EventDate, Outlet, TimelineEvent } from '../../dataset/schema.ts';
import { formatEventDate } from '../../lib/format-date.ts';

export interface Silences {
  /** Silent outlets the reader has not hidden, in dataset outlet order. */
  shown: Outlet[];
  /** Silent outlets the reader has hidden, folded away like their quotes. */
  hidden: Outlet[];
  /** The period the silence is measured against, in words: "Feb 2026", "2024", "mid-2025". */
  period: string;
}

/** Outlets that reported other events of the event's period but not this one, split by the outlet filter. */
export function selectSilences(
  dataset: Dataset,
  event: TimelineEvent,
  hiddenOutlets: readonly string[],
): Silences {
  const hidden = new Set(hiddenOutlets);
  const silent = selectSilentOutlets(dataset, event);
  return {
    shown: silent.filter((o) => !hidden.has(o.id)),
    hidden: silent.filter((o) => hidden.has(o.id)),
    period: describePeriod(event.date),
  };
}

/** The period of `periodOf` in words, at the precision it is measured in. */
export function describePeriod(date: EventDate): string {
  const period = periodOf(date);
  switch (date.precision) {
    case 'day':
    case 'month':
      return formatEventDate({ ...period, precision: 'month', label: null });
    case 'year':
      return formatEventDate({ ...period, precision: 'year', label: null });
    case 'approx':
      return date.label ?? formatEventDate({ ...period, precision: 'month', label: null });
  }
}
