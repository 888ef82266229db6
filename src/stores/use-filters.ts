import { useShallow } from 'zustand/react/shallow';
import type { EventFilters } from '../dataset/selectors.ts';
import { useUiStore, type UiState } from './ui-store.ts';

/** The filter part of the UI state. */
export const selectFilters = (s: UiState): EventFilters => ({
  hiddenOutlets: s.hiddenOutlets,
  hiddenThemes: s.hiddenThemes,
  query: s.query,
  onlyDifferences: s.onlyDifferences,
});

/** The filter part of the UI state, as one shallow-compared object. */
export function useFilters(): EventFilters {
  return useUiStore(useShallow(selectFilters));
}
