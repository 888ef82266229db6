/** The coverage matrix as a spreadsheet: a row per event, a column per outlet, then totals. */
import type { CoverageTable } from './coverage-table.ts';
import { toCsv } from './csv.ts';

export function buildCoverageCsv(table: CoverageTable): string {
  return toCsv([
    ['Event date', 'Event', ...table.outlets, 'Outlets reporting', 'Event ID'],
    ...table.rows.map((row) => [
      row.date,
      row.title,
      ...row.cells,
      String(row.reporting),
      row.eventId,
    ]),
    ['', 'Events reported', ...table.columnTotals.map(String), '', ''],
  ]);
}
