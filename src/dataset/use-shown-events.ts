import { useMemo } from 'react';
import { queryTerms } from '../lib/text-search.ts';
import { useFilters } from '../stores/use-filters.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { selectShownEvents } from './selectors.ts';
import type { TimelineEvent } from './schema.ts';
import { useLoadedDetails, type LoadedDetails } from './use-event-details.ts';
import { useLoadedDataset } from './use-dataset.ts';

const NO_PARTS: readonly number[] = [];

/**
 * While a search is on, every part of the dataset is loaded so that the search looks into
 * the quotes too; until they are all in, it covers the quotes loaded so far.
 */
export function useSearchDetails(): LoadedDetails {
  const dataset = useLoadedDataset();
  const searching = useUiStore((s) => queryTerms(s.query).length > 0);
  const parts = useMemo(
    () => (searching ? dataset.parts.map((_, i) => i) : NO_PARTS),
    [dataset, searching],
  );
  return useLoadedDetails(dataset, parts);
}

/** The events shown under the current filters, in date order. */
export function useShownEvents(): TimelineEvent[] {
  const dataset = useLoadedDataset();
  const filters = useFilters();
  const { detailsOf } = useSearchDetails();
  return useMemo(
    () => selectShownEvents(dataset, filters, detailsOf),
    [dataset, filters, detailsOf],
  );
}
