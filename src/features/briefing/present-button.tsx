import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { useUiStore } from '../../stores/ui-store.ts';

/**
 * Starts presentation mode; `p` does the same. When the presentation ends, the focus comes
 * back here. (The presentation itself is loaded only when it starts.)
 */
export function PresentButton() {
  const present = useUiStore((s) => s.present);
  const setPresent = useUiStore((s) => s.setPresent);
  const button = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(present);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'p' || isTypingTarget(event) || useUiStore.getState().present)
        return;
      event.preventDefault();
      setPresent(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setPresent]);

  useEffect(() => {
    if (wasPresenting.current && !present) button.current?.focus();
    wasPresenting.current = present;
  }, [present]);

  return (
    <button ref={button} type="button" aria-keyshortcuts="p" onClick={() => setPresent(true)}>
      Present
    </button>
  );
}
