import { create } from 'zustand';
import {
  INITIAL_VIEW_STATE,
  type BriefingScope,
  type MainView,
  type TimeWindow,
  type ViewState,
} from './view-state.ts';

/** UI state only, by id. The dataset itself lives in the query cache. */
export interface UiState extends ViewState {
  selectEvent: (id: string | null) => void;
  toggleOutlet: (id: string) => void;
  /** Shows only `id`; `allIds` are every outlet of the dataset. */
  showOnlyOutlet: (id: string, allIds: readonly string[]) => void;
  setHiddenOutlets: (ids: readonly string[]) => void;
  toggleTheme: (id: string) => void;
  showOnlyTheme: (id: string, allIds: readonly string[]) => void;
  setHiddenThemes: (ids: readonly string[]) => void;
  setQuery: (query: string) => void;
  setOnlyDifferences: (only: boolean) => void;
  setView: (view: MainView) => void;
  setWindow: (window: TimeWindow | null) => void;
  resetFilters: () => void;
  setPresent: (present: boolean) => void;
  setScope: (scope: BriefingScope) => void;
  applyViewState: (state: ViewState) => void;
}

const toggle = (ids: readonly string[], id: string) =>
  ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];

export const useUiStore = create<UiState>()((set) => ({
  ...INITIAL_VIEW_STATE,
  selectEvent: (id) => set({ selectedEventId: id }),
  toggleOutlet: (id) => set((s) => ({ hiddenOutlets: toggle(s.hiddenOutlets, id) })),
  showOnlyOutlet: (id, allIds) => set({ hiddenOutlets: allIds.filter((x) => x !== id) }),
  setHiddenOutlets: (ids) => set({ hiddenOutlets: [...ids] }),
  toggleTheme: (id) => set((s) => ({ hiddenThemes: toggle(s.hiddenThemes, id) })),
  showOnlyTheme: (id, allIds) => set({ hiddenThemes: allIds.filter((x) => x !== id) }),
  setHiddenThemes: (ids) => set({ hiddenThemes: [...ids] }),
  setQuery: (query) => set({ query }),
  setOnlyDifferences: (onlyDifferences) => set({ onlyDifferences }),
  setView: (view) => set({ view }),
  setWindow: (window) => set({ window }),
  resetFilters: () =>
    set({ hiddenOutlets: [], hiddenThemes: [], query: '', onlyDifferences: false }),
  setPresent: (present) => set({ present }),
  setScope: (scope) => set({ scope }),
  applyViewState: (state) => set({ ...state }),
}));

/** For tests: back to the initial view. */
export function resetUiStore(): void {
  useUiStore.setState({ ...INITIAL_VIEW_STATE });
}
