import type { ReactElement } from 'react';
import { create } from 'zustand';
import { localIsoDay } from './local-iso-day.ts';

/**
 * Whether the handout is in the page (only while printing), and how to render it once its
 * code has loaded. The handout is never rendered otherwise: for 10,000 events it would
 * be a large document nobody is looking at.
 */
interface HandoutState {
  /** Renders the handout element; null until its code has loaded. */
  renderHandout: ((preparedOn: string) => ReactElement) | null;
  /** The day the handout is prepared, while it is shown; null when it is not. */
  shownOn: string | null;
  showHandout: () => void;
  hideHandout: () => void;
}

export const useHandoutStore = create<HandoutState>()((set) => ({
  renderHandout: null,
  shownOn: null,
  showHandout: () => set({ shownOn: localIsoDay(new Date()) }),
  hideHandout: () => set({ shownOn: null }),
}));

let loading: Promise<void> | null = null;

/** Loads the handout's code once; afterwards it can be rendered synchronously. */
export function loadHandout(): Promise<void> {
  loading ??= import('./handout.tsx').then(({ renderHandout }) => {
    useHandoutStore.setState({ renderHandout });
  });
  return loading;
}
