import { useMemo } from 'react';
import { useFilters } from '../stores/use-filters.ts';
import { selectShownEvents } from './selectors.ts';
import { useLoadedDataset } from './use-dataset.ts';
import type { TimelineEvent } from './schema.ts';

/** The events shown under the current filters, in date order. */
export function useShownEvents(): TimelineEvent[] {
  const dataset = useLoadedDataset();
  const filters = useFilters();
  return useMemo(() => selectShownEvents(dataset, filters), [dataset, filters]);
}
