import { describe, expect, it } from 'vitest';
import { bodyRowOf, clampGridPosition, moveGridFocus } from './grid-focus.ts';

const size = { rows: 4, columns: 6 };
const press = (key: string, ctrlKey = false) => ({ key, ctrlKey });

describe('moveGridFocus', () => {
  it('moves one cell with the arrow keys', () => {
    const at = { row: 1, column: 2 };
    expect(moveGridFocus(at, press('ArrowUp'), size)).toEqual({ row: 0, column: 2 });
    expect(moveGridFocus(at, press('ArrowDown'), size)).toEqual({ row: 2, column: 2 });
    expect(moveGridFocus(at, press('ArrowLeft'), size)).toEqual({ row: 1, column: 1 });
    expect(moveGridFocus(at, press('ArrowRight'), size)).toEqual({ row: 1, column: 3 });
  });

  it('stops at the edges instead of wrapping', () => {
    expect(moveGridFocus({ row: 0, column: 0 }, press('ArrowUp'), size)).toEqual({
      row: 0,
      column: 0,
    });
    expect(moveGridFocus({ row: 0, column: 0 }, press('ArrowLeft'), size)).toEqual({
      row: 0,
      column: 0,
    });
    expect(moveGridFocus({ row: 3, column: 5 }, press('ArrowDown'), size)).toEqual({
      row: 3,
      column: 5,
    });
    expect(moveGridFocus({ row: 3, column: 5 }, press('ArrowRight'), size)).toEqual({
      row: 3,
      column: 5,
    });
  });

  it('goes to the ends of the row with Home and End', () => {
    expect(moveGridFocus({ row: 2, column: 3 }, press('Home'), size)).toEqual({
      row: 2,
      column: 0,
    });
    expect(moveGridFocus({ row: 2, column: 3 }, press('End'), size)).toEqual({
      row: 2,
      column: 5,
    });
  });

  it('goes to the corners with Ctrl+Home and Ctrl+End', () => {
    expect(moveGridFocus({ row: 2, column: 3 }, press('Home', true), size)).toEqual({
      row: 0,
      column: 0,
    });
    expect(moveGridFocus({ row: 2, column: 3 }, press('End', true), size)).toEqual({
      row: 3,
      column: 5,
    });
  });

  it('ignores keys that do not navigate', () => {
    expect(moveGridFocus({ row: 1, column: 1 }, press('Enter'), size)).toBeNull();
    expect(moveGridFocus({ row: 1, column: 1 }, press('a'), size)).toBeNull();
  });

  it('starts from inside the grid when the grid has shrunk under the focus', () => {
    expect(moveGridFocus({ row: 9, column: 9 }, press('ArrowLeft'), size)).toEqual({
      row: 3,
      column: 4,
    });
  });
});

describe('clampGridPosition', () => {
  it('keeps a position inside the grid', () => {
    expect(clampGridPosition({ row: 7, column: -1 }, size)).toEqual({ row: 3, column: 0 });
    expect(clampGridPosition({ row: 1, column: 2 }, size)).toEqual({ row: 1, column: 2 });
  });
});

describe('bodyRowOf', () => {
  // 10,000 events: a header row, 10,000 body rows, a totals row.
  const big = { rows: 10_002, columns: 42 };

  it('names the event row a move lands on, far from where the table starts', () => {
    expect(bodyRowOf(moveGridFocus({ row: 5_000, column: 3 }, press('ArrowDown'), big)!, big)).toBe(
      5_000,
    );
    expect(bodyRowOf(moveGridFocus({ row: 5_000, column: 3 }, press('ArrowUp'), big)!, big)).toBe(
      4_998,
    );
    expect(bodyRowOf(moveGridFocus({ row: 1, column: 3 }, press('End'), big)!, big)).toBe(0);
  });

  it('is null for the header and totals rows, which are always rendered', () => {
    expect(bodyRowOf(moveGridFocus({ row: 1, column: 0 }, press('ArrowUp'), big)!, big)).toBeNull();
    expect(
      bodyRowOf(moveGridFocus({ row: 1, column: 0 }, press('End', true), big)!, big),
    ).toBeNull();
    expect(bodyRowOf({ row: 10_000, column: 0 }, big)).toBe(9_999);
    expect(
      bodyRowOf(moveGridFocus({ row: 10_000, column: 0 }, press('ArrowDown'), big)!, big),
    ).toBeNull();
  });
});
