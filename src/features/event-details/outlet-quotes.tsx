import { useId, type CSSProperties } from 'react';
import { formatArticleDate } from '../../lib/citation.ts';
import type { OutletQuoteGroup } from './group-quotes-by-outlet.ts';
import { QuoteCard } from './quote-card.tsx';
import { ExternalLink } from '../../components/external-link.tsx';
import { toWebUrl, webUrlHost } from '../../lib/web-url.ts';
import { outletQuotesDomId } from '../../lib/dom-ids.ts';

/** One outlet's quotes, article by article, each article with its date and source link. */
export function OutletQuotes({
  group,
  terms,
}: {
  group: OutletQuoteGroup;
  terms: readonly string[];
}) {
  const { outlet, articles } = group;
  const headingId = useId();
  return (
    <section
      id={outletQuotesDomId(outlet.id)}
      className="outlet-quotes"
      aria-labelledby={headingId}
      style={{ '--outlet-colour': outlet.colour } as CSSProperties}
    >
      <h4 id={headingId} className="outlet-name">
        <span className="outlet-marker" aria-hidden="true" />
        {outlet.name}
      </h4>
      {articles.map(({ article, quotes }) => {
        const url = toWebUrl(article.url);
        return (
          <div key={article.id} className="article-quotes">
            <div className="article-meta">
              <p className="article-headline">
                {article.headline}
                {article.headlineSource === 'ours' ? (
                  <span className="headline-ours"> (description ours)</span>
                ) : null}
              </p>
              <p className="article-source">
                <time dateTime={article.published.date}>
                  {formatArticleDate(article.published)}
                </time>
                <span aria-hidden="true"> · </span>
                <ExternalLink
                  url={url}
                  className="source-link"
                  aria-label={`Source: ${outlet.name} (opens in a new tab)`}
                  fallback={<span className="source-unknown">Source URL unknown</span>}
                >
                  Source: {outlet.name}
                  <span aria-hidden="true"> ↗</span>
                </ExternalLink>
                {url ? <span className="source-host"> {webUrlHost(url)}</span> : null}
              </p>
              {article.notes ? <p className="article-notes">{article.notes}</p> : null}
            </div>
            <ul className="quote-list">
              {quotes.map((quote) => (
                <QuoteCard
                  key={quote.id}
                  quote={quote}
                  outlet={outlet}
                  article={article}
                  terms={terms}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
