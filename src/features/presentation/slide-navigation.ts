/**
 * Which slide is showing and where a key or button moves it: pure, so the order and the
 * edges are tested without a browser. A slide is one event of the briefing, by id.
 */

export type SlideMove = 'next' | 'previous' | 'first' | 'last';

/** The index of the current slide: the selected event, else the first; -1 when there are none. */
export function currentSlideIndex(
  slideIds: readonly string[],
  selectedEventId: string | null,
): number {
  if (slideIds.length === 0) return -1;
  const index = selectedEventId === null ? -1 : slideIds.indexOf(selectedEventId);
  return index === -1 ? 0 : index;
}

/** The event to show after `move` from slide `index`; stays put at either end. */
export function slideIdAfterMove(
  slideIds: readonly string[],
  index: number,
  move: SlideMove,
): string | null {
  if (slideIds.length === 0) return null;
  const last = slideIds.length - 1;
  const target =
    move === 'first'
      ? 0
      : move === 'last'
        ? last
        : Math.min(last, Math.max(0, index + (move === 'next' ? 1 : -1)));
  return slideIds[target] ?? null;
}

export type PresentationCommand = SlideMove | 'exit' | 'toggle-notes';

/**
 * What a key does while presenting. Clickers send PageUp/PageDown; Space and Shift+Space
 * follow slide-deck habit.
 */
export function presentationCommandForKey(
  key: string,
  shiftKey: boolean,
): PresentationCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'n':
    case 'N':
      return 'toggle-notes';
    default:
      return null;
  }
}
