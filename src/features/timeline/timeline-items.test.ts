// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../dataset/dataset-fixture.ts';
import type { Theme, TimelineEvent } from '../../dataset/schema.ts';
import type { PlannedCluster } from './plan-timeline-items.ts';
import {
  buildEraItems,
  buildItemContent,
  buildTooltipContent,
  clusterToItem,
  compactCount,
  eraToBackgroundItem,
  eventToItem,
  periodLabel,
} from './timeline-items.ts';

const themesById = new Map<string, Theme>([
  ['security', { id: 'security', label: 'Security', colour: '#EE6677' }],
  ['trade', { id: 'trade', label: 'Trade', colour: '#228833' }],
]);

const base = makeDataset().events[1] as TimelineEvent; // 2023-06-18, two outlets
const context = { themesById, range: { start: '2018-01-01', end: '2026-12-31' }, document };

function withDate(date: Partial<TimelineEvent['date']>, extra: Partial<TimelineEvent> = {}) {
  return { ...base, date: { ...base.date, ...date }, ...extra };
}

describe('eventToItem', () => {
  it('draws a single known day as a box at local midnight, with no end', () => {
    const item = eventToItem(base, context);
    expect(item).toMatchObject({
      id: base.id,
      type: 'box',
      start: new Date(2023, 5, 18),
      align: 'left',
    });
    expect(item.end).toBeUndefined();
    expect(item.className.split(' ')).not.toContain('is-imprecise');
  });

  it('draws a span of known days as a range ending the day after its last day', () => {
    const item = eventToItem(withDate({ start: '2026-02-06', end: '2026-02-07' }), context);
    expect(item).toMatchObject({
      type: 'range',
      start: new Date(2026, 1, 6),
      end: new Date(2026, 1, 8),
    });
    expect(item.className.split(' ')).toContain('is-span');
    expect(item.className.split(' ')).not.toContain('is-imprecise');
  });

  it.each([
    ['month', { start: '2025-11-01', end: '2025-11-30', precision: 'month' as const }],
    ['year', { start: '2024-01-01', end: '2024-12-31', precision: 'year' as const }],
    [
      'approx',
      { start: '2025-05-01', end: '2025-08-31', precision: 'approx' as const, label: 'mid-2025' },
    ],
  ])('marks a %s date as an imprecise range over the whole period', (_, date) => {
    const item = eventToItem(withDate(date), context);
    expect(item.type).toBe('range');
    expect(item.start).toEqual(new Date(`${date.start}T00:00:00`));
    expect(item.end).toEqual(new Date(new Date(`${date.end}T00:00:00`).getTime() + 864e5));
    expect(item.className.split(' ')).toContain('is-imprecise');
  });

  it('even a month-precision date with start equal to end is a range, never a box', () => {
    const item = eventToItem(
      withDate({ start: '2025-11-01', end: '2025-11-01', precision: 'month' }),
      context,
    );
    expect(item.type).toBe('range');
  });

  it('marks expected events and says so in the tooltip', () => {
    const item = eventToItem({ ...base, status: 'expected' }, context);
    expect(item.className.split(' ')).toContain('is-expected');
    expect(item.title).toBe(`${base.title}\nExpected · 18 Jun 2023\nReported by 2 outlets`);
  });

  it('gives happened events a tooltip of the plain title, formatted date and outlet count', () => {
    const item = eventToItem(base, context);
    expect(item.className.split(' ')).not.toContain('is-expected');
    expect(item.title).toBe(`${base.title}\n18 Jun 2023\nReported by 2 outlets`);
  });

  it('marks events on which outlets differ, in its class and its tooltip', () => {
    const item = eventToItem({ ...base, differenceCount: 1 }, context);
    expect(item.className.split(' ')).toContain('has-differences');
    expect(item.title).toBe(`${base.title}\n18 Jun 2023\nReported by 2 outlets · outlets differ`);
    expect(eventToItem(base, context).className.split(' ')).not.toContain('has-differences');
  });

  it('is coloured by its first theme', () => {
    expect(eventToItem(base, context).style).toBe('--item-colour: #EE6677;');
    const tradeFirst = { ...base, themes: ['trade', 'security'] };
    expect(eventToItem(tradeFirst, context).style).toBe('--item-colour: #228833;');
    expect(eventToItem(tradeFirst, context).className).toContain('theme-trade');
  });

  it('never writes a colour that is not #RRGGBB into the style', () => {
    const hostile = new Map([
      ['security', { id: 'security', label: 'S', colour: 'red; background: url(x)' }],
    ]);
    expect(eventToItem(base, { ...context, themesById: hostile }).style).toBeUndefined();
  });
});

