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
  // Filled in by the export modules: Markdown, CSV, PowerPoint, PDF, print.
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
