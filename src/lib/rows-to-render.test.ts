import { describe, expect, it } from 'vitest';
import { RENDER_ALL_ROWS_UP_TO, rendersAllRows, rowsToRender } from './rows-to-render.ts';

const range = (startIndex: number, endIndex: number, count: number, overscan = 2) => ({
  startIndex,
  endIndex,
  overscan,
  count,
});

describe('rowsToRender', () => {
  it('renders every row of a short list, whatever is in view', () => {
    expect(rowsToRender(range(3, 5, 18))).toEqual(Array.from({ length: 18 }, (_, i) => i));
    expect(rowsToRender(range(0, 0, RENDER_ALL_ROWS_UP_TO))).toHaveLength(RENDER_ALL_ROWS_UP_TO);
  });

  it('renders only the rows in view and the overscan of a long list', () => {
    expect(rowsToRender(range(500, 503, 10_000))).toEqual([498, 499, 500, 501, 502, 503, 504, 505]);
    expect(rowsToRender(range(0, 3, RENDER_ALL_ROWS_UP_TO + 1))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('stops the overscan at the ends of the list', () => {
    expect(rowsToRender(range(0, 1, 10_000))).toEqual([0, 1, 2, 3]);
    expect(rowsToRender(range(9_998, 9_999, 10_000))).toEqual([9_996, 9_997, 9_998, 9_999]);
  });

  it('adds pinned rows outside the view, in order, once each', () => {
    expect(rowsToRender(range(500, 501, 10_000), [9_999, 7, 7, 500])).toEqual([
      7, 498, 499, 500, 501, 502, 503, 9_999,
    ]);
  });

  it('ignores pins that are not rows of the list', () => {
    expect(rowsToRender(range(5, 5, 1_000), [-1, 1_000, 2.5, Number.NaN])).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('rendersAllRows', () => {
  it('draws the line between a plain list and a virtual one', () => {
    expect(rendersAllRows(0)).toBe(true);
    expect(rendersAllRows(RENDER_ALL_ROWS_UP_TO)).toBe(true);
    expect(rendersAllRows(RENDER_ALL_ROWS_UP_TO + 1)).toBe(false);
  });
});
