import type { CSSProperties, FocusEvent, ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import type { Outlet, TimelineEvent } from '../../dataset/schema.ts';
import { hasActiveFilters, selectIndex } from '../../dataset/selectors.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useShownEvents } from '../../dataset/use-shown-events.ts';
import { DIFFERENCES_MARK, DIFFERENCES_TEXT } from '../../lib/differences-mark.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { rendersAllRows } from '../../lib/rows-to-render.ts';
import { queryTerms } from '../../lib/text-search.ts';
import { useRowVirtualizer } from '../../lib/use-row-virtualizer.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { useFilters } from '../../stores/use-filters.ts';
import { useEventNavigationKeys } from './use-event-navigation-keys.ts';
import './event-list.css';

/** A row with a two-line title, in px; rows are measured once rendered (titles wrap). */
const ROW_ESTIMATE = 80;
/** Rows rendered beyond each end of the view. */
const OVERSCAN = 6;
/** Space above the first row and below the last (the list's 0.25rem padding). */
const LIST_PADDING = 4;

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
  const resetFilters = useUiStore((s) => s.resetFilters);
  const list = useRef<HTMLOListElement>(null);
  const terms = queryTerms(filters.query);
  const { outletsById } = selectIndex(dataset);

  const focusTargetRef = useEventNavigationKeys(shown, list);

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : shown.findIndex((e) => e.id === selectedId)),
    [shown, selectedId],
  );
  // The row holding the focus stays rendered when scrolled away, so the focus stays in the
  // list; its neighbours too, so Tab and Shift+Tab from it go on in order. The selected row
  // stays rendered so the focus can move to it at once.
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const pinned = useMemo(
    () =>
      focusedIndex === null
        ? [selectedIndex]
        : [selectedIndex, focusedIndex - 1, focusedIndex, focusedIndex + 1],
    [selectedIndex, focusedIndex],
  );
  // Few events: all rendered, in the flow, as a plain list. Many: only those in view (and
  // the pinned ones), placed absolutely inside a box as tall as all the rows.
  const padding = rendersAllRows(shown.length) ? 0 : LIST_PADDING;
  const { virtualizer, virtual } = useRowVirtualizer({
    count: shown.length,
    getScrollElement: () => list.current,
    estimateSize: useCallback(() => ROW_ESTIMATE, []),
    // Measured heights stay with their event when filters change the rows around it.
    getItemKey: useCallback((index: number) => shown[index]!.id, [shown]),
    overscan: OVERSCAN,
    // In a plain list the list's own padding does this.
    paddingStart: padding,
    paddingEnd: padding,
    scrollPaddingStart: padding,
    scrollPaddingEnd: padding,
    pinned,
  });

  // Keep the selected event in view, whoever selected it; move the focus to it when the
  // keyboard asked for that. The selected row is always rendered (pinned above).
  useEffect(() => {
    const wantsFocus = focusTargetRef.current;
    focusTargetRef.current = null;
    if (selectedIndex === -1) return;
    if (virtual) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    const row = list.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(shown[selectedIndex]!.id)}"]`,
    );
    if (!virtual) row?.scrollIntoView({ block: 'nearest' });
    if (wantsFocus === shown[selectedIndex]!.id) row?.focus({ preventScroll: true });
  }, [selectedIndex, shown, virtual, virtualizer, focusTargetRef]);

  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const item = (event.target as Element).closest('li[data-index]');
    setFocusedIndex(item ? Number(item.getAttribute('data-index')) : null);
  };
  const onBlur = (event: FocusEvent<HTMLOListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedIndex(null);
  };

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
        <ol
          ref={list}
          id="event-list"
          aria-label="Events"
          className={`event-list${virtual ? ' is-virtual' : ''}`}
          tabIndex={-1}
          onFocus={onFocus}
          onBlur={onBlur}
          style={
            virtual
              ? ({ '--rows-height': `${virtualizer.getTotalSize()}px` } as CSSProperties)
              : undefined
          }
        >
          {virtualizer.getVirtualItems().map((item) => {
            const event = shown[item.index]!;
            return (
              <li
                key={item.key as string}
                data-index={item.index}
                ref={virtual ? virtualizer.measureElement : undefined}
                // Only some rows are in the DOM: say where this one is among them all.
                aria-setsize={virtual ? shown.length : undefined}
                aria-posinset={virtual ? item.index + 1 : undefined}
                style={virtual ? { transform: `translateY(${item.start}px)` } : undefined}
              >
                <EventRow
                  event={event}
                  selected={event.id === selectedId}
                  terms={terms}
                  outletsById={outletsById}
                  marker={rowMarker?.(event.id)}
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function EventRow({
  event,
  selected,
  terms,
  outletsById,
  marker,
}: {
  event: TimelineEvent;
  selected: boolean;
  terms: readonly string[];
  outletsById: ReadonlyMap<string, Outlet>;
  marker: ReactNode;
}) {
  return (
    <button
      type="button"
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
      className={`event-row${selected ? ' is-selected' : ''}${event.status === 'expected' ? ' is-expected' : ''}`}
      onClick={() => useUiStore.getState().selectEvent(event.id)}
    >
      <span className="event-row-date">
        {formatEventDate(event.date)}
        {event.status === 'expected' ? <span className="expected-tag"> · expected</span> : null}
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
          , reported by {event.outletIds.map((id) => outletsById.get(id)?.name ?? id).join(', ')}
        </span>
        {marker}
      </span>
    </button>
  );
}
