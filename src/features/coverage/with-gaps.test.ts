import { describe, expect, it } from 'vitest';
import { withGaps } from './with-gaps.ts';

/** Rows of 50px from 100 (under a 100px header). */
const row = (index: number) => ({ index, start: 100 + index * 50, end: 150 + index * 50 });
const shape = (slots: ReturnType<typeof withGaps<ReturnType<typeof row>>>) =>
  slots.map((s) => (s.kind === 'gap' ? `gap ${s.height}` : `row ${s.item.index}`));

describe('withGaps', () => {
  it('adds no gap when every row is rendered', () => {
    expect(shape(withGaps([row(0), row(1), row(2)], 100, 250))).toEqual([
      'row 0',
      'row 1',
      'row 2',
    ]);
  });

  it('stands a gap for the rows above and below the rendered window', () => {
    expect(shape(withGaps([row(10), row(11)], 100, 100 + 1000 * 50))).toEqual([
      'gap 500',
      'row 10',
      'row 11',
      `gap ${(1000 - 12) * 50}`,
    ]);
  });

  it('keeps a pinned row far from the window at its place', () => {
    expect(shape(withGaps([row(2), row(500), row(501)], 100, 100 + 600 * 50))).toEqual([
      'gap 100',
      'row 2',
      `gap ${(500 - 3) * 50}`,
      'row 500',
      'row 501',
      `gap ${(600 - 502) * 50}`,
    ]);
  });

  it('keys the gaps above and below the window the same wherever the window is', () => {
    const keys = (first: number) =>
      withGaps([row(2), row(first), row(first + 1)], 100, 100 + 600 * 50).map((s) =>
        s.kind === 'gap' ? s.key : s.item.index,
      );
    expect(keys(10)).toEqual(['gap-start', 2, 'gap-before-10', 10, 11, 'gap-end']);
    expect(keys(11)).toEqual(['gap-start', 2, 'gap-before-11', 11, 12, 'gap-end']);
    expect(withGaps([row(10)], 100, 100 + 20 * 50)[0]).toMatchObject({ key: 'gap-start' });
  });

  it('renders nothing for an empty table', () => {
    expect(withGaps([], 100, 100)).toEqual([]);
  });
});
