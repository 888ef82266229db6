import { describe, expect, it } from 'vitest';
import { bareItems, escapeHtml, isShown, nextDay } from './bare-items.ts';

const event = (id: string, start: string, end: string, outletIds = ['a']) => ({
  id,
  title: `Title of ${id}`,
  date: { start, end },
  outletIds,
});

describe('bareItems', () => {
  it('makes a single-day event a box at its day', () => {
    expect(bareItems([event('one', '2024-05-01', '2024-05-01')])).toEqual([
      {
        id: 'one',
        content: 'Title of one',
        type: 'box',
        start: '2024-05-01',
        outletIds: ['a'],
      },
    ]);
  });

  it('makes every other event a range to the day after its last day', () => {
    const [span, month, year] = bareItems([
      event('span', '2024-05-01', '2024-05-03'),
      event('month', '2024-02-01', '2024-02-29'),
      event('year', '2020-01-01', '2020-12-31'),
    ]);
    expect(span).toMatchObject({ type: 'range', start: '2024-05-01', end: '2024-05-04' });
    expect(month).toMatchObject({ type: 'range', start: '2024-02-01', end: '2024-03-01' });
    expect(year).toMatchObject({ type: 'range', start: '2020-01-01', end: '2021-01-01' });
  });

  it('gives the title as text, never as markup', () => {
    const [item] = bareItems([
      { ...event('x', '2024-05-01', '2024-05-01'), title: '<img src=x onerror=alert(1)> & "q"' },
    ]);
    expect(item!.content).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
  });

  it('keeps the events in their order', () => {
    const items = bareItems([
      event('b', '2019-01-01', '2019-01-01'),
      event('a', '2018-01-01', '2018-01-01'),
    ]);
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
  });
});

describe('isShown', () => {
  const [item] = bareItems([event('x', '2024-05-01', '2024-05-01', ['a', 'b'])]);

  it('shows an item while any of its outlets is shown', () => {
    expect(isShown(item!, new Set())).toBe(true);
    expect(isShown(item!, new Set(['a']))).toBe(true);
    expect(isShown(item!, new Set(['a', 'b']))).toBe(false);
  });
});

describe('nextDay', () => {
  it('crosses months, leap days and years', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2023-02-28')).toBe('2023-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml('Doval–Drouin')).toBe('Doval–Drouin');
  });
});
