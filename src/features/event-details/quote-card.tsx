import { useId, useState } from 'react';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import type { Article, Outlet, Quote } from '../../dataset/schema.ts';
import { buildCitation } from '../../lib/citation.ts';
import { CopyCitationButton } from './copy-citation-button.tsx';
import { quoteRangeInContext } from './quote-context.ts';
import { toWebUrl } from '../../lib/web-url.ts';

/** One verbatim quote, with its paragraph on request and a citation to copy. */
export function QuoteCard({
  quote,
  outlet,
  article,
  terms,
}: {
  quote: Quote;
  outlet: Outlet;
  article: Article;
  terms: readonly string[];
}) {
  const [showContext, setShowContext] = useState(false);
  const contextId = useId();
  const url = toWebUrl(article.url);
  const range = quoteRangeInContext(quote);
  const wholeParagraph =
    range !== null && range.start === 0 && range.end === quote.context.text.length;

  return (
    <li className="quote-card">
      <blockquote className="quote-text" cite={url ?? undefined}>
        <HighlightedText text={quote.text} terms={terms} />
      </blockquote>
      <div id={contextId} className="quote-context" hidden={!showContext}>
        {showContext ? (
          <>
            <p className="quote-context-label">
              {wholeParagraph
                ? 'The quote is the whole paragraph:'
                : 'The paragraph it comes from:'}
            </p>
            <p className="quote-context-text">
              <HighlightedText
                text={quote.context.text}
                ranges={range ? [range] : []}
                className="quote-in-context"
              />
            </p>
          </>
        ) : null}
      </div>
      <div className="quote-actions">
        <button
          type="button"
          className="quote-action"
          aria-expanded={showContext}
          aria-controls={contextId}
          onClick={() => setShowContext(!showContext)}
        >
          {showContext ? 'Hide context' : 'Show in context'}
        </button>
        <CopyCitationButton citation={buildCitation({ quote, outlet, article })} />
      </div>
    </li>
  );
}
