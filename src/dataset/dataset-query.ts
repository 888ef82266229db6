import { queryOptions } from '@tanstack/react-query';
import { DatasetLoadError, fetchDataset } from './fetch-dataset.ts';

/** The compiled dataset, next to the app wherever it is hosted. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** Every consumer of the dataset uses these options, so it is fetched once and cached. */
export function datasetQueryOptions(url: string = DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    // Only a network failure is worth retrying by itself; a bad file stays bad.
    retry: (failures, error) =>
      error instanceof DatasetLoadError && error.kind === 'network' && failures < 2,
  });
}
