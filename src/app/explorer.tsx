import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect } from 'react';
import { AppHeader } from '../components/app-header.tsx';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { LoadError, Loading } from '../components/load-state.tsx';
import { datasetQueryOptions } from '../dataset/dataset-query.ts';
import type { Dataset } from '../dataset/schema.ts';
import { usePrefetchParts } from '../dataset/use-prefetch-parts.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { startUrlSync } from '../stores/url-sync.ts';
import { BriefingToolbar } from './briefing-toolbar.tsx';
import { ViewSwitch } from '../features/coverage/view-switch.tsx';
import { OutletsButton } from '../features/outlets/outlets-button.tsx';
import { PackMarker } from '../features/packs/pack-marker.tsx';
import { StarButton } from '../features/packs/star-button.tsx';
import { EventDetails } from '../features/event-details/event-details.tsx';
import { EventList } from '../features/event-list/event-list.tsx';
import { FiltersPanel } from '../features/filters/filters-panel.tsx';
import { HandoutHost } from '../features/handout/handout-host.tsx';
import { SearchBox } from '../features/search/search-box.tsx';
import { TimelinePanel } from '../features/timeline/timeline-panel.tsx';

// Loaded when a presentation starts: it costs nothing at first paint.
const Presentation = lazy(() =>
  import('../features/presentation/presentation.tsx').then((m) => ({ default: m.Presentation })),
);
// Loaded when the coverage view is first opened.
const CoverageMatrix = lazy(() =>
  import('../features/coverage/coverage-matrix.tsx').then((m) => ({ default: m.CoverageMatrix })),
);

/** Gates the explorer on the dataset: loading, error with Retry, or the explorer itself. */
export function Explorer() {
  const dataset = useQuery(datasetQueryOptions());
  // A retry after an error shows its progress too, not the old error.
  if (dataset.isPending || (dataset.isError && dataset.isFetching)) return <Loading />;
  if (dataset.isError) {
    return <LoadError error={dataset.error} onRetry={() => void dataset.refetch()} />;
  }
  return <ExplorerLayout dataset={dataset.data} />;
}

const leavePresentation = () => useUiStore.getState().setPresent(false);

function ExplorerLayout({ dataset }: { dataset: Dataset }) {
  // Before the first paint, so a shared link never flashes the default view.
  useLayoutEffect(() => startUrlSync(dataset), [dataset]);
  usePrefetchParts(dataset);
  const present = useUiStore((s) => s.present);
  const coverage = useUiStore((s) => s.view === 'coverage');
  return (
    // While presenting, the explorer is out of reach; the slides are portalled outside it.
    <div className="app-shell" inert={present}>
      <a className="skip-link" href={coverage ? '#coverage-heading' : '#event-list'}>
        {coverage ? 'Skip to the coverage table' : 'Skip to the list of events'}
      </a>
      <AppHeader dataset={dataset}>
        <div className="header-views">
          <ViewSwitch />
          <OutletsButton />
        </div>
        <SearchBox />
        <BriefingToolbar />
      </AppHeader>
      <main className="explorer">
        {/* Each region fails on its own: the rest of the explorer stays usable. */}
        <ErrorBoundary area="The filters" className="filters-panel">
          <FiltersPanel />
        </ErrorBoundary>
        {coverage ? (
          <ErrorBoundary area="The coverage table" className="coverage-panel">
            <Suspense fallback={<section className="coverage-panel" aria-busy="true" />}>
              <CoverageMatrix />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <>
            <ErrorBoundary area="The timeline" className="timeline-panel">
              <TimelinePanel />
            </ErrorBoundary>
            <ErrorBoundary area="The list of events" className="list-panel">
              {/* Waits only if its virtualizer arrives after the dataset, which it hardly does. */}
              <Suspense fallback={<section className="list-panel" aria-busy="true" />}>
                <EventList rowMarker={(id) => <PackMarker eventId={id} />} />
              </Suspense>
            </ErrorBoundary>
          </>
        )}
        <ErrorBoundary area="The event details" className="details-panel">
          <EventDetails eventActions={(id) => <StarButton eventId={id} />} />
        </ErrorBoundary>
      </main>
      <ErrorBoundary area="The printed handout">
        <HandoutHost />
      </ErrorBoundary>
      {present ? (
        <ErrorBoundary
          area="The presentation"
          overlay
          action={{ label: 'Leave presentation', onClick: leavePresentation }}
        >
          <Suspense fallback={null}>
            <Presentation />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
