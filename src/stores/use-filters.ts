import { useShallow } from 'zustand/react/shallow';
import type { EventFilters } from '../dataset/selectors.ts';
import { useUiStore } from './ui-store.ts';

/** The filter part of the UI state, as one shallow-compared object. */
export function useFilters(): EventFilters {
  return useUiStore(
    useShallow((s) => ({
      hiddenOutlets: s.hiddenOutlets,
      hiddenThemes: s.hiddenThemes,
      query: s.query,
      onlyDifferences: s.onlyDifferences,
    })),
  );
}
