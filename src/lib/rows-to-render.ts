/**
 * Which rows of a long list or table to put in the DOM. Shared by the event list and the
 * coverage table, which render through one virtualizer each with this as its range
 * extractor.
 */

/**
 * Up to this many rows, every row is rendered: find-in-page sees them all and a small
 * dataset behaves exactly as a plain list. Above it, only the rows in view (and the pinned
 * ones) are, so 10,000 or 50,000 events cost what 30 do.
 */
export const RENDER_ALL_ROWS_UP_TO = 200;

export function rendersAllRows(count: number): boolean {
  return count <= RENDER_ALL_ROWS_UP_TO;
}

/** The rows in view, as a virtualizer reports them (the shape of its `Range`). */
export interface RowRange {
  /** First and last row in view, inclusive. */
  startIndex: number;
  endIndex: number;
  /** Rows to render beyond each end of the view. */
  overscan: number;
  /** All the rows. */
  count: number;
}

/**
 * The indexes of the rows to render, ascending: all of them when there are few; otherwise
 * the rows in view with `overscan` either side, plus the `pinned` rows wherever they are (the
 * selected row, so focus can move to it at once; the focused row, so scrolling away does not
 * take the focus out of the DOM). Pins outside the rows are ignored.
 */
export function rowsToRender(range: RowRange, pinned: readonly number[] = []): number[] {
  const { count } = range;
  if (rendersAllRows(count)) return Array.from({ length: count }, (_, i) => i);
  const first = Math.max(0, range.startIndex - range.overscan);
  const last = Math.min(count - 1, range.endIndex + range.overscan);
  const rows: number[] = [];
  for (let i = first; i <= last; i++) rows.push(i);
  const outside = new Set(
    pinned.filter((i) => Number.isInteger(i) && i >= 0 && i < count && (i < first || i > last)),
  );
  if (outside.size === 0) return rows;
  return [...rows, ...outside].sort((a, b) => a - b);
}
