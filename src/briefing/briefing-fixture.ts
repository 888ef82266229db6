/** Briefings with their quotes, for unit tests (the app loads the quotes first: `useLoadBriefing`). */
import { detailsLookup, splitFixture } from '../dataset/dataset-fixture.ts';
import type { EventFilters } from '../dataset/selectors.ts';
import type { CompiledDataset } from '../dataset/split-dataset.ts';
import { completeBriefing, selectBriefingPlan, type Briefing } from './briefing.ts';
import type { Pack } from './pack.ts';

/** The briefing of `compiled` (split as the app gets it), with every event's quotes. */
export function selectFullBriefing(
  compiled: CompiledDataset,
  filters: EventFilters,
  pack: Pack | null,
): Briefing {
  const fixture = splitFixture(compiled);
  const plan = selectBriefingPlan(fixture.dataset, filters, pack, detailsLookup(fixture));
  const byId = new Map(fixture.events.map((e) => [e.id, e]));
  return completeBriefing(
    plan,
    fixture.dataset,
    plan.items.map((item) => byId.get(item.event.id)!),
  );
}
