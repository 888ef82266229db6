import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { briefingEvent, type BriefingItem, type BriefingPlan } from '../../briefing/briefing.ts';
import { useBriefingPlan } from '../../briefing/use-briefing.ts';
import { useFullEvent } from '../../dataset/use-event-details.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { Slide } from './slide.tsx';
import {
  currentSlideIndex,
  slideIdAfterMove,
  type PresentationCommand,
} from './slide-navigation.ts';
import { TimelineStrip } from './timeline-strip.tsx';
import { useFullscreen } from './use-fullscreen.ts';
import { usePresentationKeys } from './use-presentation-keys.ts';
import './presentation.css';

/**
 * The briefing in effect, one event per slide, full screen. The current slide is the
 * selected event, so the URL names it and a reload resumes there.
 */
export function Presentation() {
  const dataset = useLoadedDataset();
  const briefing = useBriefingPlan();
  const scope = useUiStore((s) => s.scope);
  const selectedEventId = useUiStore((s) => s.selectedEventId);
  const selectEvent = useUiStore((s) => s.selectEvent);
  const setPresent = useUiStore((s) => s.setPresent);
  const [notesShown, setNotesShown] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  const slideIds = useMemo(() => briefing.items.map((e) => e.event.id), [briefing]);
  const index = currentSlideIndex(slideIds, selectedEventId);
  const item = briefing.items[index] ?? null;
  const hasNotes = briefing.items.some((e) => e.note !== '');

  // Outside the briefing, start at the first slide, and let the URL say so.
  useEffect(() => {
    if (item && item.event.id !== selectedEventId) selectEvent(item.event.id);
  }, [item, selectedEventId, selectEvent]);

  useEffect(() => root.current?.focus(), []);

  const exit = useCallback(() => setPresent(false), [setPresent]);
  useFullscreen(root, exit);

  const run = useCallback(
    (command: PresentationCommand) => {
      if (command === 'exit') exit();
      else if (command === 'toggle-notes') setNotesShown((shown) => !shown);
      else {
        const id = slideIdAfterMove(slideIds, index, command);
        if (id && id !== selectedEventId) selectEvent(id);
      }
    },
    [exit, slideIds, index, selectedEventId, selectEvent],
  );
  usePresentationKeys(run);

  // Outside the explorer's DOM, which is inert while presenting.
  return createPortal(
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabIndex={-1}
    >
      <div className="presentation-controls" role="group" aria-label="Slide controls">
        {/* aria-disabled, not disabled: a clicker at the end must not drop the focus. */}
        <button type="button" onClick={() => run('previous')} aria-disabled={index <= 0}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button
          type="button"
          onClick={() => run('next')}
          aria-disabled={index < 0 || index >= slideIds.length - 1}
        >
          Next<span aria-hidden="true"> →</span>
        </button>
        {hasNotes ? (
          <button
            type="button"
            aria-pressed={notesShown}
            aria-keyshortcuts="n"
            onClick={() => run('toggle-notes')}
          >
            Notes
          </button>
        ) : null}
        <button type="button" aria-keyshortcuts="Escape" onClick={exit}>
          Exit
        </button>
      </div>

      {item ? (
        <CurrentSlide key={item.event.id} plan={briefing} item={item} />
      ) : (
        <article className="slide slide-empty" aria-labelledby="presentation-empty-title">
          <h2 id="presentation-empty-title" className="slide-title">
            Nothing to present
          </h2>
          <p className="slide-summary">
            {scope === 'pack'
              ? 'This briefing pack has no events yet.'
              : 'No events match these filters. Change the outlets, themes or search, then present again.'}
          </p>
          <button type="button" className="slide-empty-exit" onClick={exit}>
            Exit presentation
          </button>
        </article>
      )}

      {notesShown && item?.note ? (
        <aside className="presentation-note" aria-label="Speaker note">
          <p>{item.note}</p>
        </aside>
      ) : null}

      <TimelineStrip dataset={dataset} events={briefing.items} index={index} />

      <p className="visually-hidden" aria-live="polite">
        {item ? `Slide ${index + 1} of ${slideIds.length}: ${item.event.title}` : ''}
      </p>
    </div>,
    document.body,
  );
}

/** The slide of `item`, with its quotes once its part of the dataset is in. */
function CurrentSlide({ plan, item }: { plan: BriefingPlan; item: BriefingItem }) {
  const dataset = useLoadedDataset();
  const details = useFullEvent(item.event);
  const loaded = useMemo(
    () =>
      details.status === 'success'
        ? {
            summary: details.event.summary,
            quotes: briefingEvent(plan, dataset, details.event, item.note).quotes,
          }
        : null,
    [details, plan, dataset, item.note],
  );
  if (details.status === 'error') {
    return (
      <article className="slide slide-empty" aria-label={item.event.title}>
        <h2 className="slide-title">{item.event.title}</h2>
        <p className="slide-summary" role="alert">
          The quotes for this event could not be loaded. {details.error.message}
        </p>
        <button type="button" className="slide-empty-exit" onClick={details.retry}>
          Retry
        </button>
      </article>
    );
  }
  return <Slide event={item.event} loaded={loaded} />;
}
