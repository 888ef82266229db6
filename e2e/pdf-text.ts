import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's text with all whitespace removed (line breaks may fall anywhere). */
  pages: string[];
  /** Page sizes in points, [width, height]. */
  sizes: [number, number][];
}

/** Reads a PDF's text back, page by page, for comparing against the dataset. */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  // pdf.js wants a plain Uint8Array (not a Node Buffer), and may detach it.
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push(squash(text));
    const [x0, y0, x1, y1] = page.view;
    sizes.push([Math.round(x1! - x0!), Math.round(y1! - y0!)]);
  }
  await pdf.destroy();
  return { pages, sizes };
}

/** Text as compared: Unicode-normalised (ligatures), whitespace removed. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
