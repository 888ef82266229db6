import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DatasetLoadError, fetchDataset, fetchDatasetPart } from './fetch-dataset.ts';
import { useLoadProgressStore } from './load-progress-store.ts';
import type { Dataset, EventDetails, FullEvent, TimelineEvent } from './schema.ts';

/** The compiled dataset's index, next to the app wherever it is hosted. */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** Only a network failure is worth retrying by itself; a bad file stays bad. */
const retryNetworkFailures = (failures: number, error: Error) =>
  error instanceof DatasetLoadError && error.kind === 'network' && failures < 2;

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
    retry: retryNetworkFailures,
  });
}

/**
 * One part of the dataset: the quotes and differences of a run of events, by event id.
 * Keyed by the part's file name, which changes whenever its content does.
 */
export function datasetPartQueryOptions(dataset: Dataset, part: number, url: string = DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url, 'part', dataset.parts[part]?.file ?? String(part)],
    queryFn: ({ signal }) => fetchDatasetPart(url, dataset, part, { signal }),
    staleTime: Infinity,
    retry: retryNetworkFailures,
  });
}

/** The event whole, with its summary, quotes and differences. */
export function withDetails(event: TimelineEvent, details: EventDetails): FullEvent {
  return { ...event, ...details };
}

/** Every part of the dataset, loaded (from the cache where it can): what a search reads. */
export async function loadAllDetails(
  queryClient: QueryClient,
  dataset: Dataset,
): Promise<(event: TimelineEvent) => EventDetails | undefined> {
  const parts = await Promise.all(
    dataset.parts.map((_, i) => queryClient.ensureQueryData(datasetPartQueryOptions(dataset, i))),
  );
  return (event) => parts[event.part]?.get(event.id);
}

/**
 * `events` with their quotes, loading the parts they are in (each once, from the cache when
 * there): for exports and anything else that needs many events' quotes at once.
 */
export async function loadFullEvents(
  queryClient: QueryClient,
  dataset: Dataset,
  events: readonly TimelineEvent[],
): Promise<FullEvent[]> {
  const parts = [...new Set(events.map((e) => e.part))];
  const loaded = new Map(
    await Promise.all(
      parts.map(
        async (part) =>
          [
            part,
            await queryClient.ensureQueryData(datasetPartQueryOptions(dataset, part)),
          ] as const,
      ),
    ),
  );
  return events.map((event) => withDetails(event, loaded.get(event.part)!.get(event.id)!));
}
