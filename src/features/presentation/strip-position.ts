/**
 * Positions on the presentation's timeline strip, as fractions (0–1) of the dataset range.
 * Dates are whole days and `end` is inclusive, so a single day has a width of one day.
 */

export interface DaySpan {
  start: string;
  end: string;
}

export interface StripPlacement {
  /** Fraction of the strip before the span. */
  left: number;
  /** Fraction of the strip the span covers. */
  width: number;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Where `span` sits on a strip covering `range`; clipped to the strip. */
export function placeOnStrip(range: DaySpan, span: DaySpan): StripPlacement {
  const first = dayNumber(range.start);
  const total = dayNumber(range.end) + 1 - first;
  if (total <= 0) return { left: 0, width: 0 };
  const left = clamp01((dayNumber(span.start) - first) / total);
  const right = clamp01((dayNumber(span.end) + 1 - first) / total);
  return { left, width: Math.max(0, right - left) };
}

/** 1 January of each year in `range` that falls inside it, with its place on the strip. */
export function yearStarts(range: DaySpan): { year: number; left: number }[] {
  const from = Number(range.start.slice(0, 4));
  const to = Number(range.end.slice(0, 4));
  const years: { year: number; left: number }[] = [];
  for (let year = from; year <= to; year++) {
    const day = `${year}-01-01`;
    if (day < range.start) continue;
    years.push({ year, left: placeOnStrip(range, { start: day, end: day }).left });
  }
  return years;
}
