import { useEffect, useRef, useState } from 'react';
import { fitScale } from './fit-scale.ts';

export interface FitState {
  /** Even at the smallest type the content overflows, so the area scrolls. */
  overflowing: boolean;
  /** Overflowing and not yet scrolled to the end: say "more below". */
  moreBelow: boolean;
}

/**
 * Shrinks a slide's type until its scrollable area shows everything: sets `--fit` (0–1) on
 * the slide, which its CSS maps between a floor and a ceiling size for each kind of text.
 * Refits whenever the slide changes size (window, full screen, notes shown). The slide's own
 * size never depends on its type, so refitting cannot feed back into the observer.
 */
export function useFitToArea<S extends HTMLElement, A extends HTMLElement>() {
  const slideRef = useRef<S>(null);
  const areaRef = useRef<A>(null);
  const [state, setState] = useState<FitState>({ overflowing: false, moreBelow: false });

  useEffect(() => {
    const slide = slideRef.current;
    const area = areaRef.current;
    if (!slide || !area) return;
    const refit = () => {
      const { fits } = fitScale((scale) => {
        slide.style.setProperty('--fit', String(scale));
        return area.scrollHeight <= area.clientHeight + 1;
      });
      setState({ overflowing: !fits, moreBelow: !fits && !scrolledToEnd(area) });
    };
    const observer = new ResizeObserver(refit);
    observer.observe(slide);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const area = areaRef.current;
    if (!area || !state.overflowing) return;
    const moreBelow = !scrolledToEnd(area);
    if (moreBelow !== state.moreBelow) setState({ overflowing: true, moreBelow });
  };

  return { slideRef, areaRef, onScroll, ...state };
}

function scrolledToEnd(element: HTMLElement): boolean {
  return element.scrollTop + element.clientHeight >= element.scrollHeight - 4;
}
