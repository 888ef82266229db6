/**
 * Where a moved pack item lands. Positions are final indexes: the item is taken out and put
 * back at that index, as the pack store's `moveItem` does.
 */

/** The vertical extent of an item on screen. */
export interface ItemBox {
  top: number;
  bottom: number;
}

/**
 * The final index of the item at `from` when it is dropped at `pointerY`: after every other
 * item whose middle is above the pointer. Dropping on the top half of an item puts the
 * dragged one before it, on the bottom half after it.
 */
export function dropIndex(boxes: readonly ItemBox[], pointerY: number, from: number): number {
  let index = 0;
  boxes.forEach((box, i) => {
    if (i !== from && (box.top + box.bottom) / 2 < pointerY) index += 1;
  });
  return index;
}

/** Alt+↑ / Alt+↓ move an item one place; null for any other key, or at either end. */
export function keyboardMoveTarget(
  key: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean },
  index: number,
  length: number,
): number | null {
  if (!key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return null;
  const to = key.key === 'ArrowUp' ? index - 1 : key.key === 'ArrowDown' ? index + 1 : null;
  return to !== null && to >= 0 && to < length ? to : null;
}

/** What a screen reader hears after a move: "Moved “Title” to position 2 of 5". */
export function moveAnnouncement(title: string, to: number, length: number): string {
  return `Moved “${title}” to position ${to + 1} of ${length}`;
}

/**
 * The store index that puts `eventId` at position `toShown` of the items shown. The pack may
 * hold events the dataset no longer has (kept, but not shown); they keep their neighbours.
 */
export function storedMoveIndex(
  storedIds: readonly string[],
  shownIds: readonly string[],
  eventId: string,
  toShown: number,
): number {
  const shownOthers = shownIds.filter((id) => id !== eventId);
  const storedOthers = storedIds.filter((id) => id !== eventId);
  const before = shownOthers[toShown];
  if (before !== undefined) return storedOthers.indexOf(before);
  const after = shownOthers.at(-1);
  return after === undefined ? storedOthers.length : storedOthers.indexOf(after) + 1;
}
