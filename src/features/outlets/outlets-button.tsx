import { lazy, Suspense, useRef, useState } from 'react';

// Not needed at first paint: the panel loads on first open.
const OutletsPanel = lazy(() =>
  import('./outlets-panel.tsx').then((module) => ({ default: module.OutletsPanel })),
);

/** "Outlets" in the header: who is in the corpus, with what, over which span. */
export function OutletsButton() {
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
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Outlets
      </button>
      {open ? (
        <Suspense fallback={null}>
          <OutletsPanel onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
