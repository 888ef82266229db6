import type { Difference, Outlet, TimelineEvent } from '../../dataset/schema.ts';

/** The outlets whose quotes back one position of a difference, in dataset outlet order. */
export function outletsBackingPosition(
  position: Difference['positions'][number],
  event: Pick<TimelineEvent, 'quotes'>,
  outlets: readonly Outlet[],
): Outlet[] {
  const quoteOutlet = new Map(event.quotes.map((q) => [q.id, q.outletId]));
  const ids = new Set(position.quoteIds.map((id) => quoteOutlet.get(id)));
  return outlets.filter((o) => ids.has(o.id));
}
