/**
 * The handout as a pdfmake document definition: pure, so it is unit-tested without a
 * browser; `download-handout-pdf.ts` turns it into a file.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { COVERAGE_KEY, type CoverageTable } from '../../exports/coverage-table.ts';
import type { HandoutContent, HandoutEvent, HandoutQuote } from './handout-content.ts';

export type HandoutPageSize = 'A4' | 'LETTER';

/** Letter where it is the office paper (the US and Canada), A4 everywhere else. */
export function pageSizeForLocale(language: string): HandoutPageSize {
  let region: string | undefined;
  try {
    // Only an explicit region counts: plain "en" gets the default, A4.
    region = new Intl.Locale(language).region;
  } catch {
    return 'A4';
  }
  return region === 'US' || region === 'CA' ? 'LETTER' : 'A4';
}

/** Width between the margins, in points. */
const MARGIN = 48;
const PAGE_WIDTH = { A4: 595.28, LETTER: 612 } as const;
const MUTED = '#555555';
const RULE = '#bbbbbb';

export function buildHandoutPdf(
  content: HandoutContent,
  pageSize: HandoutPageSize,
): TDocumentDefinitions {
  return {
    pageSize,
    pageMargins: [MARGIN, MARGIN, MARGIN, 56],
    info: { title: content.title, subject: content.scope },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 9, color: MUTED },
      date: { fontSize: 9, bold: true, color: MUTED },
      eventTitle: { fontSize: 13, bold: true, margin: [0, 2, 0, 4] },
      note: { italics: true, margin: [0, 0, 0, 6] },
      quote: { fontSize: 10 },
      source: { fontSize: 8.5, color: MUTED },
      appendixTitle: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      tableHeader: { bold: true, fontSize: 8 },
      tableCell: { fontSize: 8 },
    },
    footer: (currentPage, pageCount) => ({
      text: `Page ${currentPage} of ${pageCount}`,
      alignment: 'right',
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN, 16, MARGIN, 0],
    }),
    content: [
      { text: content.title, style: 'title' },
      { text: content.range, style: 'meta' },
      { text: content.scope, style: 'meta' },
      {
        text: `${content.prepared} · ${countEvents(content)}`,
        style: 'meta',
        margin: [0, 0, 0, 8],
      },
      ...content.events.flatMap((event) => eventBlock(event, PAGE_WIDTH[pageSize] - 2 * MARGIN)),
      ...(content.coverage ? coverageAppendix(content.coverage) : []),
    ],
  };
}

function countEvents(content: HandoutContent): string {
  return content.events.length === 1 ? '1 event' : `${content.events.length} events`;
}

function eventBlock(event: HandoutEvent, width: number): Content[] {
  const date = [event.date, event.expected ? 'expected' : null].filter(Boolean).join(' · ');
  const [firstQuote, ...otherQuotes] = event.quotes.map(quoteBlock);
  return [
    {
      // The heading travels with the summary and the first quote, never stranded at the
      // foot of a page.
      stack: [
        {
          canvas: [
            { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: RULE },
          ],
          margin: [0, 10, 0, 8],
        },
        { text: date, style: 'date' },
        ...(event.dateNote ? [{ text: event.dateNote, style: 'meta' }] : []),
        { text: event.title, style: 'eventTitle' },
        { text: event.summary, margin: [0, 0, 0, 6] },
        ...(event.note
          ? [{ text: [{ text: 'Speaker note: ', bold: true }, event.note], style: 'note' }]
          : []),
        ...(firstQuote ? [firstQuote] : []),
      ],
      unbreakable: true,
    },
    ...otherQuotes,
  ];
}

function quoteBlock(quote: HandoutQuote): Content {
  return {
    stack: [
      { text: `“${quote.text}”`, style: 'quote' },
      {
        text: `— ${quote.source}`,
        style: 'source',
        ...(quote.url ? { link: quote.url } : {}),
      },
    ],
    unbreakable: true,
    margin: [14, 0, 0, 8],
  };
}

/** Beyond this many outlets the appendix turns its pages to landscape. */
const PORTRAIT_MAX_OUTLETS = 5;

/**
 * The coverage matrix on pages of its own: its header row repeats on every page and a row
 * never splits across pages.
 */
function coverageAppendix(table: CoverageTable): Content[] {
  const cell = (text: string, alignment: 'left' | 'right' = 'left', style = 'tableCell') => ({
    text,
    style,
    alignment,
  });
  const heading = (text: string, alignment: 'left' | 'right' = 'left') =>
    cell(text, alignment, 'tableHeader');
  return [
    {
      text: 'Appendix: coverage',
      style: 'appendixTitle',
      pageBreak: 'before',
      pageOrientation: table.outlets.length > PORTRAIT_MAX_OUTLETS ? 'landscape' : 'portrait',
    },
    { text: COVERAGE_KEY, style: 'meta', margin: [0, 0, 0, 8] },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['auto', '*', ...table.outlets.map(() => 'auto' as const), 'auto'],
        body: [
          [
            heading('Date'),
            heading('Event'),
            ...table.outlets.map((name) => heading(name, 'right')),
            heading('Outlets reporting', 'right'),
          ],
          ...table.rows.map((row) => [
            cell(row.date),
            cell(row.title),
            ...row.cells.map((text) => cell(text, 'right')),
            cell(String(row.reporting), 'right'),
          ]),
          [
            cell(''),
            heading('Events reported'),
            ...table.columnTotals.map((n) => heading(String(n), 'right')),
            cell(''),
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ];
}
