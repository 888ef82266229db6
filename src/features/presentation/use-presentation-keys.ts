import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { presentationCommandForKey, type PresentationCommand } from './slide-navigation.ts';

/**
 * Slide keys for the whole window while presenting. Listens in the capture phase and stops
 * the keys it uses, so the explorer's own shortcuts (←/→ in the list, Esc) stay quiet behind.
 */
export function usePresentationKeys(run: (command: PresentationCommand) => void): void {
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  }, [run]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event)) return;
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
