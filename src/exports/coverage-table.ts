/**
 * The coverage matrix as words and numbers, for files and paper: one model that the CSV,
 * the Markdown appendix and the handout's appendix all render, so they say the same.
 */
import type { Briefing } from '../briefing/briefing.ts';
import {
  selectCoverageMatrix,
  type CoverageCell,
  type CoverageMatrix,
} from '../dataset/coverage.ts';
import type { Dataset } from '../dataset/schema.ts';
import { describeEventDate } from './export-text.ts';

export interface CoverageTable {
  /** Column headings: "NDTV (India)", "SouthAsianDesk (country not stated)". */
  outlets: string[];
  rows: CoverageTableRow[];
  /** Per outlet: how many of the rows' events it quotes. */
  columnTotals: number[];
  totalQuotes: number;
}

export interface CoverageTableRow {
  eventId: string;
  /** At the event's precision, "· expected" when it has not happened. */
  date: string;
  title: string;
  /** Per outlet: its quote count, "not mentioned", or '' (no coverage of that period). */
  cells: string[];
  /** How many of the outlets quote the event. */
  reporting: number;
}

/** What the cells mean, for the reader of a file or printout. */
export const COVERAGE_KEY =
  'A number is how many quotes the outlet gives for the event. “not mentioned”: the outlet ' +
  'reported other events of that period, but not this one. Blank: the outlet did not cover ' +
  'that period.';

export const SILENT_CELL_TEXT = 'not mentioned';

export function coverageCellText(cell: CoverageCell): string {
  switch (cell.state) {
    case 'quoted':
      return String(cell.quoteCount);
    case 'silent':
      return SILENT_CELL_TEXT;
    case 'not-covering':
      return '';
  }
}

export function toCoverageTable(matrix: CoverageMatrix): CoverageTable {
  return {
    outlets: matrix.outlets.map((o) => `${o.name} (${o.country ?? 'country not stated'})`),
    rows: matrix.events.map((event, i) => ({
      eventId: event.id,
      date: describeEventDate(event),
      title: event.title,
      cells: matrix.cells[i]!.map(coverageCellText),
      reporting: matrix.rowTotals[i]!,
    })),
    columnTotals: matrix.columnTotals,
    totalQuotes: matrix.totalQuotes,
  };
}

/** The briefing's events (in its order) × the outlets it shows. */
export function selectBriefingCoverage(dataset: Dataset, briefing: Briefing): CoverageTable {
  return toCoverageTable(
    selectCoverageMatrix(
      dataset,
      briefing.events.map((e) => e.event),
      briefing.outlets,
    ),
  );
}
