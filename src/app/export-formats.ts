/**
 * The ways a briefing leaves the app, in the Export menu's order. Each format lives in
 * its own module and is loaded only when used, so none of them weighs on the first paint.
 */
import type { ExportFormat } from '../features/briefing/export-format.ts';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown brief (.md)',
    run: async (briefing, dataset, options) => {
      const { exportMarkdownBrief } = await import('../exports/export-files.ts');
      exportMarkdownBrief(briefing, dataset, options, new Date());
    },
  },
  {
    id: 'csv',
    label: 'Spreadsheet of quotes (.csv)',
    run: async (briefing) => {
      const { exportQuotesCsv } = await import('../exports/export-files.ts');
      exportQuotesCsv(briefing, new Date());
    },
  },
  {
    id: 'coverage-csv',
    label: 'Coverage matrix (.csv)',
    run: async (briefing, dataset) => {
      const { exportBriefingCoverageCsv } = await import('../exports/export-files.ts');
      exportBriefingCoverageCsv(briefing, dataset, new Date());
    },
  },
  {
    id: 'pptx',
    label: 'PowerPoint deck (.pptx)',
    run: async (briefing) => {
      const { exportPptxDeck } = await import('../exports/export-files.ts');
      await exportPptxDeck(briefing, new Date());
    },
  },
  {
    id: 'print',
    label: 'Print handout…',
    run: async () => (await import('../features/handout/print-handout.ts')).printHandout(),
  },
  {
    id: 'pdf',
    label: 'PDF handout (.pdf)',
    run: async (briefing, dataset, options) =>
      (await import('../features/handout/download-handout-pdf.ts')).downloadHandoutPdf(
        briefing,
        dataset,
        options,
      ),
  },
];
