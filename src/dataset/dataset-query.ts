import { queryOptions } from '@tanstack/react-query';
import { DatasetLoadError, fetchDataset } from './fetch-dataset.ts';
import { useLoadProgressStore } from './load-progress-store.ts';

/** The compiled dataset, next to the app wherever it is hosted. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** Every consumer of the dataset uses these options, so it is fetched once and cached. */
export function datasetQueryOptions(url: string = DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => {
      const { startLoad, reportProgress } = useLoadProgressStore.getState();
      startLoad(url);
      return fetchDataset(url, { signal, onProgress: (p) => reportProgress(url, p) });
    },
    staleTime: Infinity,
    // Only a network failure is worth retrying by itself; a bad file stays bad.
    retry: (failures, error) =>
      error instanceof DatasetLoadError && error.kind === 'network' && failures < 2,
  });
}
