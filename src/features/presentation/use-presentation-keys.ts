import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { presentationCommandForKey, type PresentationCommand } from './slide-navigation.ts';

/** Attribute of an area whose own ↑/↓ scroll it while it has the focus. */
export const SCROLL_KEYS_ATTRIBUTE = 'data-scroll-keys';

/**
 * Slide keys for the whole window while presenting. Listens in the capture phase and stops
 * the keys it uses, so the explorer's own shortcuts (←/→ in the list, Esc) stay quiet behind.
 * A focused area marked SCROLL_KEYS_ATTRIBUTE keeps ↑/↓ for scrolling, so overflowing quotes
 * can be read without a mouse; PageUp/PageDown (the clicker) still change slides.
 */
export function usePresentationKeys(run: (command: PresentationCommand) => void): void {
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  }, [run]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event) || scrollsItself(event)) return;
      const command = presentationCommandForKey(event.key, event.shiftKey);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      latestRun.current(command);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}

function scrollsItself(event: KeyboardEvent): boolean {
  return (
    (event.key === 'ArrowDown' || event.key === 'ArrowUp') &&
    event.target instanceof HTMLElement &&
    event.target.hasAttribute(SCROLL_KEYS_ATTRIBUTE)
  );
}
