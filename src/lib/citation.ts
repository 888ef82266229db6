import type { Article, Outlet, Quote } from '../dataset/schema.ts';
import { formatEventDate } from './format-date.ts';
import { toWebUrl } from './web-url.ts';

const DEPTH = { year: 1, month: 2, day: 3 } as const;

/**
 * "9 Feb 2026", "Feb 2026" or "2026": never more precise than the date string itself,
 * whatever the precision field claims.
 */
export function formatArticleDate(published: Article['published']): string {
  const parts = published.date.split('-');
  const known = Math.min(DEPTH[published.precision], parts.length);
  const [year, month = '01', day = '01'] = parts;
  const iso = `${year}-${month}-${day}`;
  const precision = known >= 3 ? 'day' : known === 2 ? 'month' : 'year';
  return formatEventDate({ start: iso, end: iso, precision, label: null });
}

export interface CitationParts {
  quote: Pick<Quote, 'text'>;
  outlet: Pick<Outlet, 'name'>;
  article: Pick<Article, 'headline' | 'headlineSource' | 'published' | 'url'>;
}

/**
 * A plain-text citation for pasting into a briefing:
 *
 *   “Quote, verbatim.” — Outlet, "Headline", 9 Feb 2026, https://…
 *
 * A headline we wrote ourselves (the source had none) is not put in quotation marks,
 * which would pass our words off as the outlet's, and is marked "[description ours]".
 * With no known URL the citation says "source URL unknown".
 */
export function buildCitation({ quote, outlet, article }: CitationParts): string {
  return `“${quote.text}” — ${buildSourceLine({ outlet, article })}`;
}

/** The citation without the quote: `Outlet, "Headline", 9 Feb 2026, https://…`. */
export function buildSourceLine({ outlet, article }: Omit<CitationParts, 'quote'>): string {
  const headline = citeHeadline(article);
  const url = toWebUrl(article.url) ?? 'source URL unknown';
  return `${outlet.name}, ${headline}, ${formatArticleDate(article.published)}, ${url}`;
}

/** Marks a headline we wrote ourselves because the source had none. */
export const DESCRIPTION_OURS = '[description ours]';

/** The headline as a citation gives it: the outlet's in quotation marks, ours marked as ours. */
export function citeHeadline(article: Pick<Article, 'headline' | 'headlineSource'>): string {
  return article.headlineSource === 'ours'
    ? `${article.headline} ${DESCRIPTION_OURS}`
    : `"${article.headline}"`;
}
