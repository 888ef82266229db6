/** One spreadsheet row per quote of the briefing, after a header row (see `csv.ts`). */
import type { Briefing } from '../briefing/briefing.ts';
import { DESCRIPTION_OURS, formatArticleDate } from '../lib/citation.ts';
import { toWebUrl } from '../lib/web-url.ts';
import { toCsv } from './csv.ts';
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
  return toCsv(rows);
}
