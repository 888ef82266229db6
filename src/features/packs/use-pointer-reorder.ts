import { useState, type PointerEvent, type RefObject } from 'react';
import { dropIndex } from './reorder.ts';

export interface DragState {
  eventId: string;
  from: number;
  /** Where the item would land if dropped now. */
  to: number;
}

/** What a drag handle spreads onto its element. */
export type DragHandleProps = ReturnType<ReturnType<typeof usePointerReorder>['handleProps']>;

/**
 * Mouse, pen and touch reordering by a drag handle. The handle captures the pointer, so the
 * drag follows it anywhere on screen; the drop position comes from the items' boxes.
 */
export function usePointerReorder(
  list: RefObject<HTMLOListElement | null>,
  onDrop: (eventId: string, to: number) => void,
) {
  const [drag, setDrag] = useState<DragState | null>(null);

  const boxes = () =>
    Array.from(list.current?.children ?? [], (item) => item.getBoundingClientRect());

  const handleProps = (eventId: string, from: number) => ({
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      e.preventDefault();
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ eventId, from, to: from });
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (!drag) return;
      scrollNearEdge(list.current, e.clientY);
      const to = dropIndex(boxes(), e.clientY, drag.from);
      if (to !== drag.to) setDrag({ ...drag, to });
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      if (!drag) return;
      const to = dropIndex(boxes(), e.clientY, drag.from);
      setDrag(null);
      if (to !== drag.from) onDrop(drag.eventId, to);
    },
    onPointerCancel: () => setDrag(null),
  });

  return { drag, handleProps };
}

const EDGE_PX = 48;
const SCROLL_STEP_PX = 16;

/** Dragging near the top or bottom of the scrolling panel scrolls it, to reach items out of view. */
function scrollNearEdge(list: HTMLElement | null, pointerY: number): void {
  let scroller = list?.parentElement ?? null;
  while (scroller && scroller.scrollHeight <= scroller.clientHeight)
    scroller = scroller.parentElement;
  if (!scroller) return;
  const { top, bottom } = scroller.getBoundingClientRect();
  if (pointerY < top + EDGE_PX) scroller.scrollBy(0, -SCROLL_STEP_PX);
  else if (pointerY > bottom - EDGE_PX) scroller.scrollBy(0, SCROLL_STEP_PX);
}
