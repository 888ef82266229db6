/** A way a briefing leaves the app: a file download or the print dialog. */
import type { Briefing } from '../../briefing/briefing.ts';
import type { Dataset } from '../../dataset/schema.ts';
import type { ExportOptions } from '../../stores/export-options.ts';

export interface ExportFormat {
  id: string;
  /** The menu entry: "Markdown brief (.md)". */
  label: string;
  /** Produces the file (or opens the print dialog) for `briefing`. */
  run: (briefing: Briefing, dataset: Dataset, options: ExportOptions) => Promise<void>;
}
