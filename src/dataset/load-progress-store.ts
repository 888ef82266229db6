import { create } from 'zustand';
import type { DatasetProgress } from './fetch-dataset.ts';

/**
 * How far the dataset download has come, for the loading screen. Kept out of the query
 * cache, which holds only the dataset itself: the query function reports here.
 */
export interface LoadProgress extends DatasetProgress {
  url: string;
  /** `performance.now()` when this attempt started. */
  startedAt: number;
  /** 1 for the first try; more while a network failure is retried by itself. */
  attempt: number;
}

interface LoadProgressState {
  progress: LoadProgress | null;
  startLoad: (url: string) => void;
  reportProgress: (url: string, progress: DatasetProgress) => void;
}

export const useLoadProgressStore = create<LoadProgressState>()((set) => ({
  progress: null,
  startLoad: (url) =>
    set((s) => ({
      progress: {
        url,
        startedAt: performance.now(),
        attempt: s.progress?.url === url ? s.progress.attempt + 1 : 1,
        received: 0,
        total: null,
        phase: 'downloading',
      },
    })),
  reportProgress: (url, progress) =>
    set((s) => (s.progress?.url === url ? { progress: { ...s.progress, ...progress } } : s)),
}));
