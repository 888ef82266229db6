import { useEffect } from 'react';
import { isInActivePack, usePackStore } from '../../briefing/pack-store.ts';
import { isTypingTarget } from '../../lib/keyboard.ts';
import './packs.css';

/**
 * Adds the event to the active briefing pack or takes it out. `S` does the same for the event
 * shown, so a reader walking the list with the arrow keys can star as they go.
 */
export function StarButton({ eventId }: { eventId: string }) {
  const inPack = usePackStore((s) => isInActivePack(s, eventId));
  const toggleStar = usePackStore((s) => s.toggleStar);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 's' || event.repeat || isTypingTarget(event)) return;
      event.preventDefault();
      usePackStore.getState().toggleStar(eventId);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [eventId]);

  return (
    <button
      type="button"
      className={`star-button${inPack ? ' is-starred' : ''}`}
      aria-pressed={inPack}
      aria-keyshortcuts="S"
      onClick={() => toggleStar(eventId)}
    >
      <span className="star-glyph" aria-hidden="true">
        {inPack ? '★' : '☆'}
      </span>
      {inPack ? 'In pack' : 'Add to pack'}
    </button>
  );
}
