import { lazy, Suspense, useRef, useState } from 'react';
import { activePack, usePackStore } from '../../briefing/pack-store.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import './packs.css';

// The panel is not needed at first paint: it loads on first open.
const PackPanel = lazy(() =>
  import('./pack-panel.tsx').then((module) => ({ default: module.PackPanel })),
);

/** "Pack (N)" in the briefing toolbar: opens the pack panel, and shows when the pack is in effect. */
export function PackButton() {
  const count = usePackStore((s) => activePack(s)?.items.length ?? 0);
  const inEffect = useUiStore((s) => s.scope === 'pack');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={`pack-button${inEffect ? ' is-in-effect' : ''}`}
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true">★ </span>Pack ({count})
        {inEffect ? <span className="pack-in-effect"> in effect</span> : null}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <PackPanel onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
