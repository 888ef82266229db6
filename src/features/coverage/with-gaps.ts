/** A rendered row of a virtual table, or the empty space standing for rows left out. */
export type TableSlot<T> = { kind: 'row'; item: T } | { kind: 'gap'; key: string; height: number };

/**
 * The rendered rows in order, with a gap wherever rows are left out: before the first, after
 * the last, and between two that are not neighbours (a pinned row far from the view).
 * `from` and `to` are where the rows begin and end, in the items' coordinates; gaps keep
 * every rendered row at its place in the whole table, and the table its whole height.
 */
export function withGaps<T extends { index: number; start: number; end: number }>(
  items: readonly T[],
  from: number,
  to: number,
): TableSlot<T>[] {
  const slots: TableSlot<T>[] = [];
  let at = from;
  for (const item of items) {
    if (item.start > at) {
      // The gap above the window keeps its key (and element) as the window moves.
      const key = slots.length === 0 ? 'gap-start' : `gap-before-${item.index}`;
      slots.push({ kind: 'gap', key, height: item.start - at });
    }
    slots.push({ kind: 'row', item });
    at = item.end;
  }
  if (to > at) slots.push({ kind: 'gap', key: 'gap-end', height: to - at });
  return slots;
}
