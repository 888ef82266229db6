import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { datasetPartQueryOptions } from './dataset-query.ts';
import type { Dataset } from './schema.ts';
import { whenIdle } from '../lib/when-idle.ts';

/**
 * A small dataset's quotes in all weigh less than a photo: fetch them once the first paint is
 * done, so opening an event, searching quotes or printing never waits. A large one's parts
 * load as they are needed.
 */
export const PREFETCH_ALL_PARTS_BELOW_BYTES = 1024 * 1024;

export function usePrefetchParts(dataset: Dataset): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const total = dataset.parts.reduce((n, p) => n + p.bytes, 0);
    if (total >= PREFETCH_ALL_PARTS_BELOW_BYTES) return;
    const prefetch = () =>
      dataset.parts.forEach((_, i) => {
        const options = datasetPartQueryOptions(dataset, i);
        // A part already asked for is left alone: loaded, on its way, or refused (a refused
        // one is fetched again when the reader says Retry, not behind their back).
        if (queryClient.getQueryState(options.queryKey) !== undefined) return;
        void queryClient.prefetchQuery(options);
      });
    return whenIdle(prefetch, { timeoutMs: 2000, fallbackMs: 500 });
  }, [dataset, queryClient]);
}
