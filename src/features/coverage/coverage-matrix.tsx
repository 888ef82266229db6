import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { VIEW_BRIEFING_TITLE } from '../../briefing/briefing.ts';
import { selectCoverageMatrix, type CoverageCell } from '../../dataset/coverage.ts';
import type { Outlet, TimelineEvent } from '../../dataset/schema.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useShownEvents } from '../../dataset/use-shown-events.ts';
import { outletQuotesDomId } from '../../lib/dom-ids.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { useRowVirtualizer } from '../../lib/use-row-virtualizer.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { viewButtonDomId } from './view-switch.tsx';
import { bodyRowOf, clampGridPosition, moveGridFocus, type GridPosition } from './grid-focus.ts';
import { useBlockSize } from './use-block-size.ts';
import { withGaps } from './with-gaps.ts';
import './coverage.css';

/** An event row with a three-line title, in px; rows are measured once rendered. */
const ROW_ESTIMATE = 87;
/** Rows rendered beyond each end of the view. */
const OVERSCAN = 6;

/** Grid coordinates of the cell a focusable element stands for, e.g. `"3:1"`. */
const CELL_ATTRIBUTE = 'data-cell';

/** What makes an element a grid cell's focus target (roving tabindex: one tab stop). */
interface CellFocusProps {
  [CELL_ATTRIBUTE]: string;
  tabIndex: number;
}

/**
 * Which outlet reported what: shown events (rows) × shown outlets (columns), with quote
 * counts, silences and totals. A keyboard grid with one tab stop.
 */
