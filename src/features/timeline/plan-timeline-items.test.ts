import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  chooseBucketUnit,
  densityLevel,
  diffItems,
  extendSpan,
  indexEventSpans,
  INDIVIDUAL_LIMIT,
  isPlanStale,
  MIN_BUCKET_PX,
  nextBucketStart,
  planTimelineItems,
  selectShownSpans,
  type EventSpanSource,
  type PlannedCluster,
  type PlannedItem,
  type Span,
} from './plan-timeline-items.ts';
import { DAY_MS } from './timeline-window.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const ms = (y: number, m: number, d = 1) => new Date(y, m - 1, d).getTime();
const span = (start: number, end: number): Span => ({ start, end });

const RANGE = span(ms(2018, 1, 1), ms(2027, 1, 1));

/** `perDay` single-day events on every day from `from` (inclusive) to `to` (exclusive). */
function everyDay(from: Date, to: Date, perDay = 1, prefix = 'e'): EventSpanSource[] {
  const events: EventSpanSource[] = [];
  for (
    let d = new Date(from);
    d < to;
    d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)
  ) {
    for (let k = 0; k < perDay; k++) {
      events.push({ id: `${prefix}-${day(d)}-${k}`, date: { start: day(d), end: day(d) } });
    }
  }
  return events;
}

function shownOf(events: EventSpanSource[], isShown: (id: string) => boolean = () => true) {
  return selectShownSpans(
    indexEventSpans(events),
    events.filter((e) => isShown(e.id)),
  );
}

const clusters = (items: PlannedItem[]) =>
  items.filter((i): i is PlannedCluster => i.kind === 'cluster');
const eventIds = (items: PlannedItem[]) => items.filter((i) => i.kind === 'event').map((i) => i.id);

describe('chooseBucketUnit', () => {
  it('takes the smallest calendar period at least MIN_BUCKET_PX wide', () => {
    const width = 1000;
    // A day is 48 px when the window is width / 48 days long.
    expect(chooseBucketUnit((width / MIN_BUCKET_PX) * DAY_MS, width)).toBe('day');
    expect(chooseBucketUnit((width / MIN_BUCKET_PX + 1) * DAY_MS, width)).toBe('week');
    expect(chooseBucketUnit(365 * DAY_MS, width)).toBe('month');
    expect(chooseBucketUnit(3 * 365 * DAY_MS, width)).toBe('quarter');
    expect(chooseBucketUnit(9 * 365 * DAY_MS, width)).toBe('year');
  });

  it('never goes beyond a year, however narrow the canvas', () => {
    expect(chooseBucketUnit(9 * 365 * DAY_MS, 200)).toBe('year');
  });
});

describe('calendar buckets', () => {
  it('align weeks on Monday and quarters on January, April, July and October', () => {
    const wednesday = new Date(2024, 2, 6, 15);
    expect(bucketStart(wednesday, 'day')).toEqual(new Date(2024, 2, 6));
    expect(bucketStart(wednesday, 'week')).toEqual(new Date(2024, 2, 4));
    expect(bucketStart(new Date(2024, 2, 3), 'week')).toEqual(new Date(2024, 1, 26)); // a Sunday
    expect(bucketStart(wednesday, 'month')).toEqual(new Date(2024, 2, 1));
    expect(bucketStart(new Date(2024, 5, 30), 'quarter')).toEqual(new Date(2024, 3, 1));
    expect(bucketStart(wednesday, 'year')).toEqual(new Date(2024, 0, 1));
  });

  it('step by calendar, across month and year ends', () => {
    expect(nextBucketStart(new Date(2024, 1, 26), 'week')).toEqual(new Date(2024, 2, 4));
    expect(nextBucketStart(new Date(2024, 11, 31), 'day')).toEqual(new Date(2025, 0, 1));
    expect(nextBucketStart(new Date(2024, 9, 1), 'quarter')).toEqual(new Date(2025, 0, 1));
  });
});

describe('extendSpan', () => {
  it('adds the window width on each side', () => {
    expect(extendSpan(span(ms(2022, 1), ms(2023, 1)), RANGE, 1)).toEqual(
      span(ms(2022, 1) - (ms(2023, 1) - ms(2022, 1)), ms(2023, 1) + (ms(2023, 1) - ms(2022, 1))),
    );
  });

  it('stays inside the dataset range', () => {
    expect(extendSpan(span(ms(2018, 2), ms(2018, 6)), RANGE, 1).start).toBe(RANGE.start);
    expect(extendSpan(span(ms(2026, 6), ms(2026, 12)), RANGE, 1).end).toBe(RANGE.end);
    expect(extendSpan(RANGE, RANGE, 1)).toEqual(RANGE);
  });
});

