/**
 * What the handout says, as plain strings: one pure step from a `Briefing` that both the
 * printed handout and the PDF render, so paper and file can never disagree.
 */
import type { Briefing } from '../../briefing/briefing.ts';
import type { CoverageTable } from '../../exports/coverage-table.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { buildSourceLine } from '../../lib/citation.ts';
import { toWebUrl } from '../../lib/web-url.ts';

export interface HandoutQuote {
  id: string;
  /** Verbatim, without added quotation marks. */
  text: string;
  /** `Outlet, "Headline", 9 Feb 2026, https://…` — the full citation minus the quote. */
  source: string;
  /** The article's address when it is http(s); null otherwise. */
  url: string | null;
}

export interface HandoutEvent {
  id: string;
  /** At the event's precision: "7 Feb 2026", "Mar 2025", "mid-2025 (approx.)". */
  date: string;
  dateNote: string | null;
  expected: boolean;
  title: string;
  summary: string;
  /** The pack's speaker note; '' when there is none. */
  note: string;
  quotes: HandoutQuote[];
}

export interface HandoutContent {
  title: string;
  /** "1 Jan 2018 – 31 Dec 2026". */
  range: string;
  /** The filters or pack in effect, in words. */
  scope: string;
  /** "Prepared 22 Nov 2026". */
  prepared: string;
  events: HandoutEvent[];
  /** The coverage appendix, when asked for. */
  coverage: CoverageTable | null;
}

/** `preparedOn` is today's date (YYYY-MM-DD), passed in to keep this pure. */
export function toHandoutContent(
  briefing: Briefing,
  preparedOn: string,
  coverage: CoverageTable | null = null,
): HandoutContent {
  const { start, end } = briefing.range;
  return {
    title: briefing.title,
    range: formatEventDate({ start, end, precision: 'day', label: null }),
    scope: briefing.scopeDescription,
    prepared: `Prepared ${formatEventDate({ start: preparedOn, end: preparedOn, precision: 'day', label: null })}`,
    events: briefing.events.map(({ event, quotes, note }) => ({
      id: event.id,
      date: formatEventDate(event.date),
      dateNote: event.dateNote,
      expected: event.status === 'expected',
      title: event.title,
      summary: event.summary,
      note: note.trim(),
      quotes: quotes.map(({ quote, outlet, article }) => ({
        id: quote.id,
        text: quote.text,
        source: buildSourceLine({ outlet, article }),
        url: toWebUrl(article.url),
      })),
    })),
    coverage,
  };
}

/** "india-canada-briefing-2026-11-22.pdf". */
export function handoutFileName(preparedOn: string): string {
  return `india-canada-briefing-${preparedOn}.pdf`;
}
