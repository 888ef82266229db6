import { useEffect, useRef, type RefObject } from 'react';
import { useUiStore } from '../../stores/ui-store.ts';

/**
 * Shows `element` full screen while it is mounted, where the browser allows (it refuses
 * without a user gesture, e.g. after a reload: then the presentation fills the window).
 * Leaving full screen by the browser's own means (Esc, F11) calls `onLeft`.
 */
export function useFullscreen(element: RefObject<HTMLElement | null>, onLeft: () => void): void {
  const latestOnLeft = useRef(onLeft);
  useEffect(() => {
    latestOnLeft.current = onLeft;
  }, [onLeft]);

  useEffect(() => {
    const target = element.current;
    if (target && !document.fullscreenElement && target.requestFullscreen) {
      target.requestFullscreen().catch(() => {});
    }
    let wasFullscreen = false;
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) latestOnLeft.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      // StrictMode unmounts and remounts at once: leave full screen only when presenting ended.
      if (!useUiStore.getState().present && document.fullscreenElement) {
        document.exitFullscreen().catch(() => {});
      }
    };
  }, [element]);
}
