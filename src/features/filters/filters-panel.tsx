import { useMemo, useState } from 'react';
import {
  countEventsByOutlet,
  countEventsByTheme,
  countEventsWithDifferences,
} from '../../dataset/selectors.ts';
import { DIFFERENCES_MARK } from '../../lib/differences-mark.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useSearchDetails } from '../../dataset/use-shown-events.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { useFilters } from '../../stores/use-filters.ts';
import { FilterGroup } from './filter-group.tsx';
import './filters.css';

/** Outlet and theme toggles, each with how many events it has under the other filters. */
export function FiltersPanel() {
  const dataset = useLoadedDataset();
  const filters = useFilters();
  const [open, setOpen] = useState(false);
  const { detailsOf } = useSearchDetails();
  const outletCounts = useMemo(
    () => countEventsByOutlet(dataset, filters, detailsOf),
    [dataset, filters, detailsOf],
  );
  const themeCounts = useMemo(
    () => countEventsByTheme(dataset, filters, detailsOf),
    [dataset, filters, detailsOf],
  );
  const differingCount = useMemo(
    () => countEventsWithDifferences(dataset, filters, detailsOf),
    [dataset, filters, detailsOf],
  );
  const outletIds = useMemo(() => dataset.outlets.map((o) => o.id), [dataset]);
  const themeIds = useMemo(() => dataset.themes.map((t) => t.id), [dataset]);
  const actions = useUiStore.getState();

  return (
    <aside className={`filters-panel${open ? ' is-open' : ''}`} aria-label="Filters">
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls="filters-content"
        onClick={() => setOpen(!open)}
      >
        Filters
        {filters.hiddenOutlets.length + filters.hiddenThemes.length > 0 || filters.onlyDifferences
          ? ' (active)'
          : ''}
      </button>
      <div id="filters-content" className="filters-content">
        <label className="filter-differences">
          <input
            type="checkbox"
            checked={filters.onlyDifferences}
            onChange={(e) => actions.setOnlyDifferences(e.currentTarget.checked)}
          />
          <span className="filter-differences-mark" aria-hidden="true">
            {DIFFERENCES_MARK}
          </span>
          <span className="filter-label">
            Only events where outlets differ{' '}
            <span className="filter-count">({differingCount})</span>
          </span>
        </label>
        <FilterGroup
          legend="Outlets"
          noun="outlets"
          options={dataset.outlets.map((o) => ({
            id: o.id,
            label: o.name,
            colour: o.colour,
            detail: o.country ?? undefined,
            count: outletCounts.get(o.id) ?? 0,
          }))}
          hidden={filters.hiddenOutlets}
          onToggle={actions.toggleOutlet}
          onOnly={(id) => actions.showOnlyOutlet(id, outletIds)}
          onAll={() => actions.setHiddenOutlets([])}
          onNone={() => actions.setHiddenOutlets(outletIds)}
        />
        <FilterGroup
          legend="Themes"
          noun="themes"
          options={dataset.themes.map((t) => ({
            id: t.id,
            label: t.label,
            colour: t.colour,
            count: themeCounts.get(t.id) ?? 0,
          }))}
          hidden={filters.hiddenThemes}
          onToggle={actions.toggleTheme}
          onOnly={(id) => actions.showOnlyTheme(id, themeIds)}
          onAll={() => actions.setHiddenThemes([])}
          onNone={() => actions.setHiddenThemes(themeIds)}
        />
      </div>
    </aside>
  );
}
