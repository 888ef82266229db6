/**
 * What the timeline draws, decided without vis-timeline or the DOM. vis-timeline stays
 * quick only with a few hundred items, so it is given only the events near the visible
 * window, and when even those are too many, one cluster per calendar period instead.
 *
 * The work is split so that a plan costs microseconds at any dataset size:
 * - `indexEventSpans`, once per dataset: every event's start and end as numbers;
 * - `selectShownSpans`, once per filter change: the shown events' spans, in date order,
 *   with a running maximum of their ends for binary search;
 * - `planTimelineItems`, on every pan, zoom or selection: binary searches and at most a
 *   few dozen calendar buckets.
 */
import { addDays, dayToDate, DAY_MS } from './timeline-window.ts';

/**
 * Most events drawn one by one. vis-timeline builds, measures and stacks every item in
 * view on the main thread, and the cost grows faster than the count: with all of them in
 * view, 150 of our items took about 0.2–0.6 s of main-thread time on a busy 2-core
 * machine, 300 about 1–2.4 s and 500 about 2.5–3.7 s. The planned range is three windows
 * wide, so about a third of these are in view at once, and a panel holds about a dozen
 * readable rows anyway.
 */
export const INDIVIDUAL_LIMIT = 150;

/** A cluster's period is at least this wide on screen: room for a 3-digit count. */
export const MIN_BUCKET_PX = 48;

/**
 * Each cluster bar leaves this fraction of its period empty at either end, so that
 * neighbours are apart by at least 2 × 0.1 × 48 ≈ 9.6 px, more than the 8 px vis-timeline
 * needs between items to keep them in one row instead of stacking them.
 */
export const CLUSTER_INSET = 0.1;

export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Smallest first; each with the shortest length it can have (February, a 90-day quarter). */
const UNITS: readonly { unit: BucketUnit; minMs: number }[] = [
  { unit: 'day', minMs: DAY_MS },
  { unit: 'week', minMs: 7 * DAY_MS },
  { unit: 'month', minMs: 28 * DAY_MS },
  { unit: 'quarter', minMs: 90 * DAY_MS },
  { unit: 'year', minMs: 365 * DAY_MS },
];

/** The smallest calendar period that is at least `MIN_BUCKET_PX` wide at this zoom. */
export function chooseBucketUnit(windowMs: number, widthPx: number): BucketUnit {
  const pxPerMs = widthPx / Math.max(windowMs, 1);
  return UNITS.find((u) => u.minMs * pxPerMs >= MIN_BUCKET_PX)?.unit ?? 'year';
}

/** A span of time in epoch milliseconds: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Only what the planner reads of an event: summary fields. */
export interface EventSpanSource {
  id: string;
  date: { start: string; end: string };
}

/** Every event of a dataset (in its date order) as numbers. Built once per dataset. */
export interface EventSpanIndex {
  /** The events indexed, in order: the shown events are found among them by identity. */
  events: readonly EventSpanSource[];
  ids: readonly string[];
  /** Local midnight starting the event's first day. */
  starts: Float64Array;
  /** Local midnight after the event's last day. */
  ends: Float64Array;
  positionById: ReadonlyMap<string, number>;
}

export function indexEventSpans(events: readonly EventSpanSource[]): EventSpanIndex {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const ids: string[] = [];
  const positionById = new Map<string, number>();
  // Many events share a day; a Date per distinct day keeps 50,000 events in milliseconds.
  const midnights = new Map<string, number>();
  const midnight = (day: string, after: 0 | 1): number => {
    const key = after ? `${day}+` : day;
    let ms = midnights.get(key);
    if (ms === undefined) {
      const date = dayToDate(day);
      ms = after ? addDays(date, 1).getTime() : date.getTime();
      midnights.set(key, ms);
    }
    return ms;
  };
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    starts[i] = midnight(event.date.start, 0);
    ends[i] = midnight(event.date.end, 1);
    ids.push(event.id);
    positionById.set(event.id, i);
  }
  return { events, ids, starts, ends, positionById };
}

/** The shown events' spans, in date order. Built once per filter change. */
export interface ShownSpans {
  ids: readonly string[];
  starts: Float64Array;
  ends: Float64Array;
  /** `maxEnds[i]`: the latest end among events 0..i, so the first event that can reach a
   * given instant is found by binary search although long events break the order of ends. */
  maxEnds: Float64Array;
  /** Whether each event of the dataset index is shown, by its position there. */
  shown: Uint8Array;
  index: EventSpanIndex;
}

