/**
 * Builds the handout PDF in the browser and downloads it. pdfmake and its Roboto fonts
 * (about 2 MB together) are imported here, and this module is itself imported only when
 * the reader asks for the PDF.
 */
import type { Briefing } from '../../briefing/briefing.ts';
import type { Dataset } from '../../dataset/schema.ts';
import { selectBriefingCoverage } from '../../exports/coverage-table.ts';
import type { ExportOptions } from '../../stores/export-options.ts';
import { handoutFileName, toHandoutContent } from './handout-content.ts';
import { localIsoDay } from './local-iso-day.ts';
import { buildHandoutPdf, pageSizeForLocale } from './handout-pdf.ts';

export async function downloadHandoutPdf(
  briefing: Briefing,
  dataset: Dataset,
  options: ExportOptions,
): Promise<void> {
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  // pdfmake 0.3 reads fonts from its virtual file system; Roboto is its default font.
  pdfMake.addVirtualFileSystem(vfs);
  const preparedOn = localIsoDay(new Date());
  const definition = buildHandoutPdf(
    toHandoutContent(
      briefing,
      preparedOn,
      options.coverageAppendix ? selectBriefingCoverage(dataset, briefing) : null,
    ),
    pageSizeForLocale(navigator.language),
  );
  await pdfMake.createPdf(definition).download(handoutFileName(preparedOn));
}
