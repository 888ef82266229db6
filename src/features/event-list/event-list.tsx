import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { hasActiveFilters, selectIndex } from '../../dataset/selectors.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useShownEvents } from '../../dataset/use-shown-events.ts';
import { DIFFERENCES_MARK, DIFFERENCES_TEXT } from '../../lib/differences-mark.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { queryTerms } from '../../lib/text-search.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { useFilters } from '../../stores/use-filters.ts';
import { useEventNavigationKeys } from './use-event-navigation-keys.ts';
import './event-list.css';

/** The shown events in date order: the keyboard and screen-reader path through the data. */
export interface EventListProps {
  /** Extra words and marks at the end of a row (the app marks events in the pack). */
  rowMarker?: (eventId: string) => ReactNode;
}

export function EventList({ rowMarker }: EventListProps) {
  const dataset = useLoadedDataset();
  const shown = useShownEvents();
  const filters = useFilters();
  const selectedId = useUiStore((s) => s.selectedEventId);
  const selectEvent = useUiStore((s) => s.selectEvent);
  const resetFilters = useUiStore((s) => s.resetFilters);
  const list = useRef<HTMLOListElement>(null);
  const terms = queryTerms(filters.query);
  const { outletsById } = selectIndex(dataset);

  useEventNavigationKeys(shown, list);

  // Keep the selected event in view, whoever selected it.
  useEffect(() => {
    if (!selectedId) return;
    list.current
      ?.querySelector(`[data-event-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, shown]);

  const total = dataset.events.length;
  return (
    <section className="list-panel" aria-labelledby="events-heading">
      <div className="list-heading">
        <h2 id="events-heading">Events</h2>
        <p className="list-count" role="status">
          {shown.length === total
            ? `All ${total} events`
            : `${shown.length} of ${total} events shown`}
        </p>
      </div>
      {shown.length === 0 ? (
        <div className="no-matches">
          <p>No events match {hasActiveFilters(filters) ? 'these filters' : 'the dataset'}.</p>
          <button type="button" onClick={resetFilters}>
            Reset filters and search
          </button>
        </div>
      ) : (
        <ol ref={list} id="event-list" aria-label="Events" className="event-list" tabIndex={-1}>
          {shown.map((event) => {
            const selected = event.id === selectedId;
            return (
              <li key={event.id}>
                <button
                  type="button"
                  data-event-id={event.id}
                  aria-current={selected ? 'true' : undefined}
                  className={`event-row${selected ? ' is-selected' : ''}${event.status === 'expected' ? ' is-expected' : ''}`}
                  onClick={() => selectEvent(event.id)}
                >
                  <span className="event-row-date">
                    {formatEventDate(event.date)}
                    {event.status === 'expected' ? (
                      <span className="expected-tag"> · expected</span>
                    ) : null}
                  </span>
                  <span className="event-row-title">
                    <HighlightedText text={event.title} terms={terms} />
                  </span>
                  <span className="event-row-outlets">
                    {event.differenceCount > 0 ? (
                      <span className="event-row-differs">
                        <span aria-hidden="true">{DIFFERENCES_MARK}</span>
                        <span className="visually-hidden">, {DIFFERENCES_TEXT}</span>
                      </span>
                    ) : null}
                    {event.outletIds.map((id) => (
                      <span
                        key={id}
                        className="outlet-dot"
                        style={{ backgroundColor: outletsById.get(id)?.colour }}
                        aria-hidden="true"
                      />
                    ))}
                    <span className="visually-hidden">
                      , reported by{' '}
                      {event.outletIds.map((id) => outletsById.get(id)?.name ?? id).join(', ')}
                    </span>
                    {rowMarker?.(event.id)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