describe('planTimelineItems', () => {
  it('draws every event one by one when there are few, as before', () => {
    const events = [
      { id: 'a', date: { start: '2018-03-01', end: '2018-03-01' } },
      { id: 'b', date: { start: '2023-06-18', end: '2023-06-18' } },
      { id: 'c', date: { start: '2025-05-01', end: '2025-08-31' } },
    ];
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: RANGE,
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(plan.clustered).toBe(false);
    expect(plan.items).toEqual(events.map((e) => ({ kind: 'event', id: e.id })));
  });

  it('draws all the events when there are few in all, wherever the window is', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2018, 0, 19));
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: span(ms(2024, 3), ms(2024, 4)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(plan.clustered).toBe(false);
    expect(plan.items).toHaveLength(18);
    expect(plan.range).toEqual(RANGE);
    expect(isPlanStale(plan, span(ms(2026, 1), ms(2026, 1, 8)), RANGE, 1000)).toBe(false);
  });

  it('draws up to the limit one by one and clusters one more', () => {
    // 30 events a day in March 2024, a month window: its planned range holds them all.
    const events = everyDay(new Date(2024, 2, 1), new Date(2024, 2, 6), 30);
    const input = {
      visible: span(ms(2024, 3), ms(2024, 4)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    };
    expect(events).toHaveLength(INDIVIDUAL_LIMIT);
    const atLimit = planTimelineItems({ ...input, shown: shownOf(events) });
    expect(atLimit.clustered).toBe(false);
    expect(atLimit.items).toHaveLength(INDIVIDUAL_LIMIT);

    const more = [...events, { id: 'one-more', date: { start: '2024-03-10', end: '2024-03-10' } }];
    const over = planTimelineItems({ ...input, shown: shownOf(more) });
    expect(over.clustered).toBe(true);
    expect(over.items.every((i) => i.kind === 'cluster')).toBe(true);
    // At a month in 1000 px, a day is 32 px: too narrow; weeks it is.
    expect(over.unit).toBe('week');
    expect(clusters(over.items).reduce((n, c) => n + c.count, 0)).toBe(more.length);
  });

  it('honours a smaller limit when given one', () => {
    const events = everyDay(new Date(2024, 2, 1), new Date(2024, 2, 11));
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: span(ms(2024, 3), ms(2024, 4)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
      limit: 9,
    });
    expect(plan.clustered).toBe(true);
  });

  it('counts only events that overlap the planned range, long ones included', () => {
    const events = [
      { id: 'long', date: { start: '2018-01-01', end: '2024-12-31' } },
      ...everyDay(new Date(2019, 0, 1), new Date(2019, 6, 1)),
      { id: 'inside', date: { start: '2024-03-10', end: '2024-03-10' } },
    ];
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: span(ms(2024, 3), ms(2024, 4)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(plan.clustered).toBe(false);
    expect(eventIds(plan.items)).toEqual(['long', 'inside']);
  });

  it('clusters by the smallest period at least 48 px wide, as the zoom changes', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 3);
    const shown = shownOf(events);
    const unitAt = (visible: Span) =>
      planTimelineItems({ shown, visible, range: RANGE, widthPx: 1000, selectedId: null }).unit;
    expect(unitAt(RANGE)).toBe('year');
    expect(unitAt(span(ms(2022, 1), ms(2025, 1)))).toBe('quarter');
    expect(unitAt(span(ms(2022, 1), ms(2023, 1)))).toBe('month');
    expect(unitAt(span(ms(2022, 1), ms(2022, 4)))).toBe('week');
    expect(unitAt(span(ms(2022, 1), ms(2022, 1, 15)))).toBe('day');
  });

  it('gives a cluster per non-empty period, with stable calendar ids and exact counts', () => {
    const events = [
      ...everyDay(new Date(2024, 0, 1), new Date(2024, 2, 1), 3),
      ...everyDay(new Date(2024, 3, 1), new Date(2024, 3, 3), 1, 'april'),
    ];
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: span(ms(2024, 1), ms(2025, 1)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(plan.unit).toBe('month');
    expect(clusters(plan.items).map((c) => [c.id, c.count])).toEqual([
      ['cluster:month:2024-01', 93],
      ['cluster:month:2024-02', 87],
      ['cluster:month:2024-04', 2],
    ]);
    expect(clusters(plan.items)[1]!.period).toEqual(span(ms(2024, 2), ms(2024, 3)));
  });

  it('names quarters, weeks and years by their calendar start', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 3);
    const shown = shownOf(events);
    const idsAt = (visible: Span) =>
      planTimelineItems({
        shown,
        visible,
        range: RANGE,
        widthPx: 1000,
        selectedId: null,
      }).items.map((i) => i.id);
    expect(idsAt(RANGE)).toContain('cluster:year:2018');
    expect(idsAt(span(ms(2022, 1), ms(2025, 1)))).toContain('cluster:quarter:2023-Q2');
    // 2024-03-04 is a Monday.
    expect(idsAt(span(ms(2024, 2), ms(2024, 5)))).toContain('cluster:week:2024-03-04');
  });

  it('keeps most cluster ids when the window pans by a little', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 3);
    const shown = shownOf(events);
    const plan = (visible: Span) =>
      planTimelineItems({ shown, visible, range: RANGE, widthPx: 1000, selectedId: null });
    const before = plan(span(ms(2022, 1), ms(2023, 1)));
    const after = plan(span(ms(2022, 2, 15), ms(2023, 2, 15)));
    const kept = after.items.filter((i) => before.items.some((b) => b.id === i.id));
    expect(kept.length).toBeGreaterThanOrEqual(after.items.length - 2);
    const diff = diffItems(new Map(before.items.map((i) => [i.id, i])), after.items);
    expect(diff.update).toEqual([]);
    expect(diff.add.length + diff.remove.length).toBeLessThanOrEqual(4);
  });

  it('always draws the selected event on its own, even among clusters', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 3);
    const selected = events[5000]!.id;
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: RANGE,
      range: RANGE,
      widthPx: 1000,
      selectedId: selected,
    });
    expect(plan.clustered).toBe(true);
    expect(eventIds(plan.items)).toEqual([selected]);
  });

  it('draws the selected event one by one even when it is far outside the window', () => {
    const events = [
      { id: 'far', date: { start: '2018-02-01', end: '2018-02-01' } },
      { id: 'near', date: { start: '2026-02-01', end: '2026-02-01' } },
    ];
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: span(ms(2026, 1), ms(2026, 3)),
      range: RANGE,
      widthPx: 1000,
      selectedId: 'far',
      limit: 1,
    });
    expect(eventIds(plan.items)).toEqual(['near', 'far']);
  });

  it('does not draw a selected event the filters hide', () => {
    const events = [
      { id: 'hidden', date: { start: '2020-02-01', end: '2020-02-01' } },
      { id: 'shown', date: { start: '2020-03-01', end: '2020-03-01' } },
    ];
    const plan = planTimelineItems({
      shown: shownOf(events, (id) => id !== 'hidden'),
      visible: RANGE,
      range: RANGE,
      widthPx: 1000,
      selectedId: 'hidden',
    });
    expect(eventIds(plan.items)).toEqual(['shown']);
  });

  it('counts only the shown events in clusters', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 2);
    const plan = planTimelineItems({
      shown: shownOf(events, (id) => id.endsWith('-0')),
      visible: RANGE,
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(clusters(plan.items).find((c) => c.id === 'cluster:year:2019')?.count).toBe(365);
  });

  it('plans the window plus a window width each side, clamped to the range', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 3);
    const shown = shownOf(events);
    const plan = planTimelineItems({
      shown,
      visible: span(ms(2018, 1), ms(2018, 7)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(plan.range.start).toBe(RANGE.start);
    expect(plan.range.end).toBe(ms(2018, 7) + (ms(2018, 7) - ms(2018, 1)));
    const periods = clusters(plan.items).map((c) => c.period);
    // Months from January 2018 to the end of the planned range, and none beyond it.
    expect(periods[0]!.start).toBe(ms(2018, 1));
    expect(periods.at(-1)!.start).toBeLessThan(plan.range.end);
    expect(periods.at(-1)!.end).toBeGreaterThanOrEqual(plan.range.end);
  });

  it('grades clusters against an even spread of the shown events', () => {
    const events = [
      ...everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 1, 'base'),
      ...everyDay(new Date(2022, 0, 1), new Date(2023, 0, 1), 5, 'burst'),
    ].sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
    const plan = planTimelineItems({
      shown: shownOf(events),
      visible: RANGE,
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    const density = (id: string) => clusters(plan.items).find((c) => c.id === id)?.density;
    // 14 × 365 events over 9 years: about 568 a year if spread evenly.
    expect(density('cluster:year:2022')).toBe(4); // 2190
    expect(density('cluster:year:2019')).toBe(2); // 365
  });

  it('plans 50,000 events in well under a millisecond', () => {
    const events = everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 15);
    expect(events.length).toBeGreaterThan(49_000);
    const shown = shownOf(events);
    const windows = [RANGE, span(ms(2022, 1), ms(2023, 1)), span(ms(2022, 3), ms(2022, 4))];
    const runs = 300;
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      planTimelineItems({
        shown,
        visible: windows[i % windows.length]!,
        range: RANGE,
        widthPx: 1000,
        selectedId: events[i]!.id,
      });
    }
    // Generous for a busy CI machine; about 0.02 ms on a quiet one.
    expect((performance.now() - started) / runs).toBeLessThan(0.5);
  });
});

