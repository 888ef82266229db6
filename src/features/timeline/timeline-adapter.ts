/**
 * The one place that talks to vis-timeline. vis-timeline is quick with a few hundred
 * items and no more, so it is never given the whole dataset: its DataSet holds the eras
 * and what `planTimelineItems` chose for the current window (the events near it, or one
 * cluster per period when those are too many), and each new plan is applied as a diff by
 * id. React stays outside: the panel creates one adapter per mounted element and calls it.
 */
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import type {
  DataInterfaceDataItem,
  TimelineAnimationType,
  TimelineOptions,
  TimelineTooltipOption,
} from 'vis-timeline/esnext';
import type { Dataset, TimelineEvent } from '../../dataset/schema.ts';
import type { TimeWindow } from '../../stores/view-state.ts';
import {
  diffItems,
  indexEventSpans,
  isPlanStale,
  planTimelineItems,
  selectShownSpans,
  type PlannedItem,
  type Span,
  type TimelinePlan,
} from './plan-timeline-items.ts';
import {
  buildEraItems,
  buildTooltipContent,
  clusterToItem,
  eventToItem,
  itemContext,
  type VisItem,
} from './timeline-items.ts';
import {
  DAY_MS,
  daysToInterval,
  intervalsDiffer,
  intervalToWindow,
  isOutsideInterval,
  windowToInterval,
  type Interval,
} from './timeline-window.ts';

const ZOOM_STEP = 0.5;
const ZOOM_MIN_MS = 7 * DAY_MS;
/**
 * Below this many pixels per year there is no room for titles: events are drawn as
 * coloured chips with their outlet count (the title is in the tooltip and the list), so
 * the whole range fits without stacking rows out of sight.
 */
const MIN_PX_PER_YEAR_FOR_TITLES = 240;
/** A press that moves further than this is a drag (a pan), not a click on a cluster. */
const CLICK_SLOP_PX = 5;

export interface TimelineCallbacks {
  /** The reader clicked or tapped an event. */
  onSelectEvent: (id: string) => void;
  /** The reader panned or zoomed (by dragging, pinching, scrolling, keys or buttons). */
  onWindowChange: (window: TimeWindow) => void;
}

export interface TimelineStart {
  window: TimeWindow | null;
  selectedEventId: string | null;
  /** In date order: the dataset's events that pass the filters (the same objects). */
  shownEvents: readonly TimelineEvent[];
}

export interface TimelineAdapter {
  /** Shows exactly these events, a filtered run of the dataset's own (eras always show). */
  showEvents: (events: readonly TimelineEvent[]) => void;
  /** Highlights the event and brings it into view if it is off screen. */
  selectEvent: (id: string | null) => void;
  /** Moves to a window set elsewhere (URL, Back); ignores differences under a day. */
  showWindow: (window: TimeWindow | null) => void;
  zoom: (direction: 'in' | 'out') => void;
  showWholeRange: () => void;
  destroy: () => void;
}

interface RangeChangedProperties {
  start: Date;
  end: Date;
  byUser: boolean;
}

interface SelectProperties {
  items: (string | number)[];
}

interface ClickProperties {
  item: string | number | null;
}

