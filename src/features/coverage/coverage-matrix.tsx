import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { VIEW_BRIEFING_TITLE } from '../../briefing/briefing.ts';
import { selectCoverageMatrix, type CoverageCell } from '../../dataset/coverage.ts';
import type { Outlet } from '../../dataset/schema.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useShownEvents } from '../../dataset/use-shown-events.ts';
import { outletQuotesDomId } from '../../lib/dom-ids.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { viewButtonDomId } from './view-switch.tsx';
import { clampGridPosition, moveGridFocus, type GridPosition } from './grid-focus.ts';
import './coverage.css';

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
  const [focus, setFocus] = useState<GridPosition>({ row: 0, column: 0 });
  // Header row, one row per event, totals row; row headers, one column per outlet, totals.
  const size = { rows: matrix.events.length + 2, columns: matrix.outlets.length + 2 };
  const at = clampGridPosition(focus, size);

  // Keep the selected event's row in view, whoever selected it.
  useEffect(() => {
    if (!selectedEventId) return;
    table.current
      ?.querySelector(`tr[data-event-id="${CSS.escape(selectedEventId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedEventId, matrix]);

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
    table.current
      ?.querySelector<HTMLElement>(`[${CELL_ATTRIBUTE}="${next.row}:${next.column}"]`)
      ?.focus();
  };

  const openQuotes = (eventId: string, outletId: string) => {
    useUiStore.getState().selectEvent(eventId);
    // After the detail pane has rendered the event (and reset its scroll to the top).
    requestAnimationFrame(() =>
      document
        .getElementById(outletQuotesDomId(outletId))
        ?.scrollIntoView({ block: 'start', inline: 'nearest' }),
    );
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
        <div className="coverage-scroll">
          <table
            ref={table}
            role="grid"
            className="coverage-table"
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const position = positionOf(event.target);
              if (position) setFocus(position);
            }}
          >
            <caption className="visually-hidden">Coverage</caption>
            <thead>
              <tr>
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
              {matrix.events.map((event, index) => {
                const row = index + 1;
                const selected = event.id === selectedEventId;
                return (
                  <tr
                    key={event.id}
                    data-event-id={event.id}
                    aria-selected={selected}
                    className={selected ? 'is-selected' : undefined}
                  >
                    <th scope="row" className="coverage-event">
                      <button
                        type="button"
                        onClick={() => useUiStore.getState().selectEvent(event.id)}
                        {...cell(row, 0)}
                      >
                        <span className="coverage-event-date">
                          {formatEventDate(event.date)}
                          {event.status === 'expected' ? ' · expected' : ''}
                        </span>
                        <span className="visually-hidden">: </span>
                        <span className="coverage-event-title">{event.title}</span>
                      </button>
                    </th>
                    {matrix.outlets.map((outlet, column) => (
                      <CoverageDataCell
                        key={outlet.id}
                        coverage={matrix.cells[index]![column]!}
                        outlet={outlet}
                        focusProps={cell(row, column + 1)}
                        onOpen={() => openQuotes(event.id, outlet.id)}
                      />
                    ))}
                    <td className="coverage-total" {...cell(row, size.columns - 1)}>
                      {matrix.rowTotals[index]}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
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
