import type { EventDate } from '../dataset/schema.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/** "7 Feb 2026", "6–7 Feb 2026", "Mar 2025", "2023", "2024–2025", "mid-2025 (approx.)". */
export function formatEventDate(date: EventDate): string {
  if (date.precision === 'approx') return `${date.label ?? formatSpan(date, 'month')} (approx.)`;
  return formatSpan(date, date.precision);
}

function formatSpan(date: EventDate, precision: 'day' | 'month' | 'year'): string {
  const a = parts(date.start);
  const b = parts(date.end);
  if (precision === 'year') return a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`;
  if (precision === 'month') {
    if (a.year === b.year && a.month === b.month) return `${MONTHS[a.month - 1]} ${a.year}`;
    if (a.year === b.year) return `${MONTHS[a.month - 1]}–${MONTHS[b.month - 1]} ${a.year}`;
    return `${MONTHS[a.month - 1]} ${a.year} – ${MONTHS[b.month - 1]} ${b.year}`;
  }
  if (date.start === date.end) return `${a.day} ${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === b.year && a.month === b.month)
    return `${a.day}–${b.day} ${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === b.year)
    return `${a.day} ${MONTHS[a.month - 1]} – ${b.day} ${MONTHS[b.month - 1]} ${a.year}`;
  return `${a.day} ${MONTHS[a.month - 1]} ${a.year} – ${b.day} ${MONTHS[b.month - 1]} ${b.year}`;
}

/** "2018–2026" for a range of full days. */
export function formatYearRange(range: { start: string; end: string }): string {
  const a = parts(range.start).year;
  const b = parts(range.end).year;
  return a === b ? `${a}` : `${a}–${b}`;
}
