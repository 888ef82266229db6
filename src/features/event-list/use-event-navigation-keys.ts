import { useEffect, useRef, type RefObject } from 'react';
import { selectAdjacentEventId } from '../../dataset/selectors.ts';
import type { TimelineEvent } from '../../dataset/schema.ts';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { useUiStore } from '../../stores/ui-store.ts';

/**
 * ←/→ previous/next shown event, Home/End first/last, Esc closes the details. When the
 * focus is on the list (or nowhere), it follows the selection so it stays visible.
 *
 * Returns the id of the event whose row is to take the focus: the list moves the focus
 * once that row is rendered and scrolled to (in a long list it may not exist yet).
 */
export function useEventNavigationKeys(
  shown: readonly TimelineEvent[],
  list: RefObject<HTMLOListElement | null>,
): RefObject<string | null> {
  const latest = useRef(shown);
  const focusTarget = useRef<string | null>(null);
  useEffect(() => {
    latest.current = shown;
  }, [shown]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event) || event.shiftKey) return;
      const events = latest.current;
      const { selectedEventId, selectEvent } = useUiStore.getState();
      let next: string | null | undefined;
      if (event.key === 'ArrowRight') next = selectAdjacentEventId(events, selectedEventId, 1);
      else if (event.key === 'ArrowLeft') next = selectAdjacentEventId(events, selectedEventId, -1);
      else if (event.key === 'Home') next = events[0]?.id ?? null;
      else if (event.key === 'End') next = events.at(-1)?.id ?? null;
      else if (event.key === 'Escape' && selectedEventId !== null) {
        event.preventDefault();
        selectEvent(null);
        return;
      } else return;
      event.preventDefault();
      if (!next || next === selectedEventId) return;
      const focusFollows =
        document.activeElement === document.body ||
        (list.current?.contains(document.activeElement) ?? false);
      // Before the selection renders: the list reads it when it shows the new selection.
      focusTarget.current = focusFollows ? next : null;
      selectEvent(next);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [list]);

  return focusTarget;
}
