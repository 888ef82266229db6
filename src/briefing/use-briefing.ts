import { useMemo } from 'react';
import { useLoadedDataset } from '../dataset/use-dataset.ts';
import { useFilters } from '../stores/use-filters.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { selectBriefing, type Briefing } from './briefing.ts';
import { activePack, usePackStore } from './pack-store.ts';

/** The briefing in effect: the active pack in pack scope, else the filtered view. */
export function useBriefing(): Briefing {
  const dataset = useLoadedDataset();
  const filters = useFilters();
  const scope = useUiStore((s) => s.scope);
  const pack = usePackStore(activePack);
  return useMemo(
    () => selectBriefing(dataset, filters, scope === 'pack' ? pack : null),
    [dataset, filters, scope, pack],
  );
}
