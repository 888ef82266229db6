import { useEffect } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { whenIdle } from '../../lib/when-idle.ts';
import { loadHandout, useHandoutStore } from './handout-store.ts';

/**
 * Renders the handout into <body> while the page prints, whether printing starts from
 * the Print action or from the browser (Ctrl+P, the menu). The handout's code is fetched
 * when the browser is idle after first paint, so `beforeprint` can render it at once.
 */
export function HandoutHost() {
  const renderHandout = useHandoutStore((s) => s.renderHandout);
  const shownOn = useHandoutStore((s) => s.shownOn);

  useEffect(() => {
    const { showHandout, hideHandout } = useHandoutStore.getState();
    // The browser lays out the printout right after `beforeprint`: render synchronously.
    const onBeforePrint = () => flushSync(showHandout);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', hideHandout);
    const cancelPreload = whenIdle(() => void loadHandout(), { timeoutMs: 3000, fallbackMs: 1000 });
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', hideHandout);
      cancelPreload();
    };
  }, []);

  if (!renderHandout || shownOn === null) return null;
  return createPortal(<div className="handout-host">{renderHandout(shownOn)}</div>, document.body);
}
