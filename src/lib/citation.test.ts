import { describe, expect, it } from 'vitest';
import { buildCitation, formatArticleDate } from './citation.ts';

describe('formatArticleDate', () => {
  it('gives a day-precision date as day, short month and year', () => {
    expect(formatArticleDate({ date: '2026-02-09', precision: 'day' })).toBe('9 Feb 2026');
  });

  it('gives a month-precision date as month and year', () => {
    expect(formatArticleDate({ date: '2026-02', precision: 'month' })).toBe('Feb 2026');
  });

  it('gives a year-precision date as the year', () => {
    expect(formatArticleDate({ date: '2023', precision: 'year' })).toBe('2023');
  });

  it('never claims more precision than the date string has, nor more than the field allows', () => {
    expect(formatArticleDate({ date: '2026-02', precision: 'day' })).toBe('Feb 2026');
    expect(formatArticleDate({ date: '2026-02-09', precision: 'month' })).toBe('Feb 2026');
  });
});

describe('buildCitation', () => {
  const quote = { text: 'They agreed on a shared work plan.' };
  const outlet = { name: 'NDTV' };

  it('puts the quote in curly quotes, then outlet, headline, date and URL', () => {
    expect(
      buildCitation({
        quote,
        outlet,
        article: {
          headline: 'Doval in Ottawa',
          headlineSource: 'article',
          published: { date: '2026-02-09', precision: 'day' },
          url: 'https://www.ndtv.com/world-news/x',
        },
      }),
    ).toBe(
      '“They agreed on a shared work plan.” — NDTV, "Doval in Ottawa", 9 Feb 2026, https://www.ndtv.com/world-news/x',
    );
  });

  it('says when the URL is unknown and keeps a month-precision date at its precision', () => {
    expect(
      buildCitation({
        quote,
        outlet: { name: 'Zee News' },
        article: {
          headline: 'Security ties',
          headlineSource: 'article',
          published: { date: '2026-02', precision: 'month' },
          url: null,
        },
      }),
    ).toBe(
      '“They agreed on a shared work plan.” — Zee News, "Security ties", Feb 2026, source URL unknown',
    );
  });

  it('marks a headline we wrote ourselves and does not quote it as the outlet’s', () => {
    expect(
      buildCitation({
        quote,
        outlet: { name: 'WION' },
        article: {
          headline: 'Report on India–Canada security talks in Ottawa',
          headlineSource: 'ours',
          published: { date: '2026-02-08', precision: 'day' },
          url: null,
        },
      }),
    ).toBe(
      '“They agreed on a shared work plan.” — WION, Report on India–Canada security talks in Ottawa [description ours], 8 Feb 2026, source URL unknown',
    );
  });

  it('keeps the quote verbatim, inner quotation marks included', () => {
    const text = 'India had dismissed Trudeau\'s accusation as "absurd."';
    const citation = buildCitation({
      quote: { text },
      outlet,
      article: {
        headline: 'H',
        headlineSource: 'article',
        published: { date: '2026-02-09', precision: 'day' },
        url: null,
      },
    });
    expect(citation.startsWith(`“${text}” — `)).toBe(true);
  });

  it('never cites a non-web URL', () => {
    const citation = buildCitation({
      quote,
      outlet,
      article: {
        headline: 'H',
        headlineSource: 'article',
        published: { date: '2026', precision: 'year' },
        url: 'javascript:alert(1)',
      },
    });
    expect(citation).toBe(
      '“They agreed on a shared work plan.” — NDTV, "H", 2026, source URL unknown',
    );
  });
});
