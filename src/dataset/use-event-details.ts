import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { datasetPartQueryOptions, withDetails } from './dataset-query.ts';
import type { Dataset, EventDetails, FullEvent, TimelineEvent } from './schema.ts';
import { useLoadedDataset } from './use-dataset.ts';

export type DetailsState =
  | { status: 'pending'; event: null; error: null }
  | { status: 'error'; event: null; error: Error; retry: () => void }
  | { status: 'success'; event: FullEvent; error: null };

/** The event with its quotes, from its part of the dataset (fetched on first use). */
export function useFullEvent(event: TimelineEvent): DetailsState {
  const dataset = useLoadedDataset();
  const query = useQuery(datasetPartQueryOptions(dataset, event.part));
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  if (query.isError && !query.isFetching) {
    return { status: 'error', event: null, error: query.error, retry };
  }
  const details = query.data?.get(event.id);
  if (!details) return { status: 'pending', event: null, error: null };
  return { status: 'success', event: withDetails(event, details), error: null };
}

export interface LoadedDetails {
  /** The details of an event whose part has loaded. */
  detailsOf: (event: TimelineEvent) => EventDetails | undefined;
  /** Parts asked for, and how many of them are in. */
  parts: number;
  loaded: number;
  /** The first part that failed to load, if any. */
  error: Error | null;
  retry: () => void;
}

/** The details of every event in `parts` (a stable array), as far as they have loaded. */
export function useLoadedDetails(dataset: Dataset, parts: readonly number[]): LoadedDetails {
  // A stable combine keeps the result (and so `detailsOf`) the same until a part arrives.
  const combine = useMemo(() => combineDetails(parts), [parts]);
  return useQueries({
    queries: parts.map((part) => datasetPartQueryOptions(dataset, part)),
    combine,
  });
}

type PartResult = {
  data?: ReadonlyMap<string, EventDetails>;
  error: Error | null;
  refetch: () => unknown;
};

function combineDetails(parts: readonly number[]) {
  return (results: PartResult[]): LoadedDetails => {
    const byPart = new Map<number, ReadonlyMap<string, EventDetails>>();
    results.forEach((r, i) => {
      if (r.data) byPart.set(parts[i]!, r.data);
    });
    const failed = results.filter((r) => r.error !== null);
    return {
      detailsOf: (event) => byPart.get(event.part)?.get(event.id),
      parts: results.length,
      loaded: byPart.size,
      error: failed[0]?.error ?? null,
      retry: () => failed.forEach((r) => void r.refetch()),
    };
  };
}
