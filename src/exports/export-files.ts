/** Each export as a file the browser downloads: build, name, hand over. */
import type { Briefing } from '../briefing/briefing.ts';
import { downloadFile } from './download-file.ts';
import { exportFileName } from './file-name.ts';
import { buildMarkdownBrief } from './markdown-brief.ts';
import { buildQuotesCsv } from './quotes-csv.ts';

export function exportMarkdownBrief(briefing: Briefing, generatedAt: Date): void {
  downloadFile(
    new Blob([buildMarkdownBrief(briefing, generatedAt)], { type: 'text/markdown;charset=utf-8' }),
    exportFileName(briefing.title, 'md', generatedAt),
  );
}

export function exportQuotesCsv(briefing: Briefing, generatedAt: Date): void {
  downloadFile(
    new Blob([buildQuotesCsv(briefing)], { type: 'text/csv;charset=utf-8' }),
    exportFileName(briefing.title, 'csv', generatedAt),
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