describe('densityLevel', () => {
  it.each([
    [0, 1],
    [0.49, 1],
    [0.5, 2],
    [1.49, 2],
    [1.5, 3],
    [2.99, 3],
    [3, 4],
    [40, 4],
  ])('grades %f times an even spread as %i', (ratio, level) => {
    expect(densityLevel(ratio)).toBe(level);
  });
});

describe('isPlanStale', () => {
  const shown = shownOf(everyDay(new Date(2018, 0, 1), new Date(2027, 0, 1), 3));
  const visible = span(ms(2022, 1), ms(2023, 1));
  const plan = planTimelineItems({ shown, visible, range: RANGE, widthPx: 1000, selectedId: null });
  const width = visible.end - visible.start;

  it('keeps the plan while the window pans within half a width of its edges', () => {
    expect(isPlanStale(plan, visible, RANGE, 1000)).toBe(false);
    const panned = span(visible.start + width * 0.4, visible.end + width * 0.4);
    expect(isPlanStale(plan, panned, RANGE, 1000)).toBe(false);
  });

  it('asks for a new plan near the edge of what is planned', () => {
    const panned = span(visible.start + width * 0.6, visible.end + width * 0.6);
    expect(isPlanStale(plan, panned, RANGE, 1000)).toBe(true);
  });

  it('asks for a new plan when the zoom calls for another period', () => {
    const zoomedIn = span(visible.start, visible.start + width / 4);
    expect(isPlanStale(plan, zoomedIn, RANGE, 1000)).toBe(true);
  });

  it('does not ask for more at the ends of the dataset range', () => {
    const atStart = planTimelineItems({
      shown,
      visible: span(RANGE.start, ms(2019, 1)),
      range: RANGE,
      widthPx: 1000,
      selectedId: null,
    });
    expect(isPlanStale(atStart, span(RANGE.start, ms(2019, 1)), RANGE, 1000)).toBe(false);
  });
});