export function CoverageMatrix() {
  const dataset = useLoadedDataset();
  const shown = useShownEvents();
  const hiddenOutlets = useUiStore((s) => s.hiddenOutlets);
  const selectedEventId = useUiStore((s) => s.selectedEventId);
  const resetFilters = useUiStore((s) => s.resetFilters);
  const outlets = useMemo(
    () => dataset.outlets.filter((o) => !hiddenOutlets.includes(o.id)),
    [dataset, hiddenOutlets],
  );
  const matrix = useMemo(
    () => selectCoverageMatrix(dataset, shown, outlets),
    [dataset, shown, outlets],
  );
  const table = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<GridPosition>({ row: 0, column: 0 });
  // Header row, one row per event, totals row; row headers, one column per outlet, totals.
  const size = { rows: matrix.events.length + 2, columns: matrix.outlets.length + 2 };
  const at = clampGridPosition(focus, size);

  // The sticky header and totals rows: the event rows start below the one and must be
  // scrolled clear of both.
  const [head, setHead] = useState<HTMLTableSectionElement | null>(null);
  const [foot, setFoot] = useState<HTMLTableSectionElement | null>(null);
  const headHeight = useBlockSize(head);
  const footHeight = useBlockSize(foot);
  const selectedIndex = useMemo(
    () =>
      selectedEventId === null ? -1 : matrix.events.findIndex((e) => e.id === selectedEventId),
    [matrix, selectedEventId],
  );
  // The row of the grid's tab stop is always rendered (the grid keeps its one tab stop, and
  // the focus is not lost when scrolled away), and so is the selected row.
  const focusRow = bodyRowOf(at, size);
  const pinned = useMemo(
    () => (focusRow === null ? [selectedIndex] : [selectedIndex, focusRow]),
    [selectedIndex, focusRow],
  );
  // Few events: every row, as a plain table. Many: the rows in view and the pinned ones,
  // with empty rows standing for the others so the table keeps its height.
  const { virtualizer, virtual } = useRowVirtualizer({
    count: matrix.events.length,
    getScrollElement: () => scroller.current,
    estimateSize: useCallback(() => ROW_ESTIMATE, []),
    getItemKey: useCallback((index: number) => matrix.events[index]!.id, [matrix]),
    overscan: OVERSCAN,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    scrollPaddingEnd: footHeight,
    pinned,
  });
  const items = virtualizer.getVirtualItems();
  const slots = virtual
    ? withGaps(items, headHeight, headHeight + virtualizer.getTotalSize())
    : items.map((item) => ({ kind: 'row' as const, item }));

  // Keep the selected event's row in view, whoever selected it (the row is always rendered).
  useEffect(() => {
    if (selectedIndex === -1) return;
    if (virtual) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    else
      table.current
        ?.querySelector(`tr[data-index="${selectedIndex}"]`)
        ?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex, matrix, virtual, virtualizer]);

  // A keyboard move to a row that was not rendered: it is now (pinned), so scroll to it and
  // move the focus in.
  const pendingFocus = useRef<{ cell: GridPosition; bodyRow: number | null } | null>(null);
  useLayoutEffect(() => {
    const wanted = pendingFocus.current;
    pendingFocus.current = null;
    if (!wanted) return;
    if (wanted.bodyRow !== null) virtualizer.scrollToIndex(wanted.bodyRow, { align: 'auto' });
    table.current
      ?.querySelector<HTMLElement>(cellSelector(wanted.cell))
      ?.focus({ preventScroll: true });
  }, [focus, virtualizer]);

  const cell = (row: number, column: number): CellFocusProps => ({
    [CELL_ATTRIBUTE]: `${row}:${column}`,
    tabIndex: row === at.row && column === at.column ? 0 : -1,
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const from = positionOf(event.target) ?? at;
    const next = moveGridFocus(from, event, size);
    if (!next) return;
    event.preventDefault();
    // Inside the grid the arrows, Home and End move the focus, not the selected event.
    event.stopPropagation();
    setFocus(next);
    const target = table.current?.querySelector<HTMLElement>(cellSelector(next));
    if (target) target.focus();
    else pendingFocus.current = { cell: next, bodyRow: bodyRowOf(next, size) };
  };

  const [downloadStatus, setDownloadStatus] = useState('');
  const downloadCsv = async () => {
    try {
      const [{ toCoverageTable }, { exportCoverageCsv }] = await Promise.all([
        import('../../exports/coverage-table.ts'),
        import('../../exports/export-files.ts'),
      ]);
      exportCoverageCsv(toCoverageTable(matrix), VIEW_BRIEFING_TITLE, new Date());
      setDownloadStatus('Coverage matrix (.csv) ready');
    } catch (error) {
      setDownloadStatus(
        `Coverage matrix (.csv) failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  const soloOutlet = (outletId: string) => {
    const { setView, showOnlyOutlet } = useUiStore.getState();
    // The view first, so Back returns to the matrix as it was.
    setView('timeline');
    showOnlyOutlet(
      outletId,
      dataset.outlets.map((o) => o.id),
    );
    // The grid, and the focus with it, is gone: keep the keyboard user's place in the header.
    requestAnimationFrame(() => document.getElementById(viewButtonDomId('timeline'))?.focus());
  };

  return (
    <section className="coverage-panel" aria-labelledby="coverage-heading">
      <div className="coverage-heading">
        <h2 id="coverage-heading">Who reported what</h2>
        <p className="coverage-count" role="status">
          {countLabel(matrix.events.length, 'event')} ×{' '}
          {countLabel(matrix.outlets.length, 'outlet')}
        </p>
        <button
          type="button"
          className="coverage-download"
          disabled={matrix.events.length === 0}
          onClick={() => void downloadCsv()}
        >
          Download table (.csv)
        </button>
        <span className="visually-hidden" role="status">
          {downloadStatus}
        </span>
        <ul className="coverage-key" aria-label="Key">
          <li>
            <span className="coverage-mark is-quoted" aria-hidden="true" /> quotes the event
          </li>
          <li>
            <span className="coverage-mark is-silent" aria-hidden="true" /> not mentioned: wrote
            about that period, not this event
          </li>
          <li>
            <span className="coverage-mark is-empty" aria-hidden="true" /> blank: no coverage of
            that period
          </li>
        </ul>
      </div>
      {matrix.events.length === 0 ? (
        <div className="coverage-no-matches">
          <p>No events match these filters.</p>
          <button type="button" onClick={resetFilters}>
            Reset filters and search
          </button>
        </div>
      ) : (
        <div ref={scroller} className={`coverage-scroll${virtual ? ' is-virtual' : ''}`}>
          <table
            ref={table}
            role="grid"
            // Only some rows are in the DOM: say how many there are and where each one is.
            aria-rowcount={virtual ? size.rows : undefined}
            className="coverage-table"
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const position = positionOf(event.target);
              if (position) setFocus(position);
            }}
          >
            <caption className="visually-hidden">Coverage</caption>
            <thead ref={setHead}>
              <tr aria-rowindex={virtual ? 1 : undefined}>
                <th scope="col" className="coverage-corner" {...cell(0, 0)}>
                  Event
                </th>
                {matrix.outlets.map((outlet, column) => (
                  <th
                    key={outlet.id}
                    scope="col"
                    className="coverage-outlet"
                    style={outletColour(outlet)}
                  >
                    <button
                      type="button"
                      title={`Show only ${outlet.name} on the timeline`}
                      onClick={() => soloOutlet(outlet.id)}
                      {...cell(0, column + 1)}
                    >
                      <span className="coverage-outlet-key" aria-hidden="true" />
                      <span className="coverage-outlet-name">{outlet.name}</span>
                      <span className="visually-hidden">, </span>
                      <span className="coverage-outlet-country">
                        {outlet.country ?? 'country not stated'}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col" className="coverage-total" {...cell(0, size.columns - 1)}>
                  Outlets reporting
                </th>
              </tr>
            </thead>
            <tbody>
              {slots.map((slot) => {
                if (slot.kind === 'gap') {
                  return (
                    <tr key={slot.key} className="coverage-gap" aria-hidden="true">
                      <td colSpan={size.columns} style={{ height: slot.height }} />
                    </tr>
                  );
                }
                const index = slot.item.index;
                return (
                  <CoverageRow
                    key={slot.item.key as string}
                    index={index}
                    event={matrix.events[index]!}
                    cells={matrix.cells[index]!}
                    total={matrix.rowTotals[index]!}
                    outlets={matrix.outlets}
                    selected={index === selectedIndex}
                    focusColumn={at.row === index + 1 ? at.column : null}
                    measure={virtual ? virtualizer.measureElement : undefined}
                    virtual={virtual}
                  />
                );
              })}
            </tbody>
            <tfoot ref={setFoot}>
              <tr aria-rowindex={virtual ? size.rows : undefined}>
                <th scope="row" className="coverage-event" {...cell(size.rows - 1, 0)}>
                  Events reported
                </th>
                {matrix.columnTotals.map((total, column) => (
                  <td
                    key={matrix.outlets[column]!.id}
                    className="coverage-total"
                    {...cell(size.rows - 1, column + 1)}
                  >
                    {total}
                  </td>
                ))}
                <td
                  className="coverage-total coverage-grand-total"
                  {...cell(size.rows - 1, size.columns - 1)}
                >
                  {countLabel(matrix.totalQuotes, 'quote')}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * One event's row. Memoised: scrolling renders only the rows coming into view, and a focus
 * move only the rows it leaves and enters.
 */
const CoverageRow = memo(function CoverageRow({
  index,
  event,
  cells,
  total,
  outlets,
  selected,
  focusColumn,
  measure,
  virtual,
}: {
  index: number;
  event: TimelineEvent;
  cells: readonly CoverageCell[];
  total: number;
  outlets: readonly Outlet[];
  selected: boolean;
  /** The column of the grid's tab stop when it is in this row. */
  focusColumn: number | null;
  measure: ((row: HTMLTableRowElement | null) => void) | undefined;
  virtual: boolean;
}) {
  const row = index + 1;
  const cell = (column: number): CellFocusProps => ({
    [CELL_ATTRIBUTE]: `${row}:${column}`,
    tabIndex: column === focusColumn ? 0 : -1,
  });
  return (
    <tr
      data-index={index}
      data-event-id={event.id}
      ref={measure}
      aria-rowindex={virtual ? row + 1 : undefined}
      aria-selected={selected}
      className={selected ? 'is-selected' : undefined}
    >
      <th scope="row" className="coverage-event">
        <button
          type="button"
          onClick={() => useUiStore.getState().selectEvent(event.id)}
          {...cell(0)}
        >
          <span className="coverage-event-date">
            {formatEventDate(event.date)}
            {event.status === 'expected' ? ' · expected' : ''}
          </span>
          <span className="visually-hidden">: </span>
          <span className="coverage-event-title">{event.title}</span>
        </button>
      </th>
      {outlets.map((outlet, column) => (
        <CoverageDataCell
          key={outlet.id}
          coverage={cells[column]!}
          outlet={outlet}
          focusProps={cell(column + 1)}
          onOpen={() => openQuotes(event.id, outlet.id)}
        />
      ))}
      <td className="coverage-total" {...cell(outlets.length + 1)}>
        {total}
      </td>
    </tr>
  );
});

/** Selects the event and brings the outlet's quotes into view in the detail pane. */
function openQuotes(eventId: string, outletId: string) {
  useUiStore.getState().selectEvent(eventId);
  // After the detail pane has rendered the event (and reset its scroll to the top).
  requestAnimationFrame(() =>
    document
      .getElementById(outletQuotesDomId(outletId))
      ?.scrollIntoView({ block: 'start', inline: 'nearest' }),
  );
}

function CoverageDataCell({
  coverage,
  outlet,
  focusProps,
  onOpen,
}: {
  coverage: CoverageCell;
  outlet: Outlet;
  focusProps: CellFocusProps;
  onOpen: () => void;
}) {
  if (coverage.state === 'quoted') {
    return (
      <td className="coverage-cell is-quoted" style={outletColour(outlet)}>
        <button type="button" onClick={onOpen} {...focusProps}>
          {countLabel(coverage.quoteCount, 'quote')}
        </button>
      </td>
    );
  }
  if (coverage.state === 'silent') {
    return (
      <td className="coverage-cell is-silent" style={outletColour(outlet)} {...focusProps}>
        <span className="coverage-mark is-silent" aria-hidden="true" />
        not mentioned
      </td>
    );
  }
  return (
    <td className="coverage-cell is-empty" {...focusProps}>
      <span className="visually-hidden">no coverage of this period</span>
    </td>
  );
}

function cellSelector(at: GridPosition): string {
  return `[${CELL_ATTRIBUTE}="${at.row}:${at.column}"]`;
}

function positionOf(target: EventTarget): GridPosition | null {
  if (!(target instanceof HTMLElement)) return null;
  const match = /^(\d+):(\d+)$/.exec(target.getAttribute(CELL_ATTRIBUTE) ?? '');
  return match ? { row: Number(match[1]), column: Number(match[2]) } : null;
}

function outletColour(outlet: Outlet): CSSProperties {
  return { '--outlet-colour': outlet.colour } as CSSProperties;
}

function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