export function selectShownSpans(
  index: EventSpanIndex,
  shownEvents: readonly EventSpanSource[],
): ShownSpans {
  const total = index.ids.length;
  const shown = new Uint8Array(total);
  const positions = new Int32Array(shownEvents.length);
  let count = 0;
  // The shown events are a subsequence of the indexed ones (the filters keep their order):
  // one walk that compares references finds them, with no lookup by id.
  let p = 0;
  for (const event of shownEvents) {
    while (p < total && index.events[p] !== event) p++;
    const position = p < total ? p : index.positionById.get(event.id);
    if (position === undefined || shown[position]) continue;
    shown[position] = 1;
    positions[count++] = position;
    p = position + 1;
  }
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const maxEnds = new Float64Array(count);
  const ids = new Array<string>(count);
  let maxEnd = -Infinity;
  for (let i = 0; i < count; i++) {
    const p = positions[i]!;
    starts[i] = index.starts[p]!;
    ends[i] = index.ends[p]!;
    maxEnd = Math.max(maxEnd, ends[i]!);
    maxEnds[i] = maxEnd;
    ids[i] = index.ids[p]!;
  }
  return { ids, starts, ends, maxEnds, shown, index };
}

export interface PlanInput {
  shown: ShownSpans;
  /** The visible window. */
  visible: Span;
  /** The dataset's whole range: nothing is planned outside it. */
  range: Span;
  /** The width of the drawing area, in CSS pixels. */
  widthPx: number;
  selectedId: string | null;
  /** At most this many events are drawn one by one; more become clusters. */
  limit?: number;
}

export interface PlannedEvent {
  kind: 'event';
  id: string;
}

/** Events starting in one calendar period, drawn as one item. */
export interface PlannedCluster {
  kind: 'cluster';
  /** Stable for a period: `cluster:month:2024-03`. */
  id: string;
  unit: BucketUnit;
  /** The whole period, for the tooltip and for zooming in. */
  period: Span;
  /** How many shown events start in the period. */
  count: number;
  /** 1 (sparse) to 4 (dense): the count against an even spread of the shown events. */
  density: 1 | 2 | 3 | 4;
}

export type PlannedItem = PlannedEvent | PlannedCluster;

export interface TimelinePlan {
  /** The span the items cover: the window plus a window's width on each side, clamped. */
  range: Span;
  /** The period a cluster would cover at this zoom (used or not). */
  unit: BucketUnit;
  clustered: boolean;
  items: PlannedItem[];
}

/** The visible window widened by `factor` of its width on each side, kept in `range`. */
export function extendSpan(visible: Span, range: Span, factor: number): Span {
  const width = visible.end - visible.start;
  return {
    start: Math.max(range.start, visible.start - width * factor),
    end: Math.min(range.end, visible.end + width * factor),
  };
}

export function planTimelineItems(input: PlanInput): TimelinePlan {
  const { shown, visible, widthPx, selectedId } = input;
  const limit = input.limit ?? INDIVIDUAL_LIMIT;
  const unit = chooseBucketUnit(visible.end - visible.start, widthPx);
  // Few shown events in all (today's corpus): all of them, wherever the window is, so
  // panning and zooming never change what vis-timeline holds.
  if (shown.ids.length <= limit) {
    const items: PlannedItem[] = shown.ids.map((id) => ({ kind: 'event', id }));
    return { range: input.range, unit, clustered: false, items };
  }
  const range = extendSpan(visible, input.range, 1);

  const selected = selectedEvent(shown, selectedId);
  const inRange = eventsIntersecting(shown, range, limit);
  if (inRange !== null) {
    const items: PlannedItem[] = inRange.map((id) => ({ kind: 'event', id }));
    if (selected !== null && !inRange.includes(selected))
      items.push({ kind: 'event', id: selected });
    return { range, unit, clustered: false, items };
  }

  const items: PlannedItem[] = clustersIn(shown, range, unit, input.range);
  if (selected !== null) items.push({ kind: 'event', id: selected });
  return { range, unit, clustered: true, items };
}

/**
 * True when `plan` no longer suits this window: the zoom calls for another period, or
 * the window has come within half its width of the edge of what is planned (where the
 * dataset goes on). A plan of every shown event suits every window.
 */
export function isPlanStale(
  plan: TimelinePlan,
  visible: Span,
  range: Span,
  widthPx: number,
): boolean {
  if (!plan.clustered && plan.range.start <= range.start && plan.range.end >= range.end) {
    return false;
  }
  if (chooseBucketUnit(visible.end - visible.start, widthPx) !== plan.unit) return true;
  const needed = extendSpan(visible, range, 0.5);
  return needed.start < plan.range.start || needed.end > plan.range.end;
}

function selectedEvent(shown: ShownSpans, id: string | null): string | null {
  if (id === null) return null;
  const position = shown.index.positionById.get(id);
  return position !== undefined && shown.shown[position] === 1 ? id : null;
}

