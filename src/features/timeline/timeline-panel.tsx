/*
 * Build choice: vis-timeline's standalone build. Measured as minimal Vite 8 production
 * builds of one entry that creates a Timeline on a DataView over a DataSet (vis-timeline
 * 8.5.4, vis-data 8.0.6): `vis-timeline/standalone` came to 554,988 bytes minified and
 * 157,685 gzipped; `vis-timeline/peer` + `vis-data/peer` came to 595,263 minified and
 * 179,550 gzipped (esbuild --bundle --minify agreed: 163.4 KB vs 186.5 KB gzipped). The
 * peer build of 8.5.4 inlines hammer, keycharm, uuid, vis-util and xss anyway and only
 * leaves out moment and vis-data, whose peer build adds 110 KB of polyfilled code, so
 * standalone is the smaller. It carries its own DataSet and DataView, and
 * timeline-adapter.ts takes them from it (never from vis-data), so the bundle holds a
 * single copy of vis-data: the one the Timeline itself uses.
 */
import { useEffect, useMemo, useRef } from 'react';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useShownEvents } from '../../dataset/use-shown-events.ts';
import { formatYearRange } from '../../lib/format-date.ts';
import { isTypingTarget } from '../../lib/keyboard.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { createTimelineAdapter, type TimelineAdapter } from './timeline-adapter.ts';
import './timeline.css';

/** The events on a zoomable timeline over the eras. Owns the one vis-timeline instance. */
export function TimelinePanel() {
  const dataset = useLoadedDataset();
  const shownEvents = useShownEvents();
  const selectedEventId = useUiStore((s) => s.selectedEventId);
  const timeWindow = useUiStore((s) => s.window);
  const selectEvent = useUiStore((s) => s.selectEvent);
  const setWindow = useUiStore((s) => s.setWindow);

  const shownEventIds = useMemo(() => new Set(shownEvents.map((e) => e.id)), [shownEvents]);
  const container = useRef<HTMLDivElement>(null);
  const adapter = useRef<TimelineAdapter | null>(null);

  // Latest values for the Timeline's listeners and for its creation, which must not
  // re-run when they change. Declared first so it is current when the next effect runs.
  const latest = useRef({ shownEventIds, selectedEventId, timeWindow, selectEvent, setWindow });
  useEffect(() => {
    latest.current = { shownEventIds, selectedEventId, timeWindow, selectEvent, setWindow };
  });

  useEffect(() => {
    if (!container.current) return;
    const { shownEventIds: ids, selectedEventId: id, timeWindow: w } = latest.current;
    const instance = createTimelineAdapter(
      container.current,
      dataset,
      { window: w, selectedEventId: id, shownEventIds: ids },
      {
        onSelectEvent: (eventId) => latest.current.selectEvent(eventId),
        onWindowChange: (next) => latest.current.setWindow(next),
      },
    );
    adapter.current = instance;
    return () => {
      instance.destroy();
      adapter.current = null;
    };
  }, [dataset]);

  useEffect(() => adapter.current?.showEvents(shownEventIds), [shownEventIds]);
  useEffect(() => adapter.current?.selectEvent(selectedEventId), [selectedEventId]);
  useEffect(() => adapter.current?.showWindow(timeWindow), [timeWindow]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event)) return;
      if (event.key === '+' || event.key === '=') adapter.current?.zoom('in');
      else if (event.key === '-') adapter.current?.zoom('out');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const years = formatYearRange(dataset.range);
  return (
    <section className="timeline-panel" aria-label="Timeline">
      <div className="timeline-toolbar">
        <ul className="timeline-legend" aria-label="Key">
          <li>
            <span className="timeline-swatch" aria-hidden="true" /> Exact date
          </li>
          <li>
            <span className="timeline-swatch is-imprecise" aria-hidden="true" /> Approximate
          </li>
          <li>
            <span className="timeline-swatch is-expected" aria-hidden="true" /> Expected
          </li>
          <li>
            <span className="timeline-item-outlets" aria-hidden="true">
              4
            </span>{' '}
            Outlets reporting
          </li>
        </ul>
        <p className="timeline-hint">Drag to pan · Ctrl+scroll or +/− to zoom</p>
        <div className="timeline-zoom" role="group" aria-label="Zoom">
          <button
            type="button"
            aria-label="Zoom in"
            title="Zoom in (+)"
            aria-keyshortcuts="+"
            onClick={() => adapter.current?.zoom('in')}
          >
            +
          </button>
          <button
            type="button"
            aria-label="Zoom out"
            title="Zoom out (−)"
            aria-keyshortcuts="-"
            onClick={() => adapter.current?.zoom('out')}
          >
            −
          </button>
          <button type="button" onClick={() => adapter.current?.showWholeRange()}>
            All {years}
          </button>
        </div>
      </div>
      <div
        ref={container}
        className="timeline-canvas"
        role="group"
        aria-label={`Timeline of events, ${years}`}
        aria-describedby="timeline-canvas-description"
      />
      <p id="timeline-canvas-description" className="visually-hidden">
        Each event is drawn at its date, coloured by its first theme, over bands for the eras. The
        list of events below holds the same events and can be used with the keyboard.
      </p>
    </section>
  );
}
