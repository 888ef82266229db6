import { useId, useMemo, type CSSProperties } from 'react';
import type { BriefingQuote } from '../../briefing/briefing.ts';
import type { TimelineEvent } from '../../dataset/schema.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { formatArticleDate } from '../../lib/citation.ts';
import { toWebUrl } from '../../lib/web-url.ts';
import { ExternalLink } from '../../components/external-link.tsx';
import { groupSlideQuotes } from './group-slide-quotes.ts';
import { useFitToArea } from './use-fit-to-area.ts';
import { SCROLL_KEYS_ATTRIBUTE } from './use-presentation-keys.ts';

/**
 * One event: date, title, summary, then each shown outlet's quotes in a card of its own.
 * `loaded` (the summary and the quotes of the outlets shown) is null while they load.
 */
export function Slide({
  event,
  loaded,
}: {
  event: TimelineEvent;
  loaded: { summary: string; quotes: BriefingQuote[] } | null;
}) {
  const quotes = loaded?.quotes ?? null;
  const titleId = useId();
  const outlets = useMemo(() => (quotes ? groupSlideQuotes(quotes) : []), [quotes]);
  const { slideRef, areaRef, onScroll, overflowing, moreBelow } = useFitToArea<
    HTMLElement,
    HTMLDivElement
  >();

  return (
    <article ref={slideRef} className="slide" aria-labelledby={titleId}>
      <header className="slide-header">
        <p className="slide-date">
          <time dateTime={event.date.start}>{formatEventDate(event.date)}</time>
          {event.status === 'expected' ? <span className="slide-expected">Expected</span> : null}
        </p>
        {event.dateNote ? <p className="slide-date-note">{event.dateNote}</p> : null}
        <h2 id={titleId} className="slide-title">
          {event.title}
        </h2>
        {loaded ? <p className="slide-summary">{loaded.summary}</p> : null}
      </header>
      <div
        ref={areaRef}
        className="slide-quotes"
        data-more-below={moreBelow || undefined}
        onScroll={onScroll}
        // Scrollable only when even the smallest type overflows; then it takes the focus,
        // and ↑/↓ scroll it.
        tabIndex={overflowing ? 0 : undefined}
        {...(overflowing ? { [SCROLL_KEYS_ATTRIBUTE]: '' } : {})}
        role="region"
        aria-label="Quotes"
      >
        {quotes === null ? (
          <p className="slide-no-quotes" role="status">
            Loading the quotes…
          </p>
        ) : outlets.length === 0 ? (
          <p className="slide-no-quotes">No quotes from the outlets shown.</p>
        ) : (
          <div
            className="slide-outlets"
            style={{ '--columns': Math.min(outlets.length, 5) } as CSSProperties}
          >
            {outlets.map(({ outlet, articles }) => (
              <SlideOutletCard key={outlet.id} name={outlet.name} colour={outlet.colour}>
                {articles.map(({ article, quotes }) => {
                  const url = toWebUrl(article.url);
                  return (
                    <div key={article.id} className="slide-article">
                      {quotes.map((quote) => (
                        <blockquote key={quote.id} className="slide-quote" cite={url ?? undefined}>
                          {quote.text}
                        </blockquote>
                      ))}
                      <p className="slide-source">
                        <ExternalLink url={url} fallback={article.headline}>
                          {article.headline}
                        </ExternalLink>
                        {article.headlineSource === 'ours' ? ' (description ours)' : null}
                        <span aria-hidden="true"> · </span>
                        <time dateTime={article.published.date}>
                          {formatArticleDate(article.published)}
                        </time>
                      </p>
                    </div>
                  );
                })}
              </SlideOutletCard>
            ))}
          </div>
        )}
      </div>
      {moreBelow ? (
        <p className="slide-more" aria-hidden="true">
          More below ↓
        </p>
      ) : null}
    </article>
  );
}

function SlideOutletCard({
  name,
  colour,
  children,
}: {
  name: string;
  colour: string;
  children: React.ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className="slide-outlet"
      aria-labelledby={headingId}
      style={{ '--outlet-colour': colour } as CSSProperties}
    >
      <h3 id={headingId} className="slide-outlet-name">
        {name}
      </h3>
      {children}
    </section>
  );
}
