/**
 * One spreadsheet row per quote of the briefing, as RFC 4180 CSV: a header row, CRLF line
 * ends, fields quoted when they hold a comma, quotation mark, CR or LF, quotation marks
 * doubled. A UTF-8 byte order mark makes Excel read the curly quotes and dashes correctly.
 */
import type { Briefing } from '../briefing/briefing.ts';
import { DESCRIPTION_OURS, formatArticleDate } from '../lib/citation.ts';
import { toWebUrl } from '../lib/web-url.ts';
import { describeEventDate } from './export-text.ts';

export const QUOTES_CSV_HEADER = [
  'Event date',
  'Event',
  'Outlet',
  'Quote',
  'Headline',
  'Article date',
  'URL',
  'Event ID',
  'Quote ID',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function buildQuotesCsv(briefing: Briefing): string {
  const rows: string[][] = [[...QUOTES_CSV_HEADER]];
  for (const { event, quotes } of briefing.events) {
    for (const { quote, outlet, article } of quotes) {
      rows.push([
        describeEventDate(event),
        event.title,
        outlet.name,
        quote.text,
        article.headlineSource === 'ours'
          ? `${article.headline} ${DESCRIPTION_OURS}`
          : article.headline,
        formatArticleDate(article.published),
        toWebUrl(article.url) ?? '',
        event.id,
        quote.id,
      ]);
    }
  }
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

/** One field: guarded against formulas, then quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * OWASP's defence against CSV injection: a cell that starts with = + - @ tab or CR would be
 * run as a formula by a spreadsheet, so it gets a leading apostrophe, which spreadsheets read
 * as "this is text". Only such cells change; every other cell is the data, verbatim.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
