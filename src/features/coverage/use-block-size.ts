import { useEffect, useState } from 'react';

/** An element's border-box height in px, kept up to date as it changes; 0 without one. */
export function useBlockSize(element: HTMLElement | null): number {
  const [size, setSize] = useState(0);
  useEffect(() => {
    if (!element) return;
    // Reports once at once (before the next paint), then on every change.
    const observer = new ResizeObserver(([entry]) => {
      setSize(entry?.borderBoxSize[0]?.blockSize ?? element.offsetHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return element ? size : 0;
}