export function createTimelineAdapter(
  container: HTMLElement,
  dataset: Dataset,
  start: TimelineStart,
  callbacks: TimelineCallbacks,
): TimelineAdapter {
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  const whole = daysToInterval(dataset.range.start, dataset.range.end);
  const wholeSpan: Span = { start: whole.start.getTime(), end: whole.end.getTime() };
  const context = itemContext(dataset, doc);
  const spans = indexEventSpans(dataset.events);
  let shownEvents = start.shownEvents;
  let shown = selectShownSpans(spans, shownEvents);
  const isShown = (id: string) => {
    const position = spans.positionById.get(id);
    return position !== undefined && shown.shown[position] === 1;
  };
  let selected = start.selectedEventId;

  const items = new DataSet<VisItem>(buildEraItems(dataset, doc));
  /** What the DataSet holds besides the eras, by id, as planned. */
  let drawn = new Map<string, PlannedItem>();
  let plan: TimelinePlan | null = null;

  const toVisItem = (planned: PlannedItem): VisItem | null => {
    if (planned.kind === 'cluster') return clusterToItem(planned, doc);
    const position = spans.positionById.get(planned.id);
    const event = position === undefined ? undefined : dataset.events[position];
    return event ? eventToItem(event, context) : null;
  };

  /** Plans for `visible` and applies the difference: only items that left, came or changed. */
  const applyPlan = (visible: Interval) => {
    const next = planTimelineItems({
      shown,
      visible: { start: visible.start.getTime(), end: visible.end.getTime() },
      range: wholeSpan,
      widthPx: container.clientWidth,
      selectedId: selected,
    });
    const diff = diffItems(drawn, next.items);
    if (diff.remove.length > 0) items.remove(diff.remove);
    const built = (list: PlannedItem[]) =>
      list.map(toVisItem).filter((item): item is VisItem => item !== null);
    if (diff.add.length > 0) items.add(built(diff.add));
    if (diff.update.length > 0) items.update(built(diff.update));
    drawn = new Map(next.items.map((item) => [item.id, item]));
    plan = next;
  };

  const initial = windowToInterval(start.window, dataset.range);
  /** Too many years per pixel for titles: items show only their markers (see timeline.css). */
  const isOverview = ({ start, end }: Interval) =>
    container.clientWidth / ((end.getTime() - start.getTime()) / (365.25 * DAY_MS)) <
    MIN_PX_PER_YEAR_FOR_TITLES;
  const markOverview = (on: boolean) => container.toggleAttribute('data-overview', on);
  // Before the Timeline exists, so its first drawing measures items as they will look.
  let overview = isOverview(initial);
  markOverview(overview);
  // The first plan goes in before the Timeline exists, so its first drawing is complete.
  applyPlan(initial);

  const options: TimelineOptions = {
    start: initial.start,
    end: initial.end,
    min: whole.start,
    max: whole.end,
    zoomMin: ZOOM_MIN_MS,
    zoomMax: whole.end.getTime() - whole.start.getTime(),
    // The container's CSS sets the height; stacked rows scroll inside it.
    height: '100%',
    verticalScroll: true,
    horizontalScroll: true,
    // A plain wheel scrolls the rows (or the page); Ctrl + wheel and pinch zoom.
    zoomKey: 'ctrlKey',
    orientation: { axis: 'top', item: 'top' },
    stack: true,
    // The gap under the axis holds the era labels.
    margin: { axis: 26, item: { horizontal: 8, vertical: 4 } },
    selectable: true,
    multiselect: false,
    editable: false,
    showCurrentTime: true,
    showTooltips: true,
    tooltip: {
      followMouse: true,
      overflowMethod: 'flip',
      // Declared as returning a string; the runtime also takes an Element, and only an
      // Element keeps the title out of innerHTML.
      template: ((item: VisItem) =>
        buildTooltipContent(item.title ?? '', doc)) as unknown as TimelineTooltipOption['template'],
    },
  };
  // Declared as taking string content; the runtime appends Element content as-is.
  const timeline = new Timeline(container, items as unknown as DataInterfaceDataItem, options);
  if (selected !== null) timeline.setSelection([selected]);

  const currentInterval = (): Interval => timeline.getWindow();
  const reportWindow = () =>
    callbacks.onWindowChange(intervalToWindow(currentInterval(), dataset.range));

  const drawnEventIds = () =>
    [...drawn.values()].filter((item) => item.kind === 'event').map((item) => item.id);

  const updateDensity = () => {
    const next = isOverview(currentInterval());
    if (next === overview) return;
    overview = next;
    markOverview(next);
    // The items' sizes changed with the CSS. redraw() would measure them but not stack
    // them again; an update (with nothing changed) makes vis-timeline do both.
    items.update(drawnEventIds().map((id) => ({ id })));
  };

  // While a drag or zoom goes on, plan again only when the window nears the edge of what
  // is planned or the zoom calls for other periods, and at most once per frame; the
  // plan is made at once (not on the next frame) so clusters never crowd for a frame.
  let frame: number | null = null;
  const replanIfStale = () => {
    if (frame !== null || plan === null) return;
    const visible = currentInterval();
    const span = { start: visible.start.getTime(), end: visible.end.getTime() };
    if (!isPlanStale(plan, span, wholeSpan, container.clientWidth)) return;
    applyPlan(visible);
    frame =
      win?.requestAnimationFrame(() => {
        frame = null;
        replanIfStale();
      }) ?? null;
  };

  timeline.on('rangechange', () => {
    updateDensity();
    replanIfStale();
  });
  timeline.on('changed', updateDensity);
  // vis-timeline keeps its root hidden until a drawing that follows its first 'rangechanged',
  // which can come after its last drawing of the load: draw once more then, or the timeline
  // stays invisible until something else redraws it.
  timeline.on('rangechanged', function afterFirstRangeChange() {
    timeline.off('rangechanged', afterFirstRangeChange);
    timeline.redraw();
  });

  timeline.on('select', (properties?: SelectProperties) => {
    const id = properties?.items[0];
    if (typeof id === 'string' && drawn.get(id)?.kind === 'event') {
      selected = id;
      callbacks.onSelectEvent(id);
    } else {
      // A click on empty space or on a cluster: keep the selection the rest of the app shows.
      timeline.setSelection(selected === null ? [] : [selected]);
    }
  });

  // vis-timeline reports the native click, which also follows a drag that ends on the
  // element it began on; only a press that stayed put zooms into a cluster.
  let press: { x: number; y: number; moved: number } | null = null;
  const onPointerDown = (event: PointerEvent) => {
    press = { x: event.clientX, y: event.clientY, moved: 0 };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (press) {
      const moved = Math.hypot(event.clientX - press.x, event.clientY - press.y);
      press.moved = Math.max(press.moved, moved);
    }
  };
  container.addEventListener('pointerdown', onPointerDown, { capture: true });
  container.addEventListener('pointermove', onPointerMove, { capture: true });
  timeline.on('click', (properties?: ClickProperties) => {
    const id = properties?.item;
    const cluster = typeof id === 'string' ? drawn.get(id) : undefined;
    const moved = press?.moved ?? 0;
    press = null;
    if (cluster?.kind !== 'cluster' || moved > CLICK_SLOP_PX) return;
    // Moves through the API report byUser: false, so the result is reported here.
    timeline.setWindow(
      cluster.period.start,
      cluster.period.end,
      { animation: animation() },
      reportWindow,
    );
  });

  // Set while we bring a newly selected event into view: that move follows from the
  // reader's choice, so the window it ends on is reported (and lands in the URL).
  let revealing = false;
  timeline.on('rangechanged', (properties?: RangeChangedProperties) => {
    applyPlan(currentInterval());
    // Other moves we make ourselves (byUser false, e.g. a window from the URL) are not
    // reported back: they came from the store.
    if (properties && (properties.byUser || revealing)) {
      revealing = false;
      callbacks.onWindowChange(intervalToWindow(properties, dataset.range));
    }
  });

  const animation = (): TimelineAnimationType =>
    win?.matchMedia('(prefers-reduced-motion: reduce)').matches
      ? false
      : { duration: 400, easingFunction: 'easeInOutQuad' };

  // vis-timeline only knows horizontal visibility; a stacked item can also be scrolled
  // out of the panel vertically.
  const isScrolledOutOfView = (id: string): boolean => {
    const box = container
      .querySelector(`[data-event-id="${CSS.escape(id)}"]`)
      ?.closest('.vis-item')
      ?.getBoundingClientRect();
    const panel = container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!box || !panel) return false;
    return box.bottom <= panel.top || box.top >= panel.bottom;
  };

  const reveal = (id: string) => {
    // Planned for as selected, so it is drawn on its own even where clusters are.
    const item = items.get(id);
    if (!item || !isShown(id)) return;
    const offWindow = isOutsideInterval(item, currentInterval());
    if (offWindow || isScrolledOutOfView(id)) {
      // Only a horizontal move changes the window (and so emits rangechanged).
      revealing = offWindow;
      // Keeps the zoom unless the item is wider than the window; scrolls to its row.
      timeline.focus(id, { zoom: false, animation: animation() });
    }
  };

  return {
    showEvents(events) {
      // The selectors give the same array for the same filters.
      if (events === shownEvents) return;
      shownEvents = events;
      shown = selectShownSpans(spans, shownEvents);
      applyPlan(currentInterval());
      // Items filtered out lose their selection in vis-timeline; give it back.
      timeline.setSelection(selected !== null && isShown(selected) ? [selected] : []);
    },
    selectEvent(id) {
      if (id === selected) return;
      selected = id;
      applyPlan(currentInterval());
      timeline.setSelection(id === null ? [] : [id]);
      if (id !== null) reveal(id);
    },
    showWindow(window) {
      revealing = false;
      const target = windowToInterval(window, dataset.range);
      if (!intervalsDiffer(target, currentInterval())) return;
      timeline.setWindow(target.start, target.end, { animation: animation() });
    },
    zoom(direction) {
      // Zooming through the API reports byUser: false, so the result is reported here.
      if (direction === 'in') timeline.zoomIn(ZOOM_STEP, { animation: animation() }, reportWindow);
      else timeline.zoomOut(ZOOM_STEP, { animation: animation() }, reportWindow);
    },
    showWholeRange() {
      timeline.setWindow(whole.start, whole.end, { animation: animation() }, reportWindow);
    },
    destroy() {
      if (frame !== null) win?.cancelAnimationFrame(frame);
      container.removeEventListener('pointerdown', onPointerDown, { capture: true });
      container.removeEventListener('pointermove', onPointerMove, { capture: true });
      timeline.destroy();
    },
  };
}
