/** Where the focus is in a grid, by row and column index (header rows and columns included). */
export interface GridPosition {
  row: number;
  column: number;
}

export interface GridSize {
  rows: number;
  columns: number;
}

/** Keeps a position inside the grid, e.g. after filters removed rows or columns. */
export function clampGridPosition(at: GridPosition, size: GridSize): GridPosition {
  return {
    row: Math.max(0, Math.min(at.row, size.rows - 1)),
    column: Math.max(0, Math.min(at.column, size.columns - 1)),
  };
}

/**
 * The cell a key moves the focus to, as in the ARIA grid pattern: arrows one cell (stopping
 * at the edges), Home/End to the ends of the row, Ctrl+Home/End to the first and last cells.
 * Null when the key is not a grid navigation key.
 */
export function moveGridFocus(
  at: GridPosition,
  key: { key: string; ctrlKey: boolean },
  size: GridSize,
): GridPosition | null {
  const { row, column } = clampGridPosition(at, size);
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  switch (key.key) {
    case 'ArrowUp':
      return clampGridPosition({ row: row - 1, column }, size);
    case 'ArrowDown':
      return clampGridPosition({ row: row + 1, column }, size);
    case 'ArrowLeft':
      return clampGridPosition({ row, column: column - 1 }, size);
    case 'ArrowRight':
      return clampGridPosition({ row, column: column + 1 }, size);
    case 'Home':
      return key.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 };
    case 'End':
      return key.ctrlKey ? { row: lastRow, column: lastColumn } : { row, column: lastColumn };
    default:
      return null;
  }
}

/**
 * Which body row (0-based, one per event) a position is in; null for the header and totals
 * rows, which are always rendered. A long table renders only some body rows, so a move to
 * one of the others has to render it and scroll to it first.
 */
export function bodyRowOf(at: GridPosition, size: GridSize): number | null {
  return at.row > 0 && at.row < size.rows - 1 ? at.row - 1 : null;
}
