import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { loadFullEvents, withDetails } from '../dataset/dataset-query.ts';
import { useLoadedDetails } from '../dataset/use-event-details.ts';
import { useSearchDetails } from '../dataset/use-shown-events.ts';
import { useLoadedDataset } from '../dataset/use-dataset.ts';
import { useFilters } from '../stores/use-filters.ts';
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

/** Loads the quotes of the briefing in effect (from the cache where it can) and returns it whole. */
export function useLoadBriefing(): () => Promise<Briefing> {
  const queryClient = useQueryClient();
  const dataset = useLoadedDataset();
  const plan = useBriefingPlan();
  return useCallback(async () => {
    const events = await loadFullEvents(
      queryClient,
      dataset,
      plan.items.map((item) => item.event),
    );
    return completeBriefing(plan, dataset, events);
  }, [queryClient, dataset, plan]);
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
