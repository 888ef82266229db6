/**
 * The ways a briefing leaves the app. Each format lives in its own module and is loaded
 * only when used, so none of them weighs on the first paint.
 */
import type { Briefing } from '../../briefing/briefing.ts';
import type { Dataset } from '../../dataset/schema.ts';

export interface ExportFormat {
  id: string;
  /** The menu entry: "Markdown brief (.md)". */
  label: string;
  /** Produces the file (or opens the print dialog) for `briefing`. */
  run: (briefing: Briefing, dataset: Dataset) => Promise<void>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown brief (.md)',
    run: async (briefing) => {
      const { exportMarkdownBrief } = await import('../../exports/export-files.ts');
      exportMarkdownBrief(briefing, new Date());
    },
  },
  {
    id: 'csv',
    label: 'Spreadsheet of quotes (.csv)',
    run: async (briefing) => {
      const { exportQuotesCsv } = await import('../../exports/export-files.ts');
      exportQuotesCsv(briefing, new Date());
    },
  },
  {
    id: 'pptx',
    label: 'PowerPoint deck (.pptx)',
    run: async (briefing) => {
      const { exportPptxDeck } = await import('../../exports/export-files.ts');
      await exportPptxDeck(briefing, new Date());
    },
  },
  {
    id: 'print',
    label: 'Print handout…',
    run: async () => (await import('../handout/print-handout.ts')).printHandout(),
  },
  {
    id: 'pdf',
    label: 'PDF handout (.pdf)',
    run: async (briefing) =>
      (await import('../handout/download-handout-pdf.ts')).downloadHandoutPdf(briefing),
  },
];