describe('diffItems', () => {
  const cluster = (id: string, count: number): PlannedCluster => ({
    kind: 'cluster',
    id,
    unit: 'month',
    period: span(0, 1),
    count,
    density: 2,
  });

  it('removes what left, adds what arrived and updates only what changed', () => {
    const previous = new Map<string, PlannedItem>([
      ['a', { kind: 'event', id: 'a' }],
      ['cluster:month:2024-01', cluster('cluster:month:2024-01', 3)],
      ['cluster:month:2024-02', cluster('cluster:month:2024-02', 4)],
      ['gone', { kind: 'event', id: 'gone' }],
    ]);
    const next: PlannedItem[] = [
      { kind: 'event', id: 'a' },
      cluster('cluster:month:2024-01', 3),
      cluster('cluster:month:2024-02', 5),
      { kind: 'event', id: 'new' },
    ];
    expect(diffItems(previous, next)).toEqual({
      remove: ['gone'],
      add: [{ kind: 'event', id: 'new' }],
      update: [cluster('cluster:month:2024-02', 5)],
    });
  });

  it('finds nothing to do for the same plan', () => {
    const items = [cluster('x', 1), { kind: 'event', id: 'a' } as const];
    expect(diffItems(new Map(items.map((i) => [i.id, i])), items)).toEqual({
      remove: [],
      add: [],
      update: [],
    });
  });
});
