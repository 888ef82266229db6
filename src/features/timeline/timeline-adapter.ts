/**
 * The one place that talks to vis-timeline. It builds the items once, shows and hides
 * them through a filtered DataView, and turns the widget's events into plain callbacks.
 * React stays outside: the panel creates one adapter per mounted element and calls it.
 */
import { DataSet, DataView } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import type {
  DataInterfaceDataItem,
  TimelineAnimationType,
  TimelineOptions,
  TimelineTooltipOption,
} from 'vis-timeline/esnext';
import type { Dataset } from '../../dataset/schema.ts';
import type { TimeWindow } from '../../stores/view-state.ts';
import { buildTimelineItems, buildTooltipContent, type VisItem } from './timeline-items.ts';
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

export interface TimelineCallbacks {
  /** The reader clicked or tapped an event. */
  onSelectEvent: (id: string) => void;
  /** The reader panned or zoomed (by dragging, pinching, scrolling, keys or buttons). */
  onWindowChange: (window: TimeWindow) => void;
}

export interface TimelineStart {
  window: TimeWindow | null;
  selectedEventId: string | null;
  shownEventIds: ReadonlySet<string>;
}

export interface TimelineAdapter {
  /** Shows exactly these events (eras always show). */
  showEvents: (ids: ReadonlySet<string>) => void;
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

export function createTimelineAdapter(
  container: HTMLElement,
  dataset: Dataset,
  start: TimelineStart,
  callbacks: TimelineCallbacks,
): TimelineAdapter {
  const doc = container.ownerDocument;
  const whole = daysToInterval(dataset.range.start, dataset.range.end);
  let shown = start.shownEventIds;
  let selected = start.selectedEventId;

  const items = new DataSet<VisItem>(buildTimelineItems(dataset, doc));
  const eventIds = dataset.events.map((e) => e.id);
  const view = new DataView<VisItem>(items, {
    filter: (item) => item.type === 'background' || shown.has(item.id),
  });
  const initial = windowToInterval(start.window, dataset.range);

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
  const timeline = new Timeline(container, view as unknown as DataInterfaceDataItem, options);
  if (selected !== null) timeline.setSelection([selected]);

  const currentInterval = (): Interval => timeline.getWindow();
  const reportWindow = () =>
    callbacks.onWindowChange(intervalToWindow(currentInterval(), dataset.range));

  let overview: boolean | null = null;
  const updateDensity = () => {
    const { start, end } = currentInterval();
    const years = (end.getTime() - start.getTime()) / (365.25 * DAY_MS);
    const next = container.clientWidth / years < MIN_PX_PER_YEAR_FOR_TITLES;
    if (next === overview) return;
    overview = next;
    container.querySelector('.vis-timeline')?.classList.toggle('is-overview', next);
    // The items' sizes changed with the CSS. redraw() would measure them but not stack
    // them again; an update (with nothing changed) makes vis-timeline do both.
    items.update(eventIds.map((id) => ({ id })));
  };
  updateDensity();
  timeline.on('rangechange', updateDensity);
  timeline.on('changed', updateDensity);

  timeline.on('select', (properties?: SelectProperties) => {
    const id = properties?.items[0];
    if (typeof id === 'string') {
      selected = id;
      callbacks.onSelectEvent(id);
    } else {
      // A click on empty space: keep the selection the rest of the app shows.
      timeline.setSelection(selected === null ? [] : [selected]);
    }
  });

  // Set while we bring a newly selected event into view: that move follows from the
  // reader's choice, so the window it ends on is reported (and lands in the URL).
  let revealing = false;
  timeline.on('rangechanged', (properties?: RangeChangedProperties) => {
    // Other moves we make ourselves (byUser false, e.g. a window from the URL) are not
    // reported back: they came from the store.
    if (properties && (properties.byUser || revealing)) {
      revealing = false;
      callbacks.onWindowChange(intervalToWindow(properties, dataset.range));
    }
  });

  const animation = (): TimelineAnimationType =>
    doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches
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
    const item = items.get(id);
    if (!item || !shown.has(id)) return;
    const offWindow = isOutsideInterval(item, currentInterval());
    if (offWindow || isScrolledOutOfView(id)) {
      // Only a horizontal move changes the window (and so emits rangechanged).
      revealing = offWindow;
      // Keeps the zoom unless the item is wider than the window; scrolls to its row.
      timeline.focus(id, { zoom: false, animation: animation() });
    }
  };

  return {
    showEvents(ids) {
      if (sameIds(ids, shown)) return;
      shown = ids;
      view.refresh();
      // Items filtered out lose their selection in vis-timeline; give it back.
      timeline.setSelection(selected !== null && shown.has(selected) ? [selected] : []);
    },
    selectEvent(id) {
      if (id === selected) return;
      selected = id;
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
      timeline.destroy();
      view.dispose();
    },
  };
}

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