/** The ids of the shown events overlapping `span`, or null when there are more than `limit`. */
function eventsIntersecting(shown: ShownSpans, span: Span, limit: number): string[] | null {
  // Events before `first` all end by span.start; events from `last` on start after it.
  const first = firstIndexAbove(shown.maxEnds, span.start);
  const last = firstIndexAtOrAbove(shown.starts, span.end);
  const ids: string[] = [];
  for (let i = first; i < last; i++) {
    if ((shown.ends[i] ?? 0) <= span.start) continue;
    if (ids.length === limit) return null;
    ids.push(shown.ids[i] ?? '');
  }
  return ids;
}

/** One cluster per non-empty period overlapping `span`, counting the events that start in it. */
function clustersIn(
  shown: ShownSpans,
  span: Span,
  unit: BucketUnit,
  whole: Span,
): PlannedCluster[] {
  const total = shown.starts.length;
  // Events per millisecond if the shown events were spread evenly over the dataset range.
  const evenRate = total / Math.max(whole.end - whole.start, 1);
  const clusters: PlannedCluster[] = [];
  let start = bucketStart(new Date(span.start), unit);
  let from = firstIndexAtOrAbove(shown.starts, start.getTime());
  while (start.getTime() < span.end) {
    const end = nextBucketStart(start, unit);
    const to = firstIndexAtOrAbove(shown.starts, end.getTime());
    const count = to - from;
    if (count > 0) {
      const period = { start: start.getTime(), end: end.getTime() };
      clusters.push({
        kind: 'cluster',
        id: `cluster:${unit}:${bucketKey(start, unit)}`,
        unit,
        period,
        count,
        density: densityLevel(count / (evenRate * (period.end - period.start))),
      });
    }
    start = end;
    from = to;
  }
  return clusters;
}

/** Against an even spread: under half, about even, up to three times, more. */
export function densityLevel(ratio: number): 1 | 2 | 3 | 4 {
  if (ratio < 0.5) return 1;
  if (ratio < 1.5) return 2;
  if (ratio < 3) return 3;
  return 4;
}

/** Local midnight starting the period (weeks start on Monday) that holds `date`. */
export function bucketStart(date: Date, unit: BucketUnit): Date {
  const y = date.getFullYear();
  const m = date.getMonth();
  switch (unit) {
    case 'day':
      return new Date(y, m, date.getDate());
    case 'week':
      return new Date(y, m, date.getDate() - ((date.getDay() + 6) % 7));
    case 'month':
      return new Date(y, m, 1);
    case 'quarter':
      return new Date(y, m - (m % 3), 1);
    case 'year':
      return new Date(y, 0, 1);
  }
}

/** Calendar arithmetic, so daylight-saving changes never shift a boundary off midnight. */
export function nextBucketStart(start: Date, unit: BucketUnit): Date {
  const y = start.getFullYear();
  const m = start.getMonth();
  const d = start.getDate();
  switch (unit) {
    case 'day':
      return new Date(y, m, d + 1);
    case 'week':
      return new Date(y, m, d + 7);
    case 'month':
      return new Date(y, m + 1, 1);
    case 'quarter':
      return new Date(y, m + 3, 1);
    case 'year':
      return new Date(y + 1, 0, 1);
  }
}

/** `2024-03-05` (a day, or the Monday of a week), `2024-03`, `2024-Q1`, `2024`. */
function bucketKey(start: Date, unit: BucketUnit): string {
  const y = String(start.getFullYear()).padStart(4, '0');
  const mm = String(start.getMonth() + 1).padStart(2, '0');
  const dd = String(start.getDate()).padStart(2, '0');
  switch (unit) {
    case 'day':
    case 'week':
      return `${y}-${mm}-${dd}`;
    case 'month':
      return `${y}-${mm}`;
    case 'quarter':
      return `${y}-Q${Math.floor(start.getMonth() / 3) + 1}`;
    case 'year':
      return y;
  }
}

/** First index whose value is >= x, in an ascending array. */
function firstIndexAtOrAbove(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > x, in an ascending array. */
function firstIndexAbove(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What changed between two plans, by id. */
export interface ItemDiff {
  remove: string[];
  add: PlannedItem[];
  /** Same id, different content (a cluster whose count or density changed). */
  update: PlannedItem[];
}

export function diffItems(
  previous: ReadonlyMap<string, PlannedItem>,
  next: readonly PlannedItem[],
): ItemDiff {
  const diff: ItemDiff = { remove: [], add: [], update: [] };
  const nextIds = new Set<string>();
  for (const item of next) {
    nextIds.add(item.id);
    const before = previous.get(item.id);
    if (before === undefined) diff.add.push(item);
    else if (!samePlannedItem(before, item)) diff.update.push(item);
  }
  for (const id of previous.keys()) if (!nextIds.has(id)) diff.remove.push(id);
  return diff;
}

function samePlannedItem(a: PlannedItem, b: PlannedItem): boolean {
  if (a.kind === 'event' || b.kind === 'event') return a.kind === b.kind;
  return (
    a.count === b.count &&
    a.density === b.density &&
    a.period.start === b.period.start &&
    a.period.end === b.period.end
  );
}
