import type { ReactNode } from 'react';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { ProblemList } from '../../components/load-state.tsx';
import { selectIndex } from '../../dataset/selectors.ts';
import type { Dataset, FullEvent, TimelineEvent } from '../../dataset/schema.ts';
import { useFullEvent } from '../../dataset/use-event-details.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { queryTerms } from '../../lib/text-search.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { DifferencesSection } from './differences-section.tsx';
import { groupQuotesByOutlet } from './group-quotes-by-outlet.ts';
import { OutletQuotes } from './outlet-quotes.tsx';
import { SilencesNote } from './silences-note.tsx';
import { selectSilences } from './silences.ts';
import './event-details.css';

/** Id of the event title, for anything that wants to move focus to it. */
export const EVENT_DETAILS_HEADING_ID = 'event-details-heading';

/** The selected event: what happened, where outlets differ, and what each outlet wrote. */
export interface EventDetailsProps {
  /** Actions on the open event, shown under its date (the app puts the pack's star here). */
  eventActions?: (eventId: string) => ReactNode;
}

export function EventDetails({ eventActions }: EventDetailsProps) {
  const dataset = useLoadedDataset();
  const selectedEventId = useUiStore((s) => s.selectedEventId);
  const event = selectedEventId ? selectIndex(dataset).eventsById.get(selectedEventId) : undefined;
  const pane = useRef<HTMLElement>(null);

  // A new event starts at its top. Focus stays where it is: the reader may be walking
  // the list with the arrow keys. (With nothing selected there is nothing to scroll, and
  // setting scrollTop would lay out the whole page during the first paint.)
  useLayoutEffect(() => {
    if (pane.current && event) pane.current.scrollTop = 0;
  }, [event]);

  return (
    <aside
      ref={pane}
      className={`details-panel${event ? ' has-selection' : ''}`}
      aria-label="Event details"
    >
      {event ? (
        // Keyed so per-quote state (context shown, copy status) starts afresh per event.
        <SelectedEvent key={event.id} event={event} dataset={dataset} eventActions={eventActions} />
      ) : (
        <p className="details-hint">
          Select an event on the timeline or in the list to read what each outlet wrote.
        </p>
      )}
    </aside>
  );
}

function SelectedEvent({
  event,
  dataset,
  eventActions,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  eventActions: EventDetailsProps['eventActions'];
}) {
  const selectEvent = useUiStore((s) => s.selectEvent);
  const query = useUiStore((s) => s.query);
  const terms = useMemo(() => queryTerms(query), [query]);
  const index = selectIndex(dataset);
  const themes = event.themes.flatMap((id) => index.themesById.get(id) ?? []);
  const details = useFullEvent(event);

  return (
    <article className="event-details">
      <div className="details-toolbar">
        <button
          type="button"
          className="details-close"
          aria-label="Close details"
          onClick={() => selectEvent(null)}
        >
          Close <span aria-hidden="true">✕</span>
        </button>
      </div>

      <header className="details-header">
        <h2 id={EVENT_DETAILS_HEADING_ID} className="details-title" tabIndex={-1}>
          <HighlightedText text={event.title} terms={terms} />
        </h2>
        <p className="details-date">
          {formatEventDate(event.date)}
          {event.status === 'expected' ? <span className="expected-badge">Expected</span> : null}
        </p>
        {eventActions?.(event.id)}
      </header>

      {event.dateNote ? (
        <p className="date-note">
          <strong className="date-note-label">About the date: </strong>
          {event.dateNote}
        </p>
      ) : null}

      {details.status === 'success' ? (
        <p className="details-summary">
          <HighlightedText text={details.event.summary} terms={terms} />
        </p>
      ) : null}

      <ul className="theme-chips" aria-label="Themes">
        {themes.map((theme) => (
          <li key={theme.id} className="theme-chip">
            <span
              className="colour-dot"
              style={{ backgroundColor: theme.colour }}
              aria-hidden="true"
            />
            {theme.label}
          </li>
        ))}
      </ul>

      {details.status === 'success' ? (
        <EventQuotes event={details.event} dataset={dataset} terms={terms} />
      ) : details.status === 'error' ? (
        <div className="details-load-error" role="alert">
          <p>The quotes for this event could not be loaded. {details.error.message}</p>
          <ProblemList error={details.error} headingLevel={3} />
          <button type="button" onClick={details.retry}>
            Retry
          </button>
        </div>
      ) : (
        <p className="details-loading" role="status">
          Loading the quotes…
        </p>
      )}
    </article>
  );
}

/** Where the outlets differ, who said nothing, and what each outlet wrote. */
function EventQuotes({
  event,
  dataset,
  terms,
}: {
  event: FullEvent;
  dataset: Dataset;
  terms: readonly string[];
}) {
  const hiddenOutlets = useUiStore((s) => s.hiddenOutlets);
  const index = selectIndex(dataset);
  const groups = useMemo(
    () => groupQuotesByOutlet(event, dataset, index, hiddenOutlets),
    [event, dataset, index, hiddenOutlets],
  );
  const silences = useMemo(
    () => selectSilences(dataset, event, hiddenOutlets),
    [dataset, event, hiddenOutlets],
  );
  const shownQuoteCount = event.quotes.length - groups.hiddenQuoteCount;

  return (
    <>
      {event.differences.length > 0 ? (
        <DifferencesSection
          event={event}
          dataset={dataset}
          hiddenOutlets={hiddenOutlets}
          terms={terms}
        />
      ) : null}

      <section className="details-section" aria-labelledby="event-details-quotes">
        <h3 id="event-details-quotes" className="section-heading">
          What the outlets wrote
        </h3>
        <p className="section-meta">
          {countLabel(shownQuoteCount, 'quote')} from {countLabel(groups.shown.length, 'outlet')}
          {groups.hidden.length > 0 ? ' shown' : ''}
        </p>
        <SilencesNote silences={silences} />
        {groups.shown.length === 0 ? (
          <p className="details-empty">
            All the quotes for this event are from outlets you have hidden.
          </p>
        ) : (
          groups.shown.map((group) => (
            <OutletQuotes key={group.outlet.id} group={group} terms={terms} />
          ))
        )}
        {groups.hiddenQuoteCount > 0 ? (
          <details className="hidden-outlets">
            <summary>{groups.hiddenQuoteCount} more from hidden outlets</summary>
            {groups.hidden.map((group) => (
              <OutletQuotes key={group.outlet.id} group={group} terms={terms} />
            ))}
          </details>
        ) : null}
      </section>
    </>
  );
}

function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
