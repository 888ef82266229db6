/*
 * Build choice: vis-timeline's esnext build (untranspiled ES modules) with vis-data's esnext
 * build, plus moment, xss, hammer & co. as separate packages. The standalone build bundles
 * core-js polyfills (~28 KB gzip), moment with ten locales and its CSS as a JS string; peer
 * is polyfilled too. Measured in this app's production build (initial JS, gzip -9):
 * standalone 282.7 KB, peer 303.8 KB, esnext 236.5 KB. vite.config.ts also cuts Graph2d and
 * the `configure` editor out of the esnext module (scripts/vite-plugin-vis-timeline-trim.ts).
 * The esnext Timeline and the adapter's DataSet/DataView come from the same
 * vis-data/esnext module, so the bundle holds one copy of vis-data. The CSS is imported
 * below (the esnext build, unlike standalone, does not inject it).
 */
import { useEffect, useRef } from 'react';
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

  const container = useRef<HTMLDivElement>(null);
  const adapter = useRef<TimelineAdapter | null>(null);

  // Latest values for the Timeline's listeners and for its creation, which must not
  // re-run when they change. Declared first so it is current when the next effect runs.
  const latest = useRef({ shownEvents, selectedEventId, timeWindow, selectEvent, setWindow });
  useEffect(() => {
    latest.current = { shownEvents, selectedEventId, timeWindow, selectEvent, setWindow };
  });

  useEffect(() => {
    if (!container.current) return;
    const { shownEvents: events, selectedEventId: id, timeWindow: w } = latest.current;
    const instance = createTimelineAdapter(
      container.current,
      dataset,
      { window: w, selectedEventId: id, shownEvents: events },
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

  useEffect(() => adapter.current?.showEvents(shownEvents), [shownEvents]);
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
