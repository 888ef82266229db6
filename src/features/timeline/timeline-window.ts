/**
 * Whole days ⇄ the instants vis-timeline works with. vis-timeline draws in local time
 * (moment's default), so a day is the local midnight that starts it and a span of days
 * ends at the midnight after its last day.
 */
import type { TimeWindow } from '../../stores/view-state.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A span of time: `start` inclusive, `end` exclusive. */
export interface Interval {
  start: Date;
  end: Date;
}

/** `'2023-06-18'` → local midnight starting that day. */
export function dayToDate(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** The local day an instant falls on, `YYYY-MM-DD`. */
export function dateToDay(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Calendar arithmetic (not `+ n * DAY_MS`, which drifts across daylight-saving changes). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Inclusive first and last days → the interval that covers them. */
export function daysToInterval(first: string, last: string): Interval {
  return { start: dayToDate(first), end: addDays(dayToDate(last), 1) };
}

/** The store's window (null: the whole range) as the interval to show. */
export function windowToInterval(
  window: TimeWindow | null,
  range: { start: string; end: string },
): Interval {
  return window ? daysToInterval(window.from, window.to) : daysToInterval(range.start, range.end);
}

/** A visible interval as whole days for the store, kept inside the dataset range. */
export function intervalToWindow(
  interval: Interval,
  range: { start: string; end: string },
): TimeWindow {
  const from = maxDay(dateToDay(interval.start), range.start);
  // `end` is exclusive: the last visible day is the one just before it.
  const to = minDay(dateToDay(new Date(interval.end.getTime() - 1)), range.end);
  if (from < to) return { from, to };
  // Degenerate (a window narrower than a day at the edge of the range): keep two days.
  return from < range.end
    ? { from, to: dateToDay(addDays(dayToDate(from), 1)) }
    : { from: dateToDay(addDays(dayToDate(to), -1)), to };
}

/** True when either edge moved by more than `toleranceMs` (a day, by default). */
export function intervalsDiffer(a: Interval, b: Interval, toleranceMs = DAY_MS): boolean {
  return (
    Math.abs(a.start.getTime() - b.start.getTime()) > toleranceMs ||
    Math.abs(a.end.getTime() - b.end.getTime()) > toleranceMs
  );
}

/**
 * True when `item` is not comfortably inside `visible`: it lies wholly outside, or (for
 * a single instant) within `edgeFraction` of either edge, where it would be cut off.
 */
export function isOutsideInterval(
  item: { start: Date; end?: Date | undefined },
  visible: Interval,
  edgeFraction = 0.05,
): boolean {
  const margin = (visible.end.getTime() - visible.start.getTime()) * edgeFraction;
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  return end < visible.start.getTime() + margin || start > visible.end.getTime() - margin;
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);
