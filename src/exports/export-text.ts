/** Words every export shares, so the Markdown, CSV and deck say the same things the same way. */
import type { TimelineEvent } from '../dataset/schema.ts';
import { formatEventDate } from '../lib/format-date.ts';

/** `YYYY-MM-DD` of `date` in the user's own time zone (the day they made the file). */
export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Generated 22 Nov 2026". */
export function describeGeneratedOn(date: Date): string {
  const day = localIsoDay(date);
  return `Generated ${formatEventDate({ start: day, end: day, precision: 'day', label: null })}`;
}

/** "7 Feb 2026", or "Mar 2026 · expected" for an event that has not happened yet. */
export function describeEventDate(event: Pick<TimelineEvent, 'date' | 'status'>): string {
  const date = formatEventDate(event.date);
  return event.status === 'expected' ? `${date} · expected` : date;
}
