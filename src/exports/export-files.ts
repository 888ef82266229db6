/** Each export as a file the browser downloads: build, name, hand over. */
import type { Briefing } from '../briefing/briefing.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { ExportOptions } from '../stores/export-options.ts';
import { buildCoverageCsv } from './coverage-csv.ts';
import { selectBriefingCoverage, type CoverageTable } from './coverage-table.ts';
import { downloadFile } from './download-file.ts';
import { exportFileName } from './file-name.ts';
import { buildMarkdownBrief } from './markdown-brief.ts';
import { buildQuotesCsv } from './quotes-csv.ts';

export function exportMarkdownBrief(
  briefing: Briefing,
  dataset: Dataset,
  options: ExportOptions,
  generatedAt: Date,
): void {
  const coverage = options.coverageAppendix ? selectBriefingCoverage(dataset, briefing) : null;
  downloadFile(
    new Blob([buildMarkdownBrief(briefing, generatedAt, coverage)], {
      type: 'text/markdown;charset=utf-8',
    }),
    exportFileName(briefing.title, 'md', generatedAt),
  );
}

export function exportQuotesCsv(briefing: Briefing, generatedAt: Date): void {
  downloadFile(
    new Blob([buildQuotesCsv(briefing)], { type: 'text/csv;charset=utf-8' }),
    exportFileName(briefing.title, 'csv', generatedAt),
  );
}

/** The matrix of the briefing's events × its outlets. */
export function exportBriefingCoverageCsv(
  briefing: Briefing,
  dataset: Dataset,
  generatedAt: Date,
): void {
  exportCoverageCsv(selectBriefingCoverage(dataset, briefing), briefing.title, generatedAt);
}

/** `title` names the file: "<title>-coverage-<day>.csv". */
export function exportCoverageCsv(table: CoverageTable, title: string, generatedAt: Date): void {
  downloadFile(
    new Blob([buildCoverageCsv(table)], { type: 'text/csv;charset=utf-8' }),
    exportFileName(`${title} coverage`, 'csv', generatedAt),
  );
}

export async function exportPptxDeck(briefing: Briefing, generatedAt: Date): Promise<void> {
  // Its own chunk again, so the Markdown and CSV exports never fetch pptxgenjs.
  const { buildPptxDeck } = await import('./pptx-deck.ts');
  downloadFile(
    await buildPptxDeck(briefing, generatedAt),
    exportFileName(briefing.title, 'pptx', generatedAt),
  );
}
