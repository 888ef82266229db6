import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { loadAllDetails, loadFullEvents, withDetails } from '../dataset/dataset-query.ts';
import { NO_DETAILS } from '../dataset/selectors.ts';
import { queryTerms } from '../lib/text-search.ts';
import { useLoadedDetails } from '../dataset/use-event-details.ts';
import { useSearchDetails } from '../dataset/use-shown-events.ts';
import { useLoadedDataset } from '../dataset/use-dataset.ts';
import { selectFilters, useFilters } from '../stores/use-filters.ts';
import { useUiStore } from '../stores/ui-store.ts';
import {
  completeBriefing,
  selectBriefingPlan,
  type Briefing,
  type BriefingPlan,
} from './briefing.ts';
import { activePack, usePackStore } from './pack-store.ts';

/** The briefing in effect, without its quotes: the active pack in pack scope, else the filtered view. */
export function useBriefingPlan(): BriefingPlan {
  const dataset = useLoadedDataset();
  const filters = useFilters();
  const scope = useUiStore((s) => s.scope);
  const pack = usePackStore(activePack);
  const { detailsOf } = useSearchDetails();
  return useMemo(
    () => selectBriefingPlan(dataset, filters, scope === 'pack' ? pack : null, detailsOf),
    [dataset, filters, scope, pack, detailsOf],
  );
}

/**
 * Loads the briefing in effect whole (quotes from the cache where it can), as it is when
 * called: the exports read it on demand, so filtering never recomputes it.
 */
export function useLoadBriefing(): () => Promise<Briefing> {
  const queryClient = useQueryClient();
  const dataset = useLoadedDataset();
  return useCallback(async () => {
    const ui = useUiStore.getState();
    const filters = selectFilters(ui);
    const pack = ui.scope === 'pack' ? activePack(usePackStore.getState()) : null;
    // A search in effect looks into quotes, as the list does once they have loaded.
    const detailsOf =
      pack === null && queryTerms(filters.query).length > 0
        ? await loadAllDetails(queryClient, dataset)
        : NO_DETAILS;
    const plan = selectBriefingPlan(dataset, filters, pack, detailsOf);
    const events = await loadFullEvents(
      queryClient,
      dataset,
      plan.items.map((item) => item.event),
    );
    return completeBriefing(plan, dataset, events);
  }, [queryClient, dataset]);
}

export interface BriefingState {
  /** Null until the quotes of every event in the briefing have loaded. */
  briefing: Briefing | null;
  /** Parts of the dataset the briefing needs, and how many have loaded. */
  parts: number;
  loaded: number;
}

/** The briefing in effect with its quotes, loading the parts it needs. */
export function useBriefing(): BriefingState {
  const dataset = useLoadedDataset();
  const plan = useBriefingPlan();
  const parts = useMemo(() => [...new Set(plan.items.map((i) => i.event.part))], [plan]);
  const details = useLoadedDetails(dataset, parts);
  const briefing = useMemo(() => {
    if (details.loaded < details.parts) return null;
    const events = plan.items.map((item) =>
      withDetails(item.event, details.detailsOf(item.event)!),
    );
    return completeBriefing(plan, dataset, events);
  }, [plan, dataset, details]);
  return { briefing, parts: details.parts, loaded: details.loaded };
}