describe('labels near the end of the range', () => {
  // The range is 2018-01-01..2026-12-31 (9 years); the last fifth starts in mid-March 2025.
  it('runs a box label left from its date so it stays on the timeline', () => {
    const item = eventToItem(withDate({ start: '2026-02-07', end: '2026-02-07' }), context);
    expect(item.align).toBe('right');
    expect(item.className.split(' ')).toContain('is-near-end');
  });

  it('marks late ranges, which keep their label inside the bar', () => {
    const late = withDate({ start: '2026-01-01', end: '2026-12-31', precision: 'year' });
    expect(eventToItem(late, context).className.split(' ')).toContain('is-near-end');
    const early = withDate({ start: '2024-01-01', end: '2025-12-31', precision: 'year' });
    expect(eventToItem(early, context).className.split(' ')).not.toContain('is-near-end');
  });
});

describe('buildItemContent', () => {
  it('holds the title, the event id and an outlet count with words for screen readers', () => {
    const content = buildItemContent(base, document);
    expect(content.dataset.eventId).toBe(base.id);
    expect(content.querySelector('.timeline-item-title')?.textContent).toBe(base.title);
    const badge = content.querySelector('.timeline-item-outlets');
    expect(badge?.querySelector('[aria-hidden="true"]')?.textContent).toBe('2');
    expect(badge?.querySelector('.visually-hidden')?.textContent).toBe('2 outlets');
  });

  it('says "1 outlet" in the singular', () => {
    const content = buildItemContent({ ...base, outletIds: ['ndtv'] }, document);
    expect(content.querySelector('.visually-hidden')?.textContent).toBe('1 outlet');
  });

  it('tags expected events', () => {
    const content = buildItemContent({ ...base, status: 'expected' }, document);
    expect(content.querySelector('.timeline-item-tag')?.textContent).toBe('Expected');
    expect(buildItemContent(base, document).querySelector('.timeline-item-tag')).toBeNull();
  });

  it('carries a ≠ mark, with words for screen readers, where outlets differ', () => {
    const content = buildItemContent({ ...base, differenceCount: 1 }, document);
    const mark = content.querySelector('.timeline-item-differs');
    expect(mark?.querySelector('[aria-hidden="true"]')?.textContent).toBe('≠');
    expect(mark?.querySelector('.visually-hidden')?.textContent).toBe('outlets differ');
    expect(buildItemContent(base, document).querySelector('.timeline-item-differs')).toBeNull();
  });

  it('keeps markup in a title as text: no element is created from it', () => {
    const title = '<img src=x onerror=alert(1)>';
    const content = buildItemContent({ ...base, title }, document);
    expect(content.querySelector('img')).toBeNull();
    expect(content.querySelector('.timeline-item-title')?.textContent).toBe(title);
    expect(content.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps a hostile id as an attribute value', () => {
    const id = '"><script>alert(1)</script>';
    const content = buildItemContent({ ...base, id }, document);
    expect(content.querySelector('script')).toBeNull();
    expect(content.getAttribute('data-event-id')).toBe(id);
  });
});

describe('buildTooltipContent', () => {
  it('keeps the tooltip as text', () => {
    const tooltip = buildTooltipContent('<img src=x onerror=alert(1)>\n2023', document);
    expect(tooltip.querySelector('img')).toBeNull();
    expect(tooltip.textContent).toBe('<img src=x onerror=alert(1)>\n2023');
  });
});

describe('eraToBackgroundItem', () => {
  const era = {
    id: 'rift',
    label: '<b>Diplomatic rift</b>',
    start: '2023-09-18',
    end: '2025-03-13',
    description: 'From the allegation to the end of the tenure.',
  };

  it('is a background band over the whole era, labelled as text', () => {
    const item = eraToBackgroundItem(era, 1, document);
    expect(item).toMatchObject({
      id: 'era:rift',
      type: 'background',
      start: new Date(2023, 8, 18),
      end: new Date(2025, 2, 14),
      selectable: false,
    });
    expect(item.content.textContent).toBe('<b>Diplomatic rift</b>');
    expect(item.content.querySelector('b')).toBeNull();
  });

  it('alternates its shading class with the era index', () => {
    expect(eraToBackgroundItem(era, 0, document).className).toBe('era era-even');
    expect(eraToBackgroundItem(era, 1, document).className).toBe('era era-odd');
    expect(eraToBackgroundItem(era, 2, document).className).toBe('era era-even');
  });
});

describe('buildEraItems', () => {
  it('makes a band for each era, in order', () => {
    const dataset = makeDataset();
    dataset.eras = [
      { id: 'one', label: 'One', start: '2018-01-01', end: '2022-12-31', description: '' },
      { id: 'two', label: 'Two', start: '2023-01-01', end: '2026-12-31', description: '' },
    ];
    expect(buildEraItems(dataset, document).map((i) => i.id)).toEqual(['era:one', 'era:two']);
  });
});

describe('clusterToItem', () => {
  const march: PlannedCluster = {
    kind: 'cluster',
    id: 'cluster:month:2024-03',
    unit: 'month',
    period: { start: new Date(2024, 2, 1).getTime(), end: new Date(2024, 3, 1).getTime() },
    count: 132,
    density: 3,
  };

  it('is an unselectable bar inside its period, shaded by density', () => {
    const item = clusterToItem(march, document);
    const length = march.period.end - march.period.start;
    expect(item).toMatchObject({
      id: 'cluster:month:2024-03',
      type: 'range',
      start: new Date(march.period.start + length * 0.1),
      end: new Date(march.period.end - length * 0.1),
      className: 'cluster density-3',
      selectable: false,
    });
  });

  it('shows the count, says "events" to screen readers, and explains itself in the tooltip', () => {
    const item = clusterToItem(march, document);
    expect(item.content.querySelector('[aria-hidden="true"]')?.textContent).toBe('132 events');
    expect(item.content.querySelector('.timeline-cluster-unit')?.textContent).toBe(' events');
    expect(item.content.querySelector('.visually-hidden')?.textContent).toBe('132 events');
    expect(item.title).toBe('132 events · Mar 2024 · click to zoom in');
  });

  it('says "event" for one', () => {
    const item = clusterToItem({ ...march, count: 1 }, document);
    expect(item.title).toBe('1 event · Mar 2024 · click to zoom in');
    expect(item.content.textContent).toBe('1 event1 event');
  });

  it('shortens large counts on the bar but says them in full to screen readers', () => {
    const item = clusterToItem({ ...march, count: 1132 }, document);
    expect(item.content.querySelector('[aria-hidden="true"]')?.textContent).toBe('1.1k events');
    expect(item.content.querySelector('.visually-hidden')?.textContent).toBe('1132 events');
    expect(item.title).toBe('1132 events · Mar 2024 · click to zoom in');
  });

  it('builds its label as text', () => {
    const item = clusterToItem(march, document);
    expect(item.content.children).toHaveLength(2);
    expect(item.content.innerHTML).not.toContain('<script');
  });
});

describe('periodLabel', () => {
  const period = (start: Date, end: Date) => ({ start: start.getTime(), end: end.getTime() });

  it('names each kind of period the way event dates are written', () => {
    expect(
      periodLabel({ unit: 'day', period: period(new Date(2024, 2, 5), new Date(2024, 2, 6)) }),
    ).toBe('5 Mar 2024');
    expect(
      periodLabel({ unit: 'week', period: period(new Date(2024, 2, 4), new Date(2024, 2, 11)) }),
    ).toBe('4–10 Mar 2024');
    expect(
      periodLabel({ unit: 'week', period: period(new Date(2024, 11, 30), new Date(2025, 0, 6)) }),
    ).toBe('30 Dec 2024 – 5 Jan 2025');
    expect(
      periodLabel({ unit: 'quarter', period: period(new Date(2024, 0, 1), new Date(2024, 3, 1)) }),
    ).toBe('Jan–Mar 2024');
    expect(
      periodLabel({ unit: 'year', period: period(new Date(2024, 0, 1), new Date(2025, 0, 1)) }),
    ).toBe('2024');
  });
});

describe('compactCount', () => {
  it.each([
    [7, '7'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9999, '9.9k'],
    [12_345, '12k'],
  ])('writes %i as %s', (count, text) => expect(compactCount(count)).toBe(text));
});
