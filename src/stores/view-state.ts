import type { EventFilters } from '../dataset/selectors.ts';

/** A visible span of the timeline, as whole days. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** Everything about the view that a shared link restores. */
export interface ViewState extends EventFilters {
  selectedEventId: string | null;
  /** Null: the whole dataset range. */
  window: TimeWindow | null;
  /** Presentation mode: one event per slide, full screen. */
  present: boolean;
  /** What presentation and exports cover: the filtered view, or the active briefing pack. */
  scope: BriefingScope;
  /** The main view: the timeline explorer or the coverage matrix. */
  view: MainView;
}

export type MainView = 'timeline' | 'coverage';

export type BriefingScope = 'view' | 'pack';

export const INITIAL_VIEW_STATE: ViewState = {
  selectedEventId: null,
  hiddenOutlets: [],
  hiddenThemes: [],
  query: '',
  onlyDifferences: false,
  window: null,
  present: false,
  scope: 'view',
  view: 'timeline',
};
